// `--format jsonl`: one finding per line, the streaming and shard-merge format.
// Each line is the `json` finding shape plus what is needed to read it back
// losslessly (`related[].column`, `hash`); see merge.ts.

import type { Reporter } from '../types.js';
import { toJsonFinding, visibleFindings } from './common.js';

export const jsonl: Reporter = (results, options) =>
  visibleFindings(results, options)
    .map((f) => `${JSON.stringify(toJsonFinding(f, { lossless: true }))}\n`)
    .join('');
