// The one entry point from a sniffed file to its records. Each file kind has
// its own streaming reader; binary and empty files have no records (the
// caller reports them from the sniff result, as skipped files).

import type { FileKind, InputProblem, RawRecord } from '../types.js';
import { openBytes, ZstdError } from './bytes.js';
import { readCsv } from './csv.js';
import { readDocument } from './document.js';
import { readJsonValues } from './json-values.js';
import { readJsonLines } from './jsonl.js';
import { readParquet } from './parquet.js';

export const LFS_POINTER_MESSAGE =
  'Git LFS pointer, not the data: fetch LFS objects (git lfs pull, or actions/checkout with lfs: true) to lint this file';

// A generator, so nothing is opened until the caller starts iterating (and a
// caller that stops early closes the file through the generator's return).
export async function* readRecords(
  path: string,
  kind: FileKind,
  gzip: boolean,
  /** The content itself, for standard input; `path` then only names it. */
  text?: string,
  zstd = false,
): AsyncGenerator<RawRecord | InputProblem> {
  const bytes = () => openBytes(path, gzip, text, zstd);
  switch (kind) {
    case 'jsonl':
      yield* untilUnreadable(readJsonLines(bytes()));
      return;
    case 'json':
      yield* untilUnreadable(readJsonValues(bytes()));
      return;
    case 'csv':
    case 'tsv':
      yield* untilUnreadable(readCsv(bytes(), kind === 'tsv' ? '\t' : ','));
      return;
    case 'parquet':
      yield* readParquet(path, text);
      return;
    case 'markdown':
    case 'text':
      yield* untilUnreadable(readDocument(bytes()));
      return;
    case 'lfs-pointer':
      yield { ruleId: 'lfs-pointer', message: LFS_POINTER_MESSAGE, line: 1, column: 1, record: null };
      return;
    case 'binary':
    case 'empty':
      return;
  }
}

/**
 * The reader's items, and where the zstd data breaks off, an unreadable-file
 * problem after the last line read: the readers know gzip's errors but not
 * the zstd decoder's, which surface here.
 */
async function* untilUnreadable(items: AsyncGenerator<RawRecord | InputProblem>): AsyncGenerator<RawRecord | InputProblem> {
  let line = 0;
  try {
    for await (const item of items) {
      line = Math.max(line, item.line);
      yield item;
    }
  } catch (error) {
    if (!(error instanceof ZstdError)) throw error;
    const after = line === 0 ? 'no record could be read' : `records after line ${line} could not be read`;
    yield { ruleId: 'unreadable-file', message: `${error.message}; ${after}`, line: line + 1, column: 1, record: null };
  }
}

/** Tells the two kinds of item a reader yields apart. */
export function isInputProblem(item: RawRecord | InputProblem): item is InputProblem {
  return 'ruleId' in item;
}
