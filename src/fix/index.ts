// `--fix` and `--fix-dry-run`: apply each finding's first fixable suggestion.
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
// A fix keeps the meaning: a suggestion's further `edits` (the notice or
// label that covered the claim) are made with its replacement, all or none,
// and an edit several findings share only when all of them are fixed (see
// recordEdits). A suggestion marked `fixable: false` is never applied, and
// neither is one that deletes the span: deleting training text is a content
// decision left to a reviewer. Every span must still hold the text it
// reports (in Markdown, no inline markup inside it), lie in the string it
// names, and not overlap another fix; otherwise the finding is listed as
// skipped with the reason.

import { randomBytes } from 'node:crypto';
import type { StructuredPatchHunk } from 'diff';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pushAll } from '../engine/append.js';
import { openBytes } from '../io/bytes.js';
import { locateValue } from '../io/json-locate.js';
import { readRecords } from '../io/read.js';
import { sniffFile, type TextEncoding } from '../io/sniff.js';
import { LINE_MARKUP } from './suggest.js';
import type { Finding, RawRecord, Suggestion, SuggestionEdit } from '../types.js';

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
  /** The input's encoding when not UTF-8 (the copy is UTF-8). */
  encoding?: TextEncoding;
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

/** The suggestion --fix applies: the first that may be applied (not `fixable: false`). */
export function fixableSuggestion(finding: Finding): Suggestion | undefined {
  return finding.suggestions.find((s) => s.fixable !== false);
}

/** What identifies an extra edit across the findings of one record (decoded coordinates). */
function editKey(e: SuggestionEdit): string {
  return `${e.pointer}\u0000${e.start}\u0000${e.end}\u0000${e.text}`;
}

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text the span must hold (decoded, or Markdown plain text). */
  expected: string | undefined;
  pointer: string | null;
}

/** The raw offsets of a span of the record, checked to hold what the finding says; or the reason it cannot be edited. */
function locateSpan(raw: RawRecord, span: Span, json: boolean): { start: number; end: number } | string {
  const start = offsetOf(raw.raw, span.line, span.column, raw.line, raw.column);
  const end = offsetOf(raw.raw, span.endLine, span.endColumn, raw.line, raw.column);
  if (start < 0 || end < start) return 'its position is outside the record';
  const slice = raw.raw.slice(start, end);
  if (json) {
    const literal = span.pointer === null ? null : locateValue(raw.raw, span.pointer);
    if (!literal || raw.raw.charCodeAt(literal.start) !== 34 || start <= literal.start || end >= literal.end) {
      return `its span is not inside the string at ${span.pointer ?? '(no pointer)'}`;
    }
    let decoded: unknown;
    try {
      decoded = JSON.parse(`"${slice}"`);
    } catch {
      decoded = undefined;
    }
    if (decoded !== span.expected) return 'the text at its position is not the claim it reports';
  } else if (collapse(slice) !== collapse(span.expected ?? '')) {
    return 'the claim has Markdown markup in its source; fix it by hand';
  }
  return { start, end };
}

/** One finding's edits: its replacement and the further edits of its suggestion, all checked; or the reason it cannot be fixed. */
function findingEdits(raw: RawRecord, finding: Finding, suggestion: Suggestion, json: boolean, ascii: boolean): Array<TextEdit & { key?: string }> | string {
  const encode = (text: string) => (json ? jsonFragment(text, ascii) : text);
  // A suggestion may replace more than the reported claim (a whole wrapper sentence).
  const range = suggestion.range?.line !== undefined ? suggestion.range : undefined;
  const main = locateSpan(
    raw,
    range
      ? { line: range.line!, column: range.column!, endLine: range.endLine!, endColumn: range.endColumn!, expected: range.original, pointer: finding.pointer }
      : { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, expected: finding.text, pointer: finding.pointer },
    json,
  );
  if (typeof main === 'string') return main;
  const out: Array<TextEdit & { key?: string }> = [{ ...main, replacement: encode(suggestion.text), finding }];
  for (const e of suggestion.edits ?? []) {
    if (e.line === undefined || e.column === undefined || e.endLine === undefined || e.endColumn === undefined) return 'an edit of its fix has no position';
    const at = locateSpan(raw, { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, expected: e.original, pointer: raw.index === null && e.pointer === '' ? null : e.pointer }, json);
    if (typeof at === 'string') return `the notice or label its fix removes cannot be edited (${at})`;
    // A Markdown line removed whole goes with its markup ("> ", "- "), which
    // would otherwise be left to swallow the next line.
    if (!json && e.text === '') {
      const lineStart = raw.raw.lastIndexOf('\n', at.start - 1) + 1;
      if (LINE_MARKUP.test(raw.raw.slice(lineStart, at.start))) at.start = lineStart;
    }
    out.push({ ...at, replacement: encode(e.text), finding, key: editKey(e) });
  }
  return out;
}

