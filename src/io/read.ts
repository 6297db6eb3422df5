// The one entry point from a sniffed file to its records. Each file kind has
// its own streaming reader; binary and empty files have no records (the
// caller reports them from the sniff result, as skipped files).

import type { InputProblem, RawRecord } from '../types.js';
import { openBytes, ZstdError, zstdProblem, type ByteSource } from './bytes.js';
import { readCsv } from './csv.js';
import { readDocument } from './document.js';
import { readJsonValues } from './json-values.js';
import { readJsonLineBatches } from './jsonl.js';
import { readParquet } from './parquet.js';
import type { SniffResult } from './sniff.js';

type Item = RawRecord | InputProblem;

// Generators, so nothing is opened until the caller starts iterating (and a
// caller that stops early closes the file through the generator's return).
export async function* readRecords(
  path: string,
  /** What the sniff found: the kind, and how the bytes are stored (gzip, zstd, UTF-16). */
  sniff: Pick<SniffResult, 'kind'> & ByteSource,
  /** The content itself, for standard input; `path` then only names it. */
  text?: string,
): AsyncGenerator<Item> {
  for await (const batch of readRecordBatches(path, sniff, text)) yield* batch;
}

/** The same items in batches (a chunk's worth of JSON Lines at a time): what the engine reads. */
export async function* readRecordBatches(path: string, sniff: Pick<SniffResult, 'kind'> & ByteSource, text?: string): AsyncGenerator<Item[]> {
  const bytes = () => openBytes(path, sniff, text);
  const { kind } = sniff;
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
      yield [{ ruleId: 'lfs-pointer', messageId: 'pointer', line: 1, column: 1, record: null }];
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
    yield [zstdProblem(error, line)];
  }
}

/** Tells the two kinds of item a reader yields apart. */
export function isInputProblem(item: RawRecord | InputProblem): item is InputProblem {
  return 'ruleId' in item;
}
