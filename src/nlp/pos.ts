import { nlp } from './compromise.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconDir } from './lexicon.js';
import { contractionAuxiliary, isNegatedContraction, type Token } from './tokens.js';
import { memoize } from '../text/memo.js';

/**
 * Coarse parts of speech from closed word classes and compromise's lexicon
 * and conjugation tables, without running its tagger: a dictionary lookup
 * costs microseconds where tagging a sentence costs milliseconds, and the
 * clause structure we need (subject, verb group, complement) needs no more.
 *
 * A word may have several tags ("report" is a noun and a verb); callers ask
 * `has(token, tag)` and decide by position.
 */
export type Tag =
  | 'det' | 'pron' | 'poss' | 'noun' | 'propn' | 'adj' | 'adv' | 'prep' | 'conj' | 'sconj' | 'wh'
  | 'cop' | 'aux' | 'modal' | 'possibility' | 'past' | 'pres' | 'inf' | 'part' | 'ger' | 'neg' | 'num' | 'to' | 'there' | 'punct' | 'symbol';

const CLOSED: Record<string, Tag[]> = Object.create(null);
function closed(tag: Tag, words: string) {
  for (const w of words.split(' ')) (CLOSED[w] ??= []).push(tag);
}
closed('det', 'the a an this that these those every each all any some no another such both either neither which what whatever whichever');
closed('pron', "i me we us you he him she her it they them myself ourselves yourself yourselves himself herself itself themselves one someone somebody anyone anybody everyone everybody something anything everything nothing nobody none this that these those who whom");
closed('poss', "my our your his her its their whose");
closed('prep', 'of in on at by for from with without about into onto upon over under above below beneath behind beyond across through throughout during before after since until till via per against among amongst between toward towards around near within inside despite like unlike as than off out up down along amid regarding concerning including except');
closed('conj', 'and or but nor yet so plus');
closed('sconj', 'because although though if unless whereas while whilst when whenever where wherever since until once that whether lest after before');
closed('wh', 'what which who whom whose why how where when');
closed('cop', "is are was were be been being am 's 're 'm isn't aren't wasn't weren't ain't");
closed('aux', "has have had having 've 'd do does did doesn't don't didn't hasn't haven't hadn't");
closed('modal', "can could will would shall should may might must 'll can't cannot couldn't won't wouldn't shan't shouldn't mightn't mustn't ought");
// Modals of possibility: "it may be fabricated" doubts a text where "it is fabricated" denies it.
closed('possibility', "may might could mightn't");
closed('neg', 'not never');
closed('to', 'to');
closed('there', 'there');

interface Tables {
  lexicon: Record<string, string | string[]>;
  verb: { toInfinitive(word: string, model: unknown, tense: string): string; conjugate(word: string, model: unknown): Record<string, string> };
  noun: { toPlural(word: string, model: unknown): string };
  model: unknown;
}
let tables: Tables | undefined;

export function compromiseTables(): Tables {
  if (!tables) {
    const n = nlp();
    const model = n.model() as { one: { lexicon: Tables['lexicon'] } };
    const methods = n.methods() as { two: { transform: { verb: Tables['verb']; noun: Tables['noun'] } } };
    tables = { lexicon: model.one.lexicon, verb: methods.two.transform.verb, noun: methods.two.transform.noun, model };
  }
  return tables;
}

const FROM_COMPROMISE: Record<string, Tag[]> = {
  Noun: ['noun'], Singular: ['noun'], Plural: ['noun'], Uncountable: ['noun'], Possessive: ['poss'],
  ProperNoun: ['propn'], Person: ['propn'], FirstName: ['propn'], MaleName: ['propn'], FemaleName: ['propn'], LastName: ['propn'],
  Place: ['propn'], City: ['propn'], Country: ['propn'], Region: ['propn'], Organization: ['propn'], SportsTeam: ['propn'],
  Adjective: ['adj'], Comparable: ['adj'], Superlative: ['adj'], Comparative: ['adj'], Adverb: ['adv'],
  PastTense: ['past'], PresentTense: ['pres'], Infinitive: ['inf'], Gerund: ['ger'], Participle: ['part'], Verb: ['pres'],
  Copula: ['cop'], Modal: ['modal'], Preposition: ['prep'], Conjunction: ['conj'], Determiner: ['det'], Pronoun: ['pron'],
  QuestionWord: ['wh'], Negative: ['neg'], Cardinal: ['num'], Ordinal: ['adj'], Month: ['propn'], WeekDay: ['propn'],
};

/** "please" and how chat spells it. */
export const PLEASE = /^(?:please|pls|plz)$/;

