// Opening a dataset file as a stream of byte chunks, decompressing gzip or
// zstd on the fly, so no reader ever needs the whole file in memory.

import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** Chunk size: large enough that per-chunk overhead vanishes, small enough to keep memory flat. */
const CHUNK = 1 << 20;

/**
 * `text`, when given, is the content itself (standard input) and `path` only
 * names it; it is handed out in chunks like a file, so readers see no difference.
 */
export function openBytes(path: string, gzip: boolean, text?: string, zstd = false): AsyncIterable<Buffer> {
  if (text !== undefined) return chunksOf(Buffer.from(text, 'utf8'));
  const file = createReadStream(path, { highWaterMark: CHUNK });
  if (zstd) return unzstd(file);
  if (!gzip) return file;
  // pipeline() destroys both streams on error or early exit, so a reader that
  // stops halfway never leaks the file descriptor; its errors surface in the
  // consumer's for-await through the gunzip stream.
  return pipeline(file, createGunzip({ chunkSize: 64 * 1024 }), () => {});
}

/** zlib errors (corrupt or truncated gzip) are input problems, not crashes. */
export function isGzipError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

export function gzipProblemMessage(error: Error, line: number): string {
  const what = /unexpected end/i.test(error.message)
    ? 'gzip data ends early: the file appears truncated'
    : `gzip data is corrupt (${error.message})`;
  return `${what}; records after line ${line} could not be read`;
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
export class ZstdError extends Error {}

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
      throw new ZstdError(/unexpected EOF/i.test(reason) ? 'zstd data ends early: the file appears truncated' : `zstd data is corrupt (${reason})`);
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
