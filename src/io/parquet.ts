// Parquet reader: one row group at a time through hyparquet (pure JS,
// maintained; hyparquet-compressors adds the zstd, gzip, brotli and lz4
// pages hyparquet leaves out), so memory holds the largest row group, never
// the file. Each row is a record; its index is the row's 0-based position in
// the whole file, and `rowGroup` says which group holds it.
//
// Parquet has no lines: a row's `line` is its 1-based row number and its
// `locate` maps an offset in a string to itself, so a finding's column is
// 1 + its offset in the string its pointer names (see docs/formats.md). The
// row's `raw` is its compact JSON: what a hash and a raw-text prefilter see.

import type { AsyncBuffer, FileMetaData, SchemaTree } from 'hyparquet';
import { cellValue } from '../formats/cells.js';
import type { InputProblem, RawRecord } from '../types.js';

/** Row groups [from, to) of a file, for splitting one file between workers. */
export interface RowGroupRange {
  from: number;
  to: number;
}

type Item = RawRecord | InputProblem;

function unreadable(problem: Pick<InputProblem, 'messageId' | 'data'>, line = 1, record: number | null = null, rowGroup?: number): InputProblem {
  return { ruleId: 'unreadable-file', ...problem, line, column: 1, record, ...(rowGroup !== undefined ? { rowGroup } : {}) };
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

async function open(path: string): Promise<{ file: AsyncBuffer; metadata: FileMetaData; hyparquet: typeof import('hyparquet') }> {
  // Loaded on first need: a run without Parquet files never pays for it.
  const hyparquet = await import('hyparquet');
  const file = await hyparquet.asyncBufferFromFile(path);
  const metadata = await hyparquet.parquetMetadataAsync(file);
  return { file, metadata, hyparquet };
}

/** The number of row groups of a Parquet file, or null when it cannot be read (the reader reports why). */
export async function parquetRowGroups(path: string): Promise<number | null> {
  try {
    return (await open(path)).metadata.row_groups.length;
  } catch {
    return null;
  }
}

export async function* readParquet(path: string, text?: string, range?: RowGroupRange): AsyncGenerator<Item> {
  if (text !== undefined) {
    yield unreadable({ messageId: 'parquetStdin' });
    return;
  }
  let opened;
  try {
    opened = await open(path);
  } catch (error) {
    yield unreadable({ messageId: 'parquetUnreadable', data: { reason: reasonOf(error) } });
    return;
  }
  const { file, metadata, hyparquet } = opened;
  const { compressors } = await import('hyparquet-compressors');
  const columns = textColumns(hyparquet.parquetSchema(metadata));
  const groups = metadata.row_groups;
  let rowStart = 0;
  for (let g = 0; g < (range?.to ?? groups.length); g++) {
    const rows = Number(groups[g]!.num_rows);
    if (g >= (range?.from ?? 0)) {
      let values: Record<string, unknown>[];
      try {
        values = await hyparquet.parquetReadObjects({ file, metadata, columns, rowStart, rowEnd: rowStart + rows, compressors });
      } catch (error) {
        yield unreadable(
          { messageId: 'rowGroupUnreadable', data: { group: g, first: rowStart, last: rowStart + rows - 1, reason: reasonOf(error) } },
          rowStart + 1,
          rowStart,
          g,
        );
        rowStart += rows;
        continue;
      }
      for (let i = 0; i < values.length; i++) {
        const index = rowStart + i;
        const value = plainRow(values[i]!);
        yield { index, line: index + 1, column: 1, byteOffset: 0, raw: JSON.stringify(value), value, rowGroup: g, locate: identity };
      }
    }
    rowStart += rows;
  }
}

const identityMap = (offset: number) => offset;
const identity = () => identityMap;

/**
 * Top-level columns to read: all but those holding raw bytes (images,
 * audio, embeddings), which are not text and can be most of a file's size.
 */
function textColumns(schema: SchemaTree): string[] {
  return schema.children.filter((c) => !hasBinaryLeaf(c)).map((c) => c.element.name);
}

function hasBinaryLeaf(node: SchemaTree): boolean {
  if (node.children.length > 0) return node.children.some(hasBinaryLeaf);
  const { type, converted_type: converted, logical_type: logical } = node.element;
  if (type !== 'BYTE_ARRAY' && type !== 'FIXED_LEN_BYTE_ARRAY') return false;
  const textual = converted === 'UTF8' || converted === 'JSON' || converted === 'ENUM' || ['STRING', 'JSON', 'ENUM'].includes(logical?.type ?? '');
  return !textual;
}

/** A row as JSON would hold it: chat JSON in string cells parsed, integers as numbers, dates as ISO text. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    const v = row[key];
    out[key] = typeof v === 'string' ? cellValue(key, v) : plain(v);
  }
  return out;
}

function plain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    return v === undefined ? null : v;
  }
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number | bigint>, (x) => plain(x));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) out[key] = plain((v as Record<string, unknown>)[key]);
  return out;
}