/**
 * "lol", "haha", "ugh", "yikes": compromise's interjections, which stand
 * outside the clause as punctuation does ("none of this is real lol" is not
 * "a real lol"). Not "please", which marks a request, nor a word of a closed
 * class ("no", "yes" is fine).
 */
export function isInterjection(norm: string): boolean {
  if (CLOSED[norm] || PLEASE.test(norm)) return false;
  const tags = lexiconTags(norm);
  return tags.length === 1 && tags[0] === 'Expression';
}

/** compromise's lexicon tags of a word ("constructor" is a word too, not Object's). */
export function lexiconTags(word: string): string[] {
  const lex = compromiseTables().lexicon;
  if (!Object.hasOwn(lex, word)) return [];
  const tags = lex[word]!;
  return typeof tags === 'string' ? [tags] : tags;
}

const wordTags = memoize((word: string): readonly Tag[] => lookup(word), 50_000);

/** The tags a word may have, most likely first. */
const NUM: readonly Tag[] = ['num'];
const PUNCT: readonly Tag[] = ['punct'];
const SYMBOL: readonly Tag[] = ['symbol'];

export function tagsOf(t: Token): readonly Tag[] {
  if (t.kind === 'num') return NUM;
  if (t.kind === 'punct') return PUNCT;
  if (t.kind === 'symbol') return SYMBOL;
  return (t.tags ??= wordTags(t.norm)) as readonly Tag[];
}

/** "it's", "we've", "nobody's": a subject and its verb in one word. */
export const SUBJECT_CONTRACTION = /^(it|that|this|there|here|what|who|he|she|they|you|we|i|everything|nothing|none|nobody|somebody|someone|everyone|everybody|anyone|anybody|which|where|how|let)'(s|re|m|ve|ll|d)$/;

