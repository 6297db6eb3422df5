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
  /** Text that is not UTF-8 but can be decoded (UTF-16 with a byte order mark); readers get it as UTF-8. */
  encoding?: TextEncoding;
  /** Why the file is not linted (binary, empty, corrupt gzip), for people. */
  problem?: string;
}

/** Encodings besides UTF-8 that the readers decode (see bytes.ts). */
export type TextEncoding = 'utf-16le' | 'utf-16be';

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
    return { ...classifyText(headOf(Buffer.from(text, 'utf8')), extensionOf(path)), gzip: false };
  }
  const magic = await firstBytes(path, 4);
  const gzip = magic.length >= 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  const ext = extensionOf(path);
  // Parquet is binary by design: its magic (or its name, so that a damaged
  // file is reported as unreadable rather than skipped) decides.
  if (magic.toString('latin1') === PARQUET_MAGIC || (ext === 'parquet' && !gzip && !isLfsPointerStart(magic))) return { kind: 'parquet', gzip: false };
  if (isZstdMagic(magic)) {
    try {
      return { ...classifyText(await readHead(path, false, true), ext), gzip: false, zstd: true };
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
  return { ...classifyText(head, ext), gzip };
}

/** classify(), on the UTF-8 form of a head in UTF-16 (with its mark), as every reader sees it. */
function classifyText(head: Head, ext: string): Omit<SniffResult, 'gzip'> {
  const encoding = utf16Bom(head.raw);
  if (!encoding) return classify(head, ext);
  const text = new TextDecoder(encoding).decode(head.raw);
  return { ...classify(headOf(Buffer.from(text, 'utf8')), ext), encoding };
}

function utf16Bom(b: Buffer): TextEncoding | null {
  // FF FE 00 00 is UTF-32's mark, which classify() names.
  if (b[0] === 0xff && b[1] === 0xfe && !(b[2] === 0 && b[3] === 0)) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

const CONVERT = 'which neglint cannot read: convert it to JSON Lines first';

/**
 * Formats that are not text, named by their first bytes, so the problem can
 * say what the file is. A Parquet or zstd file is read (sniffFile knows it by
 * its first bytes); these two are found here only inside gzip or on standard input.
 */
const SIGNATURES: Array<[bytes: number[], problem: string]> = [
  [[0x50, 0x41, 0x52, 0x31], 'a Parquet file inside gzip or on standard input, which neglint cannot read: pass the .parquet file itself (its pages carry their own compression)'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'zstd-compressed data inside gzip, which neglint cannot read: remove the gzip layer (a .jsonl.zst file is read)'],
  [[0x42, 0x5a, 0x68], `bzip2-compressed data, ${CONVERT}`],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], `xz-compressed data, ${CONVERT}`],
  [[0x50, 0x4b, 0x03, 0x04], `a zip archive, ${CONVERT}`],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], `a 7-Zip archive, ${CONVERT}`],
  [[0x41, 0x52, 0x52, 0x4f, 0x57, 0x31], `an Arrow file, ${CONVERT}`],
  [[0x4f, 0x62, 0x6a, 0x01], `an Avro file, ${CONVERT}`],
  [[0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59], `a NumPy array, ${CONVERT}`],
];

function signature(b: Buffer): string | null {
  for (const [bytes, problem] of SIGNATURES) if (bytes.every((x, i) => b[i] === x)) return problem;
  return null;
}

interface Head {
  /** Bytes from the first one that is not whitespace or a BOM. */
  bytes: Buffer;
  /** The first bytes as they are (a UTF-16 mark and the whitespace after it kept). */
  raw: Buffer;
  /** 0 bytes at all, as opposed to whitespace only. */
  zero: boolean;
}

function classify(head: Head, ext: string): Omit<SniffResult, 'gzip'> {
  const b = head.bytes;
  if (b.length === 0) {
    return { kind: 'empty', problem: head.zero ? 'empty file (0 bytes)' : 'empty file (only whitespace)' };
  }
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) {
    return { kind: 'binary', problem: 'UTF-32 encoded text: neglint reads UTF-8 and UTF-16; convert it first (iconv -f UTF-32 -t UTF-8)' };
  }
  const known = signature(b);
  if (known) return { kind: 'binary', problem: known };
  const unmarked = unmarkedUtf16(b);
  if (unmarked) {
    return { kind: 'binary', problem: `${unmarked} text without a byte order mark: convert it to UTF-8 first (iconv -f ${unmarked} -t UTF-8)` };
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

/** ASCII-range text in UTF-16 has a NUL in every other byte: which half says the byte order. */
function unmarkedUtf16(b: Buffer): 'UTF-16LE' | 'UTF-16BE' | null {
  const pairs = Math.floor(b.length / 2);
  if (pairs < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd > pairs * 0.6 && even < pairs * 0.05) return 'UTF-16LE';
  if (even > pairs * 0.6 && odd < pairs * 0.05) return 'UTF-16BE';
  return null;
}

/**
 * Why `b` looks binary, or null. A few bad bytes (a NUL or invalid UTF-8 in
 * one record) do not make a file binary: they cost their record, and the
 * reader reports it. Binary data is dense with them.
 */
function binaryReason(b: Buffer): string | null {
  let nul = 0;
  for (let i = b.indexOf(0); i !== -1; i = b.indexOf(0, i + 1)) nul++;
  if (nul > b.length * 0.1) return 'binary file (NUL bytes throughout its first KB): not a dataset text file';
  let bad = nul;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      // Control characters other than tab, newlines, form feed and escape (NULs are counted above).
      if (c > 0 && c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) bad++;
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
  const source: AsyncIterable<Buffer> = file === null ? openBytes(path, { gzip: false, zstd: true }) : gzip ? pipeline(file, createGunzip(), () => {}) : file;
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let total = 0;
  let started = false;
  let raw: Buffer | undefined;
  try {
    for await (const chunk of source) {
      raw ??= chunk.subarray(0, HEAD_BYTES);
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
  return { bytes, raw: raw ?? Buffer.alloc(0), zero: total === 0 };
}

function headOf(buf: Buffer): Head {
  let from = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  while (from < buf.length && isSpace(buf[from]!)) from++;
  return { bytes: buf.subarray(from, from + HEAD_BYTES), raw: buf.subarray(0, HEAD_BYTES), zero: buf.length === 0 };
}

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9 || b === 12 || b === 11;
}
