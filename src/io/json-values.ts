// Reader for `.json` files: a top-level array whose elements are the records
// (the Alpaca style), or one or more top-level values in a row (a single
// pretty-printed object, or concatenated JSON). It never loads the file: a
// byte-level scanner tracks strings, escapes and bracket depth over the
// chunks to find each element's byte range, and only that element is decoded
// and parsed. The scanner is forgiving on purpose, so that one broken element
// is reported where it is and the elements after it are still linted.

import { isUtf8 } from 'node:buffer';
import type { InputProblem, MessageData, RawRecord } from '../types.js';
import { gzipProblem, isGzipError } from './bytes.js';
import { describeJsonError, jsonReason } from './json-error.js';
import { lineColumnAt } from './positions.js';

const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;

/** Elements above this are skipped with a problem: V8 cannot hold much larger strings. */
const MAX_ELEMENT_BYTES = 256 * 1024 * 1024;

type Item = RawRecord | InputProblem;

const enum Where {
  /** Before the first value of the file. */
  Start,
  /** Inside the top-level array, where an element may start. */
  ExpectElement,
  /** Inside the top-level array, right after an element. */
  AfterElement,
  /** After the top-level array closed: only whitespace may follow. */
  Done,
  /** Top-level values in a row (no enclosing array). */
  Stream,
}

