// `--format jsonl`: one finding per line, the streaming and shard-merge format.
// Each line is the `json` finding shape plus what is needed to read it back
// losslessly (`related[].column`, `hash`); see merge.ts. After the findings,
// one line per file (`{"type": "file", path, format, records, status,
// reason, trainedChars, flaggedTrainedChars}`), so that a shard's skipped or
// unreadable file and its trained text reach --merge. The CLI's streamed
// jsonl (src/cli/stream.ts) writes the same lines.

import type { FileResult, Finding, Reporter, ReporterOptions } from '../types.js';
import { toJsonFinding, visibleFindings } from './common.js';
import { toJsonFile } from './json.js';

/** The `type` of a file line; finding lines have none. */
export const FILE_LINE = 'file';

/** One finding's line, newline included. */
export function jsonlFindingLine(finding: Finding, options: Pick<ReporterOptions, 'rules' | 'redact'>): string {
  return `${JSON.stringify(toJsonFinding(finding, { lossless: true, rules: options.rules, redact: options.redact }))}\n`;
}

/** One file's line, newline included. */
export function jsonlFileLine(file: FileResult): string {
  return `${JSON.stringify({ type: FILE_LINE, ...toJsonFile(file) })}\n`;
}

export const jsonl: Reporter = (results, options) =>
  [...visibleFindings(results, options).map((f) => jsonlFindingLine(f, options)), ...results.files.map(jsonlFileLine)].join('');
