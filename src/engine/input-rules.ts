// Input problems (a line that is not JSON, a file that cannot be read, a Git
// LFS pointer, a record shape no adapter knows) are reported like rule
// findings and configured like rules, but the readers and the engine raise
// them, not a rule module. Their metas live here so that config validation,
// --list-rules and reporters know them; their messages are templates like a
// rule's, filled (and redacted) by the reporters.
import type { InputProblem, RuleMeta } from '../types.js';
import { DOCS_BASE } from './rule-url.js';
import { fillTemplate } from './messages.js';

const DOCS = `${DOCS_BASE}/docs/input-problems.md`;

function inputRule(id: string, severity: RuleMeta['severity'], description: string, messages: Record<string, string>, toolData: string[] = []): RuleMeta {
  return { id, severity, description, url: `${DOCS}#${id}`, classes: [], messages, ...(toolData.length > 0 ? { toolData } : {}) };
}

export const inputRules: RuleMeta[] = [
  inputRule(
    'invalid-record',
    'error',
    'A record that cannot be read: a line that is not valid JSON, a truncated line, invalid UTF-8',
    {
      json: 'Invalid JSON at column {{column}}: {{reason}} (record {{record}}){{truncated}}',
      jsonToken: "Invalid JSON at column {{column}}: Unexpected token '{{token}}' (record {{record}}){{truncated}}",
      element: 'Invalid JSON at line {{line}} column {{column}}: {{reason}} (record {{record}})',
      elementToken: "Invalid JSON at line {{line}} column {{column}}: Unexpected token '{{token}}' (record {{record}})",
      utf8: 'invalid UTF-8 bytes replaced with U+FFFD at line {{line}} (record {{record}})',
      utf8Document: 'invalid UTF-8 bytes replaced with U+FFFD at line {{line}}',
      utf8More: 'invalid UTF-8 bytes replaced with U+FFFD on {{count}} more lines',
      oversized: 'Record at line {{line}} is larger than {{mib}} MiB; skipped (record {{record}})',
      oversizedElement: 'Element at line {{line}} is larger than {{mib}} MiB; skipped (record {{record}})',
      documentTooLarge:
        'Document is larger than {{mib}} MiB and was not linted: split it into smaller files, or convert it to JSON Lines with one record per document',
      gzipTruncated: 'gzip data ends early: the file appears truncated; records after line {{line}} could not be read',
      gzipCorrupt: 'gzip data is corrupt ({{reason}}); records after line {{line}} could not be read',
      unexpectedComma: "Unexpected ',' at line {{line}} column {{column}}",
      trailingComma: "Trailing comma before ']' at line {{line}} column {{column}}",
      afterArray: 'Unexpected content after the end of the JSON array at line {{line}} column {{column}}; the rest of the file is not read',
      unexpectedChar: "Unexpected '{{char}}' at line {{line}} column {{column}}",
      missingComma: "Missing ',' between array elements at line {{line}} column {{column}} (before record {{record}})",
      endsInside:
        'The file ends inside the element that starts at line {{line}} column {{column}}: it appears truncated, or a bracket or quote is missing (record {{record}})',
      arrayNotClosed: 'The JSON array is not closed: the file appears truncated after line {{line}}',
      csvFields: 'CSV row at line {{line}} has {{fields}} fields, the header has {{header}}; not linted (record {{record}})',
      csvOneField: 'CSV row at line {{line}} has 1 field, the header has {{header}}; not linted (record {{record}})',
      csvQuoteNotClosed:
        'a quoted CSV field is never closed (the file appears truncated, or a quote is unbalanced) at line {{line}}; the rows after it could not be read',
      csvRowTooLarge: 'a CSV row is larger than {{mib}} MiB at line {{line}}; the rows after it could not be read',
      // csv-parse's wording can quote the row, so it is dataset text (not in toolData).
      csvUnparsable: 'CSV cannot be parsed ({{detail}}) at line {{line}}; the rows after it could not be read',
    },
    // V8's and zlib's wording, and the fixed truncation note (a token of the record goes in `token`).
    ['reason', 'truncated'],
  ),
  inputRule('lfs-pointer', 'warning', 'A Git LFS pointer file instead of the dataset it points to (run `git lfs pull`)', {
    pointer: 'Git LFS pointer, not the data: fetch LFS objects (git lfs pull, or actions/checkout with lfs: true) to lint this file',
  }),
  inputRule(
    'unknown-format',
    'warning',
    'Records whose shape no format adapter recognises; set "format" or "fields" in the config',
    {
      unknownShape: 'Unknown record shape (keys: {{keys}}): set "format" or map fields in the config, e.g. {"format": "fields", "fields": {"{{example}}": "trained"}}',
      notThisShape: 'Record does not have the {{format}} shape (keys: {{keys}}); map its fields in the config to lint it',
      unmapped: 'Record has none of the fields the config maps ({{fields}}; its keys: {{keys}}); it was not linted',
      more: '{{count}} more records without the {{format}} shape were not linted',
    },
    // The format's name and the config's own mapping; record keys are the dataset's.
    ['format', 'fields'],
  ),
  inputRule('invalid-directive', 'warning', 'A Markdown neglint-disable comment that names no known rule', {
    unknownRule: 'Unknown rule "{{id}}" in a neglint-{{kind}} directive: it disables nothing (see neglint --list-rules)',
  }, ['kind']),
  inputRule(
    'unreadable-file',
    'error',
    'A dataset file that cannot be read: corrupt or unsupported compression, a binary or columnar format it has no reader for, an encoding it cannot decode',
    {
      unreadable: '{{reason}}',
      zstdTruncated: 'zstd data ends early: the file appears truncated; records after line {{line}} could not be read',
      zstdTruncatedStart: 'zstd data ends early: the file appears truncated; no record could be read',
      zstdCorrupt: 'zstd data is corrupt ({{reason}}); records after line {{line}} could not be read',
      zstdCorruptStart: 'zstd data is corrupt ({{reason}}); no record could be read',
      parquetStdin: 'Parquet cannot be read from standard input: pass the file path instead',
      parquetUnreadable: 'not a readable Parquet file ({{reason}}); nothing in it was linted',
      rowGroupUnreadable: 'row group {{group}} (rows {{first}}-{{last}}) cannot be read ({{reason}}); its rows were not linted',
    },
    // The reason is the sniffer's (or zlib's, the zstd decoder's, the Parquet reader's) account of the file, never its content.
    ['reason'],
  ),
];

/** The input problem of a file that could not be read at all: the file's status is then 'error'. */
export const UNREADABLE = 'unreadable-file';

export const inputRuleIds: ReadonlySet<string> = new Set(inputRules.map((rule) => rule.id));

const byId = new Map(inputRules.map((r) => [r.id, r]));

/** An input problem's message, filled (for hashes and for people reading the library's results). */
export function problemMessage(p: Pick<InputProblem, 'ruleId' | 'messageId' | 'data'>): string {
  return fillTemplate(byId.get(p.ruleId)?.messages[p.messageId] ?? p.messageId, p.data);
}
