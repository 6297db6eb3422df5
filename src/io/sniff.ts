// Deciding what a file is from its name and its first few KB, before any
// reader commits to it. Content wins over the extension where they disagree
// in a way a person would not mean (a `.json` file that is really JSON Lines),
// and the extension wins where the content is ambiguous (a Markdown file that
// starts with a `[link]`).

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { FileKind } from '../types.js';
import { isGzipError, isZstdMagic, openBytes, ZstdError } from './bytes.js';

export interface SniffResult {
  kind: FileKind;
  gzip: boolean;
  /** Zstandard-compressed (`.jsonl.zst`): decoded on the fly like gzip. */
  zstd?: boolean;
  /** Why the file is not linted (binary, empty, corrupt gzip), for people. */
  problem?: string;
}

const HEAD_BYTES = 8192;
const LFS_SIGNATURE = 'version https://git-lfs.github.com/spec/v1';
const PARQUET_MAGIC = 'PAR1';

function isLfsPointerStart(magic: Buffer): boolean {
  return magic.toString('latin1') === LFS_SIGNATURE.slice(0, magic.length);
}

/**
 * `text`, when given, is the content itself (standard input, already decoded,
 * so never gzip); `path` then only lends its extension.
 */
export async function sniffFile(path: string, text?: string): Promise<SniffResult> {
  if (text !== undefined) {
    // The Parquet reader says why standard input cannot carry it.
    if (extensionOf(path) === 'parquet') return { kind: 'parquet', gzip: false };
    return { ...classify(headOf(Buffer.from(text, 'utf8')), extensionOf(path)), gzip: false };
  }
  const magic = await firstBytes(path, 4);
  const gzip = magic.length >= 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  const ext = extensionOf(path);
  // Parquet is binary by design: its magic (or its name, so that a damaged
  // file is reported as unreadable rather than skipped) decides.
  if (magic.toString('latin1') === PARQUET_MAGIC || (ext === 'parquet' && !gzip && !isLfsPointerStart(magic))) return { kind: 'parquet', gzip: false };
  if (isZstdMagic(magic)) {
    try {
      return { ...classify(await readHead(path, false, true), ext), gzip: false, zstd: true };
    } catch (error) {
      if (!(error instanceof ZstdError)) throw error;
      // Read it as JSON Lines all the same: the reader reports it unreadable, so the run fails.
      return { kind: 'jsonl', gzip: false, zstd: true };
    }
  }
  let head: Head;
  try {
    head = await readHead(path, gzip);
  } catch (error) {
    if (!gzip) throw error;
    return { kind: 'binary', gzip, problem: `gzip data is corrupt (${(error as Error).message}); not linted` };
  }
  return { ...classify(head, ext), gzip };
}

interface Head {
  /** Bytes from the first one that is not whitespace or a BOM. */
  bytes: Buffer;
  /** 0 bytes at all, as opposed to whitespace only. */
  zero: boolean;
}

function classify(head: Head, ext: string): Omit<SniffResult, 'gzip'> {
  const b = head.bytes;
  if (b.length === 0) {
    return { kind: 'empty', problem: head.zero ? 'empty file (0 bytes)' : 'empty file (only whitespace)' };
  }
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    return {
      kind: 'binary',
      problem: 'UTF-16 encoded text: neglint reads UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)',
    };
  }
  if (b.subarray(0, LFS_SIGNATURE.length).toString('latin1') === LFS_SIGNATURE) return { kind: 'lfs-pointer' };
  const binary = binaryReason(b);
  if (binary) return { kind: 'binary', problem: binary };

  if (ext === 'md' || ext === 'markdown' || ext === 'mdx') return { kind: 'markdown' };
  if (ext === 'txt') return { kind: 'text' };
  if (ext === 'csv') return { kind: 'csv' };
  if (ext === 'tsv') return { kind: 'tsv' };
  if (ext === 'jsonl' || ext === 'ndjson') return { kind: 'jsonl' };
  if (b[0] === 0x5b /* [ */) return { kind: 'json' };
  if (b[0] === 0x7b /* { */) {
    // One pretty-printed object spans lines; JSON Lines has a whole value on
    // its first line. Many `.json` files on the hub are really JSON Lines.
    const balanced = firstLineBalanced(b);
    if (balanced === false) return { kind: 'json' };
    if (balanced === null && ext === 'json') return { kind: 'json' };
    return { kind: 'jsonl' };
  }
  if (ext === 'json') return { kind: 'json' };
  return { kind: 'text' };
}

/**
 * Whether the JSON value at the start of `b` closes on its first line (true),
 * runs on past it (false), or neither is visible in the head (null).
 */
function firstLineBalanced(b: Buffer): boolean | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 10) return false;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return true;
    }
  }
  return null;
}

/** Why `b` looks binary, or null. Some invalid UTF-8 alone does not make a file binary. */
function binaryReason(b: Buffer): string | null {
  if (b.includes(0)) return 'binary file (NUL bytes in its first KB): not a dataset text file';
  let bad = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      // Control characters other than tab, newlines, form feed and escape.
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) bad++;
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0) {
      bad++;
      i++;
      continue;
    }
    if (i + len > n) break; // a sequence cut by the end of the head
    let ok = true;
    for (let k = 1; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) i += len;
    else {
      bad++;
      i++;
    }
  }
  return bad > n * 0.3 ? 'binary file (mostly bytes that are not UTF-8 text): not a dataset text file' : null;
}

function extensionOf(path: string): string {
  const name = path.replace(/^.*[\\/]/, '').toLowerCase().replace(/\.(gz|zst|zstd)$/, '');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : '';
}

async function firstBytes(path: string, count: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buf, 0, count, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * The first HEAD_BYTES after any leading whitespace and BOM, decompressed if
 * need be. Leading whitespace is skipped rather than counted, so that a file
 * of blank lines is found empty however long it is.
 */
async function readHead(path: string, gzip: boolean, zstd = false): Promise<Head> {
  const file = zstd ? null : createReadStream(path, { highWaterMark: 64 * 1024 });
  const source: AsyncIterable<Buffer> = file === null ? openBytes(path, false, undefined, true) : gzip ? pipeline(file, createGunzip(), () => {}) : file;
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let total = 0;
  let started = false;
  try {
    for await (const chunk of source) {
      let from = 0;
      if (total === 0 && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) from = 3;
      total += chunk.length;
      if (!started) {
        while (from < chunk.length && isSpace(chunk[from]!)) from++;
        if (from === chunk.length) continue;
        started = true;
      }
      kept.push(chunk.subarray(from));
      keptBytes += chunk.length - from;
      if (keptBytes >= HEAD_BYTES) break;
    }
  } catch (error) {
    // A truncated gzip still has a readable beginning; the reader reports
    // where it breaks off. Only a stream with nothing readable is corrupt.
    if (!(((gzip && isGzipError(error)) || error instanceof ZstdError) && keptBytes > 0)) throw error;
  } finally {
    file?.destroy();
  }
  const bytes = Buffer.concat(kept, keptBytes).subarray(0, HEAD_BYTES);
  return { bytes, zero: total === 0 };
}

function headOf(buf: Buffer): Head {
  let from = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  while (from < buf.length && isSpace(buf[from]!)) from++;
  return { bytes: buf.subarray(from, from + HEAD_BYTES), zero: buf.length === 0 };
}

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9 || b === 12 || b === 11;
}
