import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compromiseTables, isKnownWord } from './pos.js';
import { COUNT_WORDS } from './probability.js';
import { matchForm, tokenize } from './tokens.js';

/**
 * The vocabulary as data (lexicon/*.jsonl, one entry per line, the shape in
 * lexicon/schema.json), compiled into phrases of tokens with their senses.
 * Entries list lemmas; this module generates what they stand for: plurals of
 * nouns and every form of verbs from compromise's tables, British and
 * American spellings, and the spaced and joined forms of hyphenated words.
 * A word is written once, in one file, and every rule consults it through
 * the analysis.
 */

export const EPISTEMIC = ['falsity', 'disbelief', 'fiction', 'unreliable', 'unverified', 'improbable', 'bad-example'] as const;
export type EpistemicClass = (typeof EPISTEMIC)[number];
export type LexClass =
  | 'referent' | EpistemicClass | 'negation' | 'probability' | 'debunk' | 'correction' | 'reporting' | 'topic' | 'habit' | 'notice' | 'request' | 'production' | 'refusal';
export type Role = 'noun' | 'described' | 'participle' | 'deixis' | 'quantifier' | 'clause' | 'pronoun' | 'speaker' | 'answer' | 'source' | 'trigger' | 'pseudo' | 'terminator' | 'label' | 'persona' | 'question' | 'apology' | 'content' | 'exposure' | 'association' | 'deceives' | 'estimate';
export type Direction = 'forward' | 'backward' | 'self';
export type Size = 'sentence' | 'block' | 'document' | 'answer' | 'conversation';
export type EntryPos = 'noun' | 'verb' | 'adj' | 'adv' | 'phrase' | 'symbol';
/** Which form of an entry a phrase is: a verb's participle, a noun's plural. */
export type Form = 'lemma' | 'plural' | 'past' | 'part' | 'pres' | 'ger';

export interface Entry {
  phrase: string;
  class: LexClass;
  pos?: EntryPos | EntryPos[];
  role?: Role;
  direction?: Direction;
  size?: Size;
  polarity?: 'negative' | 'positive';
  counterfactual?: boolean;
  produces?: boolean;
  head?: number;
  value?: number;
  note?: string;
  source?: 'wordnet';
}

export interface Sense {
  class: LexClass;
  role?: Role;
  /** The entry's part of speech as this form has it (a verb's participle is 'verb' with form 'part'). */
  pos?: EntryPos;
  form: Form;
  direction?: Direction;
  size?: Size;
  /** 'positive' words assert the opposite of their class: only their negation asserts it. */
  positive: boolean;
  counterfactual: boolean;
  /** A falsity verb that produces falsehood ("make up", "lie"), not one that exposes it ("debunk"). */
  produces: boolean;
  value?: number;
  /** The lemma, for messages and debugging. */
  lemma: string;
  /** "file:line" of the entry. */
  origin: string;
}

export interface Phrase {
  tokens: string[];
  senses: Sense[];
}

export interface Lexicon {
  /** Hash of the sources: a compiled cache is used only when it matches. */
  version: string;
  /** Phrases by their first token, longest first. */
  byFirst: Map<string, Phrase[]>;
  /** Phrasal verbs by their verb form, for objects between verb and particle: "made that up", "making it all up". */
  phrasal: Map<string, Phrase[]>;
  /** Multiword phrases written as one hashtag: "#fakenews", "#notreal", "#satire" is already a word. */
  hashtags: Map<string, Phrase>;
  /** Number of entries read. */
  entries: number;
  /** Misspellings of cue words and the phrase each stands for ("unconfirmd" for "unconfirmed"). */
  misspellings: [string, string][];
}

export interface LexiconSource {
  file: string;
  line: number;
  entry: Entry;
}

/** The lexicon directory of this package (found upwards from this module, so lib/, src/ and dist/ all work). */
export function lexiconDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'lexicon', 'schema.json'))) return join(dir, 'lexicon');
    dir = dirname(dir);
  }
  throw new Error('neglint: the lexicon/ directory is missing from this installation');
}

export function readSources(dir = lexiconDir()): { sources: LexiconSource[]; version: string } {
  const hash = createHash('sha256');
  const sources: LexiconSource[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    hash.update(file).update('\0').update(text);
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let entry: Entry;
      try {
        entry = JSON.parse(line) as Entry;
      } catch (error) {
        throw new Error(`lexicon/${file}:${i + 1}: not JSON (${(error as Error).message})`);
      }
      sources.push({ file, line: i + 1, entry });
    });
  }
  return { sources, version: hash.digest('hex').slice(0, 16) };
}

