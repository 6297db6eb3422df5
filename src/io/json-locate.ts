// From "offset 120 in the decoded string at /messages/2/content" back to
// "offset 163 in the raw JSON line", which is what line/column reporting and
// --fix need. The raw text is walked with a small tokenizer that skips
// whatever the pointer does not name (no full parse, no regex over the record);
// the string literal's escapes are recorded so that offsets map in O(log n).

/**
 * Given a record's raw JSON text and a JSON Pointer (RFC 6901) to a string
 * value, returns a function from an offset in the decoded string to the
 * offset in `raw` of the same character; the decoded length maps to the
 * closing quote. Null when the pointer does not lead to a string.
 */
export function locateString(raw: string, pointer: string): ((offset: number) => number) | null {
  const at = locateValue(raw, pointer);
  if (!at || raw.charCodeAt(at.start) !== QUOTE) return null;
  return stringMapper(raw, at.start);
}

/** The [start, end) range of the value at `pointer` in `raw`, or null. */
export function locateValue(raw: string, pointer: string): { start: number; end: number } | null {
  const tokens = parsePointer(pointer);
  if (!tokens) return null;
  let i = skipSpace(raw, 0);
  for (const token of tokens) {
    const c = raw.charCodeAt(i);
    if (c === OPEN_OBJECT) {
      const found = findMember(raw, i, token);
      if (found < 0) return null;
      i = found;
    } else if (c === OPEN_ARRAY) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return null;
      const found = findElement(raw, i, Number(token));
      if (found < 0) return null;
      i = found;
    } else return null;
  }
  const end = skipValue(raw, i);
  return end < 0 ? null : { start: i, end };
}

