import { nlp as compromise } from './compromise.js';
import { isQuestion, localNegation, negateSentence, tokenize } from './clause.js';
import { isAuxiliary, tagsOf, toInfinitive } from './lexicon.js';

/**
 * Propositions outside full sentences: the claim inside a wrapper ("It is a
 * myth that [vaccines cause autism]"), after a label ("Myth: [bats are
 * blind]"), in a table cell or a struck-through span. These are short,
 * often lower-case, often with a plural subject and a bare present verb, which
 * the lexicon alone misses ("cause" is filed as a noun). So: the lexicon
 * first (microseconds), compromise's tagger only when the lexicon finds no
 * verb, and only ever on candidates a label or wrapper already picked out.
 */

export interface Term {
  text: string;
  lower: string;
  start: number;
  end: number;
  tags: Set<string>;
}

const TAG_CACHE = new Map<string, Term[]>();
const FINITE_TAGS = ['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary'];
const CACHE_MAX = 500;

/** compromise's tagging of a short text, with offsets (cached: the same claim recurs in a record). */
export function tagged(text: string): Term[] {
  let terms = TAG_CACHE.get(text);
  if (terms) return terms;
  const json = compromise()(text).json({ offset: true }) as { terms: { text: string; tags: string[]; offset: { start: number; length: number } }[] }[];
  terms = json.flatMap((s) =>
    s.terms.map((t) => ({
      text: t.text,
      lower: t.text.toLowerCase(),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      tags: new Set(t.tags),
    })),
  );
  if (TAG_CACHE.size >= CACHE_MAX) TAG_CACHE.clear();
  TAG_CACHE.set(text, terms);
  return terms;
}

const WORD = /[\p{L}\p{N}]/u;

/** Count of word tokens (punctuation tokens from `tokenize` left out). */
export function wordCount(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (WORD.test(t.text)) n++;
  return n;
}

/** A finite verb somewhere in the text: the lexicon first, the tagger only when it finds none. */
export function hasVerb(text: string): boolean {
  const tokens = tokenize(text).filter((t) => WORD.test(t.text));
  if (tokens.length === 0) return false;
  // Auxiliaries and verbs the lexicon files as finite; the lexicon's guesses
  // from word shape ("novels" before "this") are left to the tagger.
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    if (isAuxiliary(lower)) return true;
    const tags = tagsOf(lower);
    if (i > 0 && (tags.includes('PastTense') || tags.includes('PresentTense')) && !DETERMINERS.has(tokens[i - 1]!.lower)) return true;
  }
  return verbTerm(tagged(text)) !== null;
}

/**
 * A proposition someone could believe: at least `minWords` words, a finite
 * verb, not a question. "Bats are blind", "vaccines cause autism"; not "The
 * Tooth Fairy", not "Is it true?".
 */
export function looksPropositional(text: string, minWords = 3): boolean {
  const t = text.trim();
  if (t === '' || isQuestion(t)) return false;
  if (wordCount(t) < minWords) return false;
  return hasVerb(t);
}

