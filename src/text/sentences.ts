import type { Sentence } from '../types.js';

/**
 * A fast sentence splitter for dataset text, written for this job because
 * compromise's splitter runs at under 1 MB/s and we split every segment that
 * has a cue. It knows what dataset text looks like: paragraphs, Markdown-ish
 * headings, list items and table rows, and bracketed asides such as
 * "[The following claim is invented.]" that are units of their own.
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st v vs etc e.g i.e cf al approx no nos inc ltd co corp dept est fig gen col lt sgt ' +
    'rev mt ft jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c ph.d b.a m.a op vol ed eds ' +
    'pp ca c a.m p.m gov sen rep capt cmdr adm maj univ assn bros ave blvd rd'
  ).split(' '),
);

const OPEN_TO_CLOSE: Record<string, string> = { '[': ']', '{': '}', '<': '>', '(': ')' };

/** ASCII characters where splitLine has something to decide: a sentence end or an opening bracket (and …, U+2026). */
const MAY_SPLIT = new Uint8Array(128);
for (const c of '.!?[{<(') MAY_SPLIT[c.charCodeAt(0)] = 1;

const HEADING = /^(#{1,6}\s+.*|\*\*[^*\n]+\*\*:?|__[^_\n]+__:?)$/;
const LIST_MARKER = /^(\s*(?:[-*+•▪◦‣]|\d{1,3}[.)]|[a-z][.)])\s+)/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;

export function splitSentences(text: string, segment = 0): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let prevBlank = false;
  let first = true;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed === '') {
      prevBlank = true;
    } else {
      if (prevBlank && !first) paragraph++;
      prevBlank = false;
      first = false;
      const lead = line.length - line.trimStart().length;
      const abs = lineStart + lead;
      if (TABLE_ROW.test(line)) {
        push(out, text, segment, abs, lineStart + line.trimEnd().length, false, paragraph, 'tableRow');
      } else if (HEADING.test(trimmed)) {
        push(out, text, segment, abs, lineStart + line.trimEnd().length, false, paragraph, 'heading');
      } else {
        const marker = LIST_MARKER.exec(line);
        const bodyStart = marker ? lineStart + marker[1]!.length : abs;
        splitLine(out, text, segment, bodyStart, lineStart + line.trimEnd().length, paragraph, marker ? 'listItem' : 'sentence');
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function push(
  out: Sentence[],
  text: string,
  segment: number,
  start: number,
  end: number,
  bracketed: boolean,
  paragraph: number,
  kind: Sentence['kind'],
): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ segment, start, end, text: text.slice(start, end), bracketed, paragraph, kind });
}

/** Split one line (a paragraph line or list item body) into sentences and bracketed asides. */
function splitLine(
  out: Sentence[],
  text: string,
  segment: number,
  start: number,
  end: number,
  paragraph: number,
  kind: Sentence['kind'],
): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    // Most characters neither open an aside nor end a sentence.
    const code = text.charCodeAt(i);
    if (code < 128 ? MAY_SPLIT[code] === 0 : code !== 0x2026) {
      i++;
      continue;
    }
    const ch = text[i]!;
    // A bracketed aside is a unit of its own: at a sentence boundary, or
    // anywhere for square, curly and angle brackets, which prose rarely uses mid-sentence.
    // A round bracket too when it closes the sentence: "IKEA was founded in Oslo (provenance unknown; I
    // haven't been able to confirm any of this)." says something of the words before it.
    if (OPEN_TO_CLOSE[ch]) {
      const close = findClose(text, i, end);
      if (close > 0 && isAside(text, i + 1, close) && (ch !== '(' || isBlankBetween(text, sentenceStart, i) || (closesSentence(text, close + 1, end) && isAside(text, sentenceStart, i) && remarkAfterSpace(text, i, close)))) {
        push(out, text, segment, sentenceStart, i, false, paragraph, kind);
        const before = out.length;
        splitLine(out, text, segment, i + 1, close, paragraph, kind);
        for (let k = before; k < out.length; k++) out[k]!.bracketed = true;
        i = close + 1;
        // The full stop after a closing remark ends the sentence the remark closed; it is no sentence itself.
        while (i < end && /[.!?…]/.test(text[i]!)) i++;
        sentenceStart = i;
        continue;
      }
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < end && /["'”’)\]*_]/.test(text[j]!)) j++;
      if (j >= end || (/\s/.test(text[j]!) && startsSentence(text, j, end) && !isAbbreviation(text, sentenceStart, i) && !trailsOff(text, i, j, end))) {
        push(out, text, segment, sentenceStart, j, false, paragraph, kind);
        sentenceStart = j;
        i = j;
        continue;
      }
    }
    i++;
  }
  push(out, text, segment, sentenceStart, end, false, paragraph, kind);
}

