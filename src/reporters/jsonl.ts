// `--format jsonl`: one finding per line, the streaming and shard-merge format.
// Each line is the `json` finding shape plus what is needed to read it back
// losslessly (`related[].column`, `hash`); see merge.ts. After the findings,
// one line per file (`{"type": "file", path, format, records, status,
// reason}`), so that a shard's skipped or unreadable file reaches --merge.

import type { Reporter } from '../types.js';
import { toJsonFinding, visibleFindings } from './common.js';
import { toJsonFile } from './json.js';

/** The `type` of a file line; finding lines have none. */
export const FILE_LINE = 'file';

export const jsonl: Reporter = (results, options) =>
  [
    ...visibleFindings(results, options).map((f) => JSON.stringify(toJsonFinding(f, { lossless: true, rules: options.rules, redact: options.redact }))),
    ...results.files.map((file) => JSON.stringify({ type: FILE_LINE, ...toJsonFile(file) })),
  ]
    .map((line) => `${line}\n`)
    .join('');