/** Pointer -> unescaped reference tokens ('' is the whole document). */
export function parsePointer(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Pointer token escaping, for adapters building pointers from keys. */
export function escapePointerToken(token: string): string {
  // Almost no key has ~ or /: skip the two replacements for the rest.
  if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;

function stringMapper(raw: string, open: number): (offset: number) => number {
  // Every JSON escape (\n, \", \uXXXX, each half of a surrogate pair) decodes
  // to exactly one UTF-16 code unit, and every other character is copied
  // as-is; so between escapes the map is a plain shift.
  const decodedAt: number[] = [];
  const rawAt: number[] = [];
  const width: number[] = [];
  let decoded = 0;
  let j = open + 1;
  // Both searches only move forward, so a long string full of escapes stays linear.
  let slash = raw.indexOf('\\', j);
  let close = raw.indexOf('"', j);
  while (close >= 0) {
    if (slash < 0 || close < slash) {
      decoded += close - j;
      break;
    }
    decoded += slash - j;
    const w = raw.charCodeAt(slash + 1) === 117 /* u */ ? 6 : 2;
    decodedAt.push(decoded);
    rawAt.push(slash);
    width.push(w);
    decoded += 1;
    j = slash + w;
    slash = raw.indexOf('\\', j);
    if (close < j) close = raw.indexOf('"', j);
  }
  const start = open + 1;
  return (offset: number): number => {
    const o = Math.max(0, Math.min(offset, decoded));
    let lo = 0;
    let hi = decodedAt.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (decodedAt[mid]! <= o) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return start + o;
    if (o === decodedAt[k]) return rawAt[k]!;
    return rawAt[k]! + width[k]! + (o - decodedAt[k]! - 1);
  };
}

/** Offset of the value of member `key` in the object at `i`, or -1. */
function findMember(raw: string, i: number, key: string): number {
  const members = walked(raw).members;
  const id = `${i}:${key}`;
  let at = members.get(id);
  if (at === undefined) members.set(id, (at = scanMember(raw, i, key)));
  return at;
}

function scanMember(raw: string, i: number, key: string): number {
  let j = skipSpace(raw, i + 1);
  if (raw.charCodeAt(j) === CLOSE_OBJECT) return -1;
  for (;;) {
    if (raw.charCodeAt(j) !== QUOTE) return -1;
    const keyEnd = skipString(raw, j);
    if (keyEnd < 0) return -1;
    const matches = decodeKey(raw, j, keyEnd) === key;
    j = skipSpace(raw, keyEnd);
    if (raw.charCodeAt(j) !== COLON) return -1;
    j = skipSpace(raw, j + 1);
    // JSON.parse keeps the last of duplicate keys; so do we.
    const valueEnd = skipValue(raw, j);
    if (valueEnd < 0) return -1;
    const valueStart = j;
    j = skipSpace(raw, valueEnd);
    const c = raw.charCodeAt(j);
    if (matches && !hasLaterKey(raw, j, key)) return valueStart;
    if (c === COMMA) j = skipSpace(raw, j + 1);
    else return -1;
  }
}

function hasLaterKey(raw: string, j: number, key: string): boolean {
  if (raw.charCodeAt(j) !== COMMA) return false;
  return findMember(raw, j, key) >= 0;
}

/** Offset of element `n` of the array at `i`, or -1. */
function findElement(raw: string, i: number, n: number): number {
  return elementsOf(raw, i)[n] ?? -1;
}

// What was found walking the last record: each finding's segment is located
// from the top, and in a 10k-message record walking to the messages array
// (skipping it to check for a later duplicate key) and along it for every
// finding is quadratic. The record is kept only until the next one is located.
let walkedRaw: string | undefined;
const walks = { members: new Map<string, number>(), elements: new Map<number, number[]>() };

function walked(raw: string): typeof walks {
  if (raw !== walkedRaw) {
    walkedRaw = raw;
    walks.members.clear();
    walks.elements.clear();
  }
  return walks;
}

/** Start offsets of the array at `i`'s elements, as far as they parse. */
function elementsOf(raw: string, i: number): number[] {
  const elementStarts = walked(raw).elements;
  let starts = elementStarts.get(i);
  if (starts) return starts;
  starts = [];
  elementStarts.set(i, starts);
  let j = skipSpace(raw, i + 1);
  if (raw.charCodeAt(j) === CLOSE_ARRAY) return starts;
  for (;;) {
    starts.push(j);
    const end = skipValue(raw, j);
    if (end < 0) return starts;
    j = skipSpace(raw, end);
    if (raw.charCodeAt(j) !== COMMA) return starts;
    j = skipSpace(raw, j + 1);
  }
}

function decodeKey(raw: string, start: number, end: number): string {
  const body = raw.slice(start + 1, end - 1);
  return body.includes('\\') ? (JSON.parse(raw.slice(start, end)) as string) : body;
}

/** End offset of the value at `i` (strings, containers, scalars), or -1. */
function skipValue(raw: string, i: number): number {
  const c = raw.charCodeAt(i);
  if (c === QUOTE) return skipString(raw, i);
  if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
    let depth = 0;
    let j = i;
    while (j < raw.length) {
      const d = raw.charCodeAt(j);
      if (d === QUOTE) {
        j = skipString(raw, j);
        if (j < 0) return -1;
        continue;
      }
      if (d === OPEN_OBJECT || d === OPEN_ARRAY) depth++;
      else if (d === CLOSE_OBJECT || d === CLOSE_ARRAY) {
        if (--depth === 0) return j + 1;
      }
      j++;
    }
    return -1;
  }
  let j = i;
  while (j < raw.length) {
    const d = raw.charCodeAt(j);
    if (d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || d === 32 || d === 9 || d === 10 || d === 13) break;
    j++;
  }
  return j > i ? j : -1;
}

/** End offset (after the closing quote) of the string literal at `i`, or -1. */
function skipString(raw: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const close = raw.indexOf('"', j);
    if (close < 0) return -1;
    // The quote is escaped when an odd number of backslashes precede it.
    let slashes = 0;
    for (let k = close - 1; k > i && raw.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return close + 1;
    j = close + 1;
  }
}

function skipSpace(raw: string, i: number): number {
  let j = i;
  for (;;) {
    const c = raw.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13) j++;
    else return j;
  }
}