/** Verbs the negation goes after, not before ("is not", "can not", "has not been"). */
const AUX = new Set(['is', 'are', 'was', 'were', 'am', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'do', 'does', 'did', "'s", '’s', "'re", '’re']);
const HAVE = new Set(['has', 'have', 'had']);
/** Adverbs that sit before the verb; the negation goes before them ("do not always ..."). */
const PRE_VERB_ADVERBS = new Set(['always', 'often', 'usually', 'really', 'actually', 'also', 'still', 'generally', 'commonly', 'typically', 'normally', 'all', 'both', 'each', 'literally', 'definitely', 'certainly', 'truly', 'somehow', 'secretly', 'once', 'originally', 'first']);
const NEGATOR = /\b(?:not|never|no|none|nobody|nothing|nowhere|neither|nor|cannot)\b|n['’]t\b/i;

/**
 * "MSG causes headaches", "Drinking coffee stunts your growth": the tagger
 * files the verb as a plural noun. A word in -s after a noun (or an acronym
 * the tagger took for a verb) and before an object is the verb; not after a
 * determiner or quantifier ("all novels this week"). Re-tags it in place.
 */
export function retagVerbs(terms: Term[]): void {
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i]!;
    const prev = terms[i - 1]!;
    // Only before the first verb the tagger did find: that one is the clause's own.
    if (t.tags.has('Verb') && FINITE_TAGS.some((f) => t.tags.has(f))) return;
    // "carrots improve night vision": a plural subject, then a word the lexicon knows as a verb.
    if ((prev.tags.has('Plural') || /^(?:we|they|you|i|people)$/.test(prev.lower)) && !t.tags.has('Verb') && tagsOf(t.lower).includes('Infinitive')) {
      t.tags.add('Verb');
      t.tags.add('PresentTense');
      return;
    }
    if (i >= terms.length - 1) break;
    if (!/^[a-z]{3,}[^s]s$/.test(t.lower) || !t.tags.has('Noun')) continue;
    const next = terms[i + 1]!;
    const afterSubject = (prev.tags.has('Noun') || i === 1) && !prev.tags.has('Determiner') && !prev.tags.has('Adjective') && !prev.tags.has('Preposition') && !prev.tags.has('Value');
    const beforeObject =
      next.tags.has('Possessive') || next.tags.has('Plural') || next.tags.has('Uncountable') || next.tags.has('Determiner') || next.tags.has('Value') ||
      /^(?:the|a|an|his|her|their|our|my|your|its|him|them|us|me|it|many|most|some|all|both|every|each|any|more|less)$/.test(next.lower);
    if (afterSubject && beforeObject) {
      t.tags.add('Verb');
      t.tags.add('PresentTense');
      return;
    }
  }
}

/**
 * The main verb among tagged terms: the first finite verb after the subject.
 * A verb the tagger filed as a noun is re-tagged as a verb in `terms`.
 */
export function verbTerm(terms: Term[]): number | null {
  retagVerbs(terms);
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i]!;
    if (!t.tags.has('Verb')) continue;
    if (t.tags.has('Gerund') && !AUX.has(terms[i - 1]!.lower)) continue;
    if (t.tags.has('Infinitive') && terms[i - 1]!.lower === 'to') continue;
    // A particle tagged as part of a phrasal verb ("stays in") is not a verb of its own.
    if (!(t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Infinitive') || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary'))) continue;
    return i;
  }
  return null;
}

/**
 * The clause with the negation inside it, in place (same casing, same
 * punctuation): "vaccines cause autism" -> "vaccines do not cause autism",
 * "humans only use 10% of their brains" -> "humans do not use only 10% of
 * their brains". Null when the clause is already negative or no verb is
 * found; then the repair is to remove the claim.
 */
