// Splitting one large JSON Lines file into byte ranges that workers lint side
// by side, with results identical to linting it whole.
//
// A range starts right after a newline. Its worker must number lines and
// records exactly as a reader of the whole file would, because positions,
// record indices and the messages of invalid-record findings all carry them.
// So a quick pre-scan (newline search, no JSON parsing) counts the lines and
// the records (non-blank lines) before each range, and the worker starts the
// unchanged JSON Lines reader at those counts. The reader stays the one
// tested implementation of line handling (BOM, CRLF, blank lines, invalid
// UTF-8, truncated last lines).

import { createReadStream } from 'node:fs';
import type { InputProblem, RawRecord } from '../types.js';
import { readJsonLineBatches } from '../io/jsonl.js';

export interface Chunk {
  /** Byte range [start, end) of the file; `start` is 0 or just after a newline. */
  start: number;
  end: number;
  /** Lines before `start`. */
  lineBase: number;
  /** Records (non-blank lines) before `start`. */
  indexBase: number;
}

const READ = 1 << 20;

function isAsciiSpace(b: number): boolean {
  return b === 32 || (b >= 9 && b <= 13);
}

/**
 * Up to `parts` ranges of about equal size covering the file, each ending at
 * a newline (or the end of the file). Counts lines and records before each
 * range the way readJsonLines does: a line is blank when, without a BOM on
 * line 1 and a final CR, it is empty or only whitespace (String#trim's).
 */
export async function planChunks(file: string, size: number, parts: number): Promise<Chunk[]> {
  const targets: number[] = [];
  for (let k = 1; k < parts; k++) targets.push(Math.floor((size * k) / parts));
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLineBase = 0;
  let chunkIndexBase = 0;
  let lines = 0;
  let records = 0;
  let t = 0;
  let pos = 0;
  // The line being scanned: whether it is known to be non-blank, and when
  // not yet, its bytes (only whitespace and non-ASCII bytes so far).
  let atLineStart = true;
  let nonBlank = false;
  let pending: Buffer[] = [];
  let bomChecked = false;

  const endLine = (): void => {
    if (!nonBlank && pending.length > 0) {
      let text = Buffer.concat(pending).toString('utf8');
      if (lines === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.trim() !== '') nonBlank = true;
    }
    lines++;
    if (nonBlank) records++;
    atLineStart = true;
    nonBlank = false;
    pending = [];
  };

  const stream = createReadStream(file, { highWaterMark: READ });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let i = 0;
    if (!bomChecked) {
      bomChecked = true;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    while (i < chunk.length) {
      if (atLineStart) {
        atLineStart = false;
        if (chunk[i] === 123 /* { */) nonBlank = true;
      }
      const nl = chunk.indexOf(10, i);
      const to = nl === -1 ? chunk.length : nl;
      if (!nonBlank) {
        for (let j = i; j < to; j++) {
          const b = chunk[j]!;
          if (b < 0x80 && !isAsciiSpace(b)) {
            nonBlank = true;
            pending = [];
            break;
          }
        }
        if (!nonBlank) pending.push(Buffer.from(chunk.subarray(i, to)));
      }
      if (nl === -1) break;
      endLine();
      const after = pos + nl + 1;
      if (t < targets.length && after >= targets[t]! && after < size) {
        chunks.push({ start: chunkStart, end: after, lineBase: chunkLineBase, indexBase: chunkIndexBase });
        chunkStart = after;
        chunkLineBase = lines;
        chunkIndexBase = records;
        while (t < targets.length && targets[t]! <= after) t++;
      }
      i = nl + 1;
    }
    pos += chunk.length;
  }
  chunks.push({ start: chunkStart, end: size, lineBase: chunkLineBase, indexBase: chunkIndexBase });
  return chunks;
}

function rangeOf(file: string, chunk: Chunk): AsyncIterable<Buffer> {
  if (chunk.end <= chunk.start) return (async function* () {})();
  return createReadStream(file, { start: chunk.start, end: chunk.end - 1, highWaterMark: READ }) as AsyncIterable<Buffer>;
}

/** The records and input problems of one range, numbered as in the whole file. */
export async function* readChunk(file: string, chunk: Chunk): AsyncGenerator<RawRecord | InputProblem> {
  for await (const batch of readChunkBatches(file, chunk)) yield* batch;
}

/** The same, in the reader's batches (what a worker's lintFile reads). */
export async function* readChunkBatches(file: string, chunk: Chunk): AsyncGenerator<Array<RawRecord | InputProblem>> {
  // The reader starts counting where the range starts, so every line number,
  // record index and byte offset (and every message naming them) is the
  // whole file's. A generator, so the range is opened only when read.
  yield* readJsonLineBatches(rangeOf(file, chunk), { lines: chunk.lineBase, records: chunk.indexBase, bytes: chunk.start });
}
