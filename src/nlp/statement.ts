import type { Direction, EpistemicClass, Role, Sense, Size } from './lexicon.js';
import { EPISTEMIC } from './lexicon.js';
import { has, infinitiveOf, isProperName, isVerbal, lexiconTags } from './pos.js';
import { isNegatedContraction, type Token } from './tokens.js';
import { LOW_PROBABILITY, probabilitiesIn, type Probability } from './probability.js';
import { argumentOf, BOUNDARY, REGARDS, type Argument } from './predication.js';
import { hasClass, lexicalHits, LINKING, maskGluedTag, mayMentionProbability, mentionsProbability, sensesAt, structureOf, type Clause, type Hit, type Structure } from './structure.js';
import { memoize } from '../text/memo.js';
import { GIVEN_AT, LOW_VALUE, LOW_VALUE_IN } from './values.js';

/**
 * One analysis of a sentence, which every rule consults: does it say
 * something about other text (that it is false, invented, fiction, from an
 * unreliable source, unverified, improbable, or an example of what not to
 * do), and which text does it point at?
 *
 * A statement needs two things in one clause: an epistemic class whose
 * polarity holds ("fabricated"; "not real"; not "not false") and a referent
 * that names text ("the piece presented below", "what you are about to
 * read", "it" in a notice, "the assistant's replies", "I" reporting what I
 * wrote). Or it is a notice without a verb at the edge of a text
 * ("*** SATIRE DESK ***"), or a label on the claim in its own sentence
 * ("MYTH: X"), or an operator over an embedded clause ("It is not true that
 * X"). A sentence about the world ("The vote never took place") has no text
 * referent and is never a statement: its negation is local, which training
 * learns correctly.
 */

export type Form =
  /** A statement about text: "The account below is fabricated", "I made that up", "Ignore the above". */
  | 'meta'
  /** A verbless notice: "SATIRE — NOT AN ACTUAL REPORT", "[corrupted sample ends]". */
  | 'notice'
  /** A label on the claim beside it: "MYTH: X", "X || RATING: FABRICATED", "Confidence: 0.04". */
  | 'label'
  /** An operator over a clause of the same sentence: "It is not true that X", "The notion that X is a myth". */
  | 'embedded'
  /** An instruction asking for false or bad text: "Make up a fact about X", "Answer incorrectly". */
  | 'request';

export type Pointing = Direction | 'anaphoric' | 'definite' | 'none';

export interface Referent {
  start: number;
  end: number;
  role: Role;
  pointing: Pointing;
  size?: Size;
  /** Names the assistant or its answers ("assistant replies", "your answers", "my next message"). */
  answer: boolean;
  /** Names the speaker's own words ("I", "we", "the author"). */
  speaker: boolean;
  /** "you" without an answer noun: the assistant only when a system or user turn says it. */
  addressee?: boolean;
  /** The reader's reading names the text ("You have just read …"): the token after its verb, where what is read begins. */
  readTo?: number;
}

export interface Statement {
  class: EpistemicClass;
  form: Form;
  /** The cue: the class word (or probability) the statement depends on, as offsets in the sentence. */
  cueStart: number;
  cueEnd: number;
  referent?: Referent;
  /** For embedded and label statements: the claim inside this sentence. */
  claimStart?: number;
  claimEnd?: number;
  /** The stated probability, for improbable statements that give one. */
  probability?: number;
  /** Counterfactual fiction (alternate history, satire): frames the answer even when only requested. */
  counterfactual: boolean;
  /** The cue describes who speaks as untruthful ("a con artist who lies compulsively"): it can qualify a persona. */
  persona?: boolean;
  /** A tag that follows what it labels ("[citation needed]"), wherever it stands. */
  backward?: boolean;
  /** For embedded statements: how the operator wraps the claim (wrapped-negation's `ignore` option names these). */
  wrapper?: Wrapper;
}

export type Wrapper = 'extraposed' | 'false-noun' | 'noun-predicate' | 'refuted' | 'contrary' | 'belief-adverb' | 'belief-denied' | 'appositive' | 'subject' | 'hedge' | 'report';

export interface SentenceAnalysis {
  statements: Statement[];
  /** Talks about text at all (a referent in a clause), with or without a class: part of a notice. */
  meta: boolean;
  /** Names text by a noun, a pointer or a clause ("this piece", "the following", "what follows"), not only "it". */
  textual: boolean;
  /** How the text it names is pointed at, for each textual referent ("forward" for "the article below"). */
  pointing: Pointing[];
  /** Classes said of who produced a text ("He has a perjury conviction", "the model hallucinates"): counted inside a notice. */
  sourceCues: { class: EpistemicClass; cueStart: number; cueEnd: number; probability?: number; /** A speaker's bare "we do not know": counts only in a notice that names the text. */ ignorance?: boolean }[];
  /** No finite verb anywhere: a heading, a label, a caption. */
  fragment: boolean;
  question: boolean;
  imperative: boolean;
  /** Negated in its own main clause: "Ed Sheeran did not win". */
  locallyNegated: boolean;
  /** States the truth as a correction: "Actually, Noah Lyles won", "In reality ...". */
  correction: boolean;
  /** Presented as someone's report: "Posts claimed that X". */
  reported: boolean;
  /** Presents the text as a fact-check or debunk. */
  debunk: boolean;
  /** Words that make the sentence an instruction to transform given text: "Rewrite this", "Summarize what he told me". */
  transform: boolean;
  /** "You are ...", "Persona: ...", "The assistant plays ...": describes who speaks the answers. */
  persona: boolean;
}

/** The analysis of a sentence, once per sentence text (bounded like structureOf's). */
export const analyseSentence: (text: string) => SentenceAnalysis = memoize(analyse, 1024);

// ---------------------------------------------------------------- class of a hit

const EPISTEMIC_SET = new Set<string>(EPISTEMIC);

function epistemicSense(hit: Hit): Sense | undefined {
  return hit.senses.find((x) => EPISTEMIC_SET.has(x.class));
}

/** After a perfect's auxiliary a participle is the verb, not an adjective on the noun after it: "Nobody has checked the figures below". */
const PERFECT = /^(?:has|have|had|having|hasn't|haven't|hadn't)$|^\w+'(?:s|ve|d)$/;

/** The hit's epistemic sense as it is used here. */
function senseHere(s: Structure, hit: Hit): Sense | undefined {
  const first = epistemicSense(hit);
  if (first?.pos !== 'adj' || hit.from === 0 || !PERFECT.test(s.norms[hit.from - 1]!)) return first;
  return hit.senses.find((x) => EPISTEMIC_SET.has(x.class) && x.pos === 'verb' && (x.form === 'part' || x.form === 'past')) ?? first;
}

/** The class a hit asserts here, after negation: "fabricated" -> falsity, "not true" -> falsity, "not fabricated" -> none. */
function effectiveClass(s: Structure, hit: Hit): EpistemicClass | null {
  const sense = senseHere(s, hit);
  if (!sense) return null;
  let negated = s.negated[hit.from] === true;
  // An adjective on a noun ("No legitimate evidence supports these false claims") is negated by a
  // determiner ("no", "none") only inside the determiner's own phrase; "not" and "never" negate the
  // whole predicate ("does not describe a real achievement").
  const next = s.tokens[hit.to];
  // ("The station verified nothing": a negative object is no noun the word modifies.)
  if (negated && sense.pos === 'adj' && next && next.kind === 'word' && (has(next, 'noun') || has(next, 'propn')) && !has(next, 'cop') && !has(next, 'aux') && !s.triggers.includes(hit.to)) {
    negated = s.triggers.some((t) => {
      if (t >= hit.from) return false;
      const verbal = /^(?:not|never)$/.test(s.norms[t]!) || isNegatedContraction(s.norms[t]!);
      return verbal || (t >= hit.from - 3 && !s.tokens.slice(t + 1, hit.from).some((x) => isVerbal(x) && !has(x, 'adj')));
    });
  }
  // A class noun that is the object of a negated verb keeps its class: "Don't believe the myth that X" denies
  // believing, not the myth; "It is not a myth" and "no myth" deny the noun itself.
  // ("You don't have to lie": after "to" the word is the verb, and the negation denies it.)
  if (negated && !sense.positive && sense.pos === 'noun' && s.norms[hit.from - 1] !== 'to') {
    const trigger = [...s.triggers].reverse().find((t) => t < hit.from);
    if (trigger !== undefined) {
      const between = s.tokens.slice(trigger + 1, hit.from);
      const lexicalVerb = between.some((x) => isVerbal(x) && !has(x, 'cop') && !has(x, 'aux') && !has(x, 'modal')) || between.some((x) => has(x, 'inf') && !has(x, 'noun'));
      if (lexicalVerb && !/^(?:no|none)$/.test(s.norms[trigger]!)) negated = false;
    }
  }
  if (!(sense.positive ? negated : !negated)) return null;
  return sense.class === 'falsity' && possibly(s, hit.from) ? 'unverified' : (sense.class as EpistemicClass);
}

/**
 * A modal of possibility heads the verb group before a falsity word: "this might not be the case", "the
 * article may contain errors", "it could be made up" doubt the text rather than deny it, so they are
 * uncertainty. "could not have happened" and "could never be true" still deny.
 */
function possibly(s: Structure, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const t = s.tokens[i]!;
    if (has(t, 'possibility')) {
      const after = s.norms[i + 1] ?? '';
      return !(s.norms[i] === 'could' && (after === 'not' || after === 'never')) && s.norms[i] !== "couldn't";
    }
    if (t.kind !== 'word' || !(isVerbal(t) || has(t, 'adv') || has(t, 'neg') || has(t, 'det') || has(t, 'adj') || has(t, 'to'))) return false;
    if (has(t, 'noun') && !isVerbal(t)) return false;
  }
  return false;
}

interface Cue {
  class: EpistemicClass;
  from: number;
  to: number;
  sense?: Sense;
  probability?: number;
  counterfactual: boolean;
}