export function negateClause(text: string): string | null {
  if (NEGATOR.test(text)) return null;
  const lead = /^[\s"'“‘(*_]*/.exec(text)![0].length;
  const body = text.slice(lead);
  // "all swans are white" -> "not all swans are white", not "all swans are not white".
  if (/^(?:all|every|everyone|everybody|everything|each)\b/i.test(body)) return `${text.slice(0, lead)}${/^\p{Lu}/u.test(body) ? 'Not' : 'not'} ${body[0]!.toLowerCase()}${body.slice(1)}`;
  const fast = negateByLexicon(body);
  if (fast !== null) return text.slice(0, lead) + fast;
  const terms = tagged(body);
  const v = verbTerm(terms);
  if (v === null) {
    // No verb the tagger trusts: the lexicon's rewrite, when it has one.
    return negateSentence(text);
  }
  const verb = terms[v]!;
  let insertAt = verb.start;
  if (AUX.has(verb.lower)) return text.slice(0, lead) + `${body.slice(0, verb.end)} not${body.slice(verb.end)}`;
  if (HAVE.has(verb.lower)) {
    const next = terms[v + 1];
    const participle = next && (next.tags.has('Participle') || next.tags.has('PastTense') || /(?:ed|en|wn|un|ght)$/.test(next.lower) || next.lower === 'been');
    if (participle) return text.slice(0, lead) + `${body.slice(0, verb.end)} not${body.slice(verb.end)}`;
    const aux = verb.lower === 'had' ? 'did' : verb.lower === 'has' ? 'does' : 'do';
    return text.slice(0, lead) + `${body.slice(0, verb.start)}${aux} not have${body.slice(verb.end)}`;
  }
  const past = verb.tags.has('PastTense');
  const third = !past && !verb.tags.has('Infinitive') && /[^s]s$|[sxz]es$|[cs]hes$/.test(verb.lower);
  const base = past ? toInfinitive(verb.text, 'past') : third ? toInfinitive(verb.text, 'present') : verb.lower;
  if (!base) return negateSentence(text);
  const aux = past ? 'did' : third ? 'does' : 'do';
  // "humans only use 10%": "only" moves after the verb ("do not use only 10%");
  // other adverbs stay after the negation ("do not always ...").
  let only = false;
  for (let k = v - 1; k >= 1 && (PRE_VERB_ADVERBS.has(terms[k]!.lower) || terms[k]!.lower === 'only'); k--) {
    insertAt = terms[k]!.start;
    if (terms[k]!.lower === 'only') only = true;
  }
  const between = body.slice(insertAt, verb.start).replace(/\bonly\s+/i, '');
  const out = `${body.slice(0, insertAt)}${aux} not ${between}${base}${only ? ' only' : ''}${body.slice(verb.end)}`;
  return text.slice(0, lead) + out;
}

/**
 * The fast path: the first auxiliary, or a verb the lexicon files as past or
 * present tense, after the first word, with no verb-like word before it
 * ("we swallow eight spiders" has one the lexicon only knows as an
 * infinitive: the tagger decides that one). Null when unsure.
 */
function negateByLexicon(body: string): string | null {
  const tokens = tokenize(body).filter((t) => WORD.test(t.text));
  for (let i = 1; i < tokens.length && i < 8; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!.lower;
    if (PRE_VERB_ADVERBS.has(t.lower) || t.lower === 'only' || t.lower === 'not' || t.lower === 'never') return null;
    if (AUX.has(t.lower)) return `${body.slice(0, t.end)} not${body.slice(t.end)}`;
    if (HAVE.has(t.lower)) return null;
    const tags = tagsOf(t.lower);
    if (tags.includes('PastTense') || (tags.includes('PresentTense') && !tags.includes('Infinitive'))) {
      if (DETERMINERS.has(prev)) return null;
      const past = tags.includes('PastTense');
      const base = toInfinitive(t.text, past ? 'past' : 'present');
      if (!base) return null;
      return `${body.slice(0, t.start)}${past ? 'did' : /s$/.test(t.lower) ? 'does' : 'do'} not ${base}${body.slice(t.end)}`;
    }
    // A word that may be the verb but is not filed as finite: let the tagger decide.
    if (tags.includes('Infinitive') || tags.length === 0 && /(?:[^s]s|ed)$/.test(t.lower)) return null;
  }
  return null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** A clause as a sentence of its own: outer quotes off, first letter up, one full stop. */
export function asSentence(text: string): string {
  let t = text.trim().replace(/[\s.,;:!]+$/, '');
  t = t.replace(/^["'“‘]+|["'”’]+$/g, '').trim().replace(/[\s.,;:!]+$/, '');
  if (t === '') return t;
  return `${t[0]!.toUpperCase()}${t.slice(1)}.`;
}

/** Whether the clause is negated in its own words ("bats cannot see"). */
export function isNegative(text: string): boolean {
  return localNegation(text) !== null || NEGATOR.test(text);
}

const STOP = new Set(
  ('this that these those have been were they them their there with from your what which about would could should ' +
    'because does more most some than then into only also very much many such just like make made when will each other ' +
    'people myth myths fact facts true false claim claims really actually often always every being after before while ' +
    'where whether since until among over under still even ever here shows show says said think believe believed')
    .split(' '),
);

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    const w = t.lower.replace(/['’]s$/, '');
    if (w.length >= 4 && /^\p{L}/u.test(w) && !STOP.has(w)) out.add(w.length > 5 ? w.replace(/(?:es|s)$/, '') : w);
    else if (/\d/.test(w) && w.length >= 2) out.add(w);
  }
  return out;
}

/** Two sentences about the same thing: they share a content word (a name, a noun, a number). */
export function sharesTopic(a: string, b: string): boolean {
  const wa = contentWords(a);
  if (wa.size === 0) return false;
  for (const w of contentWords(b)) if (wa.has(w)) return true;
  return false;
}

