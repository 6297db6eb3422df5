// `--fix` and `--fix-dry-run`: apply each finding's first suggestion.
//
// A fix never touches the input. It writes a repaired copy beside it
// (`data.jsonl` -> `data.fixed.jsonl`), and refuses when that name is taken.
// The copy is the input byte for byte except the repaired strings: in JSON the
// claim's characters inside the string literal are replaced by the
// suggestion, JSON-escaped (\uXXXX for non-ASCII when the record was pure
// ASCII, as Python's json.dumps writes), so key order, spacing and every other
// escape stay as they were; in Markdown and text the claim's source span is
// replaced. A gzip input gives an uncompressed copy (`data.jsonl.gz` ->
// `data.fixed.jsonl`): the repaired bytes are then comparable with `zcat`.
//
// Only a suggestion that rewrites is applied: when the first suggestion
// deletes the span, the finding is left to a reviewer (deleting training text
// is a content decision, and a deleted fragment can leave a broken sentence).
// A fix is applied only when it is safe to: the claim's span must still hold
// the claim's text (in Markdown, no inline markup inside it), must lie in the
// string the finding names, and must not overlap another fix; otherwise the
// finding is listed as skipped with the reason.

import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openBytes } from '../io/bytes.js';
import { locateValue } from '../io/json-locate.js';
import { readRecords } from '../io/read.js';
import { sniffFile } from '../io/sniff.js';
import type { Finding, RawRecord } from '../types.js';

export interface ByteEdit {
  /** Byte range [start, end) of the (decompressed) input that is replaced. */
  start: number;
  end: number;
  old: Buffer;
  replacement: Buffer;
}

export interface Hunk {
  /** 1-based first line of the old text, and its lines (without line breaks). */
  line: number;
  old: string[];
  new: string[];
  record: number | null;
}

export interface Skipped {
  finding: Finding;
  reason: string;
}

export interface FileFix {
  /** The input, as reported and absolute. */
  displayPath: string;
  path: string;
  /** The repaired copy, as reported and absolute. */
  targetDisplayPath: string;
  target: string;
  gzip: boolean;
  edits: ByteEdit[];
  hunks: Hunk[];
  /** Findings fixed. */
  fixed: Finding[];
  skipped: Skipped[];
}

/** `data.jsonl` -> `data.fixed.jsonl`; `data.jsonl.gz` -> `data.fixed.jsonl` (uncompressed); `README` -> `README.fixed`. */
export function fixedName(file: string): string {
  const dir = path.dirname(file);
  let base = path.basename(file).replace(/\.gz$/i, '');
  const dot = base.lastIndexOf('.');
  base = dot > 0 ? `${base.slice(0, dot)}.fixed${base.slice(dot)}` : `${base}.fixed`;
  return dir === '.' ? base : path.join(dir, base);
}

/** Offset in `raw` of a 1-based file position, where `raw` starts at (baseLine, baseColumn); -1 when outside. */
function offsetOf(raw: string, line: number, column: number, baseLine: number, baseColumn: number): number {
  let start = 0;
  for (let l = baseLine; l < line; l++) {
    const nl = raw.indexOf('\n', start);
    if (nl === -1) return -1;
    start = nl + 1;
  }
  const offset = line === baseLine ? column - baseColumn : start + column - 1;
  return offset < 0 || offset > raw.length ? -1 : offset;
}

/** The JSON string-literal body for `text`, with non-ASCII escaped when `ascii`. */
function jsonFragment(text: string, ascii: boolean): string {
  const body = JSON.stringify(text).slice(1, -1);
  return ascii ? body.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : body;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface TextEdit {
  start: number;
  end: number;
  replacement: string;
  finding: Finding;
}

/** The edits of one record, or the reason each finding cannot be fixed. */
function recordEdits(raw: RawRecord, findings: Finding[], json: boolean, skipped: Skipped[]): TextEdit[] {
  if (raw.raw.includes('\uFFFD')) {
    for (const finding of findings) skipped.push({ finding, reason: 'the record has invalid UTF-8 (or U+FFFD) and cannot be rewritten byte for byte' });
    return [];
  }
  const ascii = json && !/[^\u0000-\u007f]/.test(raw.raw);
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const suggestion = finding.suggestions[0]!;
    // A suggestion may replace more than the reported claim (a whole wrapper sentence).
    const range = suggestion.range?.line !== undefined ? suggestion.range : undefined;
    const expected = range ? range.original : finding.text;
    const start = range
      ? offsetOf(raw.raw, range.line!, range.column!, raw.line, raw.column)
      : offsetOf(raw.raw, finding.line, finding.column, raw.line, raw.column);
    const end = range
      ? offsetOf(raw.raw, range.endLine!, range.endColumn!, raw.line, raw.column)
      : offsetOf(raw.raw, finding.endLine, finding.endColumn, raw.line, raw.column);
    if (start < 0 || end < start) {
      skipped.push({ finding, reason: 'its position is outside the record' });
      continue;
    }
    const slice = raw.raw.slice(start, end);
    if (json) {
      const literal = finding.pointer === null ? null : locateValue(raw.raw, finding.pointer);
      if (!literal || raw.raw.charCodeAt(literal.start) !== 34 || start <= literal.start || end >= literal.end) {
        skipped.push({ finding, reason: `its span is not inside the string at ${finding.pointer ?? '(no pointer)'}` });
        continue;
      }
      let decoded: unknown;
      try {
        decoded = JSON.parse(`"${slice}"`);
      } catch {
        decoded = undefined;
      }
      if (decoded !== expected) {
        skipped.push({ finding, reason: 'the text at its position is not the claim it reports' });
        continue;
      }
      edits.push({ start, end, replacement: jsonFragment(suggestion.text, ascii), finding });
    } else {
      if (collapse(slice) !== collapse(expected ?? '')) {
        skipped.push({ finding, reason: 'the claim has Markdown markup in its source; fix it by hand' });
        continue;
      }
      edits.push({ start, end, replacement: suggestion.text, finding });
    }
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (last && (edit.start < last.end || (edit.start === last.start && edit.end === last.end))) {
      skipped.push({ finding: edit.finding, reason: `it overlaps the fix for ${last.finding.ruleId} at ${last.finding.line}:${last.finding.column}` });
      continue;
    }
    kept.push(edit);
  }
  return kept;
}

function applyTextEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Diff hunks of one record: edits on the same or touching lines share a hunk. */
function hunksOf(raw: RawRecord, edits: TextEdit[]): Hunk[] {
  const hunks: Hunk[] = [];
  let i = 0;
  while (i < edits.length) {
    const from = lineStart(raw.raw, edits[i]!.start);
    let to = lineEnd(raw.raw, edits[i]!.end);
    let j = i + 1;
    while (j < edits.length && edits[j]!.start <= to) to = lineEnd(raw.raw, edits[j++]!.end);
    const group = edits.slice(i, j).map((e) => ({ ...e, start: e.start - from, end: e.end - from }));
    const before = raw.raw.slice(from, to);
    const line = raw.line + (raw.raw.slice(0, from).match(/\n/g)?.length ?? 0);
    hunks.push({ line, old: splitLines(before), new: splitLines(applyTextEdits(before, group)), record: raw.index });
    i = j;
  }
  return hunks;
}

export interface PlanInput {
  path: string;
  displayPath: string;
  /** The content, for standard input. */
  text?: string;
}

const TABLE_KINDS: ReadonlySet<string> = new Set(['csv', 'tsv', 'parquet']);

/** Works out the fixes for one file's findings (those with a suggestion), reading the file once more. */
export async function planFileFix(input: PlanInput, findings: readonly Finding[]): Promise<FileFix> {
  const target = fixedName(input.path);
  const fix: FileFix = {
    displayPath: input.displayPath,
    path: input.path,
    targetDisplayPath: fixedName(input.displayPath),
    target,
    gzip: false,
    edits: [],
    hunks: [],
    fixed: [],
    skipped: [],
  };
  const byRecord = new Map<number | null, Finding[]>();
  for (const f of findings) {
    if (f.suggestions.length === 0) continue;
    if (f.suggestions[0]!.text === '') {
      fix.skipped.push({ finding: f, reason: 'its first suggestion deletes the text; deleting training text is left to a reviewer' });
      continue;
    }
    if (typeof f.text !== 'string' || f.start === null) {
      fix.skipped.push({ finding: f, reason: 'the finding carries no claim text (redacted)' });
      continue;
    }
    const list = byRecord.get(f.record) ?? [];
    list.push(f);
    byRecord.set(f.record, list);
  }
  if (byRecord.size === 0) return fix;
  const sniff = await sniffFile(input.path, input.text);
  fix.gzip = sniff.gzip;
  const json = sniff.kind === 'jsonl' || sniff.kind === 'json';
  if ((!json && sniff.kind !== 'markdown' && sniff.kind !== 'text') || sniff.zstd) {
    // Rewriting CSV quoting, Parquet pages or a zstd stream byte for byte is not supported: refuse rather than write something else.
    const what = sniff.zstd ? 'zstd-compressed' : TABLE_KINDS.has(sniff.kind) ? sniff.kind.toUpperCase() : sniff.kind;
    const reason = TABLE_KINDS.has(sniff.kind) || sniff.zstd ? `--fix does not support ${what} files; apply the suggestion by hand` : `a ${sniff.kind} file cannot be fixed`;
    for (const list of byRecord.values()) for (const finding of list) fix.skipped.push({ finding, reason });
    return fix;
  }
  let left = byRecord.size;
  for await (const item of readRecords(input.path, sniff.kind, sniff.gzip, input.text)) {
    if ('ruleId' in item) continue;
    const list = byRecord.get(item.index);
    if (!list) continue;
    byRecord.delete(item.index);
    const edits = recordEdits(item, list, json, fix.skipped);
    if (edits.length > 0) {
      fix.hunks.push(...hunksOf(item, edits));
      for (const e of edits) {
        const start = item.byteOffset + Buffer.byteLength(item.raw.slice(0, e.start), 'utf8');
        const old = Buffer.from(item.raw.slice(e.start, e.end), 'utf8');
        fix.edits.push({ start, end: start + old.length, old, replacement: Buffer.from(e.replacement, 'utf8') });
        fix.fixed.push(e.finding);
      }
    }
    if (--left === 0) break;
  }
  for (const list of byRecord.values()) for (const finding of list) fix.skipped.push({ finding, reason: 'its record was not found when the file was read again' });
  fix.edits.sort((a, b) => a.start - b.start);
  return fix;
}

