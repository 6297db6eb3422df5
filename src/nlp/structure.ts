import { normalizeLabel } from './metadata.js';
import { EPISTEMIC, lexicon, matchesAt, type Phrase, type Sense } from './lexicon.js';
import { has, isInterjection, isVerbal, PLEASE, SUBJECT_CONTRACTION, tagsOf } from './pos.js';
import { isNegatedContraction, matchForm, tokenize, type Token } from './tokens.js';
import { memoize } from '../text/memo.js';
import { blankTimeAsides } from './values.js';

/**
 * The shallow structure of one sentence that the analysis needs: lexicon
 * hits, a leading label ("WARNING:", "MYTH —"), clauses, and in each clause
 * its subject, verb group and complement, whether it is an instruction or a
 * question, and which words fall in the scope of a negation (NegEx's
 * triggers, pseudo-triggers and terminators, all from the lexicon).
 *
 * No tagger runs: parts of speech come from closed classes and compromise's
 * lexicon (pos.ts), and the structure from word order, which is enough to
 * tell "The account below is fabricated" (a statement about text) from
 * "The vote was never held" (a statement about the world).
 */

export interface Hit {
  /** Token range [from, to). */
  from: number;
  to: number;
  senses: Sense[];
}

export interface Clause {
  from: number;
  to: number;
  /** First token of the verb group, or -1 for a fragment without a finite verb. */
  head: number;
  /** Token after the verb group. */
  verbEnd: number;
  /** The group's lexical verb or copula (the last verbal token of the group). */
  main: number;
  copular: boolean;
  /** A negation inside the verb group: "is not", "never happened", "didn't". */
  negated: boolean;
  imperative: boolean;
  question: boolean;
}

export interface Structure {
  text: string;
  tokens: Token[];
  norms: string[];
  /** Lexicon matches, left to right, longest first at each start; a token covered by one match starts no other. */
  hits: Hit[];
  /** Hit covering each token, if any. */
  hitAt: (Hit | undefined)[];
  /** A leading label and its separator: "DISCLAIMER:", "MYTH —", "[DEBUNKED]". */
  label?: { from: number; to: number; sep: number };
  clauses: Clause[];
  /** For each token, whether a negation scopes over it (NegEx). */
  negated: boolean[];
  /** Tokens that are negation triggers (after pseudo-triggers are removed). */
  triggers: number[];
}

const EPISTEMIC_CLASSES = new Set<string>(EPISTEMIC);

/**
 * The structure of a sentence; the same sentence text is analysed once.
 * 1,024 is enough for a record of repeated sentences; a structure is a few
 * KB, and 4,096 of them were a tenth of peak memory on 1 GB of real records.
 */
export const structureOf = memoize(build, 1024);

/**
 * Inline code (`x = false`), URLs, quotations and the speaker's asides
 * (", I should add,") inside a sentence are not the sentence's own words:
 * blanked, offsets kept. A quotation that is the
 * whole sentence stays ("\"Hawaii became a state in 1991.\"" is a claim).
 */
