// The one entry point from a sniffed file to its records. Each file kind has
// its own streaming reader; binary and empty files have no records (the
// caller reports them from the sniff result, as skipped files).

import type { FileKind, InputProblem, RawRecord } from '../types.js';
import { openBytes } from './bytes.js';
import { readDocument } from './document.js';
import { readJsonValues } from './json-values.js';
import { readJsonLines } from './jsonl.js';
import type { TextEncoding } from './sniff.js';

// A generator, so nothing is opened until the caller starts iterating (and a
// caller that stops early closes the file through the generator's return).
export async function* readRecords(
  path: string,
  kind: FileKind,
  gzip: boolean,
  /** The content itself, for standard input; `path` then only names it. */
  text?: string,
  /** A text encoding other than UTF-8 that the sniff found (UTF-16). */
  encoding?: TextEncoding,
): AsyncGenerator<RawRecord | InputProblem> {
  switch (kind) {
    case 'jsonl':
      yield* readJsonLines(openBytes(path, gzip, text, encoding));
      return;
    case 'json':
      yield* readJsonValues(openBytes(path, gzip, text, encoding));
      return;
    case 'markdown':
    case 'text':
      yield* readDocument(openBytes(path, gzip, text, encoding));
      return;
    case 'lfs-pointer':
      yield { ruleId: 'lfs-pointer', messageId: 'pointer', line: 1, column: 1, record: null };
      return;
    case 'binary':
    case 'empty':
      return;
  }
}

/** Tells the two kinds of item a reader yields apart. */
export function isInputProblem(item: RawRecord | InputProblem): item is InputProblem {
  return 'ruleId' in item;
}
