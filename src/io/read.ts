// The one entry point from a sniffed file to its records. Each file kind has
// its own streaming reader; binary and empty files have no records (the
// caller reports them from the sniff result, as skipped files).

import type { FileKind, InputProblem, RawRecord } from '../types.js';
import { openBytes, ZstdError } from './bytes.js';
import { readCsv } from './csv.js';
import { readDocument } from './document.js';
import { readJsonValues } from './json-values.js';
import { readJsonLineBatches } from './jsonl.js';
import { readParquet } from './parquet.js';

export const LFS_POINTER_MESSAGE =
  'Git LFS pointer, not the data: fetch LFS objects (git lfs pull, or actions/checkout with lfs: true) to lint this file';

type Item = RawRecord | InputProblem;

// Generators, so nothing is opened until the caller starts iterating (and a
// caller that stops early closes the file through the generator's return).
export async function* readRecords(
  path: string,
  kind: FileKind,
  gzip: boolean,
  /** The content itself, for standard input; `path` then only names it. */
  text?: string,
  zstd = false,
): AsyncGenerator<Item> {
  for await (const batch of readRecordBatches(path, kind, gzip, text, zstd)) yield* batch;
}

/** The same items in batches (a chunk's worth of JSON Lines at a time): what the engine reads. */
export async function* readRecordBatches(path: string, kind: FileKind, gzip: boolean, text?: string, zstd = false): AsyncGenerator<Item[]> {
  const bytes = () => openBytes(path, gzip, text, zstd);
  switch (kind) {
    case 'jsonl':
      yield* untilUnreadable(readJsonLineBatches(bytes()));
      return;
    case 'json':
      yield* untilUnreadable(singles(readJsonValues(bytes())));
      return;
    case 'csv':
    case 'tsv':
      yield* untilUnreadable(singles(readCsv(bytes(), kind === 'tsv' ? '\t' : ',')));
      return;
    case 'parquet':
      yield* singles(readParquet(path, text));
      return;
    case 'markdown':
    case 'text':
      yield* untilUnreadable(singles(readDocument(bytes())));
      return;
    case 'lfs-pointer':
      yield [{ ruleId: 'lfs-pointer', message: LFS_POINTER_MESSAGE, line: 1, column: 1, record: null }];
      return;
    case 'binary':
    case 'empty':
      return;
  }
}

/** Items one per batch, for readers that yield them one by one. */
export async function* singles(items: AsyncIterable<Item>): AsyncGenerator<Item[]> {
  for await (const item of items) yield [item];
}

/**
 * The reader's batches, and where the zstd data breaks off, an
 * unreadable-file problem after the last line read: the readers know gzip's
 * errors but not the zstd decoder's, which surface here.
 */
async function* untilUnreadable(batches: AsyncGenerator<Item[]>): AsyncGenerator<Item[]> {
  let line = 0;
  try {
    for await (const batch of batches) {
      if (batch.length > 0) line = Math.max(line, batch[batch.length - 1]!.line);
      yield batch;
    }
  } catch (error) {
    if (!(error instanceof ZstdError)) throw error;
    const after = line === 0 ? 'no record could be read' : `records after line ${line} could not be read`;
    yield [{ ruleId: 'unreadable-file', message: `${error.message}; ${after}`, line: line + 1, column: 1, record: null }];
  }
}

/** Tells the two kinds of item a reader yields apart. */
export function isInputProblem(item: RawRecord | InputProblem): item is InputProblem {
  return 'ruleId' in item;
}
