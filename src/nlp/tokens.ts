/**
 * Words, numbers, symbols and punctuation of one sentence, with offsets into
 * it. Every later step (lexicon matching, clause structure, negation scope)
 * works on these tokens, so they are made once per candidate sentence.
 *
 * Hyphens and apostrophes inside a word keep it whole ("made-up", "didn't",
 * "Sheeran's"), because the lexicon lists such words whole; a number keeps
 * its decimal point and thousands separators ("9.79", "3,430").
 */
export type TokenKind = 'word' | 'num' | 'punct' | 'symbol';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened: what the lexicon is keyed by. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The word's parts of speech, once asked (pos.ts tagsOf: the analysis asks many times per token). */
  tags?: readonly string[];
}

// One alternation, tried in order: a word (letters, digits, joined by ' ’ - or a
// dot between letters as in "e.g."; or a number joined to letters by a hyphen,
// as in "100-metre" or "9-year-old"), a number, a run of one punctuation mark,
// or any other single non-space character (emoji, ✗, %, ≤).
const TOKEN =
  /((?:\p{L}[\p{L}\p{M}\p{N}]*|\d+(?:[.,]\d+)*-(?=\p{L}))(?:['’\-.]?[\p{L}\p{M}\p{N}]+)*['’]?)|(\d+(?:[.,]\d+)*)|([.!?…,;:()[\]{}"“”‘'«»—–\-/|*_#<>~`=+&^\\]+)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'num' : m[3] ? 'punct' : 'symbol';
    // A variation selector or a joiner belongs to the emoji before it.
    if (kind === 'symbol' && /^[\u200d\ufe0f\ufe0e]$/.test(t) && out.length && out[out.length - 1]!.kind === 'symbol' && out[out.length - 1]!.end === m.index) {
      const prev = out[out.length - 1]!;
      prev.text += t;
      prev.end = m.index + t.length;
      continue;
    }
    const norm = normalize(t, kind);
    // "its a joke": before an article "its" is "it's" written without its apostrophe (a possessive never is).
    const prev = out[out.length - 1];
    if (prev?.norm === 'its' && kind === 'word' && /^(?:a|an|the|not|all|just|only|totally|completely|pure|entirely)$/.test(norm)) prev.norm = "it's";
    out.push({ text: t, norm, start: m.index, end: m.index + t.length, kind, tags: undefined });
  }
  return out;
}

function normalize(t: string, kind: TokenKind): string {
  if (kind === 'symbol') return t.replace(/[\ufe0f\ufe0e]/g, '');
  // (Most tokens have no curly apostrophe: then no replace, which runs a regex per token.)
  let s = t.toLowerCase();
  if (s.includes('’')) s = s.replace(/’/g, "'");
  // A trailing apostrophe is a possessive plural ("editors'") or a quote mark.
  if (kind === 'word' && s.endsWith("'") && !s.endsWith("n'")) s = s.slice(0, -1);
  // "dont", "isnt": a negated contraction written without its apostrophe ("cant" and "wont" are words too).
  if (kind === 'word' && s.endsWith('nt') && UNMARKED_NEGATION.test(s)) s = `${s.slice(0, -1)}'t`;
  return s;
}

/** Negated contractions that are written without their apostrophe, and are no other word. */
export const UNMARKED_NEGATIONS = 'dont|doesnt|didnt|isnt|wasnt|arent|werent|shouldnt|couldnt|wouldnt|havent|hasnt|hadnt|mustnt|neednt|aint';
const UNMARKED_NEGATION = new RegExp(`^(?:${UNMARKED_NEGATIONS})$`);

/** The negation a contraction carries: "didn't", "isn't", "can't", "won't". */
export function isNegatedContraction(norm: string): boolean {
  return norm.endsWith("n't") || norm === 'cannot';
}

/** "didn't" -> "did", "can't" -> "can", "won't" -> "will": the auxiliary a contraction contains. */
export function contractionAuxiliary(norm: string): string {
  if (norm === "won't") return 'will';
  if (norm === "can't" || norm === 'cannot') return 'can';
  if (norm === "shan't") return 'shall';
  if (norm === "ain't") return 'is';
  return norm.slice(0, -3);
}

const CONTRACTED = /^(?:it|that|this|there|here|what|who|he|she|let|where|how|when|why|which|everyone|everything|nothing|someone|somebody|nobody)'s$/;

/**
 * The form the lexicon is matched against: a possessive is its noun ("the
 * novel's storyline" has "novel"); "it's", "that's" stay whole, being a
 * pronoun and a verb.
 */
export function matchForm(norm: string): string {
  return norm.length > 3 && norm.endsWith("'s") && !CONTRACTED.test(norm) ? norm.slice(0, -2) : norm;
}