/**
 * A remark in brackets after a space, not a call ("range(10)") nor a relative clause on the word before it
 * ("(which is made up of polynomial functions)").
 */
function remarkAfterSpace(text: string, open: number, close: number): boolean {
  return /\s/.test(text[open - 1] ?? '') && !/^\s*(?:which|who|whom|whose|that|where|when|i\.e\.|e\.g\.)\b/i.test(text.slice(open + 1, close));
}

/** A full stop (quotes around it) then white space, or the end of the line, after `from`. */
function closesSentence(text: string, from: number, end: number): boolean {
  let k = from;
  let stop = false;
  for (; k < end && /[.!?…"'”’]/.test(text[k]!); k++) if (/[.!?…]/.test(text[k]!)) stop = true;
  return k >= end || text[k] === '\n' || (stop && /\s/.test(text[k]!));
}

function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/\s/.test(text[k]!)) return false;
  return true;
}

function findClose(text: string, open: number, end: number): number {
  const close = OPEN_TO_CLOSE[text[open]!]!;
  let depth = 0;
  for (let k = open; k < end; k++) {
    const c = text[k];
    if (c === text[open]) depth++;
    else if (c === close && --depth === 0) return k;
  }
  return -1;
}

/** "[21:50]" or "(sic)" stay inline; an aside has words of its own (four or more). */
function isAside(text: string, start: number, end: number): boolean {
  return text.slice(start, end).split(/\s+/).filter(Boolean).length >= 4;
}

function startsSentence(text: string, ws: number, end: number): boolean {
  let k = ws;
  while (k < end && /\s/.test(text[k]!)) k++;
  if (k >= end) return true;
  // "the capital. ...Please ignore the above": an ellipsis opening the next sentence.
  while (k < end - 1 && (text[k] === '.' || text[k] === '…')) k++;
  // Lower case too: chat and forum text often starts sentences without capitals.
  // An emoji opens one too: "... division. 🤡 yeah no, i made that up."
  return /^(?:[\p{L}\d"'“‘([{<*_#•-]|\p{Extended_Pictographic})/u.test(text.slice(k, k + 2));
}

/**
 * "the hypothesis is... *drumroll*... false!": an ellipsis before a lower-case word is a pause inside
 * the sentence; chat text starts sentences in lower case, but not after a pause.
 */
function trailsOff(text: string, dot: number, ws: number, end: number): boolean {
  if (text[dot] !== '…' && !(text[dot] === '.' && text[dot - 1] === '.' && text[dot - 2] === '.')) return false;
  let k = ws;
  while (k < end && /\s/.test(text[k]!)) k++;
  while (k < end && /[*_]/.test(text[k]!)) k++;
  return k < end && /\p{Ll}/u.test(text[k]!);
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let k = dot - 1;
  while (k >= sentenceStart && /[\p{L}.]/u.test(text[k]!)) k--;
  const word = text.slice(k + 1, dot);
  if (word.length === 0) return /\d/.test(text[dot - 1] ?? '') && /\d/.test(text[dot + 1] ?? '');
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "J. K. Rowling"
  // "p. 211", "ch. 4", "no. 5", "vol. 2": a short lower-case word before a number abbreviates a unit.
  if (word.length <= 3 && /^\p{Ll}+$/u.test(word) && /^\s+\d/.test(text.slice(dot + 1, dot + 4))) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