function where(f: Finding): string {
  return `${f.line}:${f.column}`;
}

/**
 * The edits of one record, or the reason each finding cannot be fixed. A
 * finding is fixed with all its edits or not at all. An edit several findings
 * share (the notice over several claims) is made once, and only when every
 * finding of the record that carries it (`coverage`: also those hidden by a
 * baseline) is fixed: a notice left over a negated claim would assert the
 * claim again. Edits that overlap without being the same edit are not made.
 */
function recordEdits(raw: RawRecord, findings: Finding[], coverage: readonly Finding[], json: boolean, skipped: Skipped[]): { edits: TextEdit[]; fixed: Finding[] } {
  if (raw.raw.includes('\uFFFD')) {
    for (const finding of findings) skipped.push({ finding, reason: 'the record has invalid UTF-8 (or U+FFFD) and cannot be rewritten byte for byte' });
    return { edits: [], fixed: [] };
  }
  const ascii = json && !/[^\u0000-\u007f]/.test(raw.raw);
  const plans = new Map<Finding, Array<TextEdit & { key?: string }>>();
  for (const finding of findings) {
    const suggestion = fixableSuggestion(finding);
    if (!suggestion) {
      skipped.push({ finding, reason: 'no rewrite is known to keep its meaning (see its suggestions)' });
      continue;
    }
    const plan = findingEdits(raw, finding, suggestion, json, ascii);
    if (typeof plan === 'string') skipped.push({ finding, reason: plan });
    else plans.set(finding, plan);
  }
  // Who carries each shared edit, fixed or not.
  const carriers = new Map<string, Finding[]>();
  for (const f of new Set([...coverage, ...findings])) {
    // Any suggestion's edits count: a claim whose rewrite is not fixable is still covered by its notice.
    const keys = new Set(f.suggestions.flatMap((sg) => (sg.edits ?? []).map(editKey)));
    for (const key of keys) {
      const list = carriers.get(key);
      if (list) list.push(f);
      else carriers.set(key, [f]);
    }
  }
  const drop = (finding: Finding, reason: string) => {
    if (!plans.delete(finding)) return;
    skipped.push({ finding, reason });
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [finding, plan] of [...plans]) {
      for (const e of plan) {
        const unfixed = e.key === undefined ? undefined : carriers.get(e.key)!.find((c) => !plans.has(c));
        if (unfixed) {
          drop(finding, `the notice or label it shares with the claim at ${where(unfixed)} (${unfixed.ruleId}) would stay over that claim, which is not fixed; nothing in this record was changed for it`);
          changed = true;
          break;
        }
      }
    }
    if (changed) continue;
    const all = [...plans.values()].flat().sort((a, b) => a.start - b.start || a.end - b.end);
    let last: TextEdit | undefined;
    for (const edit of all) {
      if (last && edit.start === last.start && edit.end === last.end && edit.replacement === last.replacement) continue;
      if (last && (edit.start < last.end || (edit.start === last.start && edit.end === last.end))) {
        drop(edit.finding, `it overlaps the fix for ${last.finding.ruleId} at ${where(last.finding)}`);
        changed = true;
        break;
      }
      last = edit;
    }
  }
  const edits: TextEdit[] = [];
  for (const edit of [...plans.values()].flat().sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = edits[edits.length - 1];
    if (last && edit.start === last.start && edit.end === last.end && edit.replacement === last.replacement) continue;
    edits.push(edit);
  }
  return { edits, fixed: [...plans.keys()] };
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

// diff (19 modules) only for --fix and --fix-dry-run: every hunk renderPreview shows comes from planFileFix, which loads it.
let diff: typeof import('diff') | undefined;