export async function* readJsonValues(chunks: AsyncIterable<Buffer>): AsyncGenerator<Item> {
  const out: Item[] = [];
  let where = Where.Start;
  let arrayMode = false;
  let afterComma = false;

  // Position of the byte being scanned.
  let pos = 0;
  let line = 1;
  let col = 1;

  // The element being collected.
  let inElement = false;
  let scalar = false;
  let inString = false;
  let escaped = false;
  const stack: number[] = [];
  let pieces: Buffer[] = [];
  let pieceBytes = 0;
  let tooLarge = false;
  let startByte = 0;
  let startLine = 0;
  let startCol = 0;
  let index = 0;

  const problem = (messageId: string, data: MessageData, atLine: number, atCol: number, record: number | null): void => {
    out.push({ ruleId: 'invalid-record', messageId, data, line: atLine, column: atCol, record });
  };

  const finish = (chunk: Buffer, from: number, to: number): void => {
    inElement = false;
    const record = index++;
    if (tooLarge) {
      tooLarge = false;
      pieces = [];
      pieceBytes = 0;
      problem('oversizedElement', { line: startLine, mib: 256, record }, startLine, startCol, record);
      return;
    }
    pieces.push(chunk.subarray(from, to));
    const buf = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, pieceBytes + to - from);
    pieces = [];
    pieceBytes = 0;
    const raw = buf.toString('utf8');
    if (raw.includes('\uFFFD') && !isUtf8(buf)) {
      const at = lineColumnAt(raw, raw.indexOf('\uFFFD'), startLine, startCol);
      problem('utf8', { line: at.line, record }, at.line, at.column, record);
    }
    try {
      out.push({ index: record, line: startLine, column: startCol, byteOffset: startByte, raw, value: JSON.parse(raw) });
    } catch (error) {
      const { offset, reason } = describeJsonError(error, raw);
      const at = lineColumnAt(raw, offset, startLine, startCol);
      const { messageId, data } = jsonReason(reason, 'element', 'elementToken');
      problem(messageId, { line: at.line, column: at.column, ...data, record }, at.line, at.column, record);
    }
  };

  try {
    for await (const chunk of chunks) {
      let i = 0;
      if (pos === 0 && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
      let from = inElement ? 0 : -1;
      const n = chunk.length;
      for (; i < n; i++) {
        if (inString && !escaped) {
          // Fast path over string contents, which are most of the bytes: only
          // a quote, a backslash or a newline matters there.
          let c = chunk[i]!;
          while (c !== QUOTE && c !== BACKSLASH && c !== NEWLINE) {
            if ((c & 0xc0) !== 0x80) col += c >= 0xf0 ? 2 : 1;
            if (++i === n) break;
            c = chunk[i]!;
          }
          if (i === n) break;
        }
        const b = chunk[i]!;
        // 1 = the element ends after this byte, 0 = it ends before it (and the
        // byte is then read as structure), -1 = still inside.
        let ends = -1;
        if (inElement) {
          if (inString) {
            if (escaped) escaped = false;
            else if (b === BACKSLASH) escaped = true;
            else if (b === QUOTE) {
              inString = false;
              if (scalar) ends = 1;
            } else if (b === NEWLINE) {
              // JSON strings cannot hold a raw newline: the quote is missing.
              // Resynchronise here rather than swallow the rest of the file.
              inString = false;
              if (scalar) ends = 0;
            }
          } else if (scalar) {
            if (b === COMMA || b === CLOSE_ARRAY || b === CLOSE_OBJECT || b === OPEN_ARRAY || b === OPEN_OBJECT || b === QUOTE || isSpace(b)) {
              ends = 0;
            }
          } else if (b === QUOTE) inString = true;
          else if (b === OPEN_OBJECT || b === OPEN_ARRAY) stack.push(b);
          else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
            const opener = b === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY;
            const k = stack.lastIndexOf(opener);
            if (k >= 0) {
              // Mismatched brackets in between are dropped; JSON.parse will
              // report the exact spot when the element is parsed.
              stack.length = k;
              if (k === 0) ends = 1;
            } else if (b === CLOSE_ARRAY && arrayMode) {
              // The enclosing array closes while this element is still open.
              ends = 0;
              stack.length = 0;
            }
          }
          if (ends === 1) finish(chunk, from, i + 1);
          else if (ends === 0) finish(chunk, from, i);
        }
        if (!inElement && ends !== 1 && !isSpace(b)) {
          if (where === Where.Start && b === OPEN_ARRAY) {
            // The enclosing array: its elements are the records.
            arrayMode = true;
            where = Where.ExpectElement;
          } else if (b === COMMA) {
            if (where === Where.AfterElement) {
              where = Where.ExpectElement;
              afterComma = true;
            } else problem('unexpectedComma', { line, column: col }, line, col, null);
          } else if (b === CLOSE_ARRAY && arrayMode && (where === Where.ExpectElement || where === Where.AfterElement)) {
            if (afterComma) problem('trailingComma', { line, column: col }, line, col, null);
            where = Where.Done;
          } else if (where === Where.Done) {
            problem('afterArray', { line, column: col }, line, col, null);
            for (const item of out) yield item;
            return;
          } else if ((b === CLOSE_ARRAY || b === CLOSE_OBJECT) && !inElement) {
            problem('unexpectedChar', { char: String.fromCharCode(b), line, column: col }, line, col, null);
          } else {
            if (where === Where.Start) where = Where.Stream;
            if (where === Where.AfterElement) {
              problem('missingComma', { line, column: col, record: index }, line, col, index);
            }
            if (where !== Where.Stream) where = Where.AfterElement;
            afterComma = false;
            inElement = true;
            scalar = b !== OPEN_OBJECT && b !== OPEN_ARRAY;
            inString = b === QUOTE;
            escaped = false;
            stack.length = 0;
            if (!scalar) stack.push(b);
            startByte = pos + i;
            startLine = line;
            startCol = col;
            from = i;
          }
        }
        if (b === NEWLINE) {
          line++;
          col = 1;
        } else if ((b & 0xc0) !== 0x80) col += b >= 0xf0 ? 2 : 1;
      }
      if (inElement && !tooLarge) {
        pieces.push(chunk.subarray(from));
        pieceBytes += chunk.length - from;
        if (pieceBytes > MAX_ELEMENT_BYTES) {
          tooLarge = true;
          pieces = [];
          pieceBytes = 0;
        }
      }
      pos += chunk.length;
      for (const item of out) yield item;
      out.length = 0;
    }
  } catch (error) {
    if (!isGzipError(error)) throw error;
    yield gzipProblem(error, line, { line, column: col });
    return;
  }

  if (inElement) {
    if (scalar && !inString) {
      finish(Buffer.alloc(0), 0, 0);
    } else {
      const record = index++;
      problem(
        'endsInside',
        { line: startLine, column: startCol, record },
        startLine,
        startCol,
        record,
      );
    }
  } else if (arrayMode && where !== Where.Done) {
    problem('arrayNotClosed', { line }, line, col, null);
  }
  yield* out;
}

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9;
}
