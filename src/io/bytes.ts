// Opening a dataset file as a stream of byte chunks, decompressing gzip on the
// fly, so no reader ever needs the whole file in memory.

import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { InputProblem } from '../types.js';
import type { TextEncoding } from './sniff.js';

/** Chunk size: large enough that per-chunk overhead vanishes, small enough to keep memory flat. */
const CHUNK = 1 << 20;

/**
 * `text`, when given, is the content itself (standard input) and `path` only
 * names it; it is handed out in chunks like a file, so readers see no difference.
 */
export function openBytes(path: string, gzip: boolean, text?: string, encoding?: TextEncoding): AsyncIterable<Buffer> {
  if (text !== undefined) return chunksOf(Buffer.from(text, 'utf8'));
  const file = createReadStream(path, { highWaterMark: CHUNK });
  // pipeline() destroys both streams on error or early exit, so a reader that
  // stops halfway never leaks the file descriptor; its errors surface in the
  // consumer's for-await through the gunzip stream.
  const bytes: AsyncIterable<Buffer> = gzip ? pipeline(file, createGunzip({ chunkSize: 64 * 1024 }), () => {}) : file;
  return encoding ? asUtf8(bytes, encoding) : bytes;
}

/**
 * UTF-16 (with its byte order mark, which the decoder drops) as UTF-8, so
 * that every reader and every offset works on one encoding. A --fix copy of
 * such a file is therefore UTF-8, as a gzip input's copy is uncompressed.
 */
async function* asUtf8(chunks: AsyncIterable<Buffer>, encoding: TextEncoding): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest !== '') yield Buffer.from(rest, 'utf8');
}

/** zlib errors (corrupt or truncated gzip) are input problems, not crashes. */
export function isGzipError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/** The invalid-record problem for a gzip stream that breaks off after `line`, reported at `at`. */
export function gzipProblem(error: Error, line: number, at: { line: number; column: number }): InputProblem {
  const truncated = /unexpected end/i.test(error.message);
  return {
    ruleId: 'invalid-record',
    messageId: truncated ? 'gzipTruncated' : 'gzipCorrupt',
    data: truncated ? { line } : { reason: error.message, line },
    line: at.line,
    column: at.column,
    record: null,
  };
}

/** Whether `buf` starts with the UTF-8 byte order mark. */
export function hasBom(buf: Uint8Array): boolean {
  return buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
}

async function* chunksOf(buf: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < buf.length; i += CHUNK) yield buf.subarray(i, i + CHUNK);
}
