// One unit of lint work: a whole file, a byte range of a large JSON Lines
// file, or a run of row groups of a large Parquet file. Plain data in, plain
// data out, so that it runs the same in a worker thread (worker.ts) and in
// the main thread.

import { rules } from '../../rules/index.js';
import { ConfigError } from '../config/errors.js';
import type { FileConfig } from '../engine/config-types.js';
import { lintFile, type LintFileOutput } from '../engine/lint-file.js';
import { readParquet, type RowGroupRange } from '../io/parquet.js';
import { singles } from '../io/read.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { isMainThread } from 'node:worker_threads';
import type { InputProblem, RawRecord } from '../types.js';
import { readChunkBatches, type Chunk } from './chunks.js';

/** Raw text linted between two turns of the event loop when the main thread lints a task (see yielding). */
const TURN_BYTES = 32 * 1024;

/**
 * The same batches, cut into pieces of about TURN_BYTES of raw text with a
 * turn of the event loop between them. With workers, the main thread lints
 * tasks too, and it is the thread that hears a worker finish and hands it
 * its next task: linting a reader's batch (about 1 MB of records, most of a
 * second) without a turn left the worker idle that long after every task.
 */
export async function* yielding(batches: AsyncIterable<Array<RawRecord | InputProblem>>): AsyncGenerator<Array<RawRecord | InputProblem>> {
  for await (const batch of batches) {
    let from = 0;
    let bytes = 0;
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i]!;
      if (!('ruleId' in item)) bytes += item.raw.length;
      if (bytes >= TURN_BYTES && i + 1 < batch.length) {
        yield batch.slice(from, i + 1);
        await nextTurn();
        from = i + 1;
        bytes = 0;
      }
    }
    yield from === 0 ? batch : batch.slice(from);
  }
}

export interface LintTask {
  path: string;
  displayPath: string;
  config: FileConfig;
  redact?: boolean;
  /** --changed-since: lint only records touching these lines. */
  onlyLines?: number[];
  /** --shard-by record: lint only records whose index % count === index. */
  records?: { index: number; count: number };
  /** A byte range of the file. */
  chunk?: Chunk;
  /** For a part of a file (range, row groups): the format detected once for the whole file (lintFile's detectedFormat). */
  detectedFormat?: string;
  /** Row groups of a Parquet file, likewise. */
  rowGroups?: RowGroupRange;
}

export type TaskResult =
  | {
      ok: true;
      output: LintFileOutput;
      /** Bytes of decoded text read (lintFile's progress count), for the progress of a task that ran out of sight. */
      bytes: number;
    }
  | { ok: false; message: string; stack?: string; config: boolean };

/**
 * Records whose index falls in one residue class. lintFile asks its
 * `onlyRecords` set only `has`, so a predicate dressed as a Set is enough and
 * needs no list of a huge file's indices.
 */
export class ResidueSet extends Set<number> {
  constructor(
    private readonly residue: number,
    private readonly modulus: number,
  ) {
    super();
  }

  override has(value: number): boolean {
    return value % this.modulus === this.residue;
  }
}

export async function runTask(task: LintTask): Promise<TaskResult> {
  let bytes = 0;
  try {
    const output = await lintFile({
      path: task.path,
      displayPath: task.displayPath,
      config: task.config,
      rules,
      redact: task.redact,
      ...(task.detectedFormat !== undefined ? { detectedFormat: task.detectedFormat } : {}),
      ...(task.onlyLines ? { onlyLines: new Set(task.onlyLines) } : {}),
      ...(task.records ? { onlyRecords: new ResidueSet(task.records.index, task.records.count) } : {}),
      ...(task.chunk ? { records: isMainThread ? yielding(readChunkBatches(task.path, task.chunk)) : readChunkBatches(task.path, task.chunk) } : {}),
      ...(task.rowGroups ? { records: singles(readParquet(task.path, undefined, task.rowGroups)) } : {}),
      onProgress: (_records, read) => {
        bytes += read;
      },
    });
    return { ok: true, output, bytes };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, message: e.message, stack: e.stack, config: error instanceof ConfigError };
  }
}
