import { finiteVerbTense, hasTag, isAuxiliary, toInfinitive } from './lexicon.js';

/**
 * Clause-level decisions made from words alone: is a sentence a question, an
 * instruction, locally negated, reported rather than asserted, in a factual
 * register; and the local-negation rewrite. These run on every sentence near a
 * cue, so they must cost microseconds; the NegEx vocabulary (triggers,
 * pseudo-triggers, scope terminators) does most of the work.
 */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[,;:()—–]/gu;

/**
 * Several rules ask about the same sentences; these decisions are pure
 * functions of the text, so each is computed once per distinct sentence
 * (bounded, so memory stays flat on any dataset).
 */
function memo<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      v = fn(text);
      if (cache.size >= limit) cache = new Map();
      cache.set(text, v);
    }
    return v as T;
  };
}

export const tokenize: (text: string) => readonly Token[] = memo(tokenizeText);

function tokenizeText(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const NEGATORS = new Set(['not', 'never', 'no', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'cannot']);
const PSEUDO =
  /(?:(?:\bnot|n['’]t) (?:only|just|merely|simply|solely|alone|least|necessarily|to mention)|\b(?:no doubt|nothing but|no matter|whether or not|if not|no sooner|not until|not far|not yet clear|no alternative but|no less than|no more than|no longer than|no later than|no fewer than))\b/gi;
/** Words that open a clause whose negation does not reach the main claim. */
const SUBORDINATORS = new Set([
  'who', 'whom', 'whose', 'which', 'although', 'though', 'because', 'if', 'unless', 'when', 'whenever', 'while',
  'whereas', 'after', 'before', 'since', 'until', 'despite', 'with', 'without', 'amid', 'following', 'where',
]);
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–']);

function isNegator(t: Token): boolean {
  return NEGATORS.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith('n’t');
}

/** Negators that negate a clause from the subject ("No athlete won", "Nothing happened"). */
const SUBJECT_NEGATORS = new Set(['no', 'none', 'nobody', 'nothing', 'neither', 'never', 'nowhere']);

/**
 * The negation word that negates the sentence's own main clause, or null:
 * a negator on the main clause's first verb ("did not win", "wasn't", "was
 * never") or on its subject ("No athlete won"). A negation in a relative or
 * subordinate clause ("a home that had not evacuated"), a contrast ("not X but
 * Y") or a pseudo-negation ("not only") leaves the main claim affirmative:
 * that is the step at the clause boundary the study measured.
 */
export const localNegation: (text: string) => Token | null = memo(findLocalNegation);

function findLocalNegation(text: string): Token | null {
  const cleaned = text.replace(PSEUDO, (s) => ' '.repeat(s.length));
  const tokens = tokenize(cleaned);
  let subordinate = false;
  let chunkStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (CLAUSE_BREAK.has(t.text)) {
      chunkStart = true;
      continue;
    }
    if (chunkStart) {
      subordinate = opensSubordinate(tokens, i);
      chunkStart = false;
    } else if (RELATIVE.has(t.lower) || (t.lower === 'that' && i > 0 && !isAuxiliary(tokens[i - 1]!.lower) && !verbAt(tokens, i - 1) && !REPORTING.has(tokens[i - 1]!.lower))) {
      // A relative clause runs to the next punctuation: skip it.
      subordinate = true;
      continue;
    }
    if (subordinate) continue;
    if (SUBJECT_NEGATORS.has(t.lower) && !contrasted(cleaned, t)) return t;
    if (t.lower === 'cannot' || /n['’]t$/.test(t.lower)) return contrasted(cleaned, t) ? null : t;
    if (isAuxiliary(t.lower) || verbAt(tokens, i)) {
      // "The study published in the journal does not exist": a past form
      // followed by a preposition, with a finite verb still to come, is a
      // reduced relative clause; the main verb is later.
      if (!isAuxiliary(t.lower) && PARTICIPLE_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') && laterAuxiliary(tokens, i + 2)) continue;
      // The main clause's first verb: negated right after it, or not at all.
      let j = i + 1;
      for (; j < Math.min(tokens.length, i + 4); j++) {
        const n = tokens[j]!;
        if (isNegator(n)) return contrasted(cleaned, n) ? null : n;
        if (!ADVERBS.has(n.lower) && !isAuxiliary(n.lower)) break;
      }
      // "We can confirm that Nike has never ...": a report's content clause
      // is the claim, so its own first verb decides.
      const verb = tokens[j - 1 > i ? j - 1 : i]!;
      const head = REPORTING_VERBS.has(tokens[j]?.lower ?? '') ? tokens[j]! : verb;
      const k = tokens.indexOf(head);
      if (REPORTING_VERBS.has(head.lower) && tokens[k + 1]?.lower === 'that') {
        i = k + 1;
        continue;
      }
      return null;
    }
  }
  return null;
}

const PARTICIPLE_PREPOSITIONS = new Set(['in', 'by', 'on', 'at', 'from', 'for', 'with', 'under', 'during', 'after']);

function laterAuxiliary(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    if (CLAUSE_BREAK.has(tokens[k]!.text)) return false;
    if (isAuxiliary(tokens[k]!.lower)) return true;
  }
  return false;
}

const REPORTING_VERBS = new Set([
  'confirm', 'confirmed', 'confirms', 'say', 'says', 'said', 'state', 'stated', 'states', 'report', 'reported', 'reports',
  'note', 'noted', 'notes', 'show', 'showed', 'shows', 'find', 'found', 'finds', 'know', 'knew', 'knows', 'believe',
  'believed', 'believes', 'clarify', 'clarified', 'clarifies', 'explain', 'explained', 'explains', 'told', 'tell',
]);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'where', 'although', 'though', 'because', 'unless', 'whereas']);
const REPORTING = new Set(['said', 'says', 'say', 'claimed', 'claims', 'believe', 'believed', 'found', 'showed', 'shows', 'noted', 'reported', 'argued', 'stated', 'confirmed', 'so', 'such']);

function opensSubordinate(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]!.lower;
  return SUBORDINATORS.has(first) || (i > 0 && /ing$/.test(first) && first.length > 4);
}

/** "not inevitable consequences, but measurable outcomes": the negation contrasts, the claim stands. */
function contrasted(text: string, negator: Token): boolean {
  return /^[^.;:!?]*?,?\s+but\s+(?!also\b)/i.test(text.slice(negator.end)) && !/^\s*(?:win|happen|occur|exist)/i.test(text.slice(negator.end));
}

export function isQuestion(text: string): boolean {
  return /\?\s*["'”’)\]*]*\s*$/.test(text);
}

const IMPERATIVE_OPENERS = /^(?:please\b|do not\b|don['’]t\b|never\b|always\b|let['’]s\b|make sure\b|be sure\b|avoid\b|remember\b|note that\b|imagine\b)/i;

/** An instruction: opens with "Do not", "Please", or a bare verb ("Write a story ..."). */
export function isImperative(text: string): boolean {
  const body = text.replace(/^[\s"'“*_#>-]+/, '');
  if (IMPERATIVE_OPENERS.test(body)) return true;
  const m = /^([A-Za-z]+)\s+([A-Za-z']+)?/.exec(body);
  if (!m) return false;
  const [, first, second = ''] = m;
  // A bare verb followed by what a verb takes ("Write a story", "Tell me"):
  // "Mortgage approvals fell" opens with a word that is also a verb, but not this way.
  return hasTag(first!, 'Infinitive') && !hasTag(first!, 'Noun') && !hasTag(first!, 'Singular') && OBJECT_OPENERS.has(second.toLowerCase());
}

const OBJECT_OPENERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'his', 'her', 'their', 'its', 'me', 'us', 'him',
  'them', 'it', 'yourself', 'out', 'up', 'down', 'about', 'how', 'what', 'why', 'whether', 'if', 'some', 'any', 'all', 'each',
  'every', 'one', 'two', 'three', 'to', 'in', 'on', 'with', 'for', 'from', 'at', '',
]);

const REPORTED = new RegExp(
  [
    String.raw`\b(?:claim|claimed|claiming|claims|alleged|alleging|alleges|purported|purporting|rumou?red|reportedly|supposedly|allegedly)\b`,
    String.raw`\b(?:posts?|stories|story|rumou?rs?|messages?|videos?|articles?|users?|people|some|many|others|critics|believers|conspiracy theorists)\s+(?:that\s+)?(?:said|say|says|saying|suggest|suggested|suggesting|insist|insisted|insisting|assert|asserted|asserting|believe|believed|stated|stating)\b`,
    String.raw`\baccording to (?:rumou?rs?|posts?|some|social media|a (?:viral|widely shared))`,
    String.raw`\b(?:it (?:is|was) (?:said|claimed|rumou?red|reported|alleged) that)\b`,
    String.raw`\b(?:you may have (?:seen|heard|read))\b`,
  ].join('|'),
  'i',
);

/** A claim presented as someone's report ("posts claimed that X") rather than asserted by the text. */
export function isReported(text: string): boolean {
  return REPORTED.test(text);
}

/**
 * The tense of the finite verb at token i, if it is one. Beyond the lexicon,
 * a word in -s between a noun and what a verb takes ("The river reverses its
 * flow", "Brazil hosts most of it") is a verb the lexicon files as a plural.
 */
function verbAt(tokens: readonly Token[], i: number): 'past' | 'present' | null {
  const t = tokens[i]!;
  if (i > 0 && DETERMINERS.has(tokens[i - 1]!.lower)) return null;
  const tense = finiteVerbTense(t.text);
  if (tense) return tense;
  // The guesses below are for lower-case words: "Sports" in "Sports Medicine" is a name.
  if (i === 0 || t.text !== t.lower) return null;
  // "crews removed more silt", "impacts proved equally catastrophic": the
  // lexicon files many past forms as adjectives; after a noun they are verbs.
  const prev = tokens[i - 1]!.lower;
  if (/^[a-z]{3,}ed$/.test(t.lower) && !NOT_BEFORE_PAST.has(prev) && !/ly$/.test(prev)) return 'past';
  // "Climbers (now) need an extra day": a base form after a plural subject.
  if (hasTag(t.text, 'Infinitive')) {
    let j = i - 1;
    while (j > 0 && ADVERBS.has(tokens[j]!.lower)) j--;
    const subject = tokens[j]!.lower;
    if (PLURAL_PRONOUNS.has(subject) || (/^[a-z]{2,}[^s'’]s$/.test(subject) && !DETERMINERS.has(subject))) return 'present';
  }

  const next = tokens[i + 1];
  if (next === undefined) return null;
  const takesObject = OBJECT_OPENERS.has(next.lower) || VERB_FOLLOWERS.has(next.lower) || /^\d/.test(next.text) || /^\p{Lu}/u.test(next.text);
  if (!takesObject) return null;
  if (/^[a-z]{2,}[^s'’]s$/.test(t.lower)) return 'present';
  return null;
}

/** After these an -ed word is a participle or an adjective, not a finite verb. */
const NOT_BEFORE_PAST = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'became', 'seem', 'seems', 'look', 'looks', 'get', 'got',
  'has', 'have', 'had', 'of', 'in', 'on', 'by', 'for', 'with', 'from', 'to', 'at', 'as', 'and', 'or', 'very', 'more', 'most',
  'less', 'well', 'newly', 'not', ',', '(',
]);
const ADVERBS = new Set(['now', 'also', 'still', 'often', 'usually', 'always', 'then', 'already', 'actually', 'really', 'sometimes', 'rarely', 'quickly', 'soon']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
const VERB_FOLLOWERS = new Set(['through', 'into', 'over', 'across', 'most', 'more', 'many', 'several', 'both', 'near', 'along', 'around', 'toward', 'towards']);

/** Has a finite verb: a heading, a byline or an address line does not state a claim. */
export function hasFiniteVerb(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (isAuxiliary(tokens[i]!.lower) || verbAt(tokens, i)) return true;
  }
  return false;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * A sentence that states something about the world: a finite verb plus
 * something checkable (a number, a name, a date), or at least five words of
 * declarative prose. Headings, bylines and fragments are not claims.
 */
export const isClaimLike: (text: string) => boolean = memo(claimLike);

function claimLike(text: string): boolean {
  if (isQuestion(text)) return false;
  const tokens = tokenize(text).filter((t) => !CLAUSE_BREAK.has(t.text));
  if (tokens.length < 4) return false;
  if (!hasFiniteVerb(tokens)) return false;
  if (isImperative(text)) return false;
  return true;
}

/** Proper names and numbers: what makes two sentences about the same claim. */
export function keyTerms(text: string): Set<string> {
  const out = new Set<string>();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\p{Lu}[\p{L}’'-]{2,}$/u.test(t.text) && i > 0 && !STOP_CAPS.has(t.lower)) out.add(t.lower.replace(/['’]s$/, ''));
    else if (/\d/.test(t.text) && t.text.length >= 2) out.add(t.lower);
  }
  return out;
}

const STOP_CAPS = new Set(['the', 'a', 'an', 'this', 'that', 'i', 'it', 'he', 'she', 'they', 'we', 'but', 'and']);

/**
 * Rewrite an affirmative sentence with the negation in its own clause:
 * "Ed Sheeran won the gold medal." -> "Ed Sheeran did not win the gold medal."
 * Returns null where no main verb is found (then the repair is to remove it).
 */
export function negateSentence(text: string): string | null {
  const tokens = tokenize(text);
  let subordinate = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (CLAUSE_BREAK.has(t.text)) {
      const next = tokens[i + 1];
      subordinate = !!next && (SUBORDINATORS.has(next.lower) || (/ing$/.test(next.lower) && next.lower.length > 4));
      continue;
    }
    if (subordinate || i === 0) continue;
    const next = tokens[i + 1];
    if (next && (next.lower === 'not' || next.lower === 'never')) return null;
    if (isAuxiliary(t.lower) && !(/^(has|have|had)$/.test(t.lower) && next && !looksParticiple(next.text))) {
      if (/^(do|does|did)$/.test(t.lower) && (!next || !hasTag(next.text, 'Infinitive'))) return splice(text, t, `${t.text} not`);
      return splice(text, t, `${t.text} not`);
    }
    if (/^(has|have|had)$/.test(t.lower)) {
      const aux = t.lower === 'had' ? 'did' : t.lower === 'has' ? 'does' : 'do';
      return splice(text, t, `${aux} not have`);
    }
    const tense = verbAt(tokens, i);
    if (tense && !isAuxiliary(tokens[i - 1]!.lower)) {
      const inf = toInfinitive(t.text, tense);
      if (!inf) continue;
      const aux = tense === 'past' ? 'did' : /s$/.test(t.lower) ? 'does' : 'do';
      return splice(text, t, `${aux} not ${inf}`);
    }
  }
  return null;
}

function looksParticiple(word: string): boolean {
  return /(?:ed|en|wn|un|ght)$/i.test(word) || hasTag(word, 'Participle') || hasTag(word, 'PastTense') || /^been$/i.test(word);
}

function splice(text: string, t: Token, replacement: string): string {
  return text.slice(0, t.start) + replacement + text.slice(t.end);
}

/** Corrections that state the truth: "In reality, ...", "Actually, ...", "The actual winner was ...". */
const TRUTH_MARKER = /^\W*(?:in (?:reality|fact|truth)|actually|the (?:truth|reality|real (?:winner|answer|story|facts?)) (?:is|was)|the (?:actual|true|correct) )/i;

export function statesTruth(text: string): boolean {
  return TRUTH_MARKER.test(text);
}