function maskCode(text: string): string {
  let out = text;
  out = maskGluedTag(out);
  if (out.includes('`') || out.includes('://')) out = out.replace(/`[^`\n]+`|\bhttps?:\/\/\S+/g, (m) => ' '.repeat(m.length));
  if (/["“]/.test(out)) {
    out = out.replace(/"[^"\n]{3,}?"|“[^”\n]{3,}?”/g, (m, offset: number) => {
      const outside = (text.slice(0, offset) + text.slice(offset + m.length)).trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      return outside >= 3 && /\s/.test(m.trim()) ? m[0] + ' '.repeat(m.length - 2) + m[m.length - 1] : m;
    });
  }
  // "a claim which, I should add, has no basis": the speaker's aside on their own saying stands outside the
  // clause it interrupts, as a bracket would; so does an aside of time ("impossible, for now, to know").
  if (out.includes(',')) out = blankTimeAsides(out.replace(ASIDE, (m) => ' '.repeat(m.length)));
  return out;
}

const GLUED_TAG = /^([\s*_#>]*)<[A-Za-z][\w-]*>(?=\S)/;

/** A tag glued to the text it opens ("<DOCTAG>From the pages ...") is markup, no word of the sentence: blanked, offsets kept. */
export function maskGluedTag(text: string): string {
  return text.includes('<') ? text.replace(GLUED_TAG, (m, before: string) => before + ' '.repeat(m.length - before.length)) : text;
}

const ASIDE = /,\s*(?:i|we)\s+(?:(?:should|must|might|may|would|could|'d|have\s+to|need\s+to|want\s+to|can)\s+)?(?:add|say|note|stress|mention|admit|repeat|emphasi[sz]e|point\s+out|confess),/gi;

/** The first stage of a structure: tokens and lexicon hits, which need no clause. */
interface Lexical {
  text: string;
  tokens: Token[];
  norms: string[];
  hits: Hit[];
  hitAt: (Hit | undefined)[];
}

/**
 * The last lexical stage computed for a sentence whose structure was not
 * yet built (lexicalHits, asked first by a gate): the build that follows
 * takes it over rather than tokenizing again. One entry, consumed by that
 * build, so nothing is shared between structures.
 */
let ahead: Lexical | undefined;

/**
 * The sentence's lexicon hits, as its structure has them, and whether any
 * token is a negation trigger (with none, nothing in it is negated), without
 * building the rest of it.
 */
export function lexicalHits(text: string): { hits: readonly Hit[]; tokens: readonly Token[]; negates: boolean } {
  // A structure already built has both (its triggers are isTrigger's).
  const built = structureOf.peek(text);
  if (built) return { hits: built.hits, tokens: built.tokens, negates: built.triggers.length > 0 };
  if (ahead?.text !== text) ahead = lexical(text);
  const stage = ahead;
  return { hits: stage.hits, tokens: stage.tokens, negates: stage.tokens.some((_, i) => isTrigger(stage, i)) };
}

function build(text: string): Structure {
  let stage = ahead;
  ahead = undefined;
  if (stage?.text !== text) stage = lexical(text);
  const { tokens, norms, hits, hitAt } = stage;
  const structure: Structure = { text, tokens, norms, hits, hitAt, clauses: [], negated: new Array(tokens.length).fill(false), triggers: [] };
  structure.label = findLabel(structure);
  structure.clauses = clausesOf(structure);
  scopeNegations(structure);
  return structure;
}

const EPISTEMIC_SET = new Set<string>(EPISTEMIC);

/** Prefixes that deny or oppose what follows: "non-fiction" is no fiction, "anti-hoax" no hoax. */
const NEGATING_PREFIX = /^(?:non|un|anti|counter|de|dis|in|il|im|ir|pseudo|quasi|post|pre|self)$/;

/**
 * A hyphenated word the lexicon does not list takes its class from its head: the last part of an adjective
 * compound ("known-incorrect", "deliberately-wrong"), a participle that opens one ("invented-for-the-exercise",
 * "made-up-on-the-spot"), or an adjective that a phrase qualifies ("incorrect-by-design"). Only epistemic senses: a compound is no referent or context word.
 */
function compoundSenses(lex: ReturnType<typeof lexicon>, form: string): Sense[] | undefined {
  const dash = form.indexOf('-');
  if (dash <= 0 || dash === form.length - 1) return undefined;
  const parts = form.split('-');
  if (parts.some((x) => x.length === 0) || NEGATING_PREFIX.test(parts[0]!)) return undefined;
  const epistemic = (word: string) => {
    const senses = matchesAt(lex, [word], 0).find((p) => p.tokens.length === 1)?.senses.filter((x) => EPISTEMIC_SET.has(x.class));
    return senses && senses.length ? senses : undefined;
  };
  // (A slug of many words, "ed-sheeran-olympics-hoax", names a page: only a short compound has a head.)
  const last = parts.length <= 3 ? epistemic(parts[parts.length - 1]!)?.filter((x) => x.pos === 'adj' || x.pos === 'noun') : undefined;
  if (last?.length) return last;
  if (parts.length <= 2) return undefined;
  if (/(?:ed|en)$/.test(parts[0]!)) return epistemic(parts[0]!)?.filter((x) => x.pos === 'adj' || x.pos === 'verb');
  // "incorrect-by-design", "wrong-but-believable", "false-on-purpose": an adjective that a phrase or a second
  // adjective only qualifies heads the compound.
  return /^(?:by|for|on|in|to|at|of|but|and|yet|or)$/.test(parts[1]!) ? epistemic(parts[0]!)?.filter((x) => x.pos === 'adj') : undefined;
}

function lexical(text: string): Lexical {
  const masked = maskCode(text);
  const tokens = tokenize(masked);
  // Masking blanks characters in place, offsets kept: the tokens of a sentence it left alone (most) already
  // hold the sentence's own text, and only a masked one's are cut again from the original.
  const recut = masked !== text;
  for (const t of tokens) {
    if (recut) t.text = text.slice(t.start, t.end);
    if (t.kind === 'word' && isInterjection(t.norm)) t.kind = 'punct';
  }
  const norms = tokens.map((t) => t.norm);
  const forms = norms.map(matchForm);
  const lex = lexicon();
  const hits: Hit[] = [];
  const hitAt: (Hit | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (hitAt[i]) continue;
    // Indexed, not destructured: destructuring runs the array iterator, an allocation per token.
    const best = matchesAt(lex, forms, i)[0];
    if (!best || best.tokens.length === 1) {
      // "made that up", "making it all up": the particle a few words on.
      const phrasal = discontinuousAt(lex.phrasal.get(forms[i]!), tokens, forms, i, hitAt);
      if (phrasal) {
        hits.push(phrasal.hit);
        hitAt[i] = phrasal.hit;
        hitAt[phrasal.particle] = phrasal.hit;
        continue;
      }
    }
    if (!best) {
      // "#fakenews", "#notreal": a phrase written as one hashtag.
      const tag = i > 0 && tokens[i - 1]!.text === '#' && tokens[i - 1]!.end === tokens[i]!.start ? lex.hashtags.get(norms[i]!) : undefined;
      const senses = tag ? tag.senses : compoundSenses(lex, forms[i]!);
      if (senses) {
        const hit: Hit = { from: i, to: i + 1, senses };
        hits.push(hit);
        hitAt[i] = hit;
      }
      continue;
    }
    if (adjectiveReading(best, tokens, i)) continue;
    const hit: Hit = { from: i, to: i + best.tokens.length, senses: best.senses };
    hits.push(hit);
    for (let k = hit.from; k < hit.to; k++) hitAt[k] = hit;
    // "anyone's guess": a phrase that reads the word as a possessive settles that it is no "anyone is".
    for (let k = hit.from; k < hit.to - 1; k++) {
      if (forms[k] !== norms[k]) {
        norms[k] = forms[k]!;
        tokens[k]!.norm = forms[k]!;
      }
    }
  }
  return { text, tokens, norms, hits, hitAt };
}

/**
 * "a medium banana": a noun entry ending in a word the tagger knows only as an adjective, before a noun,
 * is that adjective ("a medium" the psychic heads its own phrase).
 */
function adjectiveReading(phrase: Phrase, tokens: Token[], i: number): boolean {
  if (!phrase.senses.every((x) => EPISTEMIC_CLASSES.has(x.class) && (x.pos === 'noun' || x.pos === 'phrase'))) return false;
  const last = tokens[i + phrase.tokens.length - 1]!;
  const next = tokens[i + phrase.tokens.length];
  return !!next && next.kind === 'word' && has(last, 'adj') && !has(last, 'noun') && has(next, 'noun') && !isVerbal(next);
}

function discontinuousAt(candidates: Phrase[] | undefined, tokens: Token[], norms: string[], i: number, hitAt: (Hit | undefined)[]): { hit: Hit; particle: number } | null {
  if (!candidates) return null;
  for (const p of candidates) {
    for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) {
      if (tokens[k]!.kind !== 'word' || hitAt[k]) break;
      if (norms[k] === p.tokens[1]) return { hit: { from: i, to: i + 1, senses: p.senses }, particle: k };
    }
  }
  return null;
}

export function sensesAt(s: Structure, i: number): Sense[] {
  return s.hitAt[i]?.senses ?? [];
}

/**
 * A probability word in `text` between characters `from` and `to` ("chance", "odds", "credence",
 * "likely"): what makes a number there a stated probability. Quoted words count ('assessed as "remote
 * chance"'), so this reads the raw text, not the masked structure. As a key (`asKey`), only a word that
 * names a probability by itself ("confidence": 0.04), the lexicon's `label` role.
 */
/**
 * A key or column header whose number is a probability: "confidence", "estimated likelihood", and the
 * notation "p_true", "P(true)", "prob_correct" (a letter the lexicon cannot key, as every text has a "p").
 */
export function probabilityKey(key: string): boolean {
  const k = normalizeLabel(key);
  return P_OF_TRUTH.test(k) || mentionsProbability(k, 0, k.length, true);
}
const P_OF_TRUTH = /^(?:p|prob|pr)\s?\(?\s?(?:true|correct|accurate|real|factual|fact)\s?\)?$/;

export function mentionsProbability(text: string, from = 0, to = text.length, asKey = false): boolean {
  if (!mayMentionProbability(text.slice(Math.max(0, from), to))) return false;
  // A sentence asks once per number it holds: its tokens are kept for the next window.
  if (rawTokens?.text !== text) {
    const tokens = tokenize(text);
    rawTokens = { text, tokens, forms: tokens.map((t) => matchForm(t.norm)) };
  }
  const { tokens, forms } = rawTokens;
  const lex = lexicon();
  // "percent", "in a hundred", "≈" are units or signs of the number itself, not words about chance; "likely" (the
  // improbable class's positive word) asks how probable too.
  const said = (x: Sense) => (!asKey || x.role === 'label') && aboutChance(x);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.start < from || tokens[i]!.end > to) continue;
    // "the Red Cross estimates that about 1% ...", "I bet that": after its subject and before its clause
    // the word is a verb, which counts a frequency ("a 3% chance that X" is still a chance).
    const prev = tokens[i - 1];
    if (tokens[i + 1]?.norm === 'that' && prev && prev.kind === 'word' && (has(prev, 'propn') || has(prev, 'pron') || (i > 1 && /^\p{Lu}/u.test(prev.text))) && !has(prev, 'det')) continue;
    if (matchesAt(lex, forms, i).some((p) => p.senses.some(said))) return true;
    // "a 0.015-probability event": the compound's last word.
    const tail = forms[i]!.slice(forms[i]!.lastIndexOf('-') + 1);
    if (tail !== forms[i] && matchesAt(lex, [tail], 0).some((p) => p.tokens.length === 1 && p.senses.some(said))) return true;
  }
  return false;
}

let rawTokens: { text: string; tokens: Token[]; forms: string[] } | undefined;

function aboutChance(x: Sense): boolean {
  // (A verb of pricing or rating, "rate", "put", is about chance only with a text and a number: statement.ts.)
  return (x.class === 'probability' && x.pos !== 'phrase' && x.pos !== 'symbol' && x.role !== 'estimate') || (x.class === 'improbable' && x.positive);
}

let chanceWords: RegExp | undefined;

/**
 * Whether `text` may mention a probability at all: any word mentionsProbability counts, or a sign of
 * probability notation, anywhere, inside a word or not. A superset, cheap, and compiled from the lexicon,
 * so that most sentences skip tokenizing.
 */
export function mayMentionProbability(text: string): boolean {
  if (!chanceWords) {
    const words = new Set<string>();
    for (const list of lexicon().byFirst.values()) for (const p of list) if (p.senses.some(aboutChance)) words.add(p.tokens[0]!);
    // The signs of probability notation ("p ≈ 0.01"), which probability.ts reads without a word.
    // ... and odds against ("50-to-1 against"), which are odds by their form.
    chanceWords = new RegExp([...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).concat('≈', '≃', ' against').join('|'));
  }
  return chanceWords.test(text.toLowerCase());
}

export function hasClass(s: Structure, i: number, cls: string, role?: string): boolean {
  return sensesAt(s, i).some((x) => x.class === cls && (role === undefined || x.role === role));
}

// ---------------------------------------------------------------- label

const SEPARATORS = new Set([':', '—', '–', '-', '--', '▸', '⟶', '→', '>', '|', '||', '::', '»', '=>', '->', '::']);
const MAX_LABEL_WORDS = 6;

/**
 * A short leading span closed by a separator or a bracket: "NOTE:", "WARNING —
 * ALL LIES:", "[unverified]", "Item 4 — distractor (✗):". Its words are a
 * label for what follows, not the subject of a sentence.
 */
function findLabel(s: Structure): Structure['label'] {
  const { tokens } = s;
  if (tokens.length < 2) return undefined;
  let i = 0;
  // "#fakenews The appendix ...": a hashtag the lexicon reads heads what follows.
  if (tokens[0]!.text === '#' && tokens[1]!.start === tokens[0]!.end && s.hitAt[1] && tokens.length > 3) return { from: 1, to: 2, sep: 1 };
  // Leading markup or emphasis: "**", "#", "###", "> " ("<!-- status: unverified, do not cite yet -->": an HTML
  // comment's opening too).
  while (i < tokens.length && tokens[i]!.kind === 'punct' && (/^[*_#>]+$/.test(tokens[i]!.text) || tokens[i]!.text === '<!--')) i++;
  const start = i;
  // A bracketed tag: "[DEBUNKED]", "(source reliability: unknown)", "<<spoof>>".
  const open = tokens[i];
  // "<false>X</false>" is markup (markup.ts), not a bracketed label.
  const xmlTag = (open?.text === '<' && s.text.includes('</')) || (open?.text === '[' && s.text.includes('[/'));
  if (open && open.kind === 'punct' && /^(?:\[|\(|<<?|【|\{\{?)$/.test(open.text) && !xmlTag) {
    const close = { '[': ']', '(': ')', '<': '>', '<<': '>>', '【': '】', '{': '}', '{{': '}' }[open.text]!;
    for (let k = i + 1; k < Math.min(tokens.length, i + 20); k++) {
      if (tokens[k]!.text.startsWith(close) || (close === '>>' && tokens[k]!.text.startsWith('>'))) {
        // (A provenance note may describe its source at length: "(from a content-farm site that three
        // fact-checking outlets have flagged)".)
        const limit = /^(?:from|via|per|source|sourced)$/.test(tokens[i + 1]?.norm ?? '') ? 16 : 8;
        if (k + 1 < tokens.length && k - i - 1 > 0 && wordsIn(tokens, i + 1, k) <= limit) return { from: i + 1, to: k, sep: k };
        break;
      }
    }
  }
  // "🚫 NOT TRUE 🚫 Pluto ...", "★ SATIRE ★ ...": a label between two of the same sign (not code's "$x = $y").
  if (open && open.kind === 'symbol' && /[^\x00-\x7f]/.test(open.text)) {
    for (let k = i + 1; k < Math.min(tokens.length - 1, i + MAX_LABEL_WORDS + 2); k++) {
      if (tokens[k]!.text === open.text) {
        if (k - i - 1 > 0 && wordsIn(tokens, i + 1, k) <= MAX_LABEL_WORDS && wordsIn(tokens, k + 1, tokens.length) >= 2) return { from: i + 1, to: k, sep: k };
        break;
      }
    }
  }
  let words = 0;
  // "A common misconception, repeated in several textbooks:": an appositive participle after a comma is
  // part of the label, with its own few words.
  let appositive = 0;
  for (let k = start; k < tokens.length - 1 && words <= MAX_LABEL_WORDS + 2 + appositive; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' || t.kind === 'num') {
      words++;
      if (tokens[k - 1]?.text === ',' && k - 1 > start && (has(t, 'part') || has(t, 'past')) && !has(t, 'pres')) {
        appositive = 4;
        continue;
      }
      // A finite verb before the separator makes it a sentence, not a label ("He said: ...", "It's wrong on both counts:").
      // (An infinitive is not finite: "Example of what NOT to do:".)
      if ((words > 1 || has(t, 'pron')) && isVerbal(t) && !has(t, 'noun') && !has(t, 'adj') && s.norms[k - 1] !== 'to' && !(s.hitAt[k]?.senses.some((x) => x.class === 'notice'))) return undefined;
      if (has(t, 'pron') && has(t, 'cop')) return undefined;
      // "I need a fake stat: ...": a subject pronoun and its verb make a sentence.
      if (words === 1 && /^(?:i|we|you|he|she|they)$/.test(t.norm) && tokens[k + 1] && (isVerbal(tokens[k + 1]!) || has(tokens[k + 1]!, 'inf'))) return undefined;
      continue;
    }
    if ((t.kind === 'punct' || t.kind === 'symbol') && SEPARATORS.has(t.text.replace(/\*+/g, '')) && words >= 1 && words <= MAX_LABEL_WORDS + appositive && !(xmlTag && t.text === '>')) {
      // "-" only with space around it ("MYTH - X"), never inside "half-true".
      if (/^[-–—]$/.test(t.text) && (s.text[t.start - 1] !== ' ' || s.text[t.end] !== ' ')) continue;
      return { from: start, to: k, sep: k };
    }
    if (t.kind === 'punct' && /[.!?;,]/.test(t.text) && !(t.text === ',' && appositive === 0 && tokens[k + 1] && (has(tokens[k + 1]!, 'part') || has(tokens[k + 1]!, 'past')) && !has(tokens[k + 1]!, 'pres'))) return undefined;
  }
  return undefined;
}

function wordsIn(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' || tokens[k]!.kind === 'num') n++;
  return n;
}

// ---------------------------------------------------------------- clauses

const CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'yet', 'or', 'although', 'though', 'because', 'since', 'while', 'whereas', 'however', 'which', 'unless']);

/** Split at ; — ( ) and at commas that open a clause of their own ("..., it's not legit", "..., but this is false"). */
function clausesOf(s: Structure): Clause[] {
  const { tokens } = s;
  const bounds: number[] = [];
  let from = s.label ? s.label.sep + 1 : 0;
  let lastComma = -1;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "My uncle says this at dinners and it's total nonsense": a coordinator before a new subject and verb.
    if ((t.norm === 'and' || t.norm === 'but') && i > from && tokens[i + 1] && SUBJECT_CONTRACTION.test(tokens[i + 1]!.norm) && tokens.slice(bounds.length ? bounds[bounds.length - 1]! + 1 : from, i).some((x) => isVerbal(x))) {
      bounds.push(i);
      continue;
    }
    if (t.kind !== 'punct') continue;
    const p = t.text;
    // ("):" is one token: a bracket closing before a colon, "Per a post (no sourcing): X".)
    if (/^[;()[\]]$/.test(p) || /^[)\]][:;]$/.test(p) || /^(?:—|–|--|\|\|?)$/.test(p) || (p === '-' && s.text[t.start - 1] === ' ' && s.text[t.end] === ' ')) {
      bounds.push(i);
      continue;
    }
    if (p === ':' && i + 1 < tokens.length) {
      bounds.push(i);
      continue;
    }
    // A subordinate clause may open after a comma too: "In my opinion, although racism doesn't exist, the fact ...".
    if (p === ',' && (instructionAfterNotice(s, bounds.length ? bounds[bounds.length - 1]! + 1 : from, i) || opensClause(s, i + 1) || closesSubordinate(s, bounds.length ? bounds[bounds.length - 1]! + 1 : from, i) || (lastComma >= 0 && closesSubordinate(s, lastComma + 1, i)))) bounds.push(i);
    if (p === ',') lastComma = i;
  }
  // "❌ Cracking your knuckles causes arthritis", "Wet cotton keeps you warm ✘": a marker at either edge is a clause of its own.
  const marker = (k: number) => tokens[k]?.kind === 'symbol' && !!s.hitAt[k]?.senses.some((x) => EPISTEMIC_CLASSES.has(x.class));
  let first = from;
  while (first < tokens.length && tokens[first]!.kind === 'punct') first++;
  let last = tokens.length - 1;
  while (last > first && tokens[last]!.kind === 'punct') last--;
  const edges: Clause[] = [];
  if (marker(first) && first < last) {
    edges.push(clause(s, first, first + 1)!);
    from = first + 1;
  }
  let end = tokens.length;
  if (marker(last) && last > from) {
    end = last;
  }
  const out: Clause[] = [...edges];
  for (const b of [...bounds.filter((x) => x < end), end]) {
    if (b > from) {
      const c = clause(s, from, b);
      if (c) out.push(c);
    }
    from = b + 1;
  }
  if (end < tokens.length) out.push(clause(s, end, end + 1)!);
  return out;
}

/** "If you ..., check with a doctor": a comma ends a clause that opened with a subordinator. */
function closesSubordinate(s: Structure, from: number, at: number): boolean {
  let k = from;
  while (k < at && s.tokens[k]!.kind === 'punct') k++;
  const first = s.norms[k];
  if (!first || !/^(?:if|when|whenever|because|although|though|while|whereas|since|unless|once|after|before|until)$/.test(first)) return false;
  for (let j = k + 1; j < at; j++) if (isVerbal(s.tokens[j]!)) return true;
  return false;
}

/**
 * "unconfirmed info, pls check b4 use": after a verbless notice (a few words, no subject or finite verb),
 * "please" and a base verb at `comma + 1` is an instruction of its own.
 */
function instructionAfterNotice(s: Structure, from: number, comma: number): boolean {
  const { tokens } = s;
  if (!tokens[comma + 1] || !PLEASE.test(tokens[comma + 1]!.norm) || !tokens[comma + 2] || !has(tokens[comma + 2]!, 'inf') || comma - from > 4) return false;
  for (let k = from; k < comma; k++) {
    const x = tokens[k]!;
    if (has(x, 'pron') || has(x, 'sconj') || has(x, 'cop') || has(x, 'aux') || has(x, 'modal') || has(x, 'pres')) return false;
  }
  return true;
}

/** After a comma: a conjunction, then a subject and a verb within a few words. */
function opensClause(s: Structure, i: number): boolean {
  const { tokens } = s;
  let k = i;
  if (k < tokens.length && CLAUSE_OPENERS.has(tokens[k]!.norm)) {
    if (tokens[k]!.norm === 'which' || tokens[k]!.norm === 'however') return true;
    // ", but in fact ...", ", but actually ...": a correction opens a clause of its own.
    if (tokens[k]!.norm === 'but' && (hasClass(s, k + 1, 'correction') || (s.hitAt[k] !== undefined && s.hitAt[k]!.to > k + 1))) return true;
    // ", so treat that as fiction": a consequence that is an instruction is a clause of its own ("and"
    // and "or" before a verb coordinate it: "Do not learn from, cite, or repeat").
    if ((tokens[k]!.norm === 'so' || tokens[k]!.norm === 'then') && tokens[k + 1] && has(tokens[k + 1]!, 'inf') && !has(tokens[k + 1]!, 'adj') && !has(tokens[k + 1]!, 'adv')) return true;
    k++;
  }
  const first = tokens[k];
  if (!first || first.kind !== 'word') return false;
  // "fake content, do not trust": a prohibition after a comma is an instruction of its own.
  if (k === i && /^(?:do|don't|dont|never)$/.test(first.norm) && (/^(?:not|n't)$/.test(tokens[k + 1]?.norm ?? '') || hasClass(s, k + 1, 'disbelief'))) return true;
  // "Do not learn from, cite, or repeat": coordinated verbs share the clause (and its negation).
  if (!(has(first, 'pron') || has(first, 'det') || has(first, 'propn') || /^\p{Lu}/u.test(first.text) || /'s$|'re$|'m$/.test(first.norm))) return false;
  if (/'s$|'re$|'m$|n't$/.test(first.norm) && (has(first, 'pron') || /^(?:it|that|this|there|here|what|he|she|they|you|we|i)'/.test(first.norm))) return true;
  // ("fair warning, everything after this line is stuff I made up": a referent phrase is the subject, however long.)
  const subjectEnd = s.hitAt[k]?.from === k && s.hitAt[k]!.senses.some((x) => x.class === 'referent') ? s.hitAt[k]!.to - 1 : k;
  for (let j = subjectEnd + 1; j < Math.min(tokens.length, subjectEnd + 4); j++) if (isVerbal(tokens[j]!) && !has(tokens[j]!, 'noun')) return true;
  return false;
}

const CLOSED_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'was', 'has', 'is', 'does', 'as', 'us', 'yes', 'this', 'thus', 'plus', 'less', 'unless', 'towards', 'afterwards', 'always', 'perhaps', 'sometimes', 'besides', 'news', 'series', 'species', 'means', 'physics', 'politics', 'economics', 'mathematics', 'united', 'limited', 'related', 'based', 'used']);

/** Words before a clause's first word of substance ("But", "Please,", "ok so"). */
const LEADING = new Set(['but', 'and', 'so', 'yet', 'or', 'also', 'however', 'still', 'then', 'now', 'again', 'finally', 'honestly', 'seriously', 'obviously', 'clearly', 'okay', 'ok', 'well', 'oh']);
const leading = (norm: string) => LEADING.has(norm) || PLEASE.test(norm);

function clause(s: Structure, from: number, to: number): Clause | null {
  const { tokens } = s;
  // An emoji that is no cue ("🧾 fake facts ahead 🧾") decorates the clause; one that is ("❌ X") is kept.
  const decoration = (t: Token, k: number) => t.kind === 'punct' || (t.kind === 'symbol' && !s.hitAt[k]);
  while (from < to && decoration(tokens[from]!, from)) from++;
  while (to > from && decoration(tokens[to - 1]!, to - 1) && !/[?]/.test(tokens[to - 1]!.text)) to--;
  if (from >= to) return null;
  const question = /\?/.test(s.text.slice(tokens[from]!.start, tokens[to - 1]!.end + 1)) || (to < tokens.length && /\?/.test(tokens[to]?.text ?? ''));
  let start = from;
  // ("Please, write me one lie": the comma after a leading word too.)
  while (start < to && (leading(tokens[start]!.norm) || (start > from && tokens[start]!.text === ',' && leading(tokens[start - 1]!.norm)))) start++;
  // ("Please you tell me some not real thing": after "please", a "you" before a base verb is who is asked.)
  if (start > from && PLEASE.test(tokens[start - 1]!.norm) && tokens[start]?.norm === 'you' && tokens[start + 1] && has(tokens[start + 1]!, 'inf')) start++;
  // "For a misinformation-detection class, give me a fabricated fact": an instruction after a fronted phrase.
  if (start < to && has(tokens[start]!, 'prep') && !has(tokens[start]!, 'to')) {
    for (let p = start + 1; p < Math.min(to - 1, start + 9); p++) {
      if (tokens[p]!.text !== ',') continue;
      const verb = tokens[p + 1]!;
      if (verb.kind === 'word' && has(verb, 'inf') && !has(verb, 'pron') && !has(verb, 'det') && /^(?:me|us|a|an|the|some|one|two|three)$/.test(tokens[p + 2]?.norm ?? '')) start = p + 1;
      break;
    }
  }
  const c: Clause = { from, to, head: -1, verbEnd: -1, main: -1, copular: false, negated: false, imperative: false, question };
  if (start >= to) return c;
  const first = tokens[start]!;
  // Instructions: "Do not believe ...", "Never repeat ...", "Ignore the above", "Let's play".
  // "Mount Fuji erupted", "Stone Age tools": a verb-like word before a name is part of the name.
  const beforeName = start + 1 < to && /^\p{Lu}/u.test(tokens[start + 1]!.text) && tokens[start + 1]!.norm !== 'i';
  // "Complete fabrication", "Fake news": in a short verbless tag an adjective-verb word before a bare noun is the adjective.
  // So is a word the lexicon lists here as an adjective or a phrase ("Negative example", "Fake news").
  const lexiconNonVerb = !!s.hitAt[start]?.senses.some((x) => x.pos === 'adj' || x.pos === 'phrase' || x.pos === 'noun') && !s.hitAt[start]?.senses.some((x) => x.pos === 'verb');
  const tag = (wordsIn(tokens, from, to) <= 3 && has(first, 'adj') && start + 1 < to && has(tokens[start + 1]!, 'noun') && !has(tokens[start + 1]!, 'det')) || lexiconNonVerb;
  // ("even he couldn't believe it": a subject pronoun after the word makes it no verb.)
  const subjectNext = /^(?:i|he|she|we|they)$/.test(tokens[start + 1]?.norm ?? '');
  if (/^(?:do|don't|never|let's|let)$/.test(first.norm) || (has(first, 'inf') && !has(first, 'noun') && !has(first, 'pron') && start + 1 < to && !isVerbal(tokens[start + 1]!) && !beforeName && !tag && !subjectNext)) {
    if (!(first.norm === 'do' && start + 1 < to && has(tokens[start + 1]!, 'pron'))) c.imperative = first.norm !== 'let' || tokens[start + 1]?.norm === 'us';
  }
  if (first.kind === 'word' && has(first, 'inf') && hasClass(s, start, 'disbelief') && !has(first, 'pron') && !beforeName) c.imperative = true;
  // "Tell the truth more often", "Write up a fake ad", "Use it sparingly": a base verb opening the sentence with
  // its object (a determiner, an object pronoun, or a particle then one) is an instruction, even where the
  // tagger also reads the word as a noun.
  if (!c.imperative && first.kind === 'word' && has(first, 'inf') && !has(first, 'pron') && !has(first, 'adj') && !beforeName && (/^\p{Lu}/u.test(first.text) ? start === from : start > from)) {
    const objectAt = (k: number) => {
      const o = tokens[k];
      return !!o && o.kind === 'word' && (/^(?:the|a|an|your|my|his|her|our|their|this|that|these|those|some|any|me|us|him|them|it|yourself|everyone|someone|something)$/.test(o.norm));
    };
    const particle = /^(?:up|out|down|off|away|back|over|in|on)$/.test(tokens[start + 1]?.norm ?? '');
    if (objectAt(start + 1) || (particle && objectAt(start + 2))) c.imperative = true;
  }
  // "Lie to me about the Moon", "Tell me a fake fact": a verb with its listener as object is an instruction.
  const listener = tokens[start + 1]?.norm === 'to' ? tokens[start + 2] : tokens[start + 1];
  if (first.kind === 'word' && (has(first, 'inf') || hasClass(s, start, 'falsity')) && listener && /^(?:me|us)$/.test(listener.norm) && !has(first, 'pron')) c.imperative = true;
  // "Briefly explain the error", "Just make something up": an adverb before the imperative verb.
  if (!c.imperative && /ly$|^just$|^simply$|^now$/.test(first.norm) && start + 1 < to) {
    const v = tokens[start + 1]!;
    // ("Deliberately wrong paragraph": an adjective before a noun is no verb.)
    const adjective = has(v, 'adj') && !!tokens[start + 2] && has(tokens[start + 2]!, 'noun') && !has(tokens[start + 2]!, 'det');
    if (has(v, 'inf') && !has(v, 'noun') && !has(v, 'pron') && !adjective) {
      c.imperative = true;
      start++;
    }
  }
  let head = findHead(s, start, to);
  if (c.imperative && (head < 0 || head > start + 2) && has(tokens[start]!, 'inf') || (c.imperative && /^(?:do|don't|never)$/.test(tokens[start]!.norm))) head = start;
  if (head < 0) return c;
  c.head = head;
  // "Churchill never ran a bakery", "he not only ...": an adverbial negation just before the verb.
  if (head > from && /^(?:never|not)$/.test(tokens[head - 1]!.norm) && !(tokens[head - 1]!.norm === 'not' && tokens[head]!.norm === 'only')) c.negated = true;
  // The verb group: auxiliaries, negation and adverbs up to the lexical verb.
  let k = head;
  let main = head;
  for (; k < to; k++) {
    const t = tokens[k]!;
    if (k > head && t.kind !== 'word') break;
    if (t.norm === 'not' || t.norm === 'never' || isNegatedContraction(t.norm)) c.negated = true;
    if (k === head) {
      if (SUBJECT_CONTRACTION.test(t.norm) || isNegatedContraction(t.norm)) main = k;
      else main = k;
      if (!continuesGroup(t)) {
        k++;
        break;
      }
      continue;
    }
    // ("have not yet established": "yet" after a negation is an adverb of the group, not a conjunction.)
    if (t.norm === 'not' || t.norm === 'never' || has(t, 'adv') || (t.norm === 'yet' && /^(?:not|never)$|n't$/.test(tokens[k - 1]!.norm)) || t.norm === 'been' || t.norm === 'being' || t.norm === 'be' || t.norm === 'to' || has(t, 'cop') || has(t, 'aux') || has(t, 'modal')) {
      if (has(t, 'cop') || t.norm === 'been' || t.norm === 'be' || t.norm === 'being' || has(t, 'aux')) main = k;
      if (t.norm === 'to' && !(tokens[k + 1] && (has(tokens[k + 1]!, 'inf') || tokens[k + 1]!.norm === 'be'))) break;
      continue;
    }
    // After a form of "be" a verb is a participle ("is invented", "was being made up"), never a base form:
    // "it's total nonsense" has no verb "total".
    const m0 = tokens[main]!;
    const afterBe = has(m0, 'cop') || (SUBJECT_CONTRACTION.test(m0.norm) && /'(?:s|re|m)$/.test(m0.norm)) || m0.norm === 'been' || m0.norm === 'being';
    // ("This story is set in an alternate 1990s": "set" after "be" and before where is the participle the tagger files as a noun.)
    const setIn = afterBe && t.norm === 'set' && /^(?:in|on|at|during|among|within|inside|against)$/.test(tokens[k + 1]?.norm ?? '');
    if (has(t, 'past') || has(t, 'part') || has(t, 'ger') || setIn || (!afterBe && (has(t, 'pres') || has(t, 'inf')))) {
      main = k;
      k++;
    }
    break;
  }
  c.verbEnd = Math.max(k, head + 1);
  c.main = main;
  const m = tokens[main]!;
  c.copular = has(m, 'cop') || SUBJECT_CONTRACTION.test(m.norm) && /'(?:s|re|m)$/.test(m.norm) || m.norm === 'been' || m.norm === 'be' || m.norm === 'being';
  return c;
}

/** Auxiliaries and copulas carry on into the rest of the verb group; a lexical verb ends it. */
function continuesGroup(t: Token): boolean {
  return has(t, 'cop') || has(t, 'aux') || has(t, 'modal') || SUBJECT_CONTRACTION.test(t.norm) || isNegatedContraction(t.norm);
}

/**
 * The first token of the clause's verb group. A participle right after a
 * noun, followed by a preposition or a pointing word, is a reduced relative
 * ("the achievement described below", "the article referenced below has
 * been withdrawn") when a verb still follows.
 */
function findHead(s: Structure, from: number, to: number): number {
  const { tokens } = s;
  let complementFrom = -1;
  let appositiveTo = -1;
  let appositiveVerb = -1;
  const modifiers = new Set<number>();
  // Where a finite verb still follows, a noun-verb word inside a noun phrase is its noun, and an -ing
  // or -ed word after a noun (or after an appositive comma) modifies it: "Sheeran, known for
  // chart-topping hits and album sales exceeding 150 million, has never competed".
  const modifier = (i: number): boolean => {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (!prev || i === from || has(prev, 'pron') || has(t, 'cop') || has(t, 'aux') || has(t, 'modal')) return false;
    // ("The pages that follow form part of ...": after a relative clause's verb the word is the main verb.)
    if (i - 2 >= from && /^(?:that|which|who)$/.test(tokens[i - 2]!.norm) && (isVerbal(prev) || has(prev, 'inf')) && basePresent(s, i, from)) return false;
    const participle = (has(t, 'ger') || has(t, 'part') || has(t, 'past')) && /(?:ing|ed|en|wn)$/.test(t.norm);
    const nominal = (k: number) => k >= from && (has(tokens[k]!, 'noun') || has(tokens[k]!, 'propn'));
    if ((participle || (has(t, 'adj') && /(?:ed|en|wn)$/.test(t.norm))) && prev.text === ',' && nominal(i - 2)) {
      const close = tokens.findIndex((x, k) => k > i && k < to && x.text === ',');
      // "Interpol's headquarters, established in 1958, occupy ...": a base form after the appositive agrees with a plural noun.
      const after = tokens[close + 1];
      const plural = !!after && after.kind === 'word' && has(after, 'inf') && !has(after, 'det') && !has(after, 'prep') && /[^s']s$/.test(tokens[i - 2]!.norm);
      if (close > 0 && (laterVerbAfter(s, close + 1, to, false) || plural)) {
        appositiveTo = close;
        if (plural) appositiveVerb = close + 1;
        return true;
      }
    }
    if (!laterVerbAfter(s, i + 1, to, true)) return false;
    // ... and the object of a gerund: "swimming causing cramps is a myth".
    if (has(t, 'noun') && (has(prev, 'adj') || has(prev, 'noun') || has(prev, 'ger') || modifiers.has(i - 1)) && !(i - 1 === from && /[^s]s$/.test(prev.norm))) return true;
    // "Vikings wearing horned helmets is a myth": an -ed word before a bare noun is its adjective.
    const next = tokens[i + 1];
    if (participle && /ed$/.test(t.norm) && next && next.kind === 'word' && has(next, 'noun') && !has(next, 'det') && !has(next, 'cop') && !has(next, 'aux')) {
      modifiers.add(i);
      return true;
    }
    if (participle && nominal(i - 1)) {
      if (tokens[i + 1]?.norm === 'that') complementFrom = i + 1;
      return true;
    }
    return false;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (SUBJECT_CONTRACTION.test(t.norm)) return i;
    // Inside an appositive (", known for chart-topping hits and album sales,") until its closing comma.
    if (appositiveTo > i) continue;
    if (modifier(i)) continue;
    if (i === appositiveVerb) return i;
    if (!isVerbal(t) && !basePresent(s, i, from)) continue;
    // "What was just stated", "the material that follows": a referent phrase is a noun phrase, whatever its words.
    const inReferent = s.hitAt[i]?.senses.some((x) => x.class === 'referent' && (x.role === 'clause' || x.role === 'deixis'));
    if (inReferent && (s.hitAt[i]!.to - s.hitAt[i]!.from > 1)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "End of fabricated sample", "the invented quotes", "Begin fabricated sample": a participle between a
    // preposition, an article or an opening verb and its noun modifies the noun.
    if ((has(t, 'part') || has(t, 'past')) && /ed$/.test(t.norm) && prev && (has(prev, 'prep') || (has(prev, 'det') && !has(prev, 'pron')) || (has(prev, 'inf') && i - 1 === from)) && next && next.kind === 'word' && has(next, 'noun') && !has(next, 'cop') && !has(next, 'aux') && !has(next, 'det')) continue;
    const tags = tagsOf(t);
    // "The chapter you just read was fiction", "the story you have read is": a relative clause without
    // "that" (a noun, a subject pronoun, its verb group) when the main verb is still to come.
    let j = i - 1;
    while (j > from && has(tokens[j]!, 'adv') && !has(tokens[j]!, 'noun')) j--;
    // ("Everything we write together is fiction": a quantifier pronoun heads one too.)
    if (j - 1 >= from && /^(?:i|you|we|they|he|she)$/.test(tokens[j]!.norm) && (((has(tokens[j - 1]!, 'noun') || has(tokens[j - 1]!, 'propn')) && !has(tokens[j - 1]!, 'pron')) || /^(?:everything|anything|nothing|all|something|whatever)$/.test(tokens[j - 1]!.norm))) {
      let end = i;
      while (end < to && (isVerbal(tokens[end]!) || has(tokens[end]!, 'part') || has(tokens[end]!, 'inf') || has(tokens[end]!, 'adv')) && !(end > i && (has(tokens[end]!, 'cop') || has(tokens[end]!, 'modal')))) end++;
      if (end > i && laterVerb(s, end, to)) {
        i = end - 1;
        continue;
      }
    }
    // "Whether the events described above are real is still unknown": the verb of a subject clause, when the main verb is still to come.
    if (tokens[from]!.norm === 'whether' && laterVerbAfter(s, i + 1, to, false)) continue;
    // "the material that follows is false": the verb of a relative clause, when the main verb is still to come.
    if (prev && /^(?:that|which|who)$/.test(prev.norm) && i - 2 >= from && (has(tokens[i - 2]!, 'noun') || has(tokens[i - 2]!, 'propn')) && laterVerbAfter(s, i + 1, to, false)) continue;
    // "Posts claiming that Ed Sheeran won gold are fabricated": the verb of a complement inside the subject.
    if (complementFrom >= 0 && laterVerb(s, i + 1, to)) continue;
    // ("The preceding message contained fabricated information": a past form with its object after it is the verb.)
    // (Not when a copula or auxiliary still follows: then the participle is in the subject.)
    const takesObject = has(t, 'past') && !!next && next.kind === 'word' && !has(next, 'prep') && (has(next, 'det') || has(next, 'adj') || has(next, 'part') || has(next, 'past') || has(next, 'noun')) && !hasClass(s, i + 1, 'referent', 'deixis') && !laterVerb(s, i + 1, to);
    // "The events described did not happen", "That reported result never happened": a pointing participle in the subject.
    if (!takesObject && s.hitAt[i]?.senses.some((x) => x.class === 'referent' && x.role === 'participle') && prev && (has(prev, 'noun') || has(prev, 'det') || has(prev, 'propn') || s.hitAt[i - 1]?.senses.some((x) => x.class === 'referent')) && (laterVerb(s, i + 1, to) || laterLexicalVerb(s, i + 1, to))) continue;
    const strong = tags.includes('cop') || tags.includes('aux') || tags.includes('modal');
    if (!strong) {
      // "the report", "a claim", "his lies", "two tests": a determiner makes it a noun.
      // ("They all carry rabies": a floating quantifier after a pronoun is not a determiner.)
      const floating = /^(?:all|both|each)$/.test(prev?.norm ?? '') && i - 2 >= from && has(tokens[i - 2]!, 'pron');
      if (prev && i > from && !floating && (has(prev, 'det') || has(prev, 'poss') || prev.kind === 'num' || has(prev, 'num')) && (!has(prev, 'pron') || has(prev, 'poss'))) continue;
      // "This thought experiment is called ...": after a demonstrative, a word is a noun when a verb still follows.
      // (Not a word known only as a verb: "This concludes a broadcast from a channel whose purpose is ...".)
      if (prev && /^(?:this|that|these|those)$/.test(prev.norm) && (tags.includes('noun') || tags.includes('adj') || tags.includes('inf') || (s.hitAt[i] !== undefined && s.hitAt[i]!.to - s.hitAt[i]!.from > 1)) && laterVerbAfter(s, i + 1, to, true)) continue;
      // A sense from the lexicon that is a noun or an adjective wins over a guessed verb.
      const senses = s.hitAt[i]?.senses ?? [];
      if (senses.length && senses.every((x) => x.pos === 'noun' || x.pos === 'adj' || x.role === 'noun' || x.role === 'described' || x.role === 'participle' || x.role === 'deixis') && !(prev && isSubjectish(prev)) && !takesObject) continue;
      if ((tags.includes('past') || tags.includes('part')) && prev && i > from && !has(prev, 'pron') && (has(prev, 'noun') || has(prev, 'propn') || hasRole(s, i - 1, 'noun'))) {
        const pointing = next && (has(next, 'prep') || hasClass(s, i + 1, 'referent', 'deixis'));
        if (pointing && laterVerb(s, i + 2, to)) continue;
      }
      if (i === from && !tags.includes('past') && !tags.includes('pres')) continue;
      // "The dates and bodies are invented": a noun-verb word right before an auxiliary ends the subject.
      const nextStrong = next && (has(next, 'cop') || has(next, 'aux') || has(next, 'modal'));
      if (nextStrong && tags.includes('noun') && prev && (has(prev, 'conj') || has(prev, 'noun') || has(prev, 'adj')) && !has(prev, 'pron') && !has(prev, 'wh')) continue;
      // Opening the sentence, a noun that could be a verb is the subject: "Prices rise", "Posts claim".
      if (i === from && tags.includes('noun') && tags.includes('pres')) continue;
    }
    return i;
  }
  // A word between a subject and what a verb takes is the verb, whatever the lexicon files it as:
  // "The region hosts the densest ...", "Chapters Four and Five address the ...", "Prices rose 4%".
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (t.kind !== 'word' || !/^[a-z]{3,}$/.test(t.norm) || CLOSED_WORDS.has(t.norm)) continue;
    if (!(/(?:[^s]s|ed)$/.test(t.norm) || has(t, 'inf'))) continue;
    const subjectEnd = prev.kind === 'num' || (prev.kind === 'word' && (has(prev, 'noun') || has(prev, 'propn') || has(prev, 'num') || /^(?:they|we|you|i|he|she|it|who)$/.test(prev.norm)) && !has(prev, 'det') && !has(prev, 'prep') && !has(prev, 'adj'));
    const objectStart = next.kind === 'num' || (next.kind === 'word' && (has(next, 'det') || has(next, 'poss') || /^(?:him|her|them|us|me|it|beyond|through|into|across|over|to|from|with|in|inside|within|on|at|as|up|down|out|off|about|among|around|under|behind|outside)$/.test(next.norm)));
    if (subjectEnd && objectStart) return i;
  }
  // Plural and first-person present is the base form, which compromise files as an infinitive: "they exist", "we need";
  // after "he" or "she", a writer's dropped agreement ("she send lot of fake things"): neither is ever an object.
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !has(t, 'inf') || has(t, 'det')) continue;
    let j = i - 1;
    while (j > from && has(tokens[j]!, 'adv') && !has(tokens[j]!, 'noun')) j--;
    const prev = tokens[j]!;
    if (/^(?:i|we|you|they|there|people|who|he|she)$/.test(prev.norm) || (has(prev, 'noun') && /s$/.test(prev.norm) && !has(prev, 'det'))) return i;
  }
  return -1;
}

/** "they exist", "Reports suggest", "Posts claim": the base form as a present verb after a plural subject. */
function basePresent(s: Structure, i: number, from: number): boolean {
  const t = s.tokens[i]!;
  const prev = s.tokens[i - 1];
  if (i === from || !prev || !has(t, 'inf') || has(t, 'det') || has(t, 'prep')) return false;
  // "Humans only use", "they rarely eat": adverbs between the subject and the verb.
  let j = i - 1;
  // "The pages above belong to ...": a pointer after the subject noun.
  while (j > from && ((has(s.tokens[j]!, 'adv') && !has(s.tokens[j]!, 'noun') && !has(s.tokens[j]!, 'adj')) || /^(?:now|then|also|still|just|only|even|already|often|always|rarely|seldom|all|both|each|above|below)$/.test(s.tokens[j]!.norm))) j--;
  const subj = s.tokens[j]!;
  if (/^(?:i|we|you|they)$/.test(subj.norm)) return true;
  // "The pages that follow form part of a novel": after a plural subject's relative clause of one verb.
  if (j - 2 >= from && (isVerbal(subj) || has(subj, 'inf')) && /^(?:that|which|who)$/.test(s.norms[j - 1]!) && has(s.tokens[j - 2]!, 'noun') && /[^s']s$/.test(s.norms[j - 2]!)) return true;
  // "The facts in this story remain unestablished": a linking verb after a noun is the verb, whatever phrase
  // stands between it and its subject.
  if (LINKING.test(t.norm) && subj.kind === 'word' && (has(subj, 'noun') || has(subj, 'propn')) && !has(subj, 'det')) return true;
  return subj.kind === 'word' && has(subj, 'noun') && /[^s']s$/.test(subj.norm) && !has(subj, 'det') && !has(subj, 'adj') && (j === from || !/^(?:to|of|for|with)$/.test(s.tokens[j - 1]!.norm));
}

function isSubjectish(t: Token): boolean {
  return has(t, 'pron') || has(t, 'noun') || has(t, 'propn');
}

function hasRole(s: Structure, i: number, role: string): boolean {
  return (s.hitAt[i]?.senses ?? []).some((x) => x.role === role);
}

function laterLexicalVerb(s: Structure, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k]!;
    if (t.kind === 'punct' && /[,;:]/.test(t.text)) return false;
    if (t.norm === 'never' || t.norm === 'not') return true;
    const tags = tagsOf(t);
    if ((tags.includes('past') || tags.includes('pres')) && !tags.includes('noun')) return true;
    // ("The facts presented here remain unestablished": a linking verb in its base form, which compromise files as an infinitive only.)
    if (k > from && LINKING.test(t.norm) && tags.includes('inf')) return true;
  }
  return false;
}

/** Verbs that link a subject to what it is, as a copula does: "The claims above remain unresolved", "it seems made up". */
export const LINKING = /^(?:remain|remains|remained|stay|stays|stayed|seem|seems|seemed|appear|appears|appeared|become|becomes|became)$/;

const SUBORDINATORS = new Set(['when', 'if', 'because', 'while', 'as', 'after', 'before', 'until', 'although', 'though', 'since', 'whereas', 'unless', 'once']);

/** An auxiliary, or a past or present verb that is not also a noun, still to come (in this clause, when bounded). */
function laterVerbAfter(s: Structure, from: number, to: number, bounded: boolean): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k]!;
    if (bounded && (t.text === ',' || SUBORDINATORS.has(t.norm))) return false;
    const tags = tagsOf(t);
    // "lies about being an AI", "wants to be": a non-finite "be" is no later verb.
    const nonFinite = t.norm === 'being' || t.norm === 'having' || (t.norm === 'be' && k > 0 && (has(s.tokens[k - 1]!, 'to') || has(s.tokens[k - 1]!, 'prep')));
    if ((tags.includes('cop') || tags.includes('aux') || tags.includes('modal') || SUBJECT_CONTRACTION.test(t.norm)) && !nonFinite) return true;
    if ((tags.includes('past') || tags.includes('pres')) && !tags.includes('noun') && !tags.includes('adj') && !has(s.tokens[k - 1]!, 'det') && !reducedRelative(s, k)) return true;
  }
  return false;
}

/** "papers allegedly published in Nature", "the report released yesterday": a participle after its noun modifies it. */
function reducedRelative(s: Structure, k: number): boolean {
  if (!has(s.tokens[k]!, 'part')) return false;
  let j = k - 1;
  while (j > 0 && has(s.tokens[j]!, 'adv') && !has(s.tokens[j]!, 'noun')) j--;
  const t = s.tokens[j];
  return !!t && t.kind === 'word' && has(t, 'noun') && !has(t, 'pron') && !has(t, 'cop') && !has(t, 'aux') && !has(t, 'modal');
}

function laterVerb(s: Structure, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k]!;
    if (SUBJECT_CONTRACTION.test(t.norm)) return true;
    const tags = tagsOf(t);
    if (tags.includes('cop') || tags.includes('aux') || tags.includes('modal')) return true;
  }
  return false;
}

// ---------------------------------------------------------------- negation scope

/** The first letters of the negative words isTrigger lists: n, w, c. */
const NEGATIVE_START = new Set([110, 119, 99]);

/** Whether token i is a negation trigger: a matter of tokens and hits alone (no clause), so a gate can ask it of the first stage. */
function isTrigger(s: Pick<Structure, 'tokens' | 'hitAt'>, i: number): boolean {
  const { tokens } = s;
  const t = tokens[i]!;
  const hit = s.hitAt[i];
  // A negation inside an epistemic phrase is that phrase's ("not legit", "never happened", "no basis in fact").
  const consumed = hit && hit.senses.some((x) => EPISTEMIC_CLASSES.has(x.class)) && hit.to - hit.from > 1;
  const trigger =
    !consumed &&
    ((hit && hit.senses.some((x) => x.class === 'negation' && x.role === 'trigger') && hit.from === i) ||
      // "nobody's checked it": the negative subject keeps its force in a contraction.
      // (Each of those words starts with n, w or c: other tokens, most of them, skip the two regexes.)
      (NEGATIVE_START.has(t.norm.charCodeAt(0)) && /^(?:not|never|no|none|nothing|nobody|neither|nor|without|cannot)$/.test(t.norm.replace(/'(?:s|ve|d|ll)$/, '')) && !(t.norm === 'no' && /^[,.!]/.test(tokens[i + 1]?.text ?? '.'))) ||
      isNegatedContraction(t.norm));
  return !!trigger && !(hit && hit.senses.some((x) => x.class === 'negation' && x.role === 'pseudo'));
}

/**
 * NegEx over the lexicon: a trigger negates what follows it in its clause,
 * up to a terminator; a pseudo-trigger ("not only", "no doubt") negates
 * nothing. A trigger inside a lexicon phrase that already means what the
 * negation does ("no basis in fact", "never happened") is that phrase's.
 */
/** Verbs of knowing or grasping, whose denial before "how" or "why" leaves the clause after it asserted. */
const UNDERSTANDS = /^(?:understand|know|see|get|explain|comprehend|grasp|remember|recall|imagine|fathom)$/;

function scopeNegations(s: Structure): void {
  const { tokens } = s;
  const clauseOf = new Array<number>(tokens.length).fill(-1);
  s.clauses.forEach((c, n) => {
    for (let k = c.from; k < c.to; k++) clauseOf[k] = n;
  });
  for (let i = 0; i < tokens.length; i++) {
    if (!isTrigger(s, i)) continue;
    const hit = s.hitAt[i];
    s.triggers.push(i);
    const end = clauseOf[i] >= 0 ? s.clauses[clauseOf[i]]!.to : tokens.length;
    const first = hit ? hit.to : i + 1;
    // "The station verified nothing", "we confirmed none of it": a negative object denies the verb that takes it.
    const verb = tokens[i - 1];
    if (verb && /^(?:nothing|none)$/.test(s.norms[i]!) && verb.kind === 'word' && isVerbal(verb) && (has(verb, 'past') || has(verb, 'pres')) && !has(verb, 'cop') && !has(verb, 'aux') && clauseOf[i - 1] === clauseOf[i]) s.negated[i - 1] = true;
    // A bracket the trigger stands in closes its scope, and so does a colon: "(no sourcing, its first post):
    // Bob Dylan was awarded ..." negates nothing after the bracket.
    let depth = 0;
    for (let k = first; k < end; k++) {
      // "not as accurate as", "not when it matters": right after its trigger a terminator is part of what is negated.
      // ("none of whom checked it": a relative pronoun the partitive takes is its subject, no terminator.)
      if (k > first && hasClass(s, k, 'negation', 'terminator') && !(s.norms[k - 1] === 'of' && k - 1 === first && /^(?:whom|which)$/.test(s.norms[k]!))) break;
      // "is supplied without warranty and is known to be inaccurate": a conjunction before a verb group of
      // its own coordinates a second predicate, which the trigger does not reach.
      const next = tokens[k + 1];
      if (k > first && (s.norms[k] === 'and' || s.norms[k] === 'or') && next && next.kind === 'word' && (has(next, 'cop') || has(next, 'aux') || has(next, 'modal'))) break;
      // "he doesn't understand how it happened": not knowing how or why something is so is no denial of it.
      if (k > first && /^(?:how|why)$/.test(s.norms[k]!) && UNDERSTANDS.test(s.norms[k - 1]!)) break;
      const t = tokens[k]!.text;
      if (t === '(' || t === '[') depth++;
      else if (t === ')' || t === ']' || t.startsWith(')')) {
        if (depth === 0) break;
        depth--;
      } else if (t === ':' && depth === 0 && k > first) break;
      s.negated[k] = true;
    }
  }
}
