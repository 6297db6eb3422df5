// Input problems (a line that is not JSON, a Git LFS pointer, a record shape no
// adapter knows) are reported like rule findings and configured like rules, but
// the readers and the engine raise them, not a rule module. Their metas live here
// so that config validation, --list-rules and reporters know them.
import type { RuleMeta } from '../types.js';
import { DOCS_BASE } from './rule-url.js';

const DOCS = `${DOCS_BASE}/docs/input-problems.md`;

function inputRule(id: string, severity: RuleMeta['severity'], description: string): RuleMeta {
  return { id, severity, description, url: `${DOCS}#${id}`, cues: {}, messages: {} };
}

export const inputRules: RuleMeta[] = [
  inputRule('invalid-record', 'error', 'A record that cannot be read: a line that is not valid JSON, a truncated line, invalid UTF-8'),
  inputRule('lfs-pointer', 'warning', 'A Git LFS pointer file instead of the dataset it points to (run `git lfs pull`)'),
  inputRule('unknown-format', 'warning', 'Records whose shape no format adapter recognises; set "format" or "fields" in the config'),
  inputRule('invalid-directive', 'warning', 'A Markdown neglint-disable comment that names no known rule'),
  inputRule('unreadable-file', 'error', 'A dataset file that cannot be read: corrupt or unsupported compression, a binary or columnar format it has no reader for, an encoding it cannot decode'),
];

/** The input problem of a file that could not be read at all: the file's status is then 'error'. */
export const UNREADABLE = 'unreadable-file';

export const inputRuleIds: ReadonlySet<string> = new Set(inputRules.map((rule) => rule.id));
