// JSON Lines reader. Speed matters here (the whole-run target is 20 MB/s and
// JSON.parse is the floor), so lines are found with Buffer#indexOf over the raw
// chunks and each line is decoded exactly once; a line that spans chunks is
// kept as a list of slices and concatenated once, so a 50 MB record costs one
// copy, not a quadratic series of string concatenations.

import { isUtf8 } from 'node:buffer';
import type { InputProblem, RawRecord } from '../types.js';
import { gzipProblem, hasBom, isGzipError } from './bytes.js';
import { describeJsonError, jsonReason, TRUNCATED_NOTE } from './json-error.js';

/** Lines above this are skipped with a problem: V8 cannot hold much larger strings. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

export async function* readJsonLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<RawRecord | InputProblem> {
  for await (const batch of readJsonLineBatches(chunks)) yield* batch;
}

/**
 * The same items, a batch per chunk read: the engine takes them so, because
 * an async generator's yield costs a promise turn per item, which at tens of
 * thousands of records per second is a sizeable share of the time.
 */
export async function* readJsonLineBatches(
  chunks: AsyncIterable<Buffer>,
  /** Where `chunks` start in the file (a range, --concurrency): lines, records and bytes before them. */
  from: { lines: number; records: number; bytes: number } = { lines: 0, records: 0, bytes: 0 },
): AsyncGenerator<Array<RawRecord | InputProblem>> {
  let out: Array<RawRecord | InputProblem> = [];
  const state: LineState = { line: from.lines, index: from.records };
  let lineStart = from.bytes; // byte offset of the line being assembled
  let pos = from.bytes; // byte offset of the current chunk
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  try {
    for await (const chunk of chunks) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        if (oversized) {
          state.line++;
          state.index++;
          out.push(oversizedProblem(state));
          oversized = false;
        } else {
          let buf = chunk.subarray(start, nl);
          if (pending.length > 0) {
            pending.push(buf);
            buf = Buffer.concat(pending, pendingBytes + buf.length);
            pending = [];
            pendingBytes = 0;
          }
          handleLine(buf, lineStart, true, state, out);
        }
        start = nl + 1;
        lineStart = pos + start;
      }
      if (start < chunk.length && !oversized) {
        pendingBytes += chunk.length - start;
        if (pendingBytes > MAX_LINE_BYTES) {
          oversized = true;
          pending = [];
          pendingBytes = 0;
        } else pending.push(chunk.subarray(start));
      }
      pos += chunk.length;
      if (out.length > 0) {
        yield out;
        out = [];
      }
    }
  } catch (error) {
    if (!isGzipError(error)) throw error;
    yield [gzipProblem(error, state.line, { line: state.line + 1, column: 1 })];
    return;
  }
  if (oversized) {
    state.line++;
    state.index++;
    yield [oversizedProblem(state)];
  } else if (pending.length > 0) {
    handleLine(Buffer.concat(pending, pendingBytes), lineStart, false, state, out);
    if (out.length > 0) yield out;
  }
}

interface LineState {
  /** 1-based number of the last line handled. */
  line: number;
  /** Index the next non-blank line gets. */
  index: number;
}

function handleLine(
  bytes: Buffer,
  byteOffset: number,
  terminated: boolean,
  state: LineState,
  out: Array<RawRecord | InputProblem>,
): void {
  const line = ++state.line;
  let buf = bytes;
  if (line === 1 && hasBom(buf)) {
    buf = buf.subarray(3);
    byteOffset += 3;
  }
  if (buf.length > 0 && buf[buf.length - 1] === 13) buf = buf.subarray(0, buf.length - 1);
  if (buf.length === 0) return;
  const raw = buf.toString('utf8');
  // Blank lines are not records; the `{` test keeps the common case free.
  if (buf[0] !== 123 && raw.trim() === '') return;
  const index = state.index++;
  // U+FFFD in the text is either a real U+FFFD or a replaced invalid byte;
  // only the rare line that has one pays for the exact check.
  if (raw.includes('\uFFFD') && !isUtf8(buf)) {
    out.push({
      ruleId: 'invalid-record',
      messageId: 'utf8',
      data: { line, record: index },
      line,
      column: raw.indexOf('\uFFFD') + 1,
      record: index,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    out.push(invalidJson(error, raw, line, index, terminated));
    return;
  }
  out.push({ index, line, column: 1, byteOffset, raw, value });
}

function invalidJson(error: unknown, raw: string, line: number, index: number, terminated: boolean): InputProblem {
  const { offset, reason } = describeJsonError(error, raw);
  // A last line without its newline that breaks off mid-value is the
  // signature of an interrupted write or download, which is worth saying.
  const truncated = !terminated && offset >= raw.trimEnd().length ? TRUNCATED_NOTE : '';
  const { messageId, data } = jsonReason(reason, 'json', 'jsonToken');
  return { ruleId: 'invalid-record', messageId, data: { column: offset + 1, ...data, record: index, truncated }, line, column: offset + 1, record: index };
}

function oversizedProblem(state: LineState): InputProblem {
  return {
    ruleId: 'invalid-record',
    messageId: 'oversized',
    data: { line: state.line, mib: MAX_LINE_BYTES / 1024 / 1024, record: state.index - 1 },
    line: state.line,
    column: 1,
    record: state.index - 1,
  };
}