// ---------------------------------------------------------------- forms

function posList(e: Entry): EntryPos[] {
  return e.pos === undefined ? ['phrase'] : Array.isArray(e.pos) ? e.pos : [e.pos];
}

/** The surface forms of one entry, each with the form it is. */
export function formsOf(e: Entry): { text: string; pos: EntryPos; form: Form }[] {
  const out: { text: string; pos: EntryPos; form: Form }[] = [];
  const words = e.phrase.split(' ');
  for (const pos of posList(e)) {
    out.push({ text: e.phrase, pos, form: 'lemma' });
    if (pos === 'noun') {
      const head = e.head ?? words.length - 1;
      const plural = compromiseTables().noun.toPlural(words[head]!, compromiseTables().model);
      if (plural && plural !== words[head]) out.push({ text: replaceAt(words, head, plural), pos, form: 'plural' });
    } else if (pos === 'verb') {
      const head = e.head ?? 0;
      const c = compromiseTables().verb.conjugate(words[head]!, compromiseTables().model);
      const forms: [string | undefined, Form][] = [
        [c.PastTense, 'past'],
        [c.Participle ?? c.PastTense, 'part'],
        [c.PresentTense, 'pres'],
        [c.Gerund, 'ger'],
      ];
      for (const [form, name] of forms) if (form && !form.includes(' ')) out.push({ text: replaceAt(words, head, form), pos, form: name });
    }
  }
  return out;
}

function replaceAt(words: string[], i: number, w: string): string {
  return words.map((x, k) => (k === i ? w : x)).join(' ');
}

/**
 * "#" in a phrase is a count: "# pints in" is written once and matches "six pints in", "12 pints in",
 * "several pints in". Counts of two to twenty, and the words that count loosely.
 */
const COUNTS = [
  ...COUNT_WORDS,
  ...Array.from({ length: 19 }, (_, k) => String(k + 2)),
  'several',
  'a few',
  'a couple of',
  'many',
  'too many',
  'countless',
];

function counted(text: string): string[] {
  if (!text.split(' ').includes('#')) return [text];
  return COUNTS.map((n) => text.split(' ').map((w) => (w === '#' ? n : w)).join(' '));
}

/** Words that make a word group a phrase rather than a compound: particles, prepositions, determiners, pronouns, auxiliaries. */
const FUNCTION_WORDS = new Set(
  ('a an the of in on at to for from by with as and or but not no nor never so this that these those it its is are was were be been being ' +
    'has have had do does did up out off down over about into onto away back around through under above below after before than then ' +
    'i we you he she they me us them my our your his her their what which who whom how why when where all any some every each more most ' +
    'very just only also too can could may might must shall should will would').split(' '),
);

const OR_OUR = /^(?:rum|hum|behavi|hon|fav|col|lab|neighb|flav|savi|rig|cand|val|od|arm|endeav|harb|vap|clam|glam|parl)or(?:s|ed|ing)?$/;