/** Works out the fixes for one file's findings (those with a suggestion), reading the file once more. */
export async function planFileFix(input: PlanInput, findings: readonly Finding[], coverage: readonly Finding[] = findings): Promise<FileFix> {
  diff ??= await import('diff');
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
    if (fixableSuggestion(f)?.text === '') {
      const unsafe = f.suggestions.some((s) => s.fixable === false && s.text !== '');
      fix.skipped.push({
        finding: f,
        reason: unsafe
          ? 'its rewrite is only a suggestion: removing what covers the claim would also remove a correction or unsay other sentences, or the attribution cannot be kept outside the negation; left to a reviewer'
          : 'no rewrite with the negation in its own clause is known, and deleting training text is left to a reviewer',
      });
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
  const coverageOf = new Map<number | null, Finding[]>();
  for (const f of coverage) {
    const list = coverageOf.get(f.record);
    if (list) list.push(f);
    else coverageOf.set(f.record, [f]);
  }
  const sniff = await sniffFile(input.path, input.text);
  fix.gzip = sniff.gzip;
  if (sniff.encoding) fix.encoding = sniff.encoding;
  const json = sniff.kind === 'jsonl' || sniff.kind === 'json';
  if ((!json && sniff.kind !== 'markdown' && sniff.kind !== 'text') || sniff.zstd) {
    // Rewriting CSV quoting, Parquet pages or a zstd stream byte for byte is not supported: refuse rather than write something else.
    const what = sniff.zstd ? 'zstd-compressed' : TABLE_KINDS.has(sniff.kind) ? sniff.kind.toUpperCase() : sniff.kind;
    const reason = TABLE_KINDS.has(sniff.kind) || sniff.zstd ? `--fix does not support ${what} files; apply the suggestion by hand` : `a ${sniff.kind} file cannot be fixed`;
    for (const list of byRecord.values()) for (const finding of list) fix.skipped.push({ finding, reason });
    return fix;
  }
  let left = byRecord.size;
  for await (const item of readRecords(input.path, sniff, input.text)) {
    if ('ruleId' in item) continue;
    const list = byRecord.get(item.index);
    if (!list) continue;
    byRecord.delete(item.index);
    const { edits, fixed } = recordEdits(item, list, coverageOf.get(item.index) ?? list, json, fix.skipped);
    if (edits.length > 0) {
      pushAll(fix.hunks, hunksOf(item, edits));
      for (const e of edits) {
        const start = item.byteOffset + Buffer.byteLength(item.raw.slice(0, e.start), 'utf8');
        const old = Buffer.from(item.raw.slice(e.start, e.end), 'utf8');
        fix.edits.push({ start, end: start + old.length, old, replacement: Buffer.from(e.replacement, 'utf8') });
      }
    }
    pushAll(fix.fixed, fixed);
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
    await pipeline(Readable.from(spliced(openBytes(fix.path, { gzip: fix.gzip, encoding: fix.encoding }, text), fix.edits, fix.displayPath)), createWriteStream(temp, { flags: 'wx', mode }));
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

/**
 * A unified diff of what --fix would write, made by the `diff` package from
 * each repaired record's old and new lines (with up to three lines of
 * context from the same record), so `patch` and `git apply` accept it.
 */
export function renderPreview(fixes: readonly FileFix[]): string {
  let out = '';
  for (const fix of fixes) {
    if (fix.hunks.length === 0) continue;
    const hunks: StructuredPatchHunk[] = [];
    let shift = 0;
    for (const h of [...fix.hunks].sort((a, b) => a.line - b.line)) {
      const patch = diff!.structuredPatch('', '', `${h.old.join('\n')}\n`, `${h.new.join('\n')}\n`, '', '', { context: 3 });
      for (const part of patch.hunks) {
        hunks.push({
          ...part,
          oldStart: part.oldStart + h.line - 1,
          newStart: part.newStart + h.line - 1 + shift,
          lines: part.lines.map((l) => `${l[0]}${safe(l.slice(1))}`),
        });
      }
      shift += h.new.length - h.old.length;
    }
    out += diff!.formatPatch(
      { oldFileName: safe(fix.displayPath), newFileName: safe(fix.targetDisplayPath), oldHeader: undefined, newHeader: undefined, hunks },
      diff!.FILE_HEADERS_ONLY,
    );
  }
  return out;
}