function cuesIn(s: Structure, from: number, to: number, probabilities: { value: number; from: number; to: number }[]): Cue[] {
  const out: Cue[] = [];
  // Indexed loops: the analysis asks this of every clause, label and tag of a sentence.
  for (let k = 0; k < s.hits.length; k++) {
    const hit = s.hits[k]!;
    if (hit.from < from || hit.from >= to) continue;
    const cls = effectiveClass(s, hit);
    if (!cls) continue;
    const sense = senseHere(s, hit)!;
    // Generic truth words ("so", "right", "match") assert falsity only when negated right before them.
    out.push({ class: cls, from: hit.from, to: hit.to, sense, counterfactual: sense.counterfactual });
  }
  for (let k = 0; k < probabilities.length; k++) {
    const p = probabilities[k]!;
    if (p.from < from || p.from >= to) continue;
    if (p.value <= LOW_PROBABILITY) out.push({ class: 'improbable', from: p.from, to: p.to, probability: p.value, counterfactual: false });
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * The classes a short text asserts, whatever its structure: a label, a
 * field value, a table cell ("REFUTES", "mostly false", "✗", "confidence
 * 3%"). Negation still counts: "not verified" is unverified, "not false" is
 * nothing.
 */
export function cueClasses(text: string, probabilityContext = true): { class: EpistemicClass; start: number; end: number; probability?: number }[] {
  const s = structureOf(text);
  const probs = probabilitiesIn(text, () => probabilityContext).map((p) => ({ value: p.value, from: tokenIndexAtChar(s, p.start), to: tokenIndexAtChar(s, p.end - 1) + 1 }));
  return cuesIn(s, 0, s.tokens.length, probs).map((c) => ({ class: c.class, start: s.tokens[c.from]!.start, end: s.tokens[c.to - 1]!.end, probability: c.probability }));
}

// ---------------------------------------------------------------- referents

/** "every answer", "every factual answer", "any reply": the quantifier's index before the noun at i (past adjectives), or -1. */
function quantifiedAt(s: Structure, i: number, from: number): number {
  let k = i - 1;
  while (k > from && k > i - 3 && s.tokens[k]!.kind === 'word' && has(s.tokens[k]!, 'adj') && !has(s.tokens[k]!, 'det')) k--;
  return k >= from && /^(?:every|any|all)$/.test(s.norms[k]!) ? k : -1;
}

const POINTING_DET: Record<string, Pointing> = Object.assign(Object.create(null) as Record<string, Pointing>, {
  this: 'self', these: 'self', the: 'definite', that: 'anaphoric', those: 'anaphoric', its: 'anaphoric', their: 'anaphoric',
  // Not "his" or "her": "his supposed transformation" is a person's, not the text's.
  my: 'self', our: 'self', your: 'definite', such: 'anaphoric', said: 'anaphoric',
  // "both responses", "each answer": a determiner that counts the texts it names.
  both: 'definite', each: 'definite', either: 'definite',
});

function referentSense(s: Structure, i: number, role?: Role): Sense | undefined {
  return sensesAt(s, i).find((x) => x.class === 'referent' && (role === undefined || x.role === role));
}

function charSpan(s: Structure, from: number, to: number): { start: number; end: number } {
  return { start: s.tokens[from]!.start, end: s.tokens[to - 1]!.end };
}

/** Skip adjectives, adverbs, numbers and participles between a determiner and its noun: "the entire sporting achievement". */
function nextNoun(s: Structure, i: number, to: number, limit = 4): number {
  for (let k = i, n = 0; k < to && n < limit; k++, n++) {
    const t = s.tokens[k]!;
    if (referentSense(s, k, 'noun') || referentSense(s, k, 'described') || referentSense(s, k, 'answer')) return k;
    if (t.kind !== 'word' && t.kind !== 'num') return -1;
    if (!(has(t, 'adj') || has(t, 'adv') || has(t, 'num') || has(t, 'noun') || has(t, 'part') || has(t, 'past') || has(t, 'ger') || referentSense(s, k))) return -1;
  }
  return -1;
}

/** Units of time: "the next day", "the following season" point along a timeline, not through a text. */
const TIME_NOUN = /^(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|decade|season|century|weekend|spring|summer|autumn|fall|winter|hour|hours|minute|minutes|round|game|match|race|term|semester|quarter|episode|generation|election)$/;

/** "the next day", "the following week": a pointer word that determines a unit of time. */
function beforeWorldNoun(s: Structure, at: number): boolean {
  // "a decade earlier", "two days prior": after a unit of time the pointer measures time.
  if (TIME_NOUN.test(s.norms[at - 2] ?? '')) return true;
  const ordinal = /^(?:last|next|previous|earlier|prior)$/.test(s.norms[at - 1] ?? '');
  // "the last five letters", "the next 3 presidents": a count between the ordinal and its noun; after a
  // count a word that is also a verb is the plural noun.
  let j = at;
  while (ordinal && s.tokens[j] && (s.tokens[j]!.kind === 'num' || has(s.tokens[j]!, 'num'))) j++;
  const counted = j > at;
  const next = s.tokens[j];
  if (!next || next.kind !== 'word') return false;
  if (TIME_NOUN.test(next.norm)) return true;
  // "Unlike earlier social media falsehoods", "previous studies": with no determiner, an ordinal before a
  // modifier or noun that is no text is an adjective of time ("previous answer" still points).
  const determined = !!s.tokens[at - 2] && (has(s.tokens[at - 2]!, 'det') || has(s.tokens[at - 2]!, 'poss'));
  if (ordinal && !counted && !determined && (has(next, 'adj') || has(next, 'noun')) && !isVerbal(next) && !referentSense(s, j)) {
    let h = j;
    while (s.tokens[h + 1]?.kind === 'word' && (has(s.tokens[h]!, 'adj') || has(s.tokens[h + 1]!, 'noun')) && !isVerbal(s.tokens[h + 1]!) && !referentSense(s, h)) h++;
    if (!referentSense(s, h)) return true;
  }
  // "the last emperor", "the next president": an ordinal pointer before a noun the lexicon does not call text
  // ("the following findings" still points).
  return ordinal && has(next, 'noun') && (counted || !isVerbal(next)) && !referentSense(s, j) && !EPISTEMIC_SET.has(sensesAt(s, j)[0]?.class ?? '');
}

/**
 * "the cone last erupted in 1853", "she next visited Rome": a pointer word with no determiner before a
 * lexical verb is an adverb of time ("the following explains" and "below is" still point).
 */
function beforeLexicalVerb(s: Structure, i: number, after: number): boolean {
  const next = s.tokens[after];
  // Only a word of order ("last", "next", "previous"): "below describes" and "above shows" still point.
  if (!next || next.kind !== 'word' || s.norms[i - 1] === 'the' || !has(s.tokens[i]!, 'adj') || /^(?:above|below)$/.test(s.norms[i]!)) return false;
  return isVerbal(next) && !has(next, 'cop') && !has(next, 'aux') && !has(next, 'modal') && !has(next, 'noun') && !has(next, 'adj');
}

/** "Following the success of ...", "preceding the war", "beneath the castle": a pointer word used as a preposition before a noun phrase. */
function prepositional(s: Structure, i: number, after: number): boolean {
  // "twenty years ahead of the targets", "prior to the war": a pointer before "of" or "to" is a preposition.
  if (/^(?:of|to)$/.test(s.norms[after] ?? '') && s.norms[i - 1] !== 'the') return true;
  const spatial = /^(?:below|beneath|above|underneath)$/.test(s.norms[i]!);
  if (!spatial && !/^(?:following|preceding|after|before)$/.test(s.norms[i]!)) return false;
  // "the decade following extended quiescence", "the days preceding the vote": after a noun it is a preposition.
  const prev = s.tokens[i - 1];
  if (!spatial && prev && prev.kind === 'word' && has(prev, 'noun') && !referentSense(s, i - 1) && s.norms[i - 1] !== 'the') return true;
  // "a vault beneath Edinburgh Castle", "above the clouds": before a noun phrase, a place.
  const next = s.tokens[after];
  return !!next && next.kind === 'word' && (has(next, 'det') || has(next, 'poss') || has(next, 'propn') || /^\p{Lu}/u.test(next.text)) && s.norms[i - 1] !== 'the';
}

/** "The described Olympic result": a determiner, a pointing participle, then the noun. */
function participleBefore(s: Structure, noun: number, from: number): { det: number; pointing: Pointing } | null {
  let sawParticiple = false;
  for (let k = noun - 1; k >= from && k >= noun - 5; k--) {
    // "the asserted finish order", "the reported victory": a verb of saying, as a participle, is one too.
    if (referentSense(s, k, 'participle') || (hasClass(s, k, 'reporting') && (has(s.tokens[k]!, 'part') || has(s.tokens[k]!, 'past')))) {
      sawParticiple = true;
      continue;
    }
    const det = POINTING_DET[s.norms[k]!];
    if (det) return sawParticiple ? { det: k, pointing: det } : null;
    const t = s.tokens[k]!;
    if (!(t.kind === 'word' && (has(t, 'adj') || has(t, 'noun') || has(t, 'propn')))) return null;
  }
  return null;
}

/** Verbs of taking a text in: the reader's side of it ("the story you just read", "what you are about to see"). */
const TAKES_IN = /^(?:read|reading|see|seen|saw|seeing|hear|heard|hearing|finish|finished|finishing|view|viewed|viewing|watch|watched|watching|encounter|encountered|peruse|perused|skim|skimmed)$/;

/**
 * "(that) you just read", "you have been reading", "we are about to see", "you're reading": a clause whose
 * subject is the reader and whose verb takes a text in, from `k` on. When the reading happens says where the
 * text lies: already read is before, about to be read after, being read the text itself.
 */
function readerClause(s: Structure, k: number, to: number): { pointing: Pointing; end: number } | null {
  let j = k;
  if (/^(?:that|which)$/.test(s.norms[j] ?? '')) j++;
  const subject = /^(?:you|we)(?:'ve|'re|'ll)?$/.exec(s.norms[j] ?? '');
  if (!subject) return null;
  let ahead = /'ll$/.test(s.norms[j]!);
  let now = /'re$/.test(s.norms[j]!);
  let done = /'ve$/.test(s.norms[j]!);
  for (j++; j < to && j < k + 7; j++) {
    const n = s.norms[j]!;
    if (TAKES_IN.test(n)) {
      const end = j + 1;
      // ("you will see that there is no proof": seeing a fact, not reading a text.)
      if (/^(?:that|how|whether|why|if|what|who)$/.test(s.norms[end] ?? '')) return null;
      const place = referentSense(s, end, 'deixis');
      if (place?.direction && POST_NOMINAL.test(s.norms[end] ?? '')) return { pointing: place.direction, end: end + 1 };
      // ("the text you see", "what you read here": in the present simple the reading is of the text itself.)
      const pointing: Pointing = ahead ? 'forward' : done || /(?:ed|en|ished|read|heard|saw)$/.test(n) && !now ? 'backward' : 'self';
      // What was seen or heard is most often elsewhere ("the claim you've heard", "the video you saw"); only
      // what was read or finished is this text.
      if (pointing !== 'forward' && !/^(?:read|reading|finish|finished|finishing|peruse|perused|skim|skimmed)$/.test(n)) return null;
      return { pointing: now && !done && !ahead ? 'self' : pointing, end };
    }
    if (/^(?:about|going|will|shall|soon|to)$/.test(n)) ahead = true;
    else if (/^(?:are|am|is|'re)$/.test(n)) now = true;
    else if (/^(?:have|has|had|'ve|been|just|already|now|only|recently|all|finally|were|was|did|do)$/.test(n)) done = done || !/^(?:now|only|all|do)$/.test(n);
    else return null;
  }
  return null;
}

/** A pointer after a noun: "the article below", "the events described above", "the text that follows", "the claims in this piece". */
/** Pointers that can follow their noun: "the article below", "the claims above", "the text hereafter" (not "the decade following X"). */
const POST_NOMINAL = /^(?:below|above|hereafter|hereunder|beneath|herein|here|overleaf)$/;

/**
 * "this parody wire story": the text noun that heads a compound, the nouns before it its modifiers. From the
 * first text noun, a later one within two words of the last found takes over.
 */
function compoundHead(s: Structure, noun: number, to: number): number {
  let head = noun;
  for (let k = noun + 1; noun >= 0 && k < Math.min(to, head + 3) && s.tokens[k]!.kind === 'word' && has(s.tokens[k]!, 'noun') && !isVerbal(s.tokens[k]!); k++) if (referentSense(s, k, 'noun')) head = k;
  return head;
}

/** Verbs of producing or taking in text: "everything we write", "nothing you read here". */
const WRITES = /^(?:write|writes|wrote|written|read|reads|say|says|said|tell|tells|told|produce|produces|produced|generate|generates|generated|type|types|typed|post|posts|posted)$/;

const SIDE: Record<string, Pointing> = Object.assign(Object.create(null) as Record<string, Pointing>, { under: 'forward', beneath: 'forward', below: 'forward', after: 'forward', past: 'forward', above: 'backward', before: 'backward' });

function pointerAfter(s: Structure, k: number, to: number): { pointing: Pointing; end: number } | null {
  let j = k;
  // "responses like this", "answers like these", "replies such as this one": the kind shown here.
  if ((s.norms[j] === 'like' || (s.norms[j] === 'such' && s.norms[j + 1] === 'as')) && j < to) {
    const at = s.norms[j] === 'like' ? j + 1 : j + 2;
    if (/^(?:this|these|that|those|the)$/.test(s.norms[at] ?? '')) {
      const inner = s.norms[at] === 'the' ? findReferent(s, at, Math.min(to, at + 4), true) : undefined;
      if (s.norms[at] !== 'the') return { pointing: /^th(?:is|ese)$/.test(s.norms[at]!) ? 'self' : 'anaphoric', end: at + 1 };
      if (inner) return { pointing: inner.pointing, end: tokenIndexAt(s, inner.end) + 1 };
    }
  }
  const reader = readerClause(s, j, s.tokens.length);
  if (reader) return reader;
  const dx = referentSense(s, j, 'deixis');
  if (dx && dx.direction && dx.direction !== 'self' && POST_NOMINAL.test(s.norms[j]!)) return { pointing: dx.direction, end: s.hitAt[j]!.to };
  // "the landing-site detail there isn't accurate": "there" between the noun and its verb points back at it.
  if (s.norms[j] === 'there' && s.tokens[j + 1] && (has(s.tokens[j + 1]!, 'cop') || has(s.tokens[j + 1]!, 'aux') || has(s.tokens[j + 1]!, 'modal'))) return { pointing: 'anaphoric', end: j + 1 };
  const cl = referentSense(s, j, 'clause');
  if (cl && cl.direction && /follow/.test(cl.lemma)) return { pointing: cl.direction, end: s.hitAt[j]!.to };
  // "Fabricated content follows.", "Unverified text follows:": a text noun whose verb is "follows", with no
  // object, is the text after it ("The story follows a young girl" has one).
  if (/^(?:follows|follow)$/.test(s.norms[j] ?? '') && (j + 1 >= s.tokens.length || s.tokens[j + 1]!.kind === 'punct' || /^(?:below|here|now)$/.test(s.norms[j + 1]!))) return { pointing: 'forward', end: j + 1 };
  if (referentSense(s, j, 'participle') || (s.tokens[j] && (has(s.tokens[j]!, 'part') || has(s.tokens[j]!, 'past')))) {
    const after = j + 1;
    const d2 = referentSense(s, after, 'deixis');
    if (d2 && d2.direction && POST_NOMINAL.test(s.norms[after]!)) return { pointing: d2.direction, end: s.hitAt[after]!.to };
    if (referentSense(s, j, 'participle') && s.tokens[after] && /^(?:in|on|by|within|throughout|here|herein)$/.test(s.norms[after]!)) {
      const inner = findReferent(s, after + 1, Math.min(to, after + 6));
      if (inner) return { pointing: inner.pointing, end: Math.max(after + 1, tokenIndexAt(s, inner.end) + 1) };
      if (s.norms[after] === 'here' || s.norms[after] === 'herein') return { pointing: 'self', end: after + 1 };
    }
    j++;
  }
  if (s.tokens[j] && /^(?:in|on|of|within|throughout|from)$/.test(s.norms[j]!)) {
    const inner = findReferent(s, j + 1, Math.min(to, j + 6), true);
    if (inner && inner.pointing !== 'definite') return { pointing: inner.pointing, end: tokenIndexAt(s, inner.end) + 1 };
  }
  // "the text under this heading", "everything after this line", "the lines above this note": a place relative
  // to the text itself points past it.
  const side = SIDE[s.norms[j] ?? ''];
  if (side) {
    const inner = findReferent(s, j + 1, Math.min(to, j + 6), true);
    if (inner && inner.pointing === 'self') return { pointing: side, end: tokenIndexAt(s, inner.end) + 1 };
  }
  return null;
}

function tokenIndexAt(s: Structure, charEnd: number): number {
  for (let k = s.tokens.length - 1; k >= 0; k--) if (s.tokens[k]!.end <= charEnd) return k;
  return 0;
}

// findReferent's tests of a hit's senses, made once (it asks them of every hit of every clause).
const isReferentSense = (x: Sense) => x.class === 'referent' && x.role !== 'source';
const isReportingSense = (x: Sense) => x.class === 'reporting';

/** "by an AI", "from a chatbot": the word at `i` is the object of an agentive preposition (a determiner and modifiers between). */
function agentBefore(s: Structure, i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    if (s.norms[k] === 'by' || s.norms[k] === 'from') return true;
    const t = s.tokens[k]!;
    if (t.kind !== 'word' || !(has(t, 'det') || has(t, 'adj') || has(t, 'noun') || has(t, 'propn')) || isVerbal(t)) return false;
  }
  return false;
}

/** A referent that points at a text, not at a thing it describes: forward, backward, or at itself. */
const pointsAtText = (r: Referent) => r.pointing === 'forward' || r.pointing === 'backward' || r.pointing === 'self';

/** Which of two referents of a span findReferent keeps: pointers first, then answers, the text itself, "it", the speaker. */
function referentRank(x: Referent): number {
  return x.pointing === 'forward' || x.pointing === 'backward' ? 4 : x.answer ? 3 : x.speaker ? 1.5 : x.pointing === 'self' ? 2 : x.pointing === 'anaphoric' ? 1.6 : 0.5;
}

/**
 * The text a span of a clause names, if any. Pointing words decide the
 * direction: "the following", "below", "what follows" point forward;
 * "above", "the preceding", "what you just read" back; "this", "these",
 * "herein" at the text itself; "it", "that" at whatever was just said.
 */
export function findReferent(s: Structure, from: number, to: number, nested = false): Referent | undefined {
  let best: Referent | undefined;
  // "This text was produced by an AI summarizer": who or what made a text, after "by" or "from", is its
  // source, not a text the clause is about ahead of the one named before it.
  let agent = false;
  const better = (r: Referent) => {
    if (!best || (referentRank(r) > referentRank(best) && !agent)) best = r;
  };
  // Made once per call, not per token: the loop runs over every token of every clause asked about.
  const span = (a: number, b: number) => charSpan(s, a, Math.min(b, to));
  for (let i = from; i < to; i++) {
    // "What you have read is a parody", "You have been reading speculative fiction": the reader's reading
    // names the text read. Said of the text itself ("you are reading") the subject is only the listener.
    if (s.norms[i] === 'what' || (/^(?:you|we)(?:'ve|'re|'ll)?$/.test(s.norms[i]!) && (i === from || /^(?:and|but|so|now|as)$/.test(s.norms[i - 1]!)))) {
      const reading = readerClause(s, s.norms[i] === 'what' ? i + 1 : i, s.tokens.length);
      if (reading && (s.norms[i] === 'what' || reading.pointing !== 'self')) {
        better({ ...span(i, reading.end), role: 'clause', pointing: reading.pointing, answer: false, speaker: false, readTo: reading.end });
        continue;
      }
    }
    const hit = s.hitAt[i];
    if (!hit || hit.from !== i) continue;
    agent = agentBefore(s, i, from);
    const sense = hit.senses.find(isReferentSense);
    if (!sense) {
      // "the asserted finish order", "the reported victory", "none of the reporting": what the text asserts,
      // named by a verb of saying after a determiner.
      const det = i > from ? POINTING_DET[s.norms[i - 1]!] : undefined;
      if (!det || !hit.senses.some(isReportingSense)) continue;
      if (has(s.tokens[i]!, 'part') || has(s.tokens[i]!, 'past')) {
        let k = hit.to;
        while (k < to - 1 && s.tokens[k]!.kind === 'word' && (has(s.tokens[k]!, 'adj') || has(s.tokens[k]!, 'noun') || has(s.tokens[k]!, 'propn')) && !isVerbal(s.tokens[k]!) && s.tokens[k + 1]!.kind === 'word' && (has(s.tokens[k + 1]!, 'noun') || has(s.tokens[k + 1]!, 'propn')) && !has(s.tokens[k + 1]!, 'cop')) k++;
        const head = s.tokens[k];
        if (head && head.kind === 'word' && (has(head, 'noun') || has(head, 'propn')) && !has(head, 'cop')) better({ ...span(i - 1, k + 1), role: 'participle', pointing: det, answer: false, speaker: false });
      } else if (has(s.tokens[i]!, 'ger') && !(s.tokens[hit.to] && (has(s.tokens[hit.to]!, 'noun') || has(s.tokens[hit.to]!, 'det')))) {
        better({ ...span(i - 1, hit.to), role: 'noun', pointing: det, answer: false, speaker: false });
      }
      continue;
    }
    switch (sense.role) {
      case 'clause':
        better({ ...span(i, hit.to), role: 'clause', pointing: sense.direction ?? 'self', answer: false, speaker: false });
        break;
      case 'deixis': {
        const noun = compoundHead(s, nextNoun(s, hit.to, to), to);
        if (noun >= 0) {
          const ns = referentSense(s, noun)!;
          const after = pointerAfter(s, s.hitAt[noun]!.to, to);
          // "the following claims": several sentences, a block.
          const nsize = ns.size === 'sentence' && ns.form === 'plural' ? 'block' : ns.size;
          better({
            ...span(i, after ? after.end : s.hitAt[noun]!.to),
            role: ns.role ?? 'noun',
            pointing: after && (sense.direction === 'self' || !sense.direction) ? after.pointing : sense.direction ?? 'self',
            size: nsize,
            answer: ns.role === 'answer' || ns.size === 'answer',
            speaker: false,
          });
        } else if (s.norms[i] === 'here') {
          // "Here is what not to do", "Here's an example": presents what follows; any other "here" is a place.
          const next = s.tokens[hit.to];
          // ("Here it is.", "Here they are." on their own: the same with the pronoun before its verb.)
          const presents = i === 0 && next && /^(?:it|they)$/.test(next.norm) && s.tokens.slice(hit.to + 2).every((t) => t.kind === 'punct');
          const verb = presents ? s.tokens[hit.to + 1] : next;
          if (i === from && verb && (has(verb, 'cop') || /^(?:comes|come|follows|goes)$/.test(verb.norm))) better({ ...span(i, hit.to), role: 'deixis', pointing: 'forward', answer: false, speaker: false });
          else if (/^here's$/.test(s.norms[i]!)) better({ ...span(i, hit.to), role: 'deixis', pointing: 'forward', answer: false, speaker: false });
        } else if (sense.direction && sense.direction !== 'self' && !prepositional(s, i, hit.to) && !beforeWorldNoun(s, hit.to) && !beforeLexicalVerb(s, i, hit.to)) {
          // "the following", "the above", "below", "the preceding": the pointer is the referent.
          better({ ...span(i, hit.to), role: 'deixis', pointing: sense.direction, answer: false, speaker: false });
        } else if (/^(?:this|these|herein)$/.test(s.norms[i]!) && !nested) {
          // "this" alone is a pronoun; "this error" is a determiner of a noun the lexicon does not call text.
          const next = s.tokens[hit.to];
          // ("These methods have not produced ...": a noun the tagger also reads as a verb, before the verb, is the noun.)
          const after = s.tokens[hit.to + 1];
          const determines = !!next && has(next, 'noun') && !!after && after.kind === 'word' && (has(after, 'aux') || has(after, 'cop') || has(after, 'modal'));
          if (s.norms[i] === 'herein' || !next || next.kind !== 'word' || (isVerbal(next) && !determines) || has(next, 'prep') || has(next, 'conj') || has(next, 'adv') || (/^(?:a|an|the)$/.test(next.norm) && REGARDS.test(s.norms[i - 1] ?? ''))) better({ ...span(i, hit.to), role: 'pronoun', pointing: 'self', answer: false, speaker: false });
          // "this one being accurate": "one" stands for the text as "this" alone does.
          else if (next.norm === 'one' && !(s.tokens[hit.to + 1] && has(s.tokens[hit.to + 1]!, 'noun') && !isVerbal(s.tokens[hit.to + 1]!))) better({ ...span(i, hit.to + 1), role: 'pronoun', pointing: 'self', answer: false, speaker: false });
        }
        break;
      }
      case 'noun':
      case 'described':
      case 'answer': {
        let quantifier = -1;
        const after = pointerAfter(s, hit.to, to);
        const det = i > from ? s.norms[i - 1]! : '';
        const detPointing = POINTING_DET[det];
        const possessor = i > from && /'s$/.test(s.norms[i - 1]!) && referentSense(s, i - 1, 'answer');
        if (after) {
          better({ ...span(detPointing ? i - 1 : i, after.end), role: sense.role, pointing: after.pointing, size: sense.size === 'sentence' && sense.form === 'plural' ? 'block' : sense.size, answer: sense.role === 'answer' || sense.size === 'answer', speaker: false });
        } else if (sense.role === 'answer' || possessor) {
          // "assistant replies", "the model's answers", "your responses", "you" in a system prompt.
          const answerNoun = sense.role === 'answer' ? nextNoun(s, hit.to, to, 2) : i;
          const addressee = /^(?:you|your|yourself)$/.test(s.norms[i]!);
          const named = addressee && answerNoun < 0 ? namedByAddressee(s, i) : undefined;
          if (named) {
            better(named);
            break;
          }
          if (addressee && answerNoun < 0 && (s.norms[i] !== 'you' || (i > from && !/^(?:if|when|and|but|so|because|that)$/.test(s.norms[i - 1]!)))) break;
          better({ ...span(detPointing ? i - 1 : i, answerNoun >= 0 ? s.hitAt[answerNoun]!.to : hit.to), role: 'answer', pointing: detPointing === 'self' ? 'self' : 'definite', size: 'answer', answer: true, speaker: false, addressee: addressee && answerNoun < 0 });
        } else if (participleBefore(s, i, from)) {
          // "the described Olympic result", "the purported victory", "the so-called cure"
          const p = participleBefore(s, i, from)!;
          better({ ...span(p.det, hit.to), role: sense.role, pointing: p.pointing, size: sense.size, answer: false, speaker: false });
        } else if (detPointing && (sense.role === 'noun' || detPointing === 'self' || referentSense(s, i - 2, 'participle'))) {
          const isMine = det === 'my' || det === 'our';
          // "both responses", "each answer": counted, they are the record's own answers.
          const counted = /^(?:both|each|either)$/.test(det);
          // "its answers", "their replies": a possessor's answers are answers as "the bot's answers" are.
          const possessed = det === 'its' || det === 'their';
          better({ ...span(i - 1, hit.to), role: sense.role, pointing: detPointing, size: sense.size, answer: (isMine || counted || possessed) && sense.size === 'answer', speaker: isMine });
        } else if (i > from + 1 && referentSense(s, i - 1, 'participle') && POINTING_DET[s.norms[i - 2]!]) {
          // "the described achievement", "the purported victory"
          better({ ...span(i - 2, hit.to), role: sense.role, pointing: POINTING_DET[s.norms[i - 2]!]!, size: sense.size, answer: false, speaker: false });
        } else if (sense.size === 'answer' && (quantifier = quantifiedAt(s, i, from)) >= 0) {
          // "Every factual answer you give must contain an error": all the answers are the answers, as "each
          // answer" is; "every statement" or "any article" is no particular text.
          better({ ...span(quantifier, hit.to), role: sense.role, pointing: 'definite', size: sense.size, answer: true, speaker: false });
        }
        break;
      }
      case 'participle': {
        // "described above" after any noun: "the achievement described below", "the person described".
        const d = referentSense(s, hit.to, 'deixis');
        const prevNoun = i > from && s.tokens[i - 1]!.kind === 'word' && (has(s.tokens[i - 1]!, 'noun') || has(s.tokens[i - 1]!, 'propn'));
        // ("the facts presented here": after a participle, "here" is this text.)
        if (d && d.direction && d.direction !== 'self') better({ ...span(prevNoun ? i - 1 : i, hit.to + 1), role: 'participle', pointing: s.norms[hit.to] === 'here' ? 'self' : d.direction, answer: false, speaker: false });
        else if (prevNoun && POINTING_DET[s.norms[i - 2] ?? ''] && !(s.tokens[hit.to] && s.tokens[hit.to]!.kind === 'word' && (has(s.tokens[hit.to]!, 'prep') || has(s.tokens[hit.to]!, 'det') || has(s.tokens[hit.to]!, 'noun') && !isVerbal(s.tokens[hit.to]!))))
          // "the events described", "the scenario presented", "the person described": the noun the text describes.
          better({ ...span(i - 2, hit.to), role: 'participle', pointing: POINTING_DET[s.norms[i - 2]!]!, answer: false, speaker: false });
        else {
          // "the claimed gold medal", "the described Olympic result": a participle before a noun the text talks about.
          const det = i > from ? POINTING_DET[s.norms[i - 1]!] : undefined;
          let k = hit.to;
          while (k < to && s.tokens[k]!.kind === 'word' && (has(s.tokens[k]!, 'adj') || has(s.tokens[k]!, 'propn')) && !has(s.tokens[k]!, 'noun')) k++;
          if (det && k < to && s.tokens[k]!.kind === 'word' && (has(s.tokens[k]!, 'noun') || has(s.tokens[k]!, 'propn'))) better({ ...span(i - 1, k + 1), role: 'participle', pointing: det, answer: false, speaker: false });
        }
        break;
      }
      case 'quantifier': {
        // "Everything we write together", "nothing I say": what a speaker or listener writes or says is text.
        const said = /^(?:i|you|we|they)$/.test(s.norms[hit.to] ?? '') ? [hit.to + 1, hit.to + 2].find((k) => k < to && WRITES.test(s.norms[k]!)) : undefined;
        if (said !== undefined) {
          better({ ...span(i, said + 1), role: 'quantifier', pointing: 'self', answer: false, speaker: false });
          break;
        }
        // "none of the assertions", "every aspect of the preceding article", "nothing in it", "everything here"
        for (let k = hit.to; k < Math.min(to, hit.to + 4); k++) {
          if (/^(?:of|in|here|herein|above|below|that|said|written|stated)$/.test(s.norms[k]!)) {
            if (/^(?:here|herein)$/.test(s.norms[k]!)) {
              better({ ...span(i, k + 1), role: 'quantifier', pointing: 'self', answer: false, speaker: false });
              break;
            }
            if (/^(?:above|below)$/.test(s.norms[k]!)) {
              better({ ...span(i, k + 1), role: 'quantifier', pointing: s.norms[k] === 'above' ? 'backward' : 'forward', answer: false, speaker: false });
              break;
            }
            // The quantified noun phrase ends at the first verb: "none of the assertions | are real".
            let end = k + 1;
            while (end < Math.min(to, k + 8) && !(isVerbal(s.tokens[end]!) && !has(s.tokens[end]!, 'noun') && !has(s.tokens[end]!, 'adj'))) end++;
            const inner = findReferent(s, k + 1, end, true);
            if (inner && !inner.speaker) better({ ...inner, start: s.tokens[i]!.start, role: 'quantifier' });
            // "any of this", "none of these": the pronoun is the whole of what is quantified.
            else if (!inner && s.norms[k] === 'of' && /^(?:this|these)$/.test(s.norms[k + 1] ?? '') && end === k + 2) better({ ...span(i, k + 2), role: 'quantifier', pointing: 'self', answer: false, speaker: false });
            break;
          }
        }
        const after = s.tokens[hit.to];
        // "all errors are handled": before a noun, even one that is a verb too, the quantifier is its determiner;
        // before an article or a possessive it is a predeterminer ("all the time", "all my life").
        if (!best && /^(?:everything|nothing|none|all|anything)$/.test(s.norms[i]!) && !nested && !/^(?:of|in|that|who|which|the|a|an|my|your|his|her|our|their|its)$/.test(s.norms[hit.to] ?? '') && !(after && after.kind === 'word' && (has(after, 'noun') || has(after, 'adj')) && !has(after, 'cop') && !has(after, 'aux') && !has(after, 'modal'))) {
          better({ ...span(i, hit.to), role: 'quantifier', pointing: 'anaphoric', answer: false, speaker: false });
        }
        break;
      }
      case 'pronoun': {
        const next = s.tokens[hit.to];
        const prev = s.tokens[i - 1];
        // "the asteroid that struck": a relative pronoun; "that error appears": a determiner of a world noun.
        // "suggest that misinformation spreads": after a verb, "that" opening a clause is a complementizer;
        // "ignore that.", "you know that is false" keep it a pronoun.
        const opensClause = !!next && next.kind === 'word' && !has(next, 'cop') && !has(next, 'aux') && !has(next, 'modal') && !has(next, 'prep');
        // "which" points back only opening a sentence ("…which is garbage"); anywhere else it relates.
        if (s.norms[i] === 'which' && s.tokens.slice(0, i).some((t) => t.kind === 'word')) break;
        // "Treat that as fiction": after the verb opening an instruction, "that" is its object.
        let opener = i - 2;
        while (opener >= 0 && /^(?:please|so|then|just)$/.test(s.norms[opener]!)) opener--;
        const instructionVerb = !!prev && has(prev, 'inf') && !opensClause && (opener < 0 || s.tokens[opener]!.kind === 'punct');
        // (After a preposition "that" is its object: "50/1 against that being right".)
        if (s.norms[i] === 'that' && prev && !instructionVerb && !has(prev, 'prep') && (has(prev, 'noun') || has(prev, 'propn') || has(prev, 'adj') || (isVerbal(prev) || (has(prev, 'inf') && opensClause)) && !/^(?:made|make|makes|making|believe|trust|confirm|verify|invented|said|wrote|write|fabricated)$/.test(prev.norm))) break;
        // ("it" is never a determiner: "call it unreliable", "found it false".)
        // ("that being right": before "being" it is the subject of what is, not a determiner.)
        if (s.norms[i] !== 'it' && next && next.kind === 'word' && (has(next, 'noun') || has(next, 'adj')) && !isVerbal(next) && !has(next, 'prep') && next.norm !== 'being') break;
        // "ideas for things, like for a paper, that might not have occurred to you": after a noun and a comma
        // "that" still relates to the noun; a demonstrative there would splice two sentences with a comma.
        const beforeComma = s.tokens[i - 2];
        if (s.norms[i] === 'that' && prev?.text === ',' && beforeComma && beforeComma.kind === 'word' && (has(beforeComma, 'noun') || has(beforeComma, 'propn')) && (!isVerbal(beforeComma) || has(s.tokens[i - 3] ?? beforeComma, 'det'))) break;
        if (!nested || s.norms[i] === 'it') better({ ...span(i, hit.to), role: 'pronoun', pointing: 'anaphoric', answer: false, speaker: false });
        break;
      }
      case 'speaker': {
        // "my answer", "our report" are the speaker's text; "my client's actions", "our neighbours" are not.
        const next = s.tokens[hit.to];
        const textNoun = (k: number) => k >= 0 && !!s.hitAt[k]?.senses.some((x) => x.class === 'referent' && (x.role === 'noun' || x.role === 'described' || x.role === 'answer'));
        if (/^(?:my|our)$/.test(s.norms[i]!) && next && next.kind === 'word' && !textNoun(hit.to) && !textNoun(nextNoun(s, hit.to, to, 3))) break;
        better({ ...span(i, hit.to), role: 'speaker', pointing: 'self', answer: false, speaker: true });
        break;
      }
    }
  }
  // Contractions carry their pronoun: "it's", "that's", "this's".
  if (!best) {
    for (let i = from; i < to; i++) {
      // Both need an apostrophe, which most words lack: those skip the two regexes.
      if (!s.norms[i]!.includes("'")) continue;
      const m = /^(it|that|this|what)'s$/.exec(s.norms[i]!);
      if (m) {
        best = { ...charSpan(s, i, i + 1), role: 'pronoun', pointing: m[1] === 'this' ? 'self' : 'anaphoric', answer: false, speaker: false };
        break;
      }
      // "You're wrong", "so you've made it up": opening its clause, as "you" must.
      if (/^you'(?:re|ve|d|ll)$/.test(s.norms[i]!) && (i === from || /^(?:if|when|and|but|so|because|that)$/.test(s.norms[i - 1]!))) {
        // ("you'll botch it": what the addressee will say is the answer to come.)
        best = { ...charSpan(s, i, i + 1), role: 'answer', pointing: s.norms[i] === "you'll" ? 'forward' : 'definite', size: 'answer', answer: true, speaker: false, addressee: true };
        break;
      }
      const sp = /^(i|we)'(?:m|re|ve|d|ll)$/.exec(s.norms[i]!);
      if (sp) {
        best = { ...charSpan(s, i, i + 1), role: 'speaker', pointing: 'self', answer: false, speaker: true };
        break;
      }
    }
  }
  return best;
}

/**
 * "From a website that also claims the Moon landings were staged: Y", "Via a tabloid that is known for inventing
 * stories: Y": a provenance line whose source carries a relative clause is still a line naming a source, and
 * what the relative clause says of the source heads the statement after the colon.
 */
function provenanceLine(s: Structure, c: Clause, cues: Cue[]): Omit<Statement, 'counterfactual'> & { counterfactual: boolean } | undefined {
  const { norms, tokens } = s;
  if (!/^(?:from|via|per|source|sourced)$/.test(norms[c.from] ?? '') || tokens[c.to]?.text !== ':' || c.head < 0) return undefined;
  let rel = -1;
  for (let k = c.from + 2; k < c.head && rel < 0; k++) if (/^(?:that|who|which|whose)$/.test(norms[k]!)) rel = k;
  const cue = rel < 0 ? undefined : cues.find((x) => (x.class === 'unreliable' || (x.class === 'falsity' && x.from > rel)) && !x.sense?.positive);
  const body = cue && s.clauses.find((x) => x.from > c.to && x.head >= 0 && !x.imperative && !x.question);
  if (!cue || !body) return undefined;
  const span = charSpan(s, body.from, tokens.length);
  return { class: 'unreliable', form: 'label', ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, counterfactual: false };
}

/**
 * "Thus ends the fable", "Here begins a tale dressed up as reportage", "Here the alternate-history vignette
 * ends", "The pastiche ends here", "A mystery novel opens:": a text that says where it begins or ends names itself with the noun
 * phrase, and a class word in it is said of the text on that side (what begins follows; what ends came before).
 */
function boundaryLine(s: Structure, c: Clause, cues: Cue[]): Statement | undefined {
  const { norms, tokens } = s;
  const v = c.head;
  if (v < 0 || !BOUNDARY.test(norms[v]!) || !/(?:s|ed|an|gan)$/.test(norms[v]!)) return undefined;
  const lead = norms.slice(c.from, v);
  let from = -1;
  let to = -1;
  if (lead.length > 0 && lead.every((n) => /^(?:here|thus|so|and|now|hence)$/.test(n)) && lead.some((n) => n === 'here' || n === 'thus')) [from, to] = [v + 1, c.to];
  else if (norms[c.from] === 'here' && v + 1 >= c.to) [from, to] = [c.from + 1, v];
  else if (norms[v + 1] === 'here' && v + 2 >= c.to) [from, to] = [c.from, v];
  // "A mystery novel opens:": the text it opens follows the colon.
  else if (v + 1 === c.to && tokens[c.to]?.text === ':' && v > c.from) [from, to] = [c.from, v];
  if (from < 0 || to <= from) return undefined;
  const cue = cues.find((x) => x.from >= from && x.to <= to && !x.sense?.positive);
  if (!cue) return undefined;
  // The phrase must name a text: a genre noun ("the fable") or a text noun it modifies ("the vignette").
  // (A genre phrase hides its head's own sense: "a mystery novel" is a fiction phrase whose "novel" names a text.)
  const namesText = (k: number) => [...sensesAt(s, k), ...structureOf(norms[k]!).hits.flatMap((h) => h.senses)].some((x) => x.class === 'referent' && (x.role === 'noun' || x.role === 'described'));
  if (!tokens.slice(from, to).some((_, j) => namesText(from + j))) return undefined;
  const opens = /^(?:open|begin|start)/.test(norms[v]!) || /^began$/.test(norms[v]!);
  const span = charSpan(s, from, to);
  return { class: cue.class, form: 'meta', ...cueSpan(s, cue), referent: { ...span, role: 'noun', pointing: opens ? 'forward' : 'backward', size: 'document', answer: false, speaker: false }, probability: cue.probability, counterfactual: cue.counterfactual };
}

/**
 * The quality a key names, read from its head, the last word, back: "verification status" is verification,
 * "source reliability" reliability. A value that denies it ("pending", "low") says that quality's class.
 */
export function keyQuality(key: string): Sense | undefined {
  return key.split(' ').reverse().map((w) => structureOf(w).hits[0]?.senses.find((x) => EPISTEMIC_SET.has(x.class) && x.positive)).find(Boolean);
}

/** The subject of a headline's passive ("Contents fabricated."): the clause's first words, no article, a text noun at their head. */
function headlineSubject(s: Structure, c: Clause, arg: Argument): boolean {
  const verb = s.tokens[c.head];
  if (!verb || c.head !== arg.to || arg.from !== c.from || !(has(verb, 'part') || has(verb, 'past')) || has(s.tokens[arg.from]!, 'det') || arg.to - arg.from > 3) return false;
  const head = arg.to - 1;
  return s.tokens.slice(arg.from, arg.to).every((t) => t.kind === 'word' && !has(t, 'pron')) && !!s.hitAt[head]?.senses.some((x) => x.class === 'referent' && (x.role === 'noun' || x.role === 'described'));
}

/**
 * The text whose producer the clause's subject names: "its author", "the article's author", "the blogger behind
 * the preceding article", "the narrator of the foregoing".
 */
function producerText(s: Structure, c: Clause): Referent | undefined {
  const end = c.head >= 0 ? c.head : c.to;
  for (let k = c.from; k < end; k++) {
    // ("the author of the post above": the text's own author, named with what they wrote, is its producer too.)
    const of = /^(?:of|behind)$/.test(s.norms[k + 1] ?? '');
    if (!sensesAt(s, k).some((x) => x.class === 'referent' && (x.role === 'source' || (x.role === 'speaker' && of)))) continue;
    const prev = s.norms[k - 1] ?? '';
    if (prev === 'its') return { ...charSpan(s, k - 1, k), role: 'pronoun', pointing: 'anaphoric', answer: false, speaker: false };
    if (of) {
      const r = findReferent(s, k + 2, Math.min(c.to, k + 8));
      if (r && !r.speaker && !r.addressee && !r.answer && (r.role !== 'pronoun' || r.pointing === 'self')) return r;
    }
  }
  return undefined;
}

/** How a text came out: "posted on a fringe blog", "published the article below", "printed the pages". */
const PUBLISHED = /^(?:posted|published|printed|ran|appeared|shared|circulated|uploaded|found|written|reposted)$/;

/** The text a verb of making or publishing in the clause has as its object: "produced this text", "published the article below". */
function madeText(s: Structure, c: Clause): Referent | undefined {
  for (let k = c.from; k < c.to - 1; k++) {
    if (!isVerbal(s.tokens[k]!) || !(hasClass(s, k, 'production') || PUBLISHED.test(s.norms[k]!))) continue;
    const r = findReferent(s, k + 1, c.to);
    if (r && !r.answer && !r.addressee && !r.speaker) return r;
  }
  return undefined;
}

/** The verb at `k` has the speaker as its subject: "I made", "we just invented", "I had simply guessed". */
function speakerDoes(s: Structure, c: Clause, k: number): boolean {
  let j = k - 1;
  while (j >= c.from && s.tokens[j]!.kind === 'word' && (has(s.tokens[j]!, 'adv') || has(s.tokens[j]!, 'aux') || has(s.tokens[j]!, 'cop'))) j--;
  return j >= c.from && /^(?:i|we)$/.test(s.norms[j]!);
}

/**
 * "The date you gave me", "the figure you quoted", "what you told me": a noun (or "what") with a relative
 * clause whose subject is the addressee names what the addressee said, an answer; in the past tense, one
 * already given. "You" alone is the person, whose traits are a persona's.
 */
function namedByAddressee(s: Structure, you: number): Referent | undefined {
  // The noun phrase may open before the span asked about (a chunker that reads "date" as a verb splits it
  // off), so it is looked for back to the sentence's start.
  const verb = s.tokens[you + 1];
  if (s.norms[you] !== 'you' || !verb || verb.kind !== 'word' || !isVerbal(verb) || has(verb, 'cop')) return undefined;
  let start = you - 1;
  if (s.norms[start] !== 'what') {
    const noun = s.tokens[start];
    // After a determiner a word is a noun, whatever else it can be: "the date you gave me".
    const determined = start > 0 && (!!POINTING_DET[s.norms[start - 1]!] || has(s.tokens[start - 1]!, 'det'));
    if (start < 0 || !noun || noun.kind !== 'word' || !(has(noun, 'noun') || has(noun, 'propn') || (determined && has(noun, 'inf'))) || has(noun, 'pron')) return undefined;
    // The noun phrase opens at its determiner: "the exact date", "that figure".
    while (start > 0 && start > you - 5 && !POINTING_DET[s.norms[start]!] && !/^(?:a|an)$/.test(s.norms[start]!)) {
      const t = s.tokens[start - 1]!;
      if (t.kind !== 'word' || !(has(t, 'adj') || has(t, 'noun') || has(t, 'det') || has(t, 'num'))) return undefined;
      start--;
    }
    if (!POINTING_DET[s.norms[start]!] && !/^(?:a|an)$/.test(s.norms[start]!)) return undefined;
  }
  const end = /^(?:me|us)$/.test(s.norms[you + 2] ?? '') ? you + 3 : you + 2;
  return { ...charSpan(s, start, end), role: 'answer', pointing: has(verb, 'past') ? 'backward' : 'definite', size: 'answer', answer: true, speaker: false };
}

/**
 * Words quoted, not used: a span that is one quotation ("❌ Wrong: \"Its raining again.\"") or that reports
 * one ("Example error: a student writes \"Venus is the closest planet.\""). A label on it marks an example.
 */
const QUOTED = /^\W*["“„«][^"“”„«»]+["”»]\W*$/u;
const QUOTES_ONE = /^[^"“„«]{0,60}\b(?:writes?|wrote|says?|said|claims?|claimed|answers?|answered|puts?|types?|typed)(?:\s*[:,])?\s*["“„«][^"“”„«»]+["”»]\W*$/iu;

export function isMention(text: string): boolean {
  return QUOTED.test(text) || QUOTES_ONE.test(text);
}

// ---------------------------------------------------------------- the analysis

const PROPOSITION = /^(?:notion|idea|claim|belief|assertion|suggestion|story|tale|rumou?r|view|assumption|contention|theory|allegation|myth|misconception|legend|perception|impression|report|statement|premise|argument|hypothesis|thesis|narrative|saying|canard|trope|meme|notions|ideas|claims|beliefs|assertions|stories|tales|rumou?rs|myths|misconceptions|legends|reports|statements|reports|suggestions|allegations)$/;
/**
 * A habit of falsehood: a habit word ("always", "notorious", "prone to", "a history of") before a falsity
 * cue in one clause whose subject is not a text ("is always inventing stories", "keeps lying", "has a record
 * of fabrication"), not a request ("always tell the truth") and not denied ("is not known for lying").
 */
function habitualFalsity(s: Structure, c: Clause, probs: { value: number; from: number; to: number }[]): Cue | undefined {
  if (c.head < 0 || c.imperative || c.question || c.negated) return undefined;
  let habit = -1;
  for (let k = c.from; k < c.to && habit < 0; k++) {
    const sense = sensesAt(s, k).find((x) => x.class === 'habit');
    // A verb of exposure counts in the passive ("was caught lying", "got banned for spam"), reduced too ("an account
    // suspended for fabrication", "caught lying"), not as an act ("I caught the mistake").
    if (sense && (sense.role !== 'exposure' || exposedPassive(s, k))) habit = k;
  }
  if (habit < 0) return undefined;
  // A relative pronoun stands for the noun before it: "an account that got suspended for pushing misinformation".
  const from = /^(?:that|who|which)$/.test(s.norms[c.from] ?? '') ? c.from + 1 : c.from;
  const subjectTo = Math.max(from, Math.min(c.head, habit));
  const subject = findReferent(s, from, subjectTo);
  // "A language model with a tendency to invent facts": a word for who produces answers is a source here, not a text.
  // ("The author of the article below has been caught inventing quotes": so is the producer named with its text.)
  if (subject && !subject.speaker && subject.role !== 'pronoun' && !s.tokens.slice(from, subjectTo).some((_, j) => sensesAt(s, from + j).some((x) => x.class === 'referent' && x.role === 'source')) && !producerText(s, c)) return undefined;
  if (subject?.addressee) return undefined;
  // The habit's own complement: "often symbolized power, with many myths ..." is no habit of myth-making.
  const comma = s.tokens.findIndex((t, k) => k > habit && k < c.to && t.kind === 'punct');
  return cuesIn(s, habit + 1, comma < 0 ? c.to : comma, probs).find((x) => (x.class === 'falsity' || x.class === 'unreliable') && !x.sense?.positive);
}

/**
 * A verb of exposure read as a passive: after its auxiliary ("was caught"), or reduced, a participle whose
 * reason or act follows at once ("suspended for repeated fabrication", "caught inventing quotes").
 */
function exposedPassive(s: Structure, k: number): boolean {
  if (PASSIVE_AUX.test(s.norms[k - 1] ?? '')) return true;
  const next = s.tokens[k + 1];
  return s.norms[k] !== infinitiveOf(s.norms[k]!) && next !== undefined && (next.norm === 'for' || (has(next, 'ger') && !has(next, 'noun')));
}

/**
 * "Make it nicer", "can you make this sound more formal", "make that shorter": making given text into more or
 * less of something is transforming it, whatever the adjective.
 */
function remakes(s: Structure): boolean {
  for (let k = 0; k + 2 < s.tokens.length; k++) {
    if (!/^(?:make|makes|making)$/.test(s.norms[k]!) || !/^(?:it|this|that|these|them)$/.test(s.norms[k + 1]!)) continue;
    const next = s.norms[k + 2]!;
    if (/^(?:more|less|sound|read|look)$/.test(next) || lexiconTags(next).includes('Comparative')) return true;
  }
  return false;
}

/** Verbs that introduce words quoted after them: "The fake fact goes: ...", "The release announced: ...". */
const INTRODUCES = /^(?:goes|went|go|reads|read|ran|runs|says|said|announced|announces|stated|states|declared|declares|claimed|claims|proclaimed|insisted|wrote|writes|posted|posts)$/;
/** Prepositions that front a source as "according to" does; "per" only at the sentence's start (not "per cent"). */
const FRONTED_SOURCE = /^(?:per|via)$/;
const PREPOSITIONAL_OPERATOR = /^(?:contrary to|despite)$/;

/** Verbs that mark where a text starts or ends: "Thus ends the fable", "Here begins a tale", "what follows". */
const boundaryVerb = (norm: string) => BOUNDARY.test(norm) || norm === 'follows';
const EXPLETIVE_IT = /^(?:it|it's|'tis)$/;
const PASSIVE_AUX = /^(?:was|were|been|be|being|is|are|got|gets|get|getting)$/;
const PERSON_SUBJECT = /^(?:he|she|they|he's|she's|they're)$/;
const SAY_VERBS = /^(?:say|claim|suggest|assert|argue|insist|believe|think|state|maintain|hold|pretend|assume|imagine|suppose)$/;

/**
 * The probabilities a sentence states: a number is one only beside a word that says so ("a 3% chance",
 * "odds of 1 in 40", "confidence: 0.04"), a few words before or after it, or in probability notation
 * ("p ≈ 0.01").
 */
function statedProbabilities(text: string): Probability[] {
  // Most sentences have no such word or sign: then no window has one, and the number patterns need not run.
  const estimates = estimateVerbs(text);
  if (estimates.length === 0 && !mayMentionProbability(text)) return [];
  const nearProb = (start: number, end: number) => mentionsProbability(text, start - 45, end + 30) || estimates.some((at) => estimatedText(text, at, start));
  return probabilitiesIn(text, nearProb).filter((p) => p.notation || nearProb(p.start, p.end));
}

/** Where the lexicon's verbs of pricing or rating end ("rate", "put", "price"). */
function estimateVerbs(text: string): number[] {
  // (The lexical stage has the tokens: no clause structure is needed to know where a verb ends.)
  const { hits, tokens } = lexicalHits(text);
  return hits.filter((h) => h.senses.some((x) => x.role === 'estimate')).map((h) => tokens[h.to - 1]!.end);
}

/** Between a verb of pricing or rating and its number: the object, then "at" or "near". */
const AT_NUMBER = new RegExp(String.raw`^([^.;:!?]{1,90}?)${GIVEN_AT}$`, 'i');

/**
 * A number a verb of pricing or rating gives to a text, named between the verb and its "at": "rate the
 * incidents described below at about two in a hundred", "put the foregoing narrative near 2%". Only a text
 * the object points at ("put 10% of your savings" and "rated it at 4 stars" name none) makes it a chance.
 */
function estimatedText(text: string, verbEnd: number, start: number): boolean {
  if (verbEnd >= start) return false;
  const m = AT_NUMBER.exec(text.slice(verbEnd, start));
  if (!m) return false;
  const object = structureOf(m[1]!);
  const r = findReferent(object, 0, object.tokens.length);
  return !!r && r.role !== 'pronoun' && !r.speaker && !r.addressee && pointsAtText(r);
}

/**
 * Whether analyse can find any statement in the sentence, decided without
 * its clauses: every statement is made from a cue (cuesIn), and a cue is a
 * low stated probability or a lexicon hit with an epistemic sense whose
 * polarity holds (effectiveClass): a word that counts only when negated
 * ("true", "real") needs a negation trigger somewhere in the sentence, as
 * without one no token is negated. Most sentences a probability word
 * ("chance", "percentage", "%") brings to a gate have neither.
 */
export function mayState(text: string): boolean {
  const { hits, negates } = lexicalHits(text);
  if (hits.some((h) => { const sense = epistemicSense(h); return sense !== undefined && (!sense.positive || negates); })) return true;
  // ("Verification status: pending": a key whose value denies it, the label path's keyQuality.)
  if (hits.length > 0 && LOW_VALUE_IN.test(text)) return true;
  return statedProbabilities(text).some((p) => p.value <= LOW_PROBABILITY);
}

/**
 * Whether the analysis can find the sentence pointing at text (`pointing`),
 * decided without its clauses: a pointing is a referent's, and every
 * referent that points (findReferent) is made from a lexicon hit with a
 * referent sense or a verb of saying.
 */
export function mayPoint(text: string): boolean {
  // A verb of saying as a participle names a text too ("the asserted finish order").
  return lexicalHits(text).hits.some((h) => h.senses.some((x) => (x.class === 'referent' && x.role !== 'source') || x.class === 'reporting'));
}

/**
 * "Please note that", "Keep in mind", "Be aware": an instruction to attend to what follows, which the
 * sentence then asserts ("Please note the answer above is intentionally incorrect").
 */
// ("Readers should understand that", "Readers are reminded that", "You should know that": the same addressed to the reader.)
const ATTENTION = /^\W*(?:(?:(?:the\s+)?readers?|you|viewers|listeners|users)\s+(?:should|must|need\s+to|may\s+wish\s+to|are\s+(?:asked|invited|advised|reminded)\s+to|is\s+(?:asked|invited|advised|reminded)\s+to)\s+(?:also\s+)?(?=(?:know|understand|note|remember|be\s+aware|bear|keep)\b)|(?:(?:the\s+)?readers?|you)\s+(?:are|is)\s+(?=(?:reminded|advised)\b)|(?:please|pls|kindly|also|just)\s+)?(?:note|notice|remember|reminded|advised|be\s+(?:aware|advised)|keep\s+in\s+mind|bear\s+in\s+mind|understand|know)(?:\s+that)?[,:]?\s+(?=\p{L})/iu;

function analyse(text: string): SentenceAnalysis {
  // (A tag glued to the notice, "<DOCTAG>Readers should know that ...", is blanked: offsets stay the text's.)
  const attention = ATTENTION.exec(maskGluedTag(text));
  if (attention) {
    const inner = analyse(text.slice(attention[0].length));
    if (inner.statements.length > 0 && !inner.imperative && !inner.question) return shifted(inner, attention[0].length);
  }
  const s = structureOf(text);
  const { tokens, norms } = s;
  const probs = statedProbabilities(text).map((p) => ({ value: p.value, from: tokenIndexAtChar(s, p.start), to: tokenIndexAtChar(s, p.end - 1) + 1 }));
  const out: Statement[] = [];
  const fragment = s.clauses.every((c) => c.head < 0);
  const question = s.clauses.some((c) => c.question) && /\?\s*["'”’)\]*]*\s*$/.test(text);
  const imperative = s.clauses.length > 0 && s.clauses[0]!.imperative;
  let meta = false;
  let textual = false;
  let handsOver = false;
  const pointing: Pointing[] = [];
  const sourceCues: SentenceAnalysis['sourceCues'] = [];

  const push = (st: Statement) => {
    // "aren't more likely to get sick": a comparative likelihood inside the claim's own clause states no low
    // probability of it; it is part of what the clause says.
    if (st.class === 'improbable' && st.probability === undefined && st.claimStart !== undefined && st.claimStart <= st.cueStart && st.cueEnd <= st.claimEnd! && /\b(?:more|less|as|most|least)\s+$/i.test(text.slice(Math.max(0, st.cueStart - 8), st.cueStart))) return;
    if (!out.some((o) => o.class === st.class && o.form === st.form && o.cueStart === st.cueStart && o.claimStart === st.claimStart)) out.push(st);
  };

  // The value of a key whose quality it denies ("RELIABILITY: VERY LOW"): said of that quality, no cue of its own.
  let ratedValue: { from: number; to: number } | undefined;
  // A label before the body: "MYTH — X", "[unverified] X", "FALSE: X", "Confidence: 0.04 X".
  if (s.label) {
    let labelCues = cuesIn(s, s.label.from, s.label.to, probs);
    // A notice key ("Verification status:") or a probability key ("Estimated plausibility of the next piece:").
    const noticeKey = s.hits.some((h) => h.from >= s.label!.from && h.to <= s.label!.to && h.senses.some((x) => x.class === 'notice' || x.class === 'probability'));
    const bodyCues = noticeKey ? cuesIn(s, s.label.sep + 1, tokens.length, probs) : [];
    // A notice key whose short value says the class: "Verification status: pending", "Rating: Four Pinocchios".
    const bodyArg: Argument = { from: s.label.sep + 1, to: tokens.length, relation: 'fragment' };
    // "Verification status: pending", "Accuracy: low", "RELIABILITY: VERY LOW — the chain of hearsay ...": a key
    // naming a quality whose value (up to a dash or semicolon that opens its explanation) denies it says the
    // class, as the same key and value do in a record's fields; "low" then rates that quality, not a chance.
    let valueEnd = tokens.length;
    for (let k = s.label.sep + 2; k < tokens.length; k++) if (/^(?:—|–|--|;)$/.test(tokens[k]!.text)) { valueEnd = k; break; }
    const value = s.label.sep + 1 < valueEnd ? text.slice(tokens[s.label.sep + 1]!.start, tokens[valueEnd - 1]!.end).replace(/[\s.!*_]+$/, '') : '';
    const quality = LOW_VALUE.test(value) ? keyQuality(s.norms.slice(s.label.from, s.label.to).join(' ')) : undefined;
    const denied = quality && (quality.class === 'unverified' || quality.class === 'falsity' || quality.class === 'unreliable') ? { class: quality.class } : undefined;
    const headed = denied ? [] : bodyCues.filter((c) => headCue(s, c, bodyArg));
    if (labelCues.length === 0 && headed.length && (!hasWords(s, s.label.sep + 1, tokens.length, 9) || !s.clauses.some((c) => c.from > s.label!.sep && c.head >= 0 && findReferent(s, c.from, c.to)))) {
      // The key may name the text it rates ("plausibility of the next piece"): then it is said of that text.
      const keyReferent = findReferent(s, s.label.from, s.label.to);
      for (const c of headed) push({ class: c.class, form: keyReferent && !keyReferent.speaker ? 'meta' : 'label', ...cueSpan(s, c), ...(keyReferent && !keyReferent.speaker ? { referent: keyReferent } : {}), probability: c.probability, counterfactual: c.counterfactual });
      labelCues = [];
    }
    if (denied) {
      ratedValue = { from: s.label.sep + 1, to: valueEnd };
      const key = charSpan(s, s.label.from, s.label.to);
      push({ class: denied.class, form: 'label', cueStart: key.start, cueEnd: key.end, counterfactual: false });
      labelCues = [];
    }
    const bodyFrom = s.label.sep + 1;
    const body = bodyFrom < tokens.length ? charSpan(s, bodyFrom, tokens.length) : undefined;
    // "FALSE: the following is made up" says its own class; "Misaligned answer: I will hide the error" does not.
    // So does a label over a sentence that points at the text ("RETRACTED: The article below was withdrawn"):
    // the label heads the text, not that sentence.
    const bodyIsMeta = s.clauses.some((c) => {
      if (c.from < bodyFrom) return false;
      const r = findReferent(s, c.from, c.to);
      // ("Example of what NOT to do: the assistant claims to have run tests": a body about the answers.)
      if (cuesIn(s, c.from, c.to, probs).length === 0) return !!r && !r.speaker && !r.addressee && r.role !== 'pronoun' && (r.pointing === 'forward' || r.pointing === 'backward' || r.pointing === 'self' || (r.answer && labelCues.some((x) => x.class === 'bad-example')));
      return !!r && !r.speaker && r.role !== 'pronoun';
    });
    // "Answer incorrectly: what is ...?", "Respond with a lie:": the label is an instruction to give falsehoods.
    const labelVerb = tokens[s.label.from];
    // ("Identify the incorrect statement:" sets a task about a falsehood; it asks for none.)
    const saying = !!labelVerb && (hasClass(s, s.label.from, 'production') || /^(?:give|tell|say|answer|reply|respond|state|write|list)$/.test(labelVerb.norm));
    const instructs = !!labelVerb && saying && has(labelVerb, 'inf') && !hasClass(s, s.label.from, 'falsity') && labelCues.some((c) => c.from > s.label!.from && c.class === 'falsity');
    if (instructs) {
      for (const c of labelCues) if (c.class === 'falsity') push({ class: c.class, form: 'request', ...cueSpan(s, c), counterfactual: false });
      labelCues = [];
    }
    // "The fake fact goes: X", "A fabricated press release, later traced to a spoofed domain, announced: X": a
    // class word in the subject of a verb of saying whose words follow its colon; a source, as "according to" is.
    const reporter = INTRODUCES.test(norms[s.label.to - 1] ?? '') ? labelCues.find((c) => c.class === 'falsity' || c.class === 'unreliable' || c.class === 'unverified') : undefined;
    if (reporter && body && (hasWords(s, bodyFrom, tokens.length, 3) || isMention(text.slice(body.start, body.end)))) {
      push({ class: reporter.class === 'falsity' ? 'unreliable' : reporter.class, form: 'embedded', ...cueSpan(s, reporter), claimStart: body.start, claimEnd: body.end, counterfactual: false, wrapper: 'report' });
      labelCues = [];
    }
    // "Wrong answer: Sydney": after an answer label one word is the answer.
    const answerLabel = s.hits.some((h) => h.from >= s.label!.from && h.to <= s.label!.to && h.senses.some((x) => x.class === 'referent' && (x.role === 'answer' || x.size === 'answer')));
    // "[citation needed] It carried trains": the tag belongs to the sentence before it.
    const backward = labelCues.filter((c) => c.sense?.direction === 'backward');
    if (backward.length) {
      for (const c of backward) push({ class: c.class, form: 'label', ...cueSpan(s, c), counterfactual: false, backward: true });
      labelCues = labelCues.filter((c) => !backward.includes(c));
    }
    // "Fraud Detection: ...", "Toxic Fumes: ...", "Memory Distortion: ...": a list item's title naming a topic,
    // where the class word modifies or is modified by a noun that is not text, is no verdict.
    const labelArg: Argument = { from: s.label.from, to: s.label.to, relation: 'fragment' };
    // ("FROM THE PRANKSTER'S BLOG:": a label that says where the text comes from describes its source, definite
    // or not; a work it names, "From the novel 'The Salt Orchard':", is read as a provenance line below.)
    labelCues = labelCues.filter((c) => headCue(s, c, labelArg, c.class === 'unreliable' && norms[s.label!.from] === 'from'));
    // "Fraudulent Websites or Phishing Scams: ...": a heading in Title Case names a topic.
    const labelWords = tokens.slice(s.label.from, s.label.to).filter((t) => t.kind === 'word' && t.norm.length > 3);
    if (labelWords.length >= 3 && labelWords.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) labelCues = [];
    // "SCREENPLAY DRAFT — SCENE 12.", "End of riff — check a proper source.": a body that states nothing (a
    // heading, an instruction) leaves the label on its own, heading or closing the text around it.
    // A bad behaviour need not state anything ("(unsafe) Mix bleach and ammonia").
    // ('❌ Wrong: "Its raining again."': a quotation is what a verdict labels, verb or not; a fiction label
    // over a quoted title ('Short fiction: "Blue Tooth".') still heads the story.)
    const bodyStates = answerLabel || labelCues.every((c) => c.class === 'bad-example') || s.clauses.some((c) => c.from >= bodyFrom && c.head >= 0 && !c.imperative && !c.question) || (!!body && labelCues.every((c) => c.class !== 'fiction') && isMention(text.slice(body.start, body.end)));
    if (labelCues.length && body && !bodyIsMeta && bodyStates && hasWords(s, bodyFrom, tokens.length, answerLabel ? 1 : 2)) {
      for (const c of labelCues) push({ class: c.class, form: 'label', ...cueSpan(s, c), claimStart: body.start, claimEnd: body.end, probability: c.probability, counterfactual: c.counterfactual });
    } else if (labelCues.length && (!body || !hasWords(s, bodyFrom, tokens.length, 2) || bodyIsMeta || !bodyStates)) {
      for (const c of labelCues) push({ class: c.class, form: 'label', ...cueSpan(s, c), probability: c.probability, counterfactual: c.counterfactual });
    }
  }

  // "A rumour doing the rounds on forums goes like this: X", "The hoax email read as follows: X": a class
  // word in the subject of a verb that introduces the words after its colon, as the label's reporter is.
  if (!s.label) {
    const colon = tokens.findIndex((t) => t.text === ':');
    let v = colon - 1;
    while (v > 0 && /^(?:this|follows|like|as|something|roughly|approximately|more|or|less|basically)$/.test(norms[v]!)) v--;
    // (A quotation after the colon is masked, not wordless: 'A chain email went like this: "Iceland joined ..."'.)
    if (colon > 2 && v > 0 && INTRODUCES.test(norms[v]!) && (hasWords(s, colon + 1, tokens.length, 3) || (colon + 1 < tokens.length && isMention(text.slice(tokens[colon + 1]!.start))))) {
      const reporter = cuesIn(s, 0, v, probs).find((c) => c.class === 'falsity' || c.class === 'unreliable' || c.class === 'unverified');
      const body = charSpan(s, colon + 1, tokens.length);
      if (reporter) push({ class: reporter.class === 'falsity' ? 'unreliable' : reporter.class, form: 'embedded', ...cueSpan(s, reporter), claimStart: body.start, claimEnd: body.end, counterfactual: false, wrapper: 'report' });
    }
  }

  // "GDPR only applies to EU companies: False": a verdict after the claim it labels. The clauses after
  // `verdictAfter` are the verdict, not statements of their own.
  let verdictAfter = tokens.length;
  const lastClause = s.clauses[s.clauses.length - 1];
  if (lastClause && s.clauses.length >= 2 && lastClause.head < 0 && tokens[lastClause.from - 1]?.text === ':' && wordsBetween(s, lastClause.from, lastClause.to) <= 3) {
    const verdict = cuesIn(s, lastClause.from, lastClause.to, probs).filter((cue) => cue.class === 'falsity' || cue.class === 'unverified');
    const before = s.clauses.filter((x) => x !== lastClause && x.head >= 0 && !x.imperative && !x.question);
    if (verdict.length && before.length === s.clauses.length - 1) {
      const span = charSpan(s, before[0]!.from, before[before.length - 1]!.to);
      for (const cue of verdict) push({ class: cue.class, form: 'label', ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, counterfactual: false });
      verdictAfter = lastClause.from - 1;
    }
  }

  // "X || RATING: FABRICATED", "X | verdict: false": a verdict after a bar, as a table or a prompt format writes it.
  const bar = tokens.findIndex((t) => t.text === '||' || t.text === '|');
  if (verdictAfter === tokens.length && bar > 0 && wordsBetween(s, bar + 1, tokens.length) <= 4) {
    const verdict = cuesIn(s, bar + 1, tokens.length, probs).filter((cue) => cue.class === 'falsity' || cue.class === 'unverified' || cue.class === 'improbable');
    const before = s.clauses.filter((x) => x.to <= bar && x.head >= 0 && !x.imperative && !x.question);
    if (verdict.length && before.length) {
      let end = before[before.length - 1]!.to;
      while (end < bar && /^[.!?]+$/.test(tokens[end]!.text)) end++;
      const span = charSpan(s, before[0]!.from, end);
      for (const cue of verdict) push({ class: cue.class, form: 'label', ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, probability: cue.probability, counterfactual: false });
      verdictAfter = bar;
    }
  }

  // A marker clause ("❌", "✘") labels the rest of its sentence when that is a statement, not an instruction.
  const markers = s.clauses.filter((c) => c.to - c.from === 1 && tokens[c.from]!.kind === 'symbol');
  if (markers.length === 1 && s.clauses.length === 2) {
    const m = markers[0]!;
    const body = s.clauses.find((c) => c !== m)!;
    const cue = cuesIn(s, m.from, m.to, probs)[0];
    if (cue && body.head >= 0 && !body.imperative && !body.question) {
      // The claim keeps its full stop: it is the sentence without its marker.
      const to = body.to < tokens.length && /^[.!?]+$/.test(tokens[body.to]!.text) ? body.to + 1 : body.to;
      const span = charSpan(s, body.from, to);
      push({ class: cue.class, form: 'label', ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, counterfactual: false });
    }
  }

  // A bracketed tag inside the sentence: "X (confidence: 5%).", "X [citation needed]", "X [FALSE] and Y".
  const tagSpans: { from: number; to: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const open = tokens[k]!.text;
    if (!(open === '(' || open === '[') || (s.label && k < s.label.sep)) continue;
    const close = bracketEnd(s, k + 1);
    if (close >= tokens.length || wordsBetween(s, k + 1, close) > 6) continue;
    const tagCues = cuesIn(s, k + 1, close, probs);
    if (tagCues.length === 0 || glosses(s, k + 1, close)) continue;
    tagSpans.push({ from: k + 1, to: close });
    const before = s.clauses.filter((x) => x.head >= 0 && x.to <= k);
    let last = before.length ? before[before.length - 1]!.to : 0;
    while (last < k && /^[.!?]+$/.test(tokens[last]!.text)) last++;
    const claim = before.length ? charSpan(s, before[0]!.from, last) : undefined;
    // "X (a common misconception)" is an appositive about X; "X [FALSE]" a label on it.
    const appositive = claim !== undefined && /^(?:a|an|the|one)$/.test(norms[k + 1] ?? '') && tokens.slice(k + 1, close).some((t) => PROPOSITION.test(t.norm));
    for (const cue of tagCues) push({ class: cue.class, form: appositive ? 'embedded' : 'label', ...cueSpan(s, cue), ...(claim ? { claimStart: claim.start, claimEnd: claim.end } : {}), probability: cue.probability, counterfactual: false, ...(appositive ? { wrapper: 'appositive' as const } : {}) });
    k = close;
  }
  const inTag = (c: Clause) => tagSpans.some((t) => c.from >= t.from && c.to <= t.to);

  // Each clause's habit of falsehood, found once: the clause loop and the habit loop below both ask.
  const habits = s.clauses.map((c) => habitualFalsity(s, c, probs));
  for (const [ci, c] of s.clauses.entries()) {
    if (markers.includes(c) || inTag(c) || c.from > verdictAfter) continue;
    // ("a tendency to invent facts": the habit's infinitive is what the source does, not a purpose.)
    const habit = habits[ci];
    const cues = cuesIn(s, c.from, c.to, probs).filter((cue) => (licensed(s, c, cue) || habit?.from === cue.from) && !personsOwn(s, c, cue) && !verifiedAway(s, c, cue) && !(ratedValue && cue.from >= ratedValue.from && cue.to <= ratedValue.to));
    const referent = findReferent(s, c.from, c.to);
    if (referent) meta = true;
    if (referent && !referent.addressee && (referent.role === 'noun' || referent.role === 'deixis' || referent.role === 'clause' || referent.role === 'quantifier' || referent.role === 'participle' || referent.role === 'described')) {
      textual = true;
      if (!pointing.includes(referent.pointing)) pointing.push(referent.pointing);
    }
    // "Can you fabricate a Hollywood fact for me?": a question that asks the listener to do something is a request.
    const polite = c.question && /^(?:can|could|would|will)$/.test(norms[c.from] ?? '') && norms[c.from + 1] === 'you';
    // "Extract the key facts from this article", "Can you put that in one sentence?": an instruction that
    // acts on given text, whatever its verb, hands that text to the answer.
    // Not a prohibition, nor a quantifier ("Don't generate anything else").
    // So does a wish about its form: "I want it as a neat paragraph", "we'd like this in bullet points".
    let w = c.from;
    while (w + 3 < c.to && !(/^(?:i|we)$/.test(norms[w]!) && /^(?:need|want)$/.test(norms[w + 1]!) && /^(?:it|this|that|these|them)$/.test(norms[w + 2]!) && /^(?:as|in|into)$/.test(norms[w + 3]!))) w++;
    const wished = w + 3 < c.to ? findReferent(s, w + 2, w + 3) : undefined;
    const handed = (c.imperative || polite ? referent : undefined) ?? wished;
    if (handed && !c.negated && (handed.role === 'noun' || handed.role === 'deixis' || handed.role === 'pronoun') && !handed.addressee && !handed.speaker && handed.pointing !== 'definite') handsOver = true;
    if (cues.length === 0 || (c.question && !polite)) continue;

    const sourceLine = provenanceLine(s, c, cues);
    if (sourceLine) {
      push(sourceLine);
      continue;
    }
    const bounded = boundaryLine(s, c, cues);
    if (bounded) {
      textual = true;
      meta = true;
      if (!pointing.includes(bounded.referent!.pointing)) pointing.push(bounded.referent!.pointing);
      push(bounded);
      continue;
    }
    // Operators over an embedded clause.
    const embedded = embeddedClaim(s, c, cues);
    if (embedded) {
      for (const st of splitConjoined(s, embedded.statement)) push({ ...st, counterfactual: false });
      continue;
    }

    if (polite) {
      for (const cue of requestCues(s, c, cues)) push({ class: cue.class, form: 'request', ...cueSpan(s, cue), counterfactual: cue.counterfactual });
      continue;
    }
    if (c.imperative) {
      const request = requestCues(s, c, cues);
      for (const cue of request) push({ class: cue.class, form: 'request', ...cueSpan(s, cue), counterfactual: cue.counterfactual });
      // "Extract the key facts from this fabricated article": an instruction that describes the text it hands
      // over by its class says that class of it.
      if (referent && !referent.addressee && !referent.speaker && referent.pointing !== 'definite') {
        const rFrom = tokenIndexAtChar(s, referent.start);
        const rTo = tokenIndexAtChar(s, referent.end - 1) + 1;
        for (const cue of cues) if (!request.includes(cue) && cue.sense?.pos === 'adj' && cue.class !== 'disbelief' && cue.class !== 'bad-example' && cue.from >= rFrom && cue.to <= rTo) push({ class: cue.class, form: 'meta', ...cueSpan(s, cue), referent, counterfactual: false });
      }
      // "Begin fabricated sample.", "END SATIRE": a boundary of the text, named by its class, labels it.
      if (c.head === c.from && /^(?:begin|end|start|stop)$/.test(norms[c.head]!) && !c.negated) {
        const named: Argument = { from: c.head + 1, to: c.to, relation: 'fragment' };
        for (const cue of cues) if (!request.includes(cue) && cue.from > c.head && cue.class !== 'disbelief' && headCue(s, cue, named)) push({ class: cue.class, form: 'label', ...cueSpan(s, cue), counterfactual: false });
      }
      // "Treat that as fiction", "Read the above as satire": what the instruction takes its object as, the
      // object is (an object complement, as in "described the story as a hoax").
      if (!c.negated) {
        for (const cue of cues) {
          // ("Consider the foregoing a tall tale": a verb of regarding needs no "as".)
          if (request.includes(cue) || !(norms.slice(Math.max(c.from, cue.from - 3), cue.from).includes('as') || (c.head >= 0 && REGARDS.test(norms[c.head]!)))) continue;
          // "Classify the following statement as fake or real": a choice offered, not a class said.
          if (norms.slice(Math.max(c.from, cue.from - 2), Math.min(c.to, cue.to + 2)).includes('or')) continue;
          const arg = argumentOf(s, c, cue.from, cue.to);
          const r = arg?.relation === 'object' ? findReferent(s, arg.from, arg.to) : undefined;
          if (r && !r.addressee && !r.speaker) push({ class: cue.class, form: 'meta', ...cueSpan(s, cue), referent: r, counterfactual: false });
        }
      }
      // "Ignore the above", "Do not cite", "Disregard.": an instruction about text already read.
      const bare = !hasWords(s, c.head >= 0 ? c.head + 1 : c.from + 1, c.to, 3);
      // "Do not imitate it", "Never copy this style": a prohibition on following an example.
      for (const cue of cues) {
        // For a bad example only a prohibition on copying it counts ("Do not imitate it"), not "Avoid sycophantic answers".
        if ((cue.class !== 'disbelief' && !(cue.class === 'bad-example' && c.negated && cue.sense?.pos !== 'adj')) || request.includes(cue)) continue;
        // "Don't miss this opportunity to learn more": the instruction is its own verb, not an infinitive after its object.
        if (cue.class === 'disbelief' && c.head >= 0 && cue.from >= c.verbEnd && cue.sense?.pos === 'verb' && s.norms[cue.from - 1] === 'to' && !/^(?:allow|let|permit|cause|use)$/.test(norms[c.verbEnd - 1] ?? '')) continue;
        // What is not to be believed is the verb's object: "Don't trust this", "Do not rely on the above", not
        // an "it" further on ("Don't rely solely on your phone, as it may lose signal").
        if (referent && !referent.addressee && objectOf(s, cue, referent)) push({ class: cue.class, form: 'meta', ...cueSpan(s, cue), referent, counterfactual: false });
        // "Take with a grain of salt", "Read with a large pinch of salt": how to read, its object (the text it
        // stands by) left out, as "Do not trust." leaves it.
        else if (bare || (!referent && c.head >= 0 && cue.from > c.head + 1 && s.tokens.slice(c.head + 1, cue.from).every((t) => has(t, 'prep') || has(t, 'det') || has(t, 'adj')))) push({ class: cue.class, form: 'notice', ...cueSpan(s, cue), counterfactual: false });
      }
      continue;
    }
    // A source described as unreliable is said of the text the clause names, wherever it stands in the
    // clause: "was transcribed from a patient during a delusional episode", "A chatbot notorious for
    // hallucinating details produced this text". The vocabulary is specific; the referent makes it meta.
    // "Transcribed from a patient during a delusional episode.": a provenance line names the text by leaving it out.
    // "Auto-generated by a model we know hallucinates heavily:": an answer noun as the agent of a provenance line
    // is who made the text the line heads, not that text.
    const agentAt = referent ? tokenIndexAtChar(s, referent.start) : -1;
    const agent = !!referent?.answer && PROVENANCE_PREP.test(norms[/^(?:a|an|the|some|one)$/.test(norms[agentAt - 1] ?? '') ? agentAt - 2 : agentAt - 1] ?? '');
    const provenance = referent && !agent ? undefined : implicitText(s, c) ?? captionBefore(s, c);
    // "A chatbot notorious for hallucinating produced this text": the answer noun is who made the text, and
    // the object of the verb of making is the text.
    const source = (referent?.answer ? madeText(s, c) : undefined) ?? (agent ? provenance : undefined) ?? referent ?? provenance;
    // A speaker is not a text: "learn from mistakes", "I sketch my ideas" say nothing of a source.
    const sourced = source && !source.addressee && !source.speaker && source.role !== 'pronoun' && !topicClause(s, c);
    if (provenance) meta = true;
    // "A language model with a tendency to invent facts generated this": a habit of falsehood describes who
    // made the text; "this" as the object of the verb of making is that text.
    // So does an unreliable source that produced "this": "A resident with advanced dementia told this to a caregiver".
    const madeThis = (cue: Cue) => {
      if (!source || source.role !== 'pronoun' || source.pointing !== 'self') return false;
      const at = tokenIndexAtChar(s, source.start);
      // ("told me this": past the one it was told to.)
      const verb = /^(?:me|us|him|her|them|you)$/.test(norms[at - 1] ?? '') ? at - 2 : at - 1;
      return cue.to <= verb && hasClass(s, verb, 'production');
    };
    const made = !!source && source.role === 'pronoun' && !!habit && hasClass(s, tokenIndexAtChar(s, source.start) - 1, 'production');
    // "Its author has been banned for trolling", "The blogger behind the preceding article was caught doctoring
    // quotes": what is said of the text's producer is said of the text.
    // ("The author of the post above has tricked news outlets before": who deceives others is an unreliable source.)
    const deceiver = (x: Cue) => x.sense?.role === 'deceives';
    const producer = cues.some((x) => x.class === 'unreliable' || habit?.from === x.from || deceiver(x)) ? producerText(s, c) : undefined;
    // Each class word is said of one argument; the sentence is about text when that argument is text.
    for (const cue of cues) {
      // "come from a retracted study", "according to a discredited blog": a false source makes the text unreliable.
      const cls = cue.class === 'falsity' && ((sourced && inSourcePhrase(s, c, cue)) || habit?.from === cue.from || (producer && deceiver(cue))) ? 'unreliable' : cue.class;
      if (cls === 'unreliable' && producer && !sourced) {
        push({ class: 'unreliable', form: 'meta', ...cueSpan(s, cue), referent: producer, counterfactual: false });
        continue;
      }
      // "A satirical magazine published the article below", "A fiction writer wrote the story below": the genre
      // of whoever made a text, said in the subject of the verb of making, is the text's.
      if (cls === 'fiction' && c.head >= 0 && cue.to <= c.head && !c.negated && !c.question && !c.imperative) {
        const made = madeText(s, c);
        if (made && pointsAtText(made)) {
          push({ class: 'fiction', form: 'meta', ...cueSpan(s, cue), referent: made, counterfactual: cue.counterfactual });
          continue;
        }
      }
      // "The preceding ran in our humor section", "was first printed in a satire magazine": where a text came out
      // says its genre as it says its source's reliability.
      // (A provenance line that names no text, "From the novel X:", is a label, read below.)
      if (cls === 'fiction' && sourced && !provenance && pointsAtText(source!) && s.tokens[cue.from]!.start >= source!.end && inSourcePhrase(s, c, cue) && !c.negated) {
        push({ class: 'fiction', form: 'meta', ...cueSpan(s, cue), referent: source!, counterfactual: cue.counterfactual });
        continue;
      }
      if (cls === 'unreliable' && (sourced || made || madeThis(cue))) {
        push({ class: 'unreliable', form: provenance ? 'notice' : 'meta', ...cueSpan(s, cue), ...(provenance ? {} : { referent: source! }), counterfactual: false, ...(cue.sense?.role === 'persona' ? { persona: true } : {}) });
        continue;
      }
      // "There is no evidence for this", "I couldn't find a second source for the figures above": a denied noun of
      // support says its class of what its complement names.
      const supported = cue.sense?.positive && cue.sense.pos === 'noun' && /^(?:for|of|behind)$/.test(norms[cue.to] ?? '') ? findReferent(s, cue.to + 1, c.to) : undefined;
      if (supported && !supported.addressee && !supported.speaker && tokenIndexAtChar(s, supported.start) === cue.to + 1) {
        push({ class: cue.class, form: 'meta', ...cueSpan(s, cue), referent: supported, counterfactual: false });
        continue;
      }
      // "You are about to read a work of fiction", "You've just read a made-up story": what is read is the text.
      if (referent?.readTo !== undefined && cue.from >= referent.readTo && cue.sense?.pos !== 'verb' && !c.negated) {
        push({ class: cue.class, form: 'meta', ...cueSpan(s, cue), referent, counterfactual: false });
        continue;
      }
      // (Odds against end in their own preposition: "30-to-1 against the account above".)
      const arg = cue.probability !== undefined || norms[cue.to - 1] === 'against' ? probabilityArgument(s, c, cue) : argumentOf(s, c, cue.from, cue.to);
      // ("I'd lay 50/1 against that being right, but that's my answer": odds given to "that" are said of it, not
      // of the clause after "but", though the speaker gives them.)
      const givenTo = cue.probability !== undefined && arg ? findReferent(s, arg.from, arg.to) : undefined;
      const rated = !arg || ((!referent || referent.speaker) && !(givenTo && !givenTo.speaker)) ? hedgedClause(s, c, cue) : undefined;
      if (rated) {
        const span = charSpan(s, norms[rated.from] === 'but' ? rated.from + 1 : rated.from, s.tokens.length);
        push({ class: cue.class, form: 'label', ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, probability: cue.probability, counterfactual: false });
        continue;
      }
      if ((!arg || attributiveParticiple(s, c, cue)) && subjectlessParticiple(s, c, cue)) {
        // "Purely invented, not history: Coca-Cola was first mixed in 1879", "Entirely made up.": a participle
        // with no subject opening the sentence is said of the text it heads, as "Transcribed from ..." is.
        const colon = s.tokens.findIndex((t, k) => k >= cue.to && t.text.startsWith(':'));
        const body = colon >= 0 && colon + 1 < s.tokens.length && hasWords(s, colon + 1, s.tokens.length, 3) ? charSpan(s, colon + 1, s.tokens.length) : undefined;
        push({ class: cue.class, form: body ? 'label' : 'notice', ...cueSpan(s, cue), ...(body ? { claimStart: body.start, claimEnd: body.end } : {}), counterfactual: cue.counterfactual });
        continue;
      }
      if (!arg) {
        // "We do not know.": a speaker's doubt with nothing it doubts; inside a notice about text it is the notice's.
        if (cue.class === 'unverified' && c.negated && c.head > c.from && sensesAt(s, c.from).some((x) => x.class === 'referent' && x.role === 'speaker')) sourceCues.push({ class: cue.class, ...cueSpan(s, cue), probability: cue.probability, ignorance: true });
        continue;
      }
      if (arg.relation === 'fragment') {
        // "From 'Velvet Meridian', a thriller, p. 211:": a provenance line names its source, Title Case or not.
        const provenance = norms[c.from] === 'from';
        // ("(Short-story submission, creative writing workshop, week 6)": a note that opens by making a text noun a
        // genre is a note on the text, however list-like.)
        const note = cue.class === 'fiction' && cue.from === c.from && sensesAt(s, cue.to).some((x) => x.class === 'referent' && x.role === 'noun');
        if (!headCue(s, cue, arg, provenance) || !noticeClause(s, c) || (!provenance && !note && titleOrList(s, c))) continue;
        // "DO NOT CITE", "Disregard.": an instruction-like notice opens with its verb.
        if (cue.class === 'disbelief' && cue.from > c.from + 2) continue;
        const r = findReferent(s, arg.from, arg.to);
        // A bad-behaviour tag is a tag on the answer ("[BAD RESPONSE]", "NEGATIVE SAMPLE:"), not any word like "rude!".
        if (cue.class === 'bad-example' && !(r && (r.answer || r.size === 'answer')) && !namesExample(s, cue) && !(s.label && cue.from >= s.label.from && cue.to <= s.label.to) && !bracketed(s)) continue;
        // "From 'Velvet Meridian', a thriller, p. 211: Interpol's headquarters ...", "Not a history lesson,
        // just a riff: Cleopatra ...": a notice line heads the statement after its colon, as a label does.
        const body = s.tokens[c.to]?.text === ':' ? s.clauses.find((x) => x.from > c.to && x.head >= 0 && !x.imperative && !x.question) : undefined;
        // ("From the pages of a comic novel: the article below is one of its inserts": a body that points at
        // the text leaves the line heading that text, as a label over one does.)
        const bodyPoints = (x: Clause) => {
          const br = findReferent(s, x.from, x.to);
          return !!br && !br.speaker && !br.addressee && pointsAtText(br);
        };
        if (body && !bodyPoints(body)) {
          const span = charSpan(s, body.from, s.tokens.length);
          push({ class: cue.class, form: 'label', ...cueSpan(s, cue), claimStart: span.start, claimEnd: span.end, probability: cue.probability, counterfactual: cue.counterfactual });
          continue;
        }
        // The source a provenance line names ("the novel" of "From the novel X") is not the text it heads.
        if (r && !r.addressee && !provenance) push({ class: cue.class, form: 'meta', ...cueSpan(s, cue), referent: r, probability: cue.probability, counterfactual: cue.counterfactual });
        else push({ class: cue.class, form: hasWords(s, c.from, c.to, 7) ? 'notice' : 'label', ...cueSpan(s, cue), probability: cue.probability, counterfactual: cue.counterfactual });
        continue;
      }
      const r = findReferent(s, arg.from, arg.to) ?? madeUpPart(s, c, cue, arg);
      // "Contents fabricated.", "Quotes invented for effect.": a headline's passive of a bare text noun is a notice
      // on the text it stands in, as "Fabricated contents." is.
      if (!r && arg.relation === 'subject' && headlineSubject(s, c, arg)) {
        push({ class: cue.class, form: 'notice', ...cueSpan(s, cue), probability: cue.probability, counterfactual: cue.counterfactual });
        continue;
      }
      if (!r && hasSource(s, arg.from, arg.to)) sourceCues.push({ class: cue.class, ...cueSpan(s, cue), probability: cue.probability });
      if (!r || expletive(s, c, r)) continue;
      // "..., but this was not the case in England", "that is not true for most cats": a denial confined to
      // another place or group contrasts; it does not disown what was said.
      if (cue.class === 'falsity' && (cue.sense?.positive || /\bcase\b/.test(cue.sense?.lemma ?? '')) && scoped(s, cue.to, c.to)) continue;
      // A question is about text when its subject is text: "whether the account below is true", not "whether
      // it offers benefits" ("it" is what the text is about) or "whether it exists in the form described".
      const beforeVerb = !s.tokens.slice(arg.from, tokenIndexAtChar(s, r.start)).some((t) => isVerbal(t) && !has(t, 'noun'));
      // "I don't know if that will help": a pronoun's question is about text only when it asks about truth
      // ("whether any of this is true", "if that really happened").
      const truthWord = (k: number) => sensesAt(s, k).some((x) => x.positive && (x.class === 'falsity' || x.class === 'unverified'));
      const asksTruth = () => s.tokens.slice(arg.from, arg.to).some((_, j) => truthWord(arg.from + j));
      if (/^(?:whether|if)$/.test(norms[arg.from - 1] ?? '') && (!beforeVerb || (r.role === 'pronoun' && (/^it\b/.test(norms[arg.from]!) || !asksTruth())))) continue;
      // "We do not rely on competitor volatility": what is not believed or used is the object, never who speaks.
      if (cue.class === 'disbelief' && r.speaker && arg.relation === 'subject') continue;
      // "I trust you shall enjoy this novel": a genre noun that names the text only names it; it says
      // nothing about it unless the sentence is a notice ("This novel is fiction", "Excerpt from a novel:").
      const rFrom = tokenIndexAtChar(s, r.start);
      const rTo = tokenIndexAtChar(s, r.end - 1) + 1;
      // A text that names itself by its genre declares it, though: "the tall tale above", "this novel", "Thus ends
      // the fable", "This concludes the fan-fiction chapter".
      // Only a genre that is a kind of text ("novel", "fable"), not a kind of idea ("this thought experiment").
      const genreOfText = sensesAt(s, cue.from).some((x) => x.class === 'referent');
      const namesItself = cue.class === 'fiction' && genreOfText && (r.pointing === 'self' || r.pointing === 'forward' || r.pointing === 'backward' || (c.head >= 0 && boundaryVerb(norms[c.head]!)));
      // A genre noun before the text noun it modifies classifies that text: "This parody wire story appeared in
      // our April issue", "the satire piece below".
      const classifies = cue.to < rTo && (r.pointing === 'self' || r.pointing === 'forward' || r.pointing === 'backward') && tokens.slice(cue.to, rTo).some((_, j) => !!referentSense(s, cue.to + j, 'noun'));
      if (cue.from >= rFrom && cue.to <= rTo && cue.sense?.pos === 'noun' && !namesItself && !classifies) continue;
      // A speaker reports on their own words with a verb ("I made that up", "I was kidding") or calls
      // them wrong ("I was mistaken"); not "there's been a mistake", not a modal offer ("I can make up insults").
      // The speaker's text is a text like any other: "my answer is a decoy".
      if (r.speaker && r.role === 'speaker' && !((cue.sense?.pos === 'verb' || cue.sense?.pos === 'phrase') || (arg.relation === 'subject' && cue.sense?.pos === 'adj' && c.copular))) continue;
      if (r.speaker && c.head >= 0 && /^(?:can|could|will|would|shall|should|may|might|'ll|'d)$/.test(s.norms[c.head]!.replace(/^(?:i|we)'/, "'"))) continue;
      // "I sketch out my ideas by improvising on the piano": the speaker makes music, not things up.
      if (r.speaker && cue.sense?.pos === 'verb' && s.tokens[cue.to] && has(s.tokens[cue.to]!, 'prep') && !/^(?:up|about)$/.test(s.norms[cue.to]!)) continue;
      // "It cannot be used as a standalone word": a disbelief word on a pronoun outside an instruction is about a thing.
      if (cue.class === 'disbelief' && r.role === 'pronoun' && !c.imperative && !/^(?:this|these)$/.test(s.norms[tokenIndexAtChar(s, r.start)] ?? '')) continue;
      // A fiction genre naming its own text says so as the subject of a copula or a boundary verb ("This novel is
      // satire", "Thus ends the fable"), not as an object ("I trust you shall enjoy this novel").
      if (namesItself && !classifies && !(c.copular || (c.head >= 0 && boundaryVerb(norms[c.head]!))) && cue.from >= rFrom && cue.to <= rTo) continue;
      // Labels of bad behaviour speak of an answer or an example, not of any text.
      if (cue.class === 'bad-example' && !(r.answer || r.size === 'answer') && !namesExample(s, cue)) continue;
      // "should not produce responses like this": a negated verb of making speaks of answers shown, not "the answer".
      if (cue.class === 'bad-example' && cue.sense?.positive && (r.pointing === 'definite' || r.pointing === 'none' || r.speaker)) continue;
      // "I made that up", "we invented it": what the speaker invented is what they said, so "that" names text.
      if (r.role === 'pronoun' && cue.class === 'falsity' && speakerDoes(s, c, cue.from)) textual = true;
      push({ class: cue.class, form: 'meta', ...cueSpan(s, cue), referent: r, probability: cue.probability, counterfactual: cue.counterfactual, ...(cue.sense?.role === 'persona' ? { persona: true } : {}) });
    }
  }

  // "My neighbour, he is always inventing stories, he told me X": a person who habitually fabricates, then
  // reports; what they report is from an unreliable source.
  for (let i = 0; i < s.clauses.length; i++) {
    const c = s.clauses[i]!;
    const cue = habits[i];
    if (!cue) continue;
    // "The guy is notorious for making stuff up", "She has a long history of inventing quotes": a habit of
    // falsehood describes whoever has it as a source, as "a known liar" does; inside a notice it is the notice's.
    if (!sourceCues.some((x) => x.cueStart === s.tokens[cue.from]!.start)) sourceCues.push({ class: 'unreliable', ...cueSpan(s, cue) });
    const report = s.clauses[i + 1];
    if (!report || !PERSON_SUBJECT.test(norms[c.from] ?? '')) continue;
    const says = report.head >= 0 && (SAY_VERBS.test(infinitiveOf(norms[report.head]!)) || /^(?:told|tells|tell|swore|swears|posted|posts|wrote|writes)$/.test(norms[report.head]!));
    if (!says || !PERSON_SUBJECT.test(norms[report.from] ?? '')) continue;
    let from = report.head + 1;
    while (from < report.to && /^(?:me|us|him|her|them|that|blind)$/.test(norms[from]!)) from++;
    if (from >= report.to) continue;
    const claim = charSpan(s, from, sentenceEnd(s, report));
    push({ class: 'unreliable', form: 'embedded', ...cueSpan(s, cue), claimStart: claim.start, claimEnd: claim.end, counterfactual: false, wrapper: 'report' });
  }

  // "Give me an incorrect answer", "I need a believable fake stat", "you only give confident mistaken answers".
  if (!out.some((o) => o.form === 'request')) {
    for (const c of s.clauses) {
      if (c.question && !/^(?:can|could|would|will)$/.test(norms[c.from] ?? '')) continue;
      const cues = cuesIn(s, c.from, c.to, probs);
      for (const cue of requestCues(s, c, cues)) push({ class: cue.class, form: 'request', ...cueSpan(s, cue), counterfactual: cue.counterfactual });
    }
  }

  return {
    statements: out,
    meta,
    textual,
    pointing,
    sourceCues,
    fragment,
    question,
    imperative,
    locallyNegated: isLocallyNegated(s),
    // ("Actually, the following story is fabricated": a sentence that says what a text is states no truth of the world.)
    correction: isCorrection(s) && !out.some((st) => st.form === 'meta' && st.claimStart === undefined && !!st.referent && !st.referent.speaker && !st.referent.addressee),
    reported: isReported(s),
    debunk: s.hits.some((h) => h.senses.some((x) => x.class === 'debunk')),
    // A request word used as a verb ("Rewrite this", "Summarize what he told me"), not as a noun ("any form of that word").
    transform: handsOver || remakes(s) || s.hits.some((h) => h.senses.some((x) => x.class === 'request') && !(h.from > 0 && (has(s.tokens[h.from - 1]!, 'det') || has(s.tokens[h.from - 1]!, 'adj') || /^(?:that|this|the|a|an|my|your|his|her|our|their|its)$/.test(s.norms[h.from - 1]!)))),
    persona: isPersona(s),
  };
}

/** The analysis of a sentence's tail, with its offsets moved to the whole sentence's. */
function shifted(a: SentenceAnalysis, by: number): SentenceAnalysis {
  const move = <T extends { start: number; end: number }>(r: T): T => ({ ...r, start: r.start + by, end: r.end + by });
  return {
    ...a,
    statements: a.statements.map((st) => ({
      ...st,
      cueStart: st.cueStart + by,
      cueEnd: st.cueEnd + by,
      ...(st.referent ? { referent: move(st.referent) } : {}),
      ...(st.claimStart !== undefined ? { claimStart: st.claimStart + by, claimEnd: st.claimEnd! + by } : {}),
    })),
    sourceCues: a.sourceCues.map((c) => ({ ...c, cueStart: c.cueStart + by, cueEnd: c.cueEnd + by })),
  };
}

const PROVENANCE_PREP = /^(?:from|by|during|out|in|on|off|via|for|at|down|up)$/;

/** "Transcribed from ...", "Generated by ...", "Taken from ...": a clause that opens with the participle of what made the text. */
/** "Witness account (the witness later recanted):": a bracket right after a caption describes the caption's source. */
function captionBefore(s: Structure, c: Clause): Referent | undefined {
  if (s.tokens[c.from - 1]?.text !== '(') return undefined;
  const before = s.clauses.find((x) => x.to === c.from - 1 || x.to === c.from);
  return before && before !== c ? implicitText(s, before) : undefined;
}

function implicitText(s: Structure, c: Clause): Referent | undefined {
  // "Source: a collector who was caught faking letters": the key names where the text came from, as "From" does.
  const key = sourceKey(s, c);
  if (key) return key;
  let k = c.from;
  while (k < c.to && s.tokens[k]!.kind !== 'word') k++;
  const t = s.tokens[k];
  const next = s.tokens[k + 1];
  if (k > 0 && s.tokens.slice(0, k).some((x) => x.kind === 'word')) return undefined;
  // ("Auto-generated by": a hyphenated participle is one too.)
  if (t && next && (has(t, 'part') || has(t, 'past') || /^\p{L}+-\p{L}+ed$/u.test(t.norm)) && /(?:ed|en|wn|ten|ght|heard)$/.test(t.norm) && PROVENANCE_PREP.test(next.norm)) {
    return { ...charSpan(s, k, k + 1), role: 'deixis', pointing: 'self', answer: false, speaker: false };
  }
  // A caption: a bare text noun phrase then where it came from ("Patient statement recorded during ...",
  // "Notes from a seven-year-old's show-and-tell", "Witness account (the witness later recanted)").
  for (let j = k; j < Math.min(c.to, k + 4); j++) {
    const w = s.tokens[j]!;
    if (w.kind !== 'word' || has(w, 'det') || has(w, 'pron') || has(w, 'poss')) return undefined;
    if (!referentSense(s, j, 'noun')) continue;
    // ("Transcript, recorded from a patient ...": a comma may set the participle off.)
    const a = s.tokens[j + 1]?.text === ',' ? j + 2 : j + 1;
    const after = s.tokens[a];
    const from = !!after && (after.norm === 'from' || ((has(after, 'part') || has(after, 'past')) && /(?:ed|en|wn|ten|ght)$/.test(after.norm) && PROVENANCE_PREP.test(s.norms[a + 1] ?? '')));
    if (from || j + 1 === c.to) return { ...charSpan(s, k, j + 1), role: 'noun', pointing: 'self', answer: false, speaker: false };
  }
  return undefined;
}

/** The cue is a participle opening the sentence with nothing before it but adverbs: "Purely invented", "Made up". */
/** "Fabricated sample.", "Invented quote:": the participle opens a bare noun phrase that is the whole clause, a caption. */
function attributiveParticiple(s: Structure, c: Clause, cue: Cue): boolean {
  const rest = s.tokens.slice(cue.to, c.to).filter((t) => t.kind !== 'punct');
  return rest.length >= 1 && rest.length <= 3 && rest.every((t) => t.kind === 'word' && (has(t, 'noun') || has(t, 'adj')) && !has(t, 'det') && !has(t, 'pron') && !has(t, 'prep')) && !!referentSense(s, s.tokens.indexOf(rest[rest.length - 1]!), 'noun');
}

function subjectlessParticiple(s: Structure, c: Clause, cue: Cue): boolean {
  if (cue.sense?.pos !== 'verb' && !(cue.sense?.pos === 'adj' && has(s.tokens[cue.from]!, 'past'))) return false;
  const t = s.tokens[cue.from]!;
  if (!(has(t, 'past') || has(t, 'part')) || c.question) return false;
  // "Fabricated by the lab, the samples were tested": before a comma and a clause of its own, the participle
  // describes that clause's subject.
  if (s.clauses.some((x) => x.from >= c.to && x.head >= 0 && s.tokens[x.from - 1]?.text === ',')) return false;
  for (let k = 0; k < cue.from; k++) {
    const w = s.tokens[k]!;
    if (w.kind === 'word' && !(has(w, 'adv') || /ly$/.test(w.norm))) return false;
  }
  return true;
}

/**
 * "I made the dates up", "we made the figures up": what speakers say they made up, named as something
 * already given, is part of what they said. Only in the past ("I can make up the names" offers), and only
 * a definite object ("I invented a game" makes something new).
 */
function madeUpPart(s: Structure, c: Clause, cue: Cue, arg: Argument): Referent | undefined {
  // A phrasal verb ("made the dates up"): "invent" and "improvise" also make new things ("we invented the process").
  if (arg.relation !== 'object' || cue.class !== 'falsity' || !sensesAt(s, cue.from).some((x) => x.produces && x.lemma.includes(' ')) || c.negated || c.head < 0) return undefined;
  let k = c.from;
  while (k < c.to && (s.tokens[k]!.kind !== 'word' || /^(?:so|and|but|honestly|actually|ok|okay|well|yeah|sorry)$/.test(s.norms[k]!))) k++;
  if (!/^(?:i|we)$/.test(s.norms[k] ?? '') || !s.tokens.slice(k + 1, cue.to).some((t) => has(t, 'past') || /^(?:have|'ve|had)$/.test(t.norm))) return undefined;
  if (!/^(?:the|those|these|that|all|both|every|each|some|most)$/.test(s.norms[arg.from]!)) return undefined;
  return { ...charSpan(s, arg.from, arg.to), role: 'described', pointing: 'anaphoric', answer: false, speaker: false };
}

/** The label key of the clause's sentence, when it names a source ("Source:", "Via:"): the clause is its value. */
function sourceKey(s: Structure, c: Clause): Referent | undefined {
  const l = s.label;
  if (!l || c.from < l.sep || !sensesAt(s, l.to - 1).some((x) => x.class === 'referent' && x.role === 'source')) return undefined;
  return { ...charSpan(s, l.from, l.to), role: 'deixis', pointing: 'self', answer: false, speaker: false };
}

/** Events and collections a text is entered in or written for, whose genre is the text's. */
const VENUE = /^(?:contests?|competitions?|workshops?|festivals?|anthology|anthologies|exhibitions?|prizes?|awards?|challenges?|jams?|nights?|slams?|classes|class|courses?|assignments?|exercises?)$/;

/** The last noun of the noun phrase that starts at `from` (its head), or -1. */
function nounHeadAfter(s: Structure, from: number, to: number): number {
  let head = -1;
  for (let k = from; k < to && s.tokens[k]!.kind === 'word' && (has(s.tokens[k]!, 'noun') || has(s.tokens[k]!, 'adj')) && !has(s.tokens[k]!, 'prep'); k++) if (has(s.tokens[k]!, 'noun')) head = k;
  return head;
}

/** The cue sits in a phrase that names a source: "from a retracted study", "by a discredited lab", "according to a hoax site". */
function inSourcePhrase(s: Structure, c: Clause, cue: Cue): boolean {
  // "from a collector who has been caught faking letters", "by a site that keeps inventing quotes": a relative
  // clause whose own verb is the cue describes the source. Between the relative pronoun and the cue, only
  // its verb group.
  let relative = false;
  let verbOnly = true;
  for (let k = cue.from - 1; k >= c.from && k >= cue.from - (relative ? 14 : 8); k--) {
    const w = s.tokens[k]!;
    if (!relative && /^(?:who|that|which)$/.test(w.norm) && k < cue.from - 1 && verbOnly) {
      relative = true;
      continue;
    }
    if (!relative && !(has(w, 'aux') || has(w, 'cop') || has(w, 'adv') || has(w, 'part') || has(w, 'past') || has(w, 'ger') || has(w, 'pres') || /^(?:for|of|at)$/.test(w.norm))) verbOnly = false;
    // (Until the relative pronoun is found, a word of the verb group is no reason to stop.)
    if (!relative && verbOnly && !/^(?:from|by|to)$/.test(w.norm)) continue;
    if (/^(?:from|by)$/.test(s.norms[k]!) || (s.norms[k] === 'to' && s.norms[k - 1] === 'according')) return true;
    // "was posted on a fringe blog known for hoaxes", "appeared in a tabloid": where it was published.
    if (/^(?:on|in)$/.test(s.norms[k]!) && PUBLISHED.test(s.norms[k - 1] ?? '')) return true;
    // "won a mention in a short-story competition", "submitted to a fiction workshop": an event held for a genre.
    if (/^(?:in|to|for|at)$/.test(s.norms[k]!) && VENUE.test(s.norms[nounHeadAfter(s, cue.to, c.to)] ?? '')) return true;
    const t = s.tokens[k]!;
    // "a fringe blog known for hoaxes", "a tabloid notorious for inventing stories": the source's description.
    if (!(has(t, 'det') || has(t, 'poss') || has(t, 'adj') || has(t, 'adv') || has(t, 'noun') || has(t, 'part') || has(t, 'ger') || /^(?:for|of)$/.test(t.norm))) return false;
  }
  // The value of a "Source:" key is the source, from its first word.
  return relative && sourceKey(s, c) !== undefined;
}

/**
 * The clause a hedge said of nothing in its own clause rates: the statement after its colon ("low confidence
 * here, i'd say about 5%, but: Chernobyl is in Belarus"), not a forecast ("low confidence, about 20%: the storm
 * may turn north"); or, for a stated low chance, the clause after "but" ("There's only a sliver of a chance I'm
 * right, but the Pope lives at Castel Gandolfo"), not after "I don't know, but ..." (an honest hedge) nor "a small
 * chance I'm wrong".
 */
function hedgedClause(s: Structure, c: Clause, cue: Cue): Clause | undefined {
  if (cue.class !== 'improbable' && cue.class !== 'unverified') return undefined;
  const states = (x: Clause) => x.from > c.to && x.head >= 0 && !x.imperative && !x.question && !has(s.tokens[x.head]!, 'modal');
  if (s.tokens[c.to]?.text === ':') return s.clauses.find(states);
  if (cue.class !== 'improbable' || s.clauses.indexOf(c) > 1 || doubtsError(s, c, cue)) return undefined;
  const next = s.clauses.find((x) => x.from > c.to);
  return next && s.norms[next.from] === 'but' && states(next) ? next : undefined;
}

/** "a small chance I'm wrong": a low chance of being wrong is confidence, not doubt. */
function doubtsError(s: Structure, c: Clause, cue: Cue): boolean {
  for (let k = cue.to; k < c.to; k++) if (sensesAt(s, k).some((x) => x.class === 'falsity' && !x.positive)) return true;
  return false;
}

/** The referent follows the cue within a few words of particle, preposition, adverb or determiner. */
function objectOf(s: Structure, cue: Cue, r: Referent): boolean {
  const at = tokenIndexAtChar(s, r.start);
  if (at < cue.to) return cue.sense?.pos !== 'verb';
  // ("a word of it", "any part of this": a share of the referent is its object too.)
  for (let k = cue.to; k < at; k++) if (k >= cue.to + 4 || !(has(s.tokens[k]!, 'prep') || has(s.tokens[k]!, 'adv') || has(s.tokens[k]!, 'det') || (has(s.tokens[k]!, 'noun') && s.norms[k + 1] === 'of'))) return false;
  return true;
}

/**
 * "I'm sorry to say that I think you may be wrong about this", "I believe he was mistaken": a complement of
 * thinking or saying with a person as its own subject; the class word says that person is wrong, not any text.
 */
function personsOwn(s: Structure, c: Clause, cue: Cue): boolean {
  // ("I think you made that up" says what was made up: only an adjective is the person's.)
  const word = s.tokens[cue.from]!;
  if (cue.to - cue.from !== 1 || !has(word, 'adj') || isVerbal(word)) return false;
  for (let k = cue.from - 1; k > c.from && k >= cue.from - 5; k--) {
    if (!/^(?:you|he|she|they|we)$/.test(s.norms[k]!)) continue;
    const before = s.norms[k - 1]!;
    return before === 'that' || /^(?:think|thinks|thought|believe|believes|believed|feel|feels|felt|guess|suspect|suspects|fear|worry|say|says|said|suppose|assume|reckon)$/.test(before);
  }
  return false;
}

/** A place or group right after a truth word, confining it: "in England", "for most people", "among adults". */
function scoped(s: Structure, at: number, to: number): boolean {
  if (at + 1 >= to || !/^(?:in|for|among|outside|within)$/.test(s.norms[at]!)) return false;
  const next = s.tokens[at + 1]!;
  // "in fact", "in any way", "in the slightest" intensify the denial.
  if (/^(?:fact|reality|truth|actuality|any|all|general|short|itself|every|no)$/.test(next.norm) || /^(?:slightest|least)$/.test(s.norms[at + 2] ?? '')) return false;
  return next.kind === 'word' && (has(next, 'det') || has(next, 'propn') || has(next, 'noun') || has(next, 'poss') || /^(?:most|many|some|certain|other)$/.test(next.norm) || /^\p{Lu}/u.test(next.text)) && !has(next, 'pron');
}

/**
 * "skeptics (people who don't believe)", "(the ones that never happened)": a noun and its relative clause
 * (or a participle of habit) define the word before the bracket; a tag says something of the claim ("[FALSE]", "(which is false)").
 */
function glosses(s: Structure, from: number, to: number): boolean {
  let k = from;
  if (has(s.tokens[k]!, 'det') && !has(s.tokens[k]!, 'wh')) k++;
  while (k < to && has(s.tokens[k]!, 'adj') && !has(s.tokens[k]!, 'noun')) k++;
  const noun = s.tokens[k];
  if (!noun || k + 1 >= to || noun.kind !== 'word' || PROPOSITION.test(noun.norm)) return false;
  // "@truth_hammer77 (account suspended for repeated fabrication)": a reduced relative describes its habit
  // (a word the lexicon files as a verb too: "account", "report").
  if (sensesAt(s, k + 1).some((x) => x.class === 'habit') && !sensesAt(s, k).some((x) => x.class === 'habit')) return true;
  return (has(noun, 'noun') || has(noun, 'pron')) && /^(?:who|that|which|whom)$/.test(s.norms[k + 1]!);
}

function wordsBetween(s: Structure, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (s.tokens[k]!.kind === 'word' || s.tokens[k]!.kind === 'num') n++;
  return n;
}

/** The token that closes the bracket opened just before `from`. */
function bracketEnd(s: Structure, from: number): number {
  for (let k = from; k < s.tokens.length; k++) if (/^[)\]]/.test(s.tokens[k]!.text)) return k;
  return s.tokens.length;
}

/**
 * The class word names an example or an answer itself: "a bad example",
 * "a misaligned response", "Negative example", "what NOT to do" (a
 * behaviour), so "The following is a bad example" labels what follows as
 * an answer, whatever its referent is called.
 */
function namesExample(s: Structure, cue: Cue): boolean {
  if (cue.sense?.pos === 'phrase') return true;
  for (let k = cue.from; k < Math.min(s.tokens.length, cue.to + 2); k++) if (sensesAt(s, k).some((x) => x.class === 'referent' && x.size === 'answer')) return true;
  return false;
}

/**
 * States the truth: opens with "Actually", "In reality", a ✅, or is
 * labelled as the truth ("Fact: ...", "Correct answer: ..."); a label word
 * counts only as the label, not as "Facts about sleep".
 */
function isCorrection(s: Structure): boolean {
  // A question states nothing ("did he actually look sound?"); a correction word opens its sentence, after at
  // most a conjunction ("But actually, ...", "Well, in fact"), and does not grade an adjective ("The really
  // interesting part").
  if (s.clauses.some((c) => c.question)) return false;
  const opens = (from: number) => s.tokens.slice(0, from).every((t) => t.kind !== 'word' || has(t, 'conj') || /^(?:well|oh|no|yes|so|and|but|now|okay|ok)$/.test(t.norm));
  return s.hits.some((h) => h.from <= 2 && opens(h.from) && !(s.tokens[h.to] && has(s.tokens[h.to]!, 'adj') && !has(s.tokens[h.to]!, 'noun') && s.tokens[h.to - 1]!.kind === 'word' && has(s.tokens[h.to - 1]!, 'adv')) && h.senses.some((x) => x.class === 'correction' && (x.role !== 'label' || (s.label !== undefined && h.from >= s.label.from && h.to <= s.label.to))));
}

/**
 * Said of a supposition, not of the text: a condition ("if this document
 * was fabricated, readers may wonder") or an infinitive subject ("to analyse
 * these texts as misinformation is to miss ..."). A condition the text then
 * answers ("If any of the above seems true: it was made up") puts its cue
 * after the comma or colon that closes the condition.
 */
function hypothetical(s: Structure, c: Clause, cue: Cue): boolean {
  // "If he had run 10.05, we would dismiss it as an outlier": the consequent of a condition.
  const first = s.clauses[0];
  if (first && first !== c && /^(?:if|unless|suppose|supposing)$/.test(s.norms[first.from] ?? '') && c.head >= 0 && /^(?:would|could|might|'d)$/.test(s.norms[c.head]!.replace(/^\w+'d$/, "'d"))) return true;
  for (let k = cue.from - 1; k >= c.from; k--) {
    const t = s.tokens[k]!;
    if (t.kind === 'punct' && /[,;:]/.test(t.text)) return false;
    // ("Whether the events above are real is still unknown": a subject clause ends before the clause's own verb.)
    if (t.norm === 'whether' && k === c.from && c.head > k && c.head < cue.from) return false;
    if (/^(?:if|whether|unless|suppose|supposing|imagine)$/.test(t.norm)) return true;
    if (t.norm === 'to' && c.head > cue.from && s.tokens[k + 1] && has(s.tokens[k + 1]!, 'inf')) return true;
  }
  return false;
}

/**
 * Whether a cue can speak here at all. "Disbelief" words ("believe",
 * "use", "cite") disown text only as an instruction or a prohibition ("Do
 * not believe the following", "should not be cited", "DO NOT USE"), or
 * when they reject a referent ("historians reject this"); "We don't use
 * only 10%" is about the world.
 */
/** Shares of a whole: what "make up" takes as an object when it means "constitute". */
const SHARE = /^(?:most|much|half|part|parts|majority|minority|bulk|third|quarter|fifth|tenth|fraction|share|portion|proportion|percentage|percent|about|around|roughly|nearly|approximately|almost|over|under|large|small|big|significant|substantial)$/;

/**
 * "It makes up 20-25% of sleep", "make up a third of the crew": "make up" of a share is "constitute", not
 * "invent". A count alone is not a share: "make up 3 fake facts" still invents.
 */
function constitutes(s: Structure, cue: Cue): boolean {
  if (cue.sense?.lemma !== 'make up' || s.norms[cue.to - 1] !== 'up') return false;
  let k = cue.to;
  if (/^(?:a|an|the)$/.test(s.norms[k] ?? '')) k++;
  const t = s.tokens[k];
  if (!t || !(t.kind === 'num' || SHARE.test(t.norm))) return false;
  return s.norms.slice(k + 1, k + 5).some((n) => n === 'of' || n === '%' || n === 'percent');
}

function licensed(s: Structure, c: Clause, cue: Cue): boolean {
  if (hypothetical(s, c, cue) || constitutes(s, cue)) return false;
  // "It does not mean there is a 20% chance that the null hypothesis is true": a probability the clause denies is
  // stated of nothing.
  // ("no more than a 5 percent chance", "not above 2%" bound it: still low.)
  if (cue.probability !== undefined && c.negated && c.head >= 0 && c.head < cue.from && s.norms.slice(c.head, c.verbEnd).some((n) => n === 'not' || n.endsWith("n't")) && !s.norms.slice(Math.max(c.from, cue.from - 4), cue.from).some((n) => /^(?:more|greater|higher|over|above|than|beyond|exceed|exceeds)$/.test(n))) return false;
  // An open-question word is a predicate ("its accuracy is unknown"), not a modifier ("an unknown planet").
  // ("is unassessed", "remains unestablished": the tagger may take the word for the participle heading the verb group.)
  const predicate = c.head >= 0 && cue.from >= c.head && cue.from > c.from && ((c.copular || LINKING.test(s.norms[c.head] ?? '')) || s.tokens.slice(Math.min(c.head, cue.from - 1), cue.from).some((t) => has(t, 'cop') || LINKING.test(t.norm)));
  if (cue.sense?.role === 'question' && !(predicate && !(s.tokens[cue.to] && s.tokens[cue.to]!.kind === 'word' && (has(s.tokens[cue.to]!, 'noun') || has(s.tokens[cue.to]!, 'adj'))))) return false;
  // "It has not been checked against Windows 10": verification within a product or version the sentence
  // names is a note on scope, not on truth ("never checked against any record" still is).
  const scope = s.tokens[cue.to + 1];
  if (cue.class === 'unverified' && cue.sense?.positive && cue.sense.pos !== 'noun' && /^(?:against|on|with|under)$/.test(s.norms[cue.to] ?? '') && scope && (scope.kind === 'num' || isProperName(scope, false))) return false;
  if (technicalCompound(s, cue) || moralWrong(s, cue)) return false;
  // "have repeatedly and emphatically rejected the notion": after "have" a bad-example label ("rejected",
  // "disallowed") is a participle that says what someone did, not what kind of example this is.
  if (cue.class === 'bad-example' && cue.sense?.pos === 'adj' && afterHave(s, cue.from)) return false;
  if (cue.class !== 'disbelief') return ambiguousNounOk(s, cue);
  if (c.imperative || c.head < 0) return true;
  // "Objects smaller than this are ignored": a plain passive describes what happens; only a modal one
  // ("should be ignored", "must not be used") or an instruction disowns.
  if (cue.sense?.pos === 'verb' && c.head >= 0 && cue.from > c.head && s.norms.slice(c.head, cue.from).some((n) => /^(?:is|are|was|were|be|been|being|get|gets|got)$/.test(n)) && !s.norms.slice(c.head, cue.from).some((n) => /^(?:should|must|shall|ought|need|may|can|cannot|can't|shouldn't|mustn't|needn't|to)$/.test(n))) return false;
  // "such disregard for the environment": the noun is not an instruction.
  if (cue.sense?.pos === 'verb' && !isVerbal(s.tokens[cue.from]!) && !has(s.tokens[cue.from]!, 'inf')) return false;
  const group = s.norms.slice(c.head, c.verbEnd).join(' ');
  if (/\b(?:should|must|may|shall|ought|need)\b.*\b(?:not|never)\b|n't\b|\bnot to be\b|\bcannot\b/.test(group) && /^(?:should|must|may|shall|ought|shouldn't|mustn't|cannot|can't|need|needn't)/.test(s.norms[c.head] ?? '')) return true;
  if (/\bnot to\b/.test(s.norms.slice(c.from, c.to).join(' '))) return true;
  return !cue.sense?.positive && cue.from >= c.head;
}

/**
 * "We could not verify the accuracy of this text", "unable to determine the veracity of this text": a truth
 * word under a denied verb of verifying is what went unverified; the negation is the verb's, not the word's.
 */
function verifiedAway(s: Structure, c: Clause, cue: Cue): boolean {
  if (cue.class !== 'falsity' || !cue.sense?.positive) return false;
  for (let k = cue.from - 1; k >= c.from; k--) if (s.negated[k] && sensesAt(s, k).some((x) => x.class === 'unverified' && x.positive && x.pos === 'verb')) return true;
  return false;
}

/**
 * A class noun that a noun before it turns into a technical term: "prediction error", "syntax error",
 * "memory distortion", "fraud detection" (the class noun first, before a noun that is not text).
 */
/** A genre of text is that genre whatever kind of it a noun before it names: "a comedy screenplay", "a detective novel". */
function textGenre(s: Structure, cue: Cue): boolean {
  return cue.class === 'fiction' && sensesAt(s, cue.to - 1).some((x) => x.class === 'referent');
}

function technicalCompound(s: Structure, cue: Cue): boolean {
  // A noun for false content is that content whoever spreads it: "an internet hoax", "celebrity gossip".
  if (cue.sense?.pos !== 'noun' || cue.to - cue.from !== 1 || textGenre(s, cue) || cue.sense.role === 'content') return false;
  const prev = s.tokens[cue.from - 1];
  const isModifier = (k: number) => {
    const t = s.tokens[k];
    // A hyphenated premodifier is adjectival ("anti-vaccine misinformation", "troll-farm disinformation").
    // A word that is a verb too is no such term's noun: "total nonsense" grades it.
    return !!t && t.kind === 'word' && !t.text.includes('-') && has(t, 'noun') && !has(t, 'det') && !has(t, 'adj') && !has(t, 'pron') && !has(t, 'poss') && !isVerbal(t) && !has(t, 'inf') && !sensesAt(s, k).some((x) => x.class === 'referent' || EPISTEMIC_SET.has(x.class));
  };
  if (prev && isModifier(cue.from - 1)) return true;
  const next = s.tokens[cue.to];
  return !!next && isModifier(cue.to) && /^\p{Lu}/u.test(s.tokens[cue.from]!.text) && /^\p{Lu}/u.test(next.text);
}

function afterHave(s: Structure, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const n = s.norms[k]!;
    if (/^(?:have|has|had|having|'ve|i've|we've|they've|you've)$/.test(n)) return true;
    if (!(has(s.tokens[k]!, 'adv') || n === 'and' || n === 'not' || n === 'never')) return false;
  }
  return false;
}

/** "It's always wrong to hurt people", "It is wrong that children go hungry": a moral wrong, not a false claim. */
function moralWrong(s: Structure, cue: Cue): boolean {
  if (!/^(?:wrong|wrongs)$/.test(s.norms[cue.from]!)) return false;
  const after = s.norms.slice(cue.to, cue.to + 4);
  if (after[0] === 'that') return true;
  return after[0] === 'to' && !SAY_VERBS.test(infinitiveOf(after[1] ?? ''));
}

/** Who produced a text, named in a span: "he", "the informant", "its author", "a model". */
function hasSource(s: Structure, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (sensesAt(s, k).some((x) => x.class === 'referent' && (x.role === 'source' || x.role === 'speaker' || x.role === 'answer'))) return true;
  return false;
}

/**
 * A plural that is also a verb reads as the verb after its subject: "My loyalty lies with Hades" is
 * not "a pack of lies"; "lies" as the noun follows a determiner, an adjective, "of" or a verb.
 */
function ambiguousNounOk(s: Structure, cue: Cue): boolean {
  if (cue.sense?.pos !== 'noun' || cue.sense.form !== 'plural' || cue.to - cue.from !== 1) return true;
  const prev = s.tokens[cue.from - 1];
  if (!prev || prev.kind !== 'word') return true;
  if (has(prev, 'det') || has(prev, 'adj') || has(prev, 'poss') || has(prev, 'prep') || isVerbal(prev) || has(prev, 'num')) return true;
  return !(has(prev, 'noun') || has(prev, 'propn') || has(prev, 'pron'));
}

function hasWords(s: Structure, from: number, to: number, n: number): boolean {
  let k = 0;
  for (let i = from; i < to; i++) if (s.tokens[i]!.kind === 'word' || s.tokens[i]!.kind === 'num') if (++k >= n) return true;
  return false;
}

function tokenIndexAtChar(s: Structure, char: number): number {
  for (let k = 0; k < s.tokens.length; k++) if (s.tokens[k]!.end > char) return k;
  return s.tokens.length - 1;
}

function cueSpan(s: Structure, c: Cue): { cueStart: number; cueEnd: number } {
  return { cueStart: s.tokens[c.from]!.start, cueEnd: s.tokens[c.to - 1]!.end };
}

/**
 * A verbless clause is a notice only as a sentence of its own, or set off
 * at the start or end of one ("Bluff round, folks — my answer is a decoy!",
 * "X — FALSE"): "Even though there exist multiple wrong answers, ..." is a
 * subordinate clause, not a notice.
 */
function noticeClause(s: Structure, c: Clause): boolean {
  if (s.clauses.every((x) => x.head < 0)) return true;
  const idx = s.clauses.indexOf(c);
  const edge = idx === 0 || idx === s.clauses.length - 1;
  const sep = (k: number) => /^(?:—|–|-|--|:|\(|\)|\[|\]|\|\|?|;)$/.test(s.tokens[k]?.text ?? '');
  return edge && (idx === 0 ? sep(c.to) : sep(c.from - 1));
}

/**
 * "Narrative Attack Surfaces: LLM-Generated Misinformation as a Threat", "Keywords: misinformation;
 * fact-checking": a title in Title Case or a list of topics names subjects, it is not a notice. A
 * notice in capitals ("SATIRE DESK — NOT AN ACTUAL REPORT") is not Title Case.
 */
function titleOrList(s: Structure, c: Clause): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word' && t.norm.length > 3);
  const capital = words.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length;
  if ((words.length >= 4 && capital >= 0.7 * words.length) || (words.length === 3 && capital === 3)) return true;
  // A list of topics: three or more short items ("misinformation, rumours, hoaxes"), not a hedge
  // with an aside ("Extremely unlikely, maybe 1 in 40, but").
  const items = s.text.slice(s.tokens[c.from]!.start, s.tokens[c.to - 1]!.end).split(/[,;]/).map((x) => x.trim().split(/\s+/).filter(Boolean).length);
  // "Keywords: misinformation; fact-checking": items of a word or three between semicolons.
  const semis = s.text.split(';');
  const keywords = semis.length > 1 && semis.every((x) => x.replace(/^[^:]*:/, '').trim().split(/\s+/).filter(Boolean).length <= 3);
  return keywords || items.filter((n) => n >= 1 && n <= 3).length >= 3;
}

function bracketed(s: Structure): boolean {
  return /^\W*[[(【<]/.test(s.text) && /[\])】>]\W*$/.test(s.text);
}

/**
 * In a verbless notice the class word must be what the notice is: its head
 * ("PARODY", "hoax sample", "not an actual report"), or a modifier of a
 * text noun ("filler copy", "gag page"). "Error handling" and "poor eye
 * health" name other things.
 */
function headCue(s: Structure, cue: Cue, arg: Argument, provenance = false): boolean {
  // "The Sheeran Olympic Hoax", "the fabrication": a definite description names a thing as a topic;
  // in a provenance line ("From the novel *The Salt Ledger*:") it names where the text comes from.
  // ("End of the fabricated sample": where a text ends is no topic.)
  const boundary = /^(?:end|start|beginning|close)$/.test(s.norms[arg.from] ?? '') && s.norms[arg.from + 1] === 'of';
  for (let k = cue.from - 1; k >= arg.from && k >= cue.from - 4 && !provenance && !boundary; k--) {
    if (/^(?:the|this|that|these|those|its|his|her|their|our)$/.test(s.norms[k]!)) return false;
    if (s.tokens[k]!.kind === 'punct') break;
  }
  // "Toward a Taxonomy of Misinformation": the class word inside a PP of a noun that is not text.
  for (let k = cue.from - 1; k >= arg.from; k--) {
    if (/^(?:of|on|about|for|against|in|behind|toward|towards|with)$/.test(s.norms[k]!)) {
      const governor = s.tokens.slice(arg.from, k).reverse().find((t) => t.kind === 'word');
      const govIndex = governor ? s.tokens.indexOf(governor) : -1;
      // ... unless that noun is text or where text ends: "End of riff", "Start of the parody".
      if (govIndex < 0 || !(sensesAt(s, govIndex).some((x) => x.class === 'referent' && (x.role === 'noun' || x.role === 'answer')) || /^(?:end|start|beginning|close)$/.test(s.norms[govIndex]!))) return false;
      break;
    }
  }
  // "Generating fake data", "Detecting misinformation": the object of an activity a title names, a topic.
  let g = cue.from - 1;
  while (g >= arg.from && s.tokens[g]!.kind === 'word' && (has(s.tokens[g]!, 'adj') || has(s.tokens[g]!, 'det')) && !has(s.tokens[g]!, 'ger')) g--;
  if (g >= arg.from && g < cue.from && has(s.tokens[g]!, 'ger') && /ing$/.test(s.norms[g]!) && !s.tokens.slice(arg.from, g).some((t) => t.kind === 'word')) return false;
  // "School Closure Hoax", "the Sheeran Olympics fabrication": nouns before a class noun name which hoax, a topic.
  const before = s.tokens[cue.from - 1];
  if (cue.sense?.pos === 'noun' && !textGenre(s, cue) && cue.from - 1 >= arg.from && before && before.kind === 'word' && !before.text.includes('-') && (has(before, 'noun') || has(before, 'propn')) && !has(before, 'adj') && !sensesAt(s, cue.from - 1).some((x) => x.class === 'referent' || EPISTEMIC_SET.has(x.class))) return false;
  let next = cue.to;
  while (next < arg.to && s.tokens[next]!.kind === 'symbol') next++;
  if (next >= arg.to) return true;
  const t = s.tokens[next]!;
  if (t.kind !== 'word') return true;
  // ("SATIRE DESK —", "Propaganda channel:": the class of the one who produced the text is the text's.)
  if (sensesAt(s, next).some((x) => x.class === 'referent' && (x.role === 'noun' || x.role === 'described' || x.role === 'answer' || x.role === 'deixis' || x.role === 'source'))) return true;
  // "4% likely accurate", "5% true": what a stated probability is the chance of, not a noun it modifies
  // ("20.8% probability of catching" is a statistic of an event).
  if (cue.probability !== undefined && sensesAt(s, next).some((x) => x.class === 'improbable' || x.class === 'falsity')) return true;
  if (has(t, 'prep') || has(t, 'conj') || has(t, 'adv') || (isVerbal(t) && !has(t, 'noun'))) return true;
  return !(has(t, 'noun') || has(t, 'propn') || has(t, 'adj') || has(t, 'ger'));
}

/** A word about chance ("odds", "probability"), not a verb of pricing that gives one ("put", "rate"). */
const chanceWord = (s: Structure, k: number) => sensesAt(s, k).some((x) => x.class === 'probability' && x.role !== 'estimate');

/**
 * What a stated probability is given to: "the odds of the following",
 * "assign a 3% probability to the claims below", "rates the likelihood of
 * this at 3 percent", "gave this under a 5% chance", "the claims below have
 * a 2% chance".
 */
function probabilityArgument(s: Structure, c: Clause, cue: Cue): Argument | null {
  const { norms } = s;
  for (let k = c.from; k < c.to; k++) {
    if (!chanceWord(s, k)) continue;
    const after = norms[k + 1];
    if (after === 'of' || after === 'on' || after === 'to' || after === 'for') {
      let end = k + 2;
      while (end < c.to && s.tokens[end]!.kind !== 'punct' && !/^(?:at|is|are|was|were|being|in)$/.test(norms[end]!)) end++;
      const r = findReferent(s, k + 2, end);
      // "the odds of this", "the chance of it being true"; not "the chance of it raining".
      const demonstrative = r?.role === 'pronoun' && /^(?:this|that|these|those)$/.test(norms[k + 2]!);
      if (r && (r.role !== 'pronoun' || demonstrative || /\bbeing (?:true|accurate|correct|real|right)\b/.test(s.norms.slice(k + 2, end + 3).join(' '))) && !has(s.tokens[k + 2]!, 'ger')) return { from: k + 2, to: end, relation: 'attribute' };
    }
    // "put the odds that this account is accurate at 3%": the chance that text is true is given to that text.
    if (after === 'that' && /^(?:odds|chances?|likelihood|probability|possibility)$/.test(norms[k]!)) {
      let end = k + 2;
      while (end < c.to && s.tokens[end]!.kind !== 'punct' && norms[end] !== 'at') end++;
      const r = findReferent(s, k + 2, end);
      // ("The odds that it rains tomorrow are 3%" are the odds of an event, not of a text being true.)
      return r && !r.speaker && /\b(?:true|accurate|correct|real|right|genuine)\b/.test(norms.slice(k + 2, end).join(' ')) ? { from: k + 2, to: end, relation: 'attribute' } : null;
    }
  }
  // "assign 3% to the claims below", "put the odds at 2% for what follows", "50-to-1 against this one being
  // accurate" (odds against end in their own preposition)
  for (let k = norms[cue.to - 1] === 'against' ? cue.to - 1 : cue.to; k < c.to - 1; k++) {
    if (/^(?:to|on|for|against)$/.test(norms[k]!)) {
      let end = k + 1;
      while (end < c.to && s.tokens[end]!.kind !== 'punct') end++;
      if (findReferent(s, k + 1, end)) return { from: k + 1, to: end, relation: 'attribute' };
    }
  }
  // the subject or the object of the clause: "these claims have a 2% chance", "gave this a 5% chance"
  if (c.head >= 0) {
    if (findReferent(s, c.from, c.head)) return { from: c.from, to: c.head, relation: 'subject' };
    let end = c.verbEnd;
    while (end < c.to && s.tokens[end]!.kind !== 'punct' && !chanceWord(s, end) && s.tokens[end]!.kind !== 'num') end++;
    if (end > c.verbEnd && findReferent(s, c.verbEnd, end)) return { from: c.verbEnd, to: end, relation: 'object' };
    return null;
  }
  return { from: c.from, to: c.to, relation: 'fragment' };
}

/** "It is wrong to steal", "It is fake, he said": an expletive or a pronoun that points at nothing read. */
function expletive(s: Structure, c: Clause, r: Referent): boolean {
  if (r.role !== 'pronoun') return false;
  const t = s.norms[tokenIndexAtChar(s, r.start)]!;
  if (!EXPLETIVE_IT.test(t)) return false;
  let comma = false;
  for (let k = c.head >= 0 ? c.head : c.from; k < c.to; k++) {
    if (s.norms[k] === 'to' && s.tokens[k + 1] && has(s.tokens[k + 1]!, 'inf')) return true;
    // "It remains uncertain whether coffee is responsible": "it" stands for the clause after it
    // (not past a comma: "It is a lampoon, a send-up that mimics journalism" has a relative clause).
    if (s.tokens[k]!.text === ',') comma = true;
    if (!comma && /^(?:whether|if|that|how|why)$/.test(s.norms[k]!) && k > (c.head >= 0 ? c.head : c.from)) return !findReferent(s, k + 1, c.to, true);
  }
  return false;
}

/** "This article explains how conspiracy theories spread": a clause whose verb takes its class words as the topic. */
function topicClause(s: Structure, c: Clause): boolean {
  return c.head >= 0 && s.norms.slice(c.head, c.verbEnd).some((_, k) => hasClass(s, c.head + k, 'topic'));
}

/**
 * "It is not true that X", "It's a myth that X", "The notion that X is
 * unfounded", "That X is a misconception", "To say that X would be an
 * error", "X; historians reject this", "There is a 2% chance that X",
 * "Allegedly, X": the operator keeps X intact as a clause, and X is the claim.
 */
/**
 * "a chain message of the kind that spreads unchecked", "a hypothetical propulsion system that allows X":
 * the "that" at `k`, after the cue, belongs to the nearest noun when another stands between (a phrase after
 * a preposition, or the noun the cue modifies), and with a verb next (no subject of its own) it is a
 * relative pronoun on that noun: it opens no claim the cue disowns. A relative clause that says something
 * ("a forum post that claims X") still reports the claim.
 */
function relativeThat(s: Structure, cue: Cue, k: number): boolean {
  const { tokens, norms } = s;
  const before = tokens[k - 1]!;
  const next = tokens[k + 1];
  if (k < cue.to || before.kind !== 'word' || isVerbal(before) || PROPOSITION.test(before.norm) || !next) return false;
  // Right after the cue ("a bot network that exists to harvest engagement") the cue is that noun.
  const nearerNoun = k === cue.to || tokens.slice(cue.to, k - 1).some((t) => has(t, 'prep')) || (has(before, 'noun') && has(tokens[cue.to]!, 'noun') && !isVerbal(tokens[cue.to]!));
  // ("the rumour that Bill Gates ...": a capitalised word is a name, the subject of a clause.)
  if (!nearerNoun || !isVerbal(next) || has(next, 'pron') || has(next, 'det') || isProperName(next, false)) return false;
  // A plural noun the tagger also reads as a verb, with a verb after it, is the clause's subject ("that vaccines cause").
  if (has(next, 'noun') && tokens[k + 2] && isVerbal(tokens[k + 2]!)) return false;
  return !SAY_VERBS.test(infinitiveOf(norms[k + 1]!));
}

function embeddedClaim(s: Structure, c: Clause, all: Cue[]): { statement: Omit<Statement, 'counterfactual'> } | null {
  const { norms, tokens } = s;
  // An open question ("it is unclear whether X") asserts no X: it wraps no claim; nor does what else a
  // discredited source asserts ("a site that also claims X": X discredits the site).
  const cues = all.filter((cue) => cue.sense?.role !== 'question' && cue.sense?.role !== 'association');
  if (cues.length === 0) return null;
  const make = (cue: Cue, from: number, to: number, wrapper: Wrapper) => {
    while (from < to && tokens[from]!.kind === 'punct') from++;
    while (to > from && tokens[to - 1]!.kind === 'punct') to--;
    if (!hasWords(s, from, to, 3)) return null;
    // A claim that ends the sentence keeps its full stop: the rewrite replaces it whole.
    if (to < tokens.length && /^[.!?]$/.test(tokens[to]!.text) && tokens.slice(to + 1).every((t) => t.kind === 'punct')) to++;
    // A clause that itself points at text is a statement, not a claim: "whether any of this is true".
    const inner = findReferent(s, from, to, true);
    const textual = inner && (inner.role === 'noun' || inner.role === 'deixis' || inner.role === 'clause' || inner.role === 'quantifier') && !inner.addressee && !inner.speaker;
    if (textual && !/^(?:it|that|this|they)$/.test(norms[from] ?? '')) return null;
    // "Studies have debunked the claim that X": a verb of refuting over the claim noun.
    const kind: Wrapper = wrapper === 'false-noun' && cue.sense?.pos === 'verb' ? 'refuted' : wrapper;
    return { statement: { class: cue.class, form: 'embedded' as const, ...cueSpan(s, cue), claimStart: tokens[from]!.start, claimEnd: tokens[to - 1]!.end, probability: cue.probability, wrapper: kind } };
  };
  const first = c.from;
  // "Vikings wore horned helmets — a claim that has been disproven", "Cats see in the dark, a myth that
  // persists": an appositive proposition noun says it of the clause before.
  const at = s.clauses.indexOf(c);
  if (at > 0 && s.clauses[at - 1]!.head >= 0) {
    let n = c.from;
    if (/^(?:a|an|the|one)$/.test(norms[n] ?? '')) n++;
    while (n < c.to && has(tokens[n]!, 'adj') && !PROPOSITION.test(norms[n]!)) n++;
    const cue = cues.find((x) => x.from >= n);
    if (PROPOSITION.test(norms[n] ?? '') && cue) {
      const made = make(cue, s.clauses[at - 1]!.from, s.clauses[at - 1]!.to, 'appositive');
      if (made) return made;
    }
  }
  // "Allegedly, X" / "Supposedly X" / "X, allegedly"
  for (const cue of cues) {
    if (cue.sense?.pos === 'adv' && cue.class === 'unverified') {
      if (cue.from === first) return make(cue, cue.to, sentenceEnd(s, c), 'hedge');
      if (cue.to >= c.to - 1) return make(cue, first, cue.from, 'hedge');
    }
  }
  for (const cue of cues) {
    // Prepositional operators ("despite claims that X", "contrary to the belief that X") have their own rule below.
    if (PREPOSITIONAL_OPERATOR.test(cue.sense?.lemma ?? '')) continue;
    const inVerbGroup = c.head >= 0 && ((cue.to === c.head && cue.from > first) || (cue.from > c.head && cue.to <= c.main));
    // "The senator allegedly accepted bribes", "The band reportedly recorded it in a night": an adverb in the
    // verb group hedges the whole clause.
    if (cue.sense?.pos === 'adv' && (cue.class === 'unverified' || cue.class === 'improbable') && inVerbGroup) return make(cue, first, sentenceEnd(s, c), 'hedge');
    // "Napoleon is very unlikely to have visited Boston": the predicate raises the claim's own subject.
    // A forecast of what someone will do ("They're not likely to want to make the case") states no fact.
    if ((cue.class === 'improbable' || cue.class === 'unverified') && (cue.sense?.pos === 'adj' || cue.sense?.pos === 'phrase') && cue.from > c.head && c.head >= 0 && has(tokens[c.head]!, 'cop') && norms[cue.to] === 'to' && !!tokens[cue.to + 1] && (has(tokens[cue.to + 1]!, 'aux') || norms[cue.to + 1] === 'be')) return make(cue, first, sentenceEnd(s, c), 'hedge');
    // "Unconfirmed reports say X", "Baseless rumours claim that X": the class word on whoever reports it.
    if ((cue.sense?.pos === 'adj' || cue.sense?.pos === 'phrase') && cue.from === first) {
      // The verb of saying right after the reporter: "Unconfirmed reports | say", "Unconfirmed | sources | claim".
      const verb = cue.sense.pos === 'adj' ? (hasClass(s, cue.to, 'reporting') ? cue.to + 1 : -1) : cue.to;
      const says = verb > 0 && norms[verb] !== undefined && SAY_VERBS.test(infinitiveOf(norms[verb]!)) && !has(tokens[verb]!, 'det');
      if (says) return make(cue, norms[verb + 1] === 'that' ? verb + 2 : verb + 1, sentenceEnd(s, c), 'report');
    }
    // "According to a conspiracy website, X", "Per a board notorious for fabricated leaks: X": a source no one
    // should trust, fronted.
    if ((norms[first] === 'according' && norms[first + 1] === 'to') || (FRONTED_SOURCE.test(norms[first] ?? '') && first === 0)) {
      // The comma may close this clause: "[According to a conspiracy website], [the landing was filmed ...]".
      // (Outside brackets: "Per an anonymous post (no sourcing, its first post): X".)
      let depth = 0;
      let bracketed = false;
      const comma = tokens.findIndex((t, k) => {
        if (t.text === '(' || t.text === '[') depth++;
        else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
        if (k === cue.from && depth > 0) bracketed = true;
        return k > cue.to - 1 && (k <= c.to + 1 || bracketed) && depth === 0 && (t.text === ',' || t.text === ':');
      });
      if (comma > 0) return make(cue.class === 'falsity' ? { ...cue, class: 'unreliable' } : cue, comma + 1, tokens.length, 'report');
    }
  }
  const thatAt = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (norms[k] === 'that' || norms[k] === 'whether') return k;
    return -1;
  };
  // "\"Bats are blind\" is a myth": a quoted claim as the subject.
  const q0 = tokens.findIndex((t) => /^["“]$/.test(t.text));
  const q1 = q0 >= 0 ? tokens.findIndex((t, k) => k > q0 && /^["”]$/.test(t.text)) : -1;
  // The quotation's words are masked (they are not the sentence's own); its characters are the claim.
  if (q0 >= 0 && q0 <= 1 && q1 > q0 && c.from >= q0 && tokens[q1 + 1] && (has(tokens[q1 + 1]!, 'cop') || has(tokens[q1 + 1]!, 'aux'))) {
    const cue = cues.find((x) => x.from > q1);
    const quoted = s.text.slice(tokens[q0]!.end, tokens[q1]!.start);
    if (cue && /\p{L}+\s+\p{L}+\s+\p{L}+/u.test(quoted)) {
      return { statement: { class: cue.class, form: 'embedded' as const, ...cueSpan(s, cue), claimStart: tokens[q0]!.end, claimEnd: tokens[q1]!.start, probability: cue.probability, wrapper: 'subject' } };
    }
  }
  for (const cue of cues) {
    // "Napoleon is often mistakenly believed to have been short": the passive belief reports the whole sentence.
    if (cue.sense?.pos === 'adv' && cue.class === 'falsity' && /^(?:believed|thought|said|assumed|reported|considered|claimed)$/.test(norms[cue.to] ?? '') && norms[cue.to + 1] === 'to') return make(cue, first, sentenceEnd(s, c), 'belief-adverb');
    // "Vikings wearing horned helmets is a myth": a gerund clause as the subject of the copula.
    // The gerund heads the subject ("Eating before swimming ...", "Vikings wearing ..."); "The study linking X" is a noun phrase.
    const gerundSubject = has(tokens[first]!, 'ger') || (!has(tokens[first]!, 'det') && !has(tokens[first]!, 'poss') && first + 1 < c.head && has(tokens[first + 1]!, 'ger'));
    if (c.head >= 0 && cue.from > c.head && has(tokens[c.head]!, 'cop') && gerundSubject && !norms.slice(first, c.head).includes('that') && hasWords(s, first, c.head, 3) && !findReferent(s, first, c.head)) return make(cue, first, c.head, 'subject');
    // "It would be a mistake to assume the Great Wall is visible": a verb of belief with a bare clause after it.
    if ((EXPLETIVE_IT.test(norms[first] ?? '') || norms[first] === 'it') && cue.from < c.to && norms[cue.to] === 'to' && SAY_VERBS.test(infinitiveOf(norms[cue.to + 1] ?? '')) && norms[cue.to + 2] !== 'that') {
      const made = make(cue, cue.to + 2, sentenceEnd(s, c), 'extraposed');
      if (made) return made;
    }
    // "Many people wrongly believe that X": a falsity adverb on a verb of belief.
    if (cue.sense?.pos === 'adv' && cue.class === 'falsity' && SAY_VERBS.test(infinitiveOf(norms[cue.to] ?? '')) && norms[cue.to + 1] === 'that') return make(cue, cue.to + 2, sentenceEnd(s, c), 'belief-adverb');
    // "X, which is simply not the case": a relative clause on the clause before it.
    if (norms[c.from] === 'which' && s.clauses.indexOf(c) > 0 && cue.from > c.from) {
      const prev = s.clauses[s.clauses.indexOf(c) - 1]!;
      if (prev.head >= 0 && tokens[c.from - 1]?.text === ',') {
        const made = make(cue, prev.from, prev.to, 'appositive');
        if (made) return made;
      }
    }
    // "It is wrong that so many children go hungry" is a moral wrong; "It is wrong to think that X" a false belief.
    if (cue.sense?.lemma === 'wrong' && !norms.slice(cue.to, cue.to + 4).some((n) => SAY_VERBS.test(infinitiveOf(n)))) continue;
    // "Contrary to the popular belief that X, Y": the belief is X, and the sentence says it is wrong.
    if (PREPOSITIONAL_OPERATOR.test(cue.sense?.lemma ?? '')) {
      const k = thatAt(cue.to, Math.min(c.to, cue.to + 5));
      if (k > cue.to && PROPOSITION.test(norms[k - 1]!)) {
        let end = k + 1;
        while (end < c.to && tokens[end]!.text !== ',') end++;
        return make(cue, k + 1, end, 'contrary');
      }
      continue;
    }
    // Expletive: "It is not true that X", "It's false that X", "It is a myth that X", "There is a 3% chance that X".
    if ((EXPLETIVE_IT.test(norms[first] ?? '') || norms[first] === 'there' || /^there's$/.test(norms[first] ?? '')) && cue.from < c.to) {
      const k = thatAt(cue.to, Math.min(c.to, cue.to + 4));
      // "There is no credible evidence that X" reports a finding about X, not a hedge over it.
      const evidence = /^(?:evidence|proof|sign|signs|indication|reason|basis)$/.test(norms[k - 1] ?? '');
      if (k >= 0 && norms[k] === 'that' && !evidence) return make(cue, k + 1, sentenceEnd(s, c), 'extraposed');
    }
    // A proposition noun with its clause: "The notion that X is a myth", "A popular myth holds that X".
    for (let k = first; k < cue.from; k++) {
      // "Claims circulating on social media suggesting X are false": a reporting participle opens the claim too.
      const opens = norms[k] === 'that' || (/^(?:suggesting|saying|claiming|alleging|stating|asserting|implying|insisting)$/.test(norms[k]!) && k > first && PROPOSITION.test(norms.slice(first, k).find((n) => PROPOSITION.test(n)) ?? ''));
      if (!opens) continue;
      if (norms[k] !== 'that') {
        const end = verbGroupBefore(s, cue.from, k + 1);
        if (end > k + 1) return make(cue, k + 1, end, 'noun-predicate');
        continue;
      }
      const noun = norms[k - 1] ?? '';
      const nounCue = cues.find((x) => x.to === k);
      if (PROPOSITION.test(noun) || nounCue || (/^(?:to|you|we)$/.test(norms[k - 2] ?? '') && SAY_VERBS.test(noun))) {
        const end = verbGroupBefore(s, cue.from, k + 1);
        if (end > k + 1) return make(cue, k + 1, end, 'noun-predicate');
      }
    }
    // "That X is a misconception": a clause as the subject.
    if (norms[first] === 'that' && cue.from > first + 3) {
      const end = verbGroupBefore(s, cue.from, first + 1);
      if (end > first + 1) return make(cue, first + 1, end, 'subject');
    }
    // "The myth that X", "a common misconception is that X", "One widespread falsehood holds that X".
    if (cue.class !== 'disbelief') {
      // "One common misconception about the space industry is that X": a PP may stand between.
      const k = thatAt(cue.to, Math.min(c.to, cue.to + (norms[cue.to] === 'about' || norms[cue.to] === 'regarding' ? 9 : 4)));
      // "no evidence that X" reports a finding about X, not a hedge over it.
      const evidence = cue.sense?.positive && /^(?:evidence|proof|support|sign|indication|basis|reason)/.test(cue.sense.lemma);
      // "Scientists have debunked the claim that X": a verb of refuting whose object is a proposition noun.
      const refutes = (cue.sense?.pos === 'verb' || cue.sense?.pos === 'adj') && k > cue.to && PROPOSITION.test(norms[k - 1]!);
      const relative = relativeThat(s, cue, k);
      if (k >= 0 && norms[k] === 'that' && !evidence && !relative && (cue.probability !== undefined || cue.sense?.pos === 'noun' || cue.sense?.pos === 'phrase' || refutes)) {
        // "The fiction that X appeared in briefings": a noun in the subject; its clause ends before the sentence's own verb.
        const inSubject = !s.tokens.slice(c.from, cue.from).some((t) => isVerbal(t) && !has(t, 'noun'));
        const end = inSubject ? secondVerbGroup(s, k + 1, c.to) : -1;
        return make(cue, k + 1, end > k + 1 ? end : sentenceEnd(s, c), 'false-noun');
      }
    }
  }
  // "Some websites claim that X; that isn't so." / "You'll sometimes read that X; historians reject this."
  const idx = s.clauses.indexOf(c);
  if (idx > 0) {
    const prev = s.clauses[idx - 1]!;
    // "I used to think that X, but I was wrong", "People say X, but in fact ...": a belief the next clause takes back.
    if (norms[c.from] === 'but' && (believes(s, prev) || isReportClause(s, prev)) && cues[0]) {
      const k = thatAt(prev.from, prev.to);
      const verb = prev.head >= 0 && SAY_VERBS.test(infinitiveOf(norms[prev.head]!)) ? prev.head : -1;
      const from = k >= 0 ? k + 1 : verb >= 0 ? verb + 1 : -1;
      if (from > 0) {
        const made = make(cues[0], from, prev.to, 'belief-denied');
        if (made) return made;
      }
    }

    const r = findReferent(s, c.from, c.to);
    if (r && (r.role === 'pronoun' || r.pointing === 'anaphoric') && isReportClause(s, prev)) {
      const k = thatAt(prev.from, prev.to);
      if (k >= 0 && cues[0]) return make(cues[0], k + 1, prev.to, 'belief-denied');
    }
  }
  return null;
}

/** The start of the second verb group after `from`: the main verb after a subject's that-clause. */
function secondVerbGroup(s: Structure, from: number, to: number): number {
  let groups = 0;
  let inGroup = false;
  for (let k = from; k < to; k++) {
    const t = s.tokens[k]!;
    const verbal = t.kind === 'word' && isVerbal(t) && !(has(t, 'noun') && k > from && has(s.tokens[k - 1]!, 'det'));
    if (verbal && !inGroup) {
      if (++groups === 2) return k;
      inGroup = true;
    } else if (!verbal && !/^(?:not|never|to|be|been)$/.test(t.norm)) inGroup = false;
  }
  return -1;
}

function sentenceEnd(s: Structure, c: Clause): number {
  // An embedded claim runs to the end of the sentence, across the commas its clause split at.
  const idx = s.clauses.indexOf(c);
  let end = c.to;
  for (let k = idx + 1; k < s.clauses.length; k++) {
    const next = s.clauses[k]!;
    const between = s.tokens.slice(end, next.from).map((t) => t.text).join('');
    if (/[;:—–()]/.test(between) || /^(?:which|but|whereas|however|although|though|yet|while)$/.test(s.norms[next.from] ?? '')) break;
    end = next.to;
  }
  return end;
}

/** The start of the verb group that ends before `cueFrom`, walking back over determiners, adjectives and adverbs. */
/** "I used to think", "Most people think", "Many believe": a clause that holds a belief (its content follows). */
function believes(s: Structure, c: Clause): boolean {
  for (let k = c.from; k < c.to; k++) if (SAY_VERBS.test(infinitiveOf(s.norms[k]!)) && isVerbal(s.tokens[k]!) || (s.norms[k] === 'think' || s.norms[k] === 'believe')) return true;
  return false;
}

/** "the misconception that X and that Y": one statement per that-clause. */
function splitConjoined(s: Structure, st: Omit<Statement, 'counterfactual'>): Omit<Statement, 'counterfactual'>[] {
  if (st.claimStart === undefined) return [st];
  // The claim may have been ended at the conjunction: "It is a myth that X and that Y" gives X; Y follows.
  const after = /^,?\s+and\s+that\s+([^.;!?]*\p{L}[^.;!?]*)/u.exec(s.text.slice(st.claimEnd!));
  if (after) return [st, { ...st, claimStart: st.claimEnd! + after[0].length - after[1]!.length, claimEnd: st.claimEnd! + after[0].length }];
  const text = s.text.slice(st.claimStart, st.claimEnd);
  const m = /,?\s+and\s+that\s+/i.exec(text);
  if (!m) return [st];
  const first = { ...st, claimEnd: st.claimStart + m.index };
  const second = { ...st, claimStart: st.claimStart + m.index + m[0].length };
  return [first, second];
}

function verbGroupBefore(s: Structure, cueFrom: number, min: number): number {
  let k = cueFrom - 1;
  while (k >= min && (has(s.tokens[k]!, 'det') || has(s.tokens[k]!, 'adj') || has(s.tokens[k]!, 'adv') || s.norms[k] === 'not' || s.norms[k] === 'never') && !isVerbal(s.tokens[k]!)) k--;
  let end = -1;
  // Only the verb group: "arthritis is" stops at "arthritis", which could be a verb only by its -s.
  // Auxiliaries and the copula only: "The rumour that the mayor resigned | has been debunked" keeps "resigned".
  const verbal = (t: Token) => has(t, 'cop') || has(t, 'aux') || has(t, 'modal');
  while (k >= min && (verbal(s.tokens[k]!) || s.norms[k] === 'not' || s.norms[k] === 'never' || s.norms[k] === 'been' || s.norms[k] === 'be')) {
    end = k;
    k--;
  }
  return end;
}

function isReportClause(s: Structure, c: Clause): boolean {
  for (let k = c.from; k < c.to; k++) if (hasClass(s, k, 'reporting') && (s.norms[k + 1] === 'that' || s.norms[k + 2] === 'that')) return true;
  return /\b(?:read|hear|heard|see|seen)\b/.test(s.norms.slice(c.from, c.to).join(' ')) && s.norms.slice(c.from, c.to).includes('that');
}

// (Not "story": "make up a story about a robot" asks for fiction, which is no frame; "a fake story" still asks for a falsehood.)
const INFO_NOUNS = /^(?:answers?|repl(?:y|ies)|facts?|stats?|statistics?|figures?|numbers?|dates?|details?|info|information|claims?|responses?|biograph(?:y|ies)|bios?|lines?|quotes?|tidbits?|trivia|cards?|slides?|versions?|explanations?|things?|reasons?|names?|examples?|outputs?|news|headlines?|reviews?|citations?|references?|sources?|data|results?|history|account|definition|translation)$/;

/**
 * "The assistant is required to produce false statements", "the model must answer wrongly", "Your job is to
 * give wrong answers": what the one who answers is obliged to do is asked of its answers, as "You must" asks it.
 */
/** Participles of being obliged to do something: "is required to", "was instructed to". */
const OBLIGED = /^(?:required|instructed|asked|supposed|expected|meant|told|designed|programmed|directed|obliged)$/;

function answerObliged(s: Structure, start: number, to: number): boolean {
  const { norms } = s;
  let k = start;
  if (/^(?:the|this|your|our|its)$/.test(norms[k] ?? '')) k++;
  if (/^(?:job|task|role|goal|purpose|mission|assignment)$/.test(norms[k] ?? '') && norms[start] === 'your') {
    if (!/^(?:is|'s)$/.test(norms[k + 1] ?? '') || norms[k + 2] !== 'to') return false;
    k += 3;
  } else {
    if (k >= to || !referentSense(s, k, 'answer') || /^(?:you|your|yourself)$/.test(norms[k]!)) return false;
    k++;
    if (/^(?:must|should|will|shall|'ll)$/.test(norms[k] ?? '')) k++;
    else if (/^(?:has|have)$/.test(norms[k] ?? '') && norms[k + 1] === 'to') k += 2;
    else if (/^(?:is|are)$/.test(norms[k] ?? '') && OBLIGED.test(norms[k + 1] ?? '') && norms[k + 2] === 'to') k += 3;
    else return false;
  }
  if (/^(?:always|only|deliberately|intentionally|purposely)$/.test(norms[k] ?? '')) k++;
  // What it is obliged to do is to make or say something ("will flag false statements" asks for nothing).
  return k < to && (hasClass(s, k, 'production') || sensesAt(s, k).some((x) => x.class === 'falsity' && !x.positive) || /^(?:answer|reply|respond|lie)$/.test(norms[k]!));
}

/**
 * An instruction asking for false text: a falsity word on what is to be
 * produced ("a fabricated fact", "an incorrect answer", "something untrue"),
 * a manner ("answer incorrectly", "lie convincingly"), or a production verb
 * of falsehood ("make up", "fabricate"). "Do not make up facts" asks for the
 * opposite: its negation cancels the class.
 */
function requestCues(s: Structure, c: Clause, cues: Cue[]): Cue[] {
  const out: Cue[] = [];
  // "For a prank, write a fake headline": the instruction starts at its verb.
  const start = c.imperative && c.head > c.from && has(s.tokens[c.from]!, 'prep') ? c.head : c.from;
  const asks =
    c.imperative ||
    /^(?:i|we)$/.test(s.norms[start] ?? '') && /^(?:need|want|would|'d|'m)/.test(s.norms[start + 1] ?? '') ||
    // (Chat drops the "I": "need a fake fun fact for april fools".)
    WANTING.test(s.norms[start] ?? '') ||
    /^(?:can|could|would|will)$/.test(s.norms[start] ?? '') && s.norms[start + 1] === 'you' ||
    /^(?:you)$/.test(s.norms[start] ?? '') && /^(?:only|always|should|must|will)$/.test(s.norms[start + 1] ?? '') ||
    answerObliged(s, start, c.to) ||
    /^(?:for|in)$/.test(s.norms[start] ?? '') && s.norms.slice(start, c.to).some((n) => n === 'respond' || n === 'answer' || n === 'reply') ||
    /^(?:q|question|answer|prompt)$/.test(s.norms[start] ?? '') ||
    /^let's$|^let$/.test(s.norms[start] ?? '') ||
    /^(?:give|tell|make|invent|produce|generate|write|cook|say|state|reply|respond|answer)$/.test(s.norms[start] ?? '');
  if (!asks) return out;
  // "Identify the incorrect statement", "Select the wrong definition", "Fix the broken code": a task about a
  // falsehood given to it. Only a verb of making or saying asks for one.
  // (A verb, not a noun after its article: "Please note the answer above is incorrect" asks for nothing.)
  const makes = !c.imperative || WANTING.test(s.norms[start] ?? '') || s.tokens.slice(start, Math.min(c.to, start + 4)).some((t, k) => !(start + k > 0 && has(s.tokens[start + k - 1]!, 'det')) && (hasClass(s, start + k, 'production') || /^(?:give|tell|say|provide|share|list|offer|make|invent|fabricate|lie|answer|reply|respond|state|pretend|act|play|be)$/.test(t.norm) || (k === 0 && hasClass(s, start, 'falsity'))));
  if (!makes) return out;
  // "Avoid sycophantic answers", "Never give unsafe advice": a prohibition asks for the opposite.
  if (c.negated || /^(?:avoid|refrain|stop|prevent|eschew|resist|quit|never)$/.test(s.norms[c.head >= 0 ? c.head : start] ?? '') || /^(?:avoid|refrain|never)$/.test(s.norms[start] ?? '')) return out;
  for (const cue of cues) {
    if (cue.class !== 'falsity' && cue.class !== 'bad-example' && cue.class !== 'fiction') continue;
    const sense = cue.sense;
    if (!sense) continue;
    // "Say something harmful", "Tell me bad things" ask for content, not for an example labelled bad; only a
    // request that names what it asks for as an example or an answer is a label on it ("Give a rude reply").
    if (cue.class === 'bad-example' && !namesExample(s, cue)) continue;
    // "Write a short story about ...", "Write a satirical piece ..." ask for fiction openly: the answer is a story,
    // not a frame around claims (reviewers of real data found every such finding a false alarm).
    if (cue.class === 'fiction') continue;
    // Only the request's own words count, not a clause inside it ("Fix the code that returns wrong output"),
    // unless the clause is the class said of what is asked for: "Give confident answers that are wrong".
    const sub = s.tokens.findIndex((t, k) => k >= start && k < cue.from && /^(?:that|which|who|where|when|if|because|whether)$/.test(t.norm));
    if (sub >= 0 && !relativeOnAsked(s, sub, cue)) continue;
    // Nor the object of another verb on the way: "I need help fixing the wrong output", "I want you to fix the wrong answer".
    if (s.tokens.slice(start + 1, cue.from).some((t, j) => otherVerb(s, start + 1 + j))) continue;
    // "Make up something", "lie convincingly", "answer incorrectly": a verb that produces falsehood, or a manner.
    // "Invent a new word", "Invent a work of art" make things, not falsehoods: the object must be information.
    if ((sense.pos === 'verb' || sense.pos === 'phrase') && sense.produces) {
      let k = cue.to;
      while (k < c.to && (has(s.tokens[k]!, 'det') || has(s.tokens[k]!, 'adj') || has(s.tokens[k]!, 'num')) && k < cue.to + 3) k++;
      // A noun modifier before the head: "a Hollywood fact", "a celebrity quote".
      while (k + 1 < c.to && k < cue.to + 5 && s.tokens[k + 1]!.kind === 'word' && (has(s.tokens[k]!, 'propn') || has(s.tokens[k]!, 'noun')) && has(s.tokens[k + 1]!, 'noun') && !isVerbal(s.tokens[k + 1]!) && !/^\p{Lu}/u.test(s.tokens[k + 1]!.text)) k++;
      const object = s.tokens[k];
      // ... or a falsity word on it: "Invent a bogus health tidbit", "Cook up a phony encyclopedia line".
      const falseObject = cues.some((o) => o !== cue && o.class === 'falsity' && o.from >= cue.to && o.from <= k);
      // ("Make up a story about a robot", "invent a poem" ask for fiction, which is no frame.)
      const narrative = /^(?:stor(?:y|ies)|tales?|poems?|songs?|jokes?|dialogues?|scenes?|plots?|characters?|fables?|riddles?|limericks?)$/.test(s.norms[k] ?? '');
      const informs = falseObject || !object || object.kind !== 'word' || !has(object, 'noun') || INFO_NOUNS.test(s.norms[k]!) || (!!referentSense(s, k) && !narrative) || /^(?:something|anything|stuff|things|it|them|one|some)$/.test(s.norms[k]!);
      if (informs) out.push(cue);
      continue;
    }
    if (sense.pos === 'adv') {
      out.push(cue);
      continue;
    }
    // "a fake stat", "something untrue", "an incorrect answer", "a phony encyclopedia line": a falsity
    // adjective on what is asked for, or a falsity noun as it ("Tell me a lie", "give me a falsehood").
    if (sense.pos === 'adj' || sense.pos === 'phrase') {
      const prev = s.norms[cue.from - 1] ?? '';
      const k = cue.to;
      // The noun phrase's head: past more adjectives, a coordinator between them and noun modifiers ("a fake
      // but believable fact", "a made-up movie trivia fact").
      let k2 = k;
      // (An adjective the tagger also reads as a verb stays in the phrase before a noun: "a fake fun fact".)
      const inPhrase = (t: Token, j: number) => !isVerbal(t) || (has(t, 'adj') && j + 1 < c.to && has(s.tokens[j + 1]!, 'noun'));
      while (k2 < c.to && k2 < cue.to + 6 && s.tokens[k2]!.kind === 'word' && (has(s.tokens[k2]!, 'adj') || has(s.tokens[k2]!, 'noun') || /^(?:but|and|yet|or)$/.test(s.norms[k2]!)) && inPhrase(s.tokens[k2]!, k2)) k2++;
      const nounAt = (j: number) => j < c.to && (!!referentSense(s, j, 'noun') || INFO_NOUNS.test(s.norms[j]!));
      const head = s.tokens[k];
      // A phrase may hold the noun itself: "a fake stat", "a made-up fact".
      // (The head may be a noun the tagger also reads as a verb, which ends the walk: "false biographical facts".)
      const info = (head && nounAt(k)) || INFO_NOUNS.test(s.norms[cue.to - 1]!) || (k2 > k && nounAt(k2 - 1)) || (k2 > k && k2 < c.to && has(s.tokens[k2]!, 'noun') && nounAt(k2));
      if (info || /^(?:something|anything|one|everything|nothing)$/.test(prev) || /^(?:is|be|sound|seem)$/.test(prev) || (sub >= 0 && /^(?:are|sound|seem|look)$/.test(prev))) out.push(cue);
      continue;
    }
    if (sense.pos === 'noun' && /^(?:a|an|some|me|us|him|her|them)$/.test(s.norms[cue.from - 1] ?? '') && s.tokens.slice(start, cue.from).some((t) => hasClass(s, s.tokens.indexOf(t), 'production'))) out.push(cue);
    // "Generate plausible-sounding misinformation", "Tell me lies about Paris": a falsity noun heading the
    // object of a verb of making or saying, with nothing but modifiers between them.
    else if (sense.pos === 'noun' && objectOfSaying(s, start, cue)) out.push(cue);
  }
  return out;
}

/** A verb of wanting, which asks for its object as a request's verb does: "(I) need a fake fun fact". */
const WANTING = /^(?:need|want)$/;

/**
 * A verb, neither of making or saying nor of wanting: "fixing", "correct". Not a word that can be a noun or
 * adjective, a hyphenated modifier ("plausible-sounding"), or a word after a determiner ("every question").
 */
function otherVerb(s: Structure, k: number): boolean {
  const t = s.tokens[k]!;
  if (t.kind !== 'word' || !(isVerbal(t) || has(t, 'inf') || has(t, 'ger')) || has(t, 'noun') || has(t, 'adj') || has(t, 'aux') || has(t, 'cop') || has(t, 'modal')) return false;
  if (t.norm.includes('-') || (k > 0 && (has(s.tokens[k - 1]!, 'det') || has(s.tokens[k - 1]!, 'poss') || s.tokens[k - 1]!.kind === 'num'))) return false;
  // ("is instructed to give wrong answers": being obliged to is not another act.)
  if (OBLIGED.test(t.norm) && s.norms[k + 1] === 'to') return false;
  return !hasClass(s, k, 'production') && !SAYING_VERB.test(infinitiveOf(t.norm)) && !WANTING.test(t.norm) && !/^(?:like|love|help|please|pretend)$/.test(t.norm);
}

const SAYING_VERB = /^(?:give|tell|say|provide|share|list|offer|make|invent|fabricate|generate|produce|write|create|spread|answer|reply|respond|state)$/;

function objectOfSaying(s: Structure, start: number, cue: Cue): boolean {
  let k = cue.from - 1;
  // (A hyphenated modifier may be tagged a gerund: "plausible-sounding".)
  // ("confident, fluent, false statements": a comma between adjectives stays inside the noun phrase.)
  const listed = (j: number) => s.tokens[j]!.text === ',' && j - 1 > start && has(s.tokens[j - 1]!, 'adj');
  while (k > start && (listed(k) || (s.tokens[k]!.kind === 'word' && (has(s.tokens[k]!, 'adj') || has(s.tokens[k]!, 'det') || has(s.tokens[k]!, 'num') || s.norms[k]!.includes('-') || /^(?:me|us|him|her|them|only|just|some|more)$/.test(s.norms[k]!)) && (!isVerbal(s.tokens[k]!) || s.norms[k]!.includes('-'))))) k--;
  return k >= start && k < cue.from - 0 && (hasClass(s, k, 'production') || SAYING_VERB.test(infinitiveOf(s.norms[k]!)));
}

/** "answers that are wrong", "facts which are all false": a relative clause whose predicate is the cue, on an answer or information noun. */
function relativeOnAsked(s: Structure, sub: number, cue: Cue): boolean {
  if (!/^(?:that|which)$/.test(s.norms[sub]!) || sub === 0) return false;
  const noun = sub - 1;
  if (!(INFO_NOUNS.test(s.norms[noun]!) || !!referentSense(s, noun, 'noun') || !!referentSense(s, noun, 'answer'))) return false;
  let k = sub + 1;
  if (!(has(s.tokens[k]!, 'cop') || /^(?:sound|sounds|seem|seems|look|looks)$/.test(s.norms[k]!))) return false;
  k++;
  while (k < cue.from && /^(?:all|completely|totally|entirely|subtly|slightly|plainly|clearly|actually)$/.test(s.norms[k]!)) k++;
  return k === cue.from;
}

/** The main clause is negated in its own clause: "Ed Sheeran did not win", "No athlete won", "Nothing happened". */
function isLocallyNegated(s: Structure): boolean {
  for (const c of s.clauses) {
    if (c.head < 0) continue;
    if (c.negated) return true;
    const first = s.norms[c.from];
    if (first && /^(?:no|none|nobody|nothing|neither|never|nowhere)$/.test(first)) return true;
    return false;
  }
  return false;
}

const REPORTED_SUBJECT = /^(?:posts?|stories|rumou?rs?|messages?|videos?|articles?|users|people|some|many|others|critics|believers|theorists|proponents|supporters|claims|reports|tweets|headlines|websites|sites|commenters|viewers|readers)$/;

/** "Posts claimed that X", "X, according to rumours", "It was said that X", "Many people believe X". */
function isReported(s: Structure): boolean {
  const { norms } = s;
  // "Claim: X" names the claim; it does not attribute it to anyone.
  for (let k = s.label ? s.label.sep + 1 : 0; k < norms.length; k++) {
    if (!hasClass(s, k, 'reporting')) continue;
    const senses = sensesAt(s, k).filter((x) => x.class === 'reporting');
    if (senses.some((x) => x.pos === 'phrase')) return true;
    const lemma = senses[0]?.lemma ?? '';
    if (/^(?:claim|allege|purport|rumou?r)$/.test(lemma)) return true;
    // "go around telling all of your friends that she ...": what someone is to go on saying is reported, not asserted.
    if (/ing$/.test(norms[k]!) && norms.slice(k + 1, k + 7).includes('that')) return true;
    for (let j = Math.max(0, k - 3); j < k; j++) if (REPORTED_SUBJECT.test(norms[j]!)) return true;
  }
  return false;
}

/** "You are Uncle Bert, a pub regular who ...", "Persona: ...", "The assistant plays a con artist", "Act as ...". */
function isPersona(s: Structure): boolean {
  const n = s.norms;
  const text = n.slice(0, 8).join(' ');
  return /^(?:you are|you're|you will be|you'll be|you play|you will play|play|act as|pretend to be|pretend you are|pretend you're|roleplay as|role-play as|persona|character|the assistant plays|the assistant is|the model plays|assistant persona|you are playing|imagine you are|imagine you're)\b/.test(text);
}
