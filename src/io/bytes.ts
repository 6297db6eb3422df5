// Opening a dataset file as a stream of byte chunks, decompressing gzip or
// zstd on the fly, so no reader ever needs the whole file in memory.

import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { InputProblem } from '../types.js';
import type { TextEncoding } from './sniff.js';

/** Chunk size: large enough that per-chunk overhead vanishes, small enough to keep memory flat. */
const CHUNK = 1 << 20;

/** How a file's bytes are stored: what the sniff found (a SniffResult is one). */
export interface ByteSource {
  gzip: boolean;
  zstd?: boolean;
  /** A text encoding other than UTF-8 (UTF-16), decoded to UTF-8 here. */
  encoding?: TextEncoding;
}

/**
 * `text`, when given, is the content itself (standard input) and `path` only
 * names it; it is handed out in chunks like a file, so readers see no difference.
 */
export function openBytes(path: string, source: ByteSource, text?: string): AsyncIterable<Buffer> {
  if (text !== undefined) return chunksOf(Buffer.from(text, 'utf8'));
  const file = createReadStream(path, { highWaterMark: CHUNK });
  // pipeline() destroys both streams on error or early exit, so a reader that
  // stops halfway never leaks the file descriptor; its errors surface in the
  // consumer's for-await through the gunzip stream.
  const bytes: AsyncIterable<Buffer> = source.zstd ? unzstd(file) : source.gzip ? pipeline(file, createGunzip({ chunkSize: 64 * 1024 }), () => {}) : file;
  return source.encoding ? asUtf8(bytes, source.encoding) : bytes;
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

/** The first bytes of every zstd frame (RFC 8878). */
export function isZstdMagic(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x28 && buf[1] === 0xb5 && buf[2] === 0x2f && buf[3] === 0xfd;
}

/** Corrupt or truncated zstd data: an unreadable file, not a crash. */
export class ZstdError extends Error {
  constructor(
    readonly truncated: boolean,
    /** The decoder's own account, when the data is corrupt. */
    readonly reason: string,
  ) {
    super(truncated ? 'zstd data ends early: the file appears truncated' : `zstd data is corrupt (${reason})`);
  }
}

/** The unreadable-file problem for a zstd stream that breaks off after `line` (0: before any record). */
export function zstdProblem(error: ZstdError, line: number): InputProblem {
  const where = { line: line + 1, column: 1, record: null };
  if (error.truncated) return { ruleId: 'unreadable-file', ...(line === 0 ? { messageId: 'zstdTruncatedStart' } : { messageId: 'zstdTruncated', data: { line } }), ...where };
  return { ruleId: 'unreadable-file', messageId: line === 0 ? 'zstdCorruptStart' : 'zstdCorrupt', data: { reason: error.reason, line }, ...where };
}

/**
 * Node 20 has no zstd; fzstd is a maintained pure-JS streaming decoder. It
 * calls back with each decoded block, which is handed on as soon as the
 * compressed chunk that completed it has been pushed.
 */
async function* unzstd(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const { Decompress } = await import('fzstd');
  const out: Uint8Array[] = [];
  const decoder = new Decompress((block) => {
    if (block.length > 0) out.push(block);
  });
  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      decoder.push(chunk, final);
    } catch (error) {
      const reason = (error as Error).message;
      throw new ZstdError(/unexpected EOF/i.test(reason), reason);
    }
  };
  for await (const chunk of source) {
    push(chunk, false);
    for (const block of out) yield Buffer.from(block.buffer, block.byteOffset, block.byteLength);
    out.length = 0;
  }
  push(new Uint8Array(0), true);
  for (const block of out) yield Buffer.from(block.buffer, block.byteOffset, block.byteLength);
}