/** British and American spellings, and hyphenated words spaced and joined: written once, matched every way. */
export function spellings(text: string, compounds = true): string[] {
  const out = new Set([text]);
  const vary = (fn: (w: string) => string | null) => {
    for (const t of [...out]) {
      const words = t.split(' ');
      words.forEach((w, i) => {
        const v = fn(w);
        if (v && v !== w) out.add(replaceAt(words, i, v));
      });
    }
  };
  vary((w) => (/our(s|ed|ing)?$/.test(w) && w.length > 5 ? w.replace(/our(s|ed|ing)?$/, 'or$1') : null));
  // The other way only for the stems English spells both ways ("rumor mill" -> "rumour mill"; not "error").
  vary((w) => (OR_OUR.test(w) ? w.replace(/or(s|ed|ing)?$/, 'our$1') : null));
  vary((w) => (/(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$/.test(w) ? w.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1') : null));
  vary((w) => (/(?<=[a-z]{2})ys(e|es|ed|ing)$/.test(w) ? w.replace(/ys(e|es|ed|ing)$/, 'yz$1') : null));
  for (const t of [...out]) {
    if (!t.includes('-')) continue;
    out.add(t.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
    out.add(t.replace(/(?<=\p{L})-(?=\p{L})/gu, ''));
  }
  // A compound of content words is written hyphenated too ("a junk-mail folder", "content-farm output"); a word
  // group with a function word is not a compound ("made up" is "made-up" only as its own entry, "make up" never).
  // A word that counts only when denied is not joined: "real life" is denied as a predicate, while "real-life"
  // only modifies ("we have not found a real-life wormhole").
  for (const t of compounds ? [...out] : []) {
    const words = t.split(' ');
    if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{L}{2,}$/u.test(w) && !FUNCTION_WORDS.has(w))) out.add(words.join('-'));
  }
  return [...out];
}

// ---------------------------------------------------------------- compile

export function compile(sources: LexiconSource[], version: string): Lexicon {
  const byKey = new Map<string, Phrase>();
  for (const { file, line, entry } of sources) {
    const origin = `${file}:${line}`;
    for (const f of formsOf(entry).flatMap((x) => counted(x.text).map((text) => ({ ...x, text })))) {
      for (const text of spellings(f.text, entry.polarity !== 'positive')) {
        // As a sentence's words are matched: a possessive without its "'s" ("anyone's guess", "the author's note").
        const tokens = tokenize(text).map((t) => matchForm(t.norm));
        if (tokens.length === 0) continue;
        const key = tokens.join(' ');
        let phrase = byKey.get(key);
        if (!phrase) byKey.set(key, (phrase = { tokens, senses: [] }));
        const sense: Sense = {
          class: entry.class,
          role: entry.role,
          pos: f.pos,
          form: f.form,
          direction: entry.direction,
          size: entry.size,
          positive: entry.polarity === 'positive',
          counterfactual: entry.counterfactual === true,
          produces: entry.produces === true,
          value: entry.value,
          lemma: entry.phrase,
          origin,
        };
        if (!phrase.senses.some((s) => s.class === sense.class && s.role === sense.role && s.pos === sense.pos && s.form === sense.form)) phrase.senses.push(sense);
      }
    }
  }
  const misspellings = misspellingsOf(byKey);
  return indexed([...byKey.values()], misspellings, version, sources.length);
}

function indexed(phrases: Phrase[], misspellings: [string, string][], version: string, entries: number): Lexicon {
  const byFirst = new Map<string, Phrase[]>();
  const add = (p: Phrase) => {
    const list = byFirst.get(p.tokens[0]!) ?? [];
    list.push(p);
    byFirst.set(p.tokens[0]!, list);
  };
  phrases.forEach(add);
  // A misspelling shares its word's senses; it is a phrase of its own so the scan and the analysis find it.
  const one = new Map(phrases.filter((p) => p.tokens.length === 1).map((p) => [p.tokens[0]!, p]));
  for (const [variant, word] of misspellings) {
    const p = one.get(word);
    if (p && !byFirst.has(variant)) add({ tokens: [variant], senses: p.senses });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { version, byFirst, phrasal: phrasalIndex(byFirst), hashtags: hashtagIndex(byFirst), entries, misspellings };
}

/** Classes whose words are worth matching misspelt: the cues, and the words that make a number a probability. */
const MISSPELT_CLASSES = new Set<string>([...EPISTEMIC, 'probability']);

/**
 * Misspellings of long cue words, as hurried or non-native writers make
 * them: one interior letter dropped ("unconfirmd", "probabilty",
 * "fictitous") or two interior letters swapped ("fabircated"). The first
 * and last letters stay (a change there makes another word: "disputed",
 * "dispute"), a word of seven letters only has its swaps ("beleive") and a
 * shorter one none (their variants are too often other words), and a variant that is a word itself (compromise's
 * lexicon, WordNet's verbs and their inflections) or another entry is not one.
 */
function misspellingsOf(byKey: Map<string, Phrase>): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const [key, p] of byKey) {
    if (p.tokens.length !== 1 || key.length < 7 || !/^[a-z]+$/.test(key) || !p.senses.some((x) => MISSPELT_CLASSES.has(x.class))) continue;
    const variants = new Set<string>();
    if (key.length >= 8) for (let i = 1; i < key.length - 1; i++) variants.add(key.slice(0, i) + key.slice(i + 1));
    for (let i = 1; i < key.length - 2; i++) if (key[i] !== key[i + 1]) variants.add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
    for (const v of variants) {
      if (byKey.has(v) || seen.has(v) || isKnownWord(v)) continue;
      seen.add(v);
      out.push([v, key]);
    }
  }
  // Two words one edit from the same variant: it stands for neither.
  const count = new Map<string, number>();
  for (const [v] of out) count.set(v, (count.get(v) ?? 0) + 1);
  return out.filter(([v]) => count.get(v) === 1).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const PARTICLES = new Set(['up', 'out', 'off', 'on', 'down', 'away', 'around', 'over', 'together', 'through', 'back']);

function phrasalIndex(byFirst: Map<string, Phrase[]>): Map<string, Phrase[]> {
  const out = new Map<string, Phrase[]>();
  for (const list of byFirst.values()) {
    for (const p of list) {
      if (p.tokens.length !== 2 || !PARTICLES.has(p.tokens[1]!) || !p.senses.some((x) => x.pos === 'verb')) continue;
      const l = out.get(p.tokens[0]!) ?? [];
      l.push(p);
      out.set(p.tokens[0]!, l);
    }
  }
  return out;
}

function hashtagIndex(byFirst: Map<string, Phrase[]>): Map<string, Phrase> {
  const out = new Map<string, Phrase>();
  for (const list of byFirst.values()) {
    for (const p of list) {
      if (p.tokens.length < 2 || p.tokens.length > 3 || !p.tokens.every((t) => /^[a-z]+$/.test(t))) continue;
      const joined = p.tokens.join('');
      if (!out.has(joined)) out.set(joined, p);
    }
  }
  return out;
}

/** Problems a reviewer must fix before an entry can be used: the checks the schema cannot express. */
export function lintSources(sources: LexiconSource[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const epistemic = new Map<string, string>();
  for (const { file, line, entry } of sources) {
    const at = `lexicon/${file}:${line}`;
    const key = `${entry.phrase}\u0000${entry.class}\u0000${entry.role ?? ''}`;
    if (seen.has(key)) problems.push(`${at}: "${entry.phrase}" (${entry.class}) is already listed at ${seen.get(key)}`);
    else seen.set(key, at);
    if ((EPISTEMIC as readonly string[]).includes(entry.class)) {
      const before = epistemic.get(entry.phrase);
      if (before) problems.push(`${at}: "${entry.phrase}" is already an epistemic word at ${before}: a word has one class`);
      else epistemic.set(entry.phrase, `${at} (${entry.class})`);
    }
    if (entry.phrase !== entry.phrase.toLowerCase()) problems.push(`${at}: write "${entry.phrase}" in lower case`);
  }
  return problems;
}

// ---------------------------------------------------------------- load

let cached: Lexicon | undefined;

/**
 * The compiled lexicon. `npm run build` writes lib/lexicon.compiled.json; it
 * is used when its version matches the sources, so a run over clean text
 * need not load compromise at all. Otherwise the sources are compiled here.
 */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const { sources, version } = readSources(lexiconDir());
  return (cached = prebuiltLexicon(version) ?? compile(sources, version));
}

/** lib/lexicon.compiled.json when its version is the sources' (read once: the engine asks before it compiles the scanner). */
function prebuiltLexicon(version: string): Lexicon | undefined {
  const prebuilt = join(lexiconDir(), '..', 'lib', 'lexicon.compiled.json');
  if (!existsSync(prebuilt)) return undefined;
  try {
    const data = JSON.parse(readFileSync(prebuilt, 'utf8')) as { version: string; phrases: Phrase[]; entries: number; misspellings?: [string, string][] };
    if (data.version !== version || !data.misspellings) return undefined;
    return indexed(data.phrases, data.misspellings, version, data.entries);
  } catch {
    // A damaged cache is rebuilt by compile(), never trusted.
    return undefined;
  }
}

/**
 * Whether a compiled lexicon is available without compromise (tests and the
 * engine's lazy loading ask). When it is, it is kept: lexicon() would read,
 * hash and parse the same files again right after.
 */
export function lexiconNeedsCompromise(): boolean {
  if (cached) return false;
  cached = prebuiltLexicon(readSources(lexiconDir()).version);
  return cached === undefined;
}

export function serialize(lex: Lexicon): string {
  const phrases: Phrase[] = [];
  const misspelt = new Set(lex.misspellings.map(([v]) => v));
  for (const list of lex.byFirst.values()) for (const p of list) if (!(p.tokens.length === 1 && misspelt.has(p.tokens[0]!))) phrases.push(p);
  phrases.sort((a, b) => (a.tokens.join(' ') < b.tokens.join(' ') ? -1 : 1));
  return JSON.stringify({ version: lex.version, entries: lex.entries, phrases, misspellings: lex.misspellings });
}

/** No phrase: one shared empty list, as most tokens start no phrase (read-only, hence frozen). */
const NO_PHRASES: readonly Phrase[] = Object.freeze([]);

/** Phrases of the lexicon that match the tokens starting at i, longest first. */
export function matchesAt(lex: Lexicon, norms: readonly string[], i: number): readonly Phrase[] {
  const list = lex.byFirst.get(norms[i]!);
  if (!list) return NO_PHRASES;
  const out: Phrase[] = [];
  for (const p of list) {
    if (i + p.tokens.length > norms.length) continue;
    let ok = true;
    for (let k = 1; k < p.tokens.length; k++) {
      if (norms[i + k] !== p.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(p);
  }
  return out;
}