/** The input's bytes with the edits applied; throws when the bytes under an edit are not what was planned. */
async function* spliced(chunks: AsyncIterable<Buffer>, edits: readonly ByteEdit[], name: string): AsyncGenerator<Buffer> {
  let pos = 0;
  let k = 0;
  let taken: Buffer[] = [];
  let inside = false;
  const finish = function* (edit: ByteEdit): Generator<Buffer> {
    if (!Buffer.concat(taken).equals(edit.old)) throw new Error(`${name} changed while it was being fixed (bytes ${edit.start}-${edit.end} differ); nothing written`);
    taken = [];
    inside = false;
    k++;
    if (edit.replacement.length > 0) yield edit.replacement;
  };
  for await (const chunk of chunks) {
    let i = 0;
    while (i < chunk.length) {
      const edit = edits[k];
      if (inside) {
        const take = Math.min(edit!.end - pos, chunk.length - i);
        taken.push(chunk.subarray(i, i + take));
        i += take;
        pos += take;
        if (pos === edit!.end) yield* finish(edit!);
        continue;
      }
      if (!edit || edit.start >= pos + chunk.length - i) {
        yield chunk.subarray(i);
        pos += chunk.length - i;
        break;
      }
      if (edit.start > pos) {
        const take = edit.start - pos;
        yield chunk.subarray(i, i + take);
        i += take;
        pos += take;
      }
      inside = true;
      if (edit.end === pos) yield* finish(edit);
    }
  }
  while (k < edits.length && edits[k]!.start === pos && edits[k]!.end === pos) yield* finish(edits[k]!);
  if (k < edits.length) throw new Error(`${name} is shorter than when it was linted; nothing written`);
}

/** Whether a path exists (any kind of entry). */
async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** The fixed copies that already exist (a fix refuses to overwrite them). */
export async function existingTargets(fixes: readonly FileFix[]): Promise<FileFix[]> {
  const taken: FileFix[] = [];
  for (const fix of fixes) if (fix.edits.length > 0 && (await exists(fix.target))) taken.push(fix);
  return taken;
}

/**
 * Writes the repaired copy: to a temporary file beside it, then linked into
 * place, which fails rather than replace a file that appeared meanwhile. The
 * input is only read.
 */
export async function writeFixedCopy(fix: FileFix, text?: string): Promise<void> {
  const temp = path.join(path.dirname(fix.target), `.${path.basename(fix.target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const mode = text === undefined ? (await fs.stat(fix.path)).mode & 0o777 : 0o644;
    await pipeline(Readable.from(spliced(openBytes(fix.path, fix.gzip, text), fix.edits, fix.displayPath)), createWriteStream(temp, { flags: 'wx', mode }));
    try {
      await fs.link(temp, fix.target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new Error(`${fix.targetDisplayPath} already exists; refusing to overwrite it`);
      // File systems without hard links: check, then rename.
      if (await exists(fix.target)) throw new Error(`${fix.targetDisplayPath} already exists; refusing to overwrite it`);
      await fs.rename(temp, fix.target);
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}

// C0 controls but tab, DEL, C1, line/paragraph separators and bidi controls:
// shown as escapes, so a preview cannot drive the terminal.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function safe(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A unified diff of what --fix would write (no context lines; record numbers after the hunk headers). */
export function renderPreview(fixes: readonly FileFix[]): string {
  const out: string[] = [];
  for (const fix of fixes) {
    if (fix.hunks.length === 0) continue;
    out.push(`--- ${safe(fix.displayPath)}`, `+++ ${safe(fix.targetDisplayPath)}`);
    let shift = 0;
    for (const h of [...fix.hunks].sort((a, b) => a.line - b.line)) {
      const range = (line: number, n: number) => (n === 1 ? `${line}` : `${line},${n}`);
      out.push(`@@ -${range(h.line, h.old.length)} +${range(h.line + shift, h.new.length)} @@${h.record === null ? '' : ` record ${h.record}`}`);
      for (const l of h.old) out.push(`-${safe(l)}`);
      for (const l of h.new) out.push(`+${safe(l)}`);
      shift += h.new.length - h.old.length;
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