function lookup(w: string): Tag[] {
  const out: Tag[] = [...(CLOSED[w] ?? [])];
  // "it's", "we've", "I'm", "that'll": a pronoun and a verb in one word.
  const sc = SUBJECT_CONTRACTION.exec(w);
  if (sc) {
    out.push(sc[1] === 'there' ? 'there' : 'pron');
    out.push(sc[2] === 's' || sc[2] === 're' || sc[2] === 'm' ? 'cop' : sc[2] === 'll' || sc[2] === 'd' ? 'modal' : 'aux');
    return out;
  }
  if (isNegatedContraction(w)) {
    const aux = contractionAuxiliary(w);
    for (const t of CLOSED[aux] ?? ['aux']) if (!out.includes(t)) out.push(t as Tag);
    out.push('neg');
  }
  for (const tag of lexiconTags(w)) for (const t of Object.hasOwn(FROM_COMPROMISE, tag) ? FROM_COMPROMISE[tag]! : []) if (!out.includes(t)) out.push(t);
  // Regular inflections of a verb the lexicon knows by its infinitive: "required", "proved", "hosts", "carried".
  const inflected = verbInflection(w);
  if (inflected) {
    // "a paper", "the brush": a lemma compromise does not know, which WordNet also files as a noun, may be
    // either; a word compromise knows keeps its reading ("blind", "need", "give").
    if (out.length === 0 && inflected.length === 1 && inflected[0] === 'inf' && isNounToo(w)) out.push('noun');
    for (const t of inflected) if (!out.includes(t)) out.push(t);
  } else if ((out.length === 0 || out.includes('adj')) && !out.some((t) => t === 'past' || t === 'pres' || t === 'inf') && /^[a-z]{3,}$/.test(w)) {
    // An irregular past the lexicon files only as an adjective ("lost", "broken", "hidden") or not at all ("overheard").
    const { verb, model } = compromiseTables();
    const base = verb.toInfinitive(w, model, 'PastTense');
    if (base && base !== w && isInfinitive(base)) out.push('past', 'part');
  }
  if (out.length > 0) return out;
  // A hyphenated compound inflects as its last word: "fact-checked", "hand-picked", "re-written".
  const dash = w.lastIndexOf('-');
  if (dash > 0 && /^[a-z]{3,}$/.test(w.slice(dash + 1))) {
    const last = lookup(w.slice(dash + 1)).filter((t) => t === 'past' || t === 'part' || t === 'ger' || t === 'noun' || t === 'adj');
    if (last.length) return last.includes('past') || last.includes('part') ? [...last, 'adj'] : last;
  }
  // Regular morphology for words the lexicon does not list.
  if (/^[a-z]+ly$/.test(w) && w.length > 4) return ['adv', 'adj'];
  if (/^[a-z]{3,}ing$/.test(w)) return ['ger', 'adj', 'noun'];
  if (/^[a-z]{3,}ed$/.test(w)) return ['past', 'part', 'adj'];
  if (/^[a-z]{2,}(?:ous|ful|ive|able|ible|ic|al|less|ish|ular)$/.test(w)) return ['adj', 'noun'];
  if (/^[a-z]{3,}[^s']s$/.test(w)) return ['noun', 'pres'];
  if (/^[a-z]+'s$/.test(w)) return ['noun', 'poss'];
  return ['noun'];
}

let verbs: Set<string> | undefined;

/** Verb lemmas from WordNet (lexicon/pos/verbs.txt): compromise's lexicon lists few regular verbs. */
function verbLemmas(): Set<string> {
  if (!verbs) {
    const text = readFileSync(join(lexiconDir(), 'pos', 'verbs.txt'), 'utf8');
    verbs = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
  }
  return verbs;
}

let nounVerbs: Set<string> | undefined;

/** Lemmas WordNet lists as nouns and as verbs (lexicon/pos/noun-verbs.txt): "reports" may be either. */
function isNounToo(w: string): boolean {
  if (!nounVerbs) {
    const text = readFileSync(join(lexiconDir(), 'pos', 'noun-verbs.txt'), 'utf8');
    nounVerbs = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
  }
  return nounVerbs.has(w);
}

/** A word English has, as far as the tables tell: compromise's lexicon, WordNet's verbs and their regular forms, its nouns. */
export function isKnownWord(w: string): boolean {
  return lexiconTags(w).length > 0 || verbLemmas().has(w) || isNounToo(w) || verbInflection(w) !== null;
}

function isInfinitive(w: string): boolean {
  return lexiconTags(w).includes('Infinitive') || verbLemmas().has(w);
}

function verbInflection(w: string): Tag[] | null {
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return null;
  // Each ending undone only as English spells it: "carried" -> "carry" but not "sales" -> "say".
  const doubled = (stem: string) => stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? [stem.slice(0, -1)] : [];
  if (w.endsWith('ed')) {
    const stems = [w.slice(0, -2), w.slice(0, -1), ...doubled(w.slice(0, -2)), ...(w.endsWith('ied') ? [`${w.slice(0, -3)}y`] : [])];
    if (stems.some(isInfinitive)) return ['past', 'part'];
  } else if (verbLemmas().has(w)) {
    return ['inf'];
  } else if (w.endsWith('s') && !w.endsWith('ss')) {
    const stems = [w.slice(0, -1), ...(/(?:ss|sh|ch|x|z|o)es$/.test(w) ? [w.slice(0, -2)] : []), ...(w.endsWith('ies') ? [`${w.slice(0, -3)}y`] : [])];
    const verb = stems.find(isInfinitive);
    if (verb !== undefined) return lexiconTags(w).includes('Plural') || isNounToo(verb) ? ['noun', 'pres'] : ['pres'];
  } else if (w.endsWith('ing')) {
    const stems = [w.slice(0, -3), `${w.slice(0, -3)}e`, ...doubled(w.slice(0, -3))];
    if (stems.some(isInfinitive)) return ['ger'];
  }
  return null;
}

export function has(t: Token, tag: Tag): boolean {
  return tagsOf(t).includes(tag);
}

/** A word that can head a verb group: a copula, an auxiliary, a modal or a finite lexical verb. */
export function isVerbal(t: Token): boolean {
  const tags = tagsOf(t);
  return tags.includes('cop') || tags.includes('aux') || tags.includes('modal') || tags.includes('past') || tags.includes('pres');
}

/** Capitalised mid-sentence, or listed as a name or place: a real-world entity is likely here. */
export function isProperName(t: Token, first: boolean): boolean {
  if (t.kind !== 'word') return false;
  // A name is written with a capital: "drew" is a verb, "Drew" may be a name.
  if (!/^\p{Lu}/u.test(t.text)) return false;
  if (has(t, 'propn')) return true;
  return !first && !CLOSED[t.norm];
}

/**
 * The base form of a verb (for rewrites): "won" -> "win". The analysis asks
 * it of the same words over and over (is this a verb of saying?): on a dense
 * document some 50,000 calls of compromise's conjugator for 1,600 words, so
 * it is remembered per word, bounded like wordTags.
 */
export const infinitiveOf: (word: string) => string = memoize((word: string): string => {
  const { verb, model } = compromiseTables();
  const w = word.toLowerCase();
  const list = lexiconTags(w);
  const tense = list.includes('PastTense') ? 'PastTense' : list.includes('PresentTense') ? 'PresentTense' : /ed$/.test(w) ? 'PastTense' : 'PresentTense';
  return verb.toInfinitive(w, model, tense) || w;
}, 4096);
