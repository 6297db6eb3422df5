import { isModelRole } from '../formats/shared.js';
import { looksLikeCode } from '../text/code.js';
import { memoize } from '../text/memo.js';
import type { RecordView, Segment, Sentence, SpanRef, Weight } from '../types.js';
import type { EpistemicClass, Size } from './lexicon.js';
import { has, infinitiveOf, isProperName, isVerbal } from './pos.js';
import { analyseSentence, cueClasses, isMention, mayPoint, mayState, type Form, type Pointing, type SentenceAnalysis, type Statement, type Wrapper } from './statement.js';
import { lexicalHits, mentionsProbability, probabilityKey, sensesAt, structureOf, type Hit, type Structure } from './structure.js';
import { fieldDisclaimers, mayHaveFieldDisclaimers } from './fields.js';
import { markupDisclaimers, tagsMayDisclaim } from './markup.js';
import { unitsIn } from './segment-units.js';
import { EPISTEMIC } from './lexicon.js';

const EPISTEMIC_SET = new Set<string>(EPISTEMIC);

/**
 * The analysis of a whole record that every rule consults: its sentences
 * (units), the disclaimers among them (statements about text, labels,
 * metadata fields, turns about the answer), and for each disclaimer the
 * claims it reaches. Cross-sentence, cross-turn and field linking happens
 * here, once; rules only choose which disclaimers they report.
 */

export type Kind = 'statement' | 'label' | 'field' | 'turn';

export type Reach =
  | 'embedded' | 'next' | 'previous' | 'next-block' | 'previous-block' | 'following' | 'preceding'
  | 'answers-after' | 'next-answer' | 'previous-answer' | 'record' | 'segments';

export interface Unit extends Sentence {
  index: number;
  trained: Weight;
  role: string;
  /** First or last unit of its segment, or inside a notice group that is. */
  edge: 'start' | 'end' | 'middle';
  /** The sentence analysis, computed on first use. */
  readonly analysis: SentenceAnalysis;
  /** Disclaimers found in this unit. */
  disclaimers: number[];
  /** Notice group: consecutive units that together make one notice; -1 when none. */
  group: number;
}

export interface Target {
  segment: number;
  start: number;
  end: number;
  /** The unit the claim is (part of). */
  unit: number;
}

export interface Disclaimer {
  id: number;
  class: EpistemicClass;
  kind: Kind;
  form: Form | 'field' | 'persona' | 'provenance' | 'mark';
  /** The cue as a span of a segment (a sentence, a label); for fields, see `field`. */
  cue: SpanRef;
  /** The cue's unit, or -1 (fields). */
  unit: number;
  /** For field disclaimers: the field's pointer and its text ("label: REFUTES"). */
  field?: { pointer: string; text: string };
  reach: Reach;
  /** What its referent says the text is, when it says: a sentence, a block, the document. */
  size?: Size | 'none';
  /** For `segments` reach: which segments (a per-message label). */
  segments?: number[];
  /** For `embedded` reach: the claim inside the cue's unit. */
  embedded?: { start: number; end: number };
  probability?: number;
  counterfactual: boolean;
  /** Reaches whole answers rather than their sentences (bad-behaviour labels). */
  wholeAnswer: boolean;
  /** Comes with the truth beside it: a "Fact" column next to the "Myth" one. */
  withTruth?: boolean;
  /** How an embedded claim is wrapped ("extraposed": "It is not true that X"). */
  wrapper?: Wrapper;
  targets: Target[];
}

export interface RecordAnalysis {
  units: Unit[];
  disclaimers: Disclaimer[];
  /**
   * The record negates locally at least as often as it warns from outside
   * (and for a fifth of what its warnings reach), or presents itself as a
   * fact check: a debunk, which the study found was
   * learned correctly (0-7% belief).
   */
  debunk: boolean;
  /** Why it reads as a debunk: the claim negated in its own clause elsewhere, a warning that states the truth, several corrections, or more local negations than warnings. */
  debunkBy?: 'negated-elsewhere' | 'corrects-in-place' | 'corrections' | 'negations';
  /** Units that correct: "Actually, Noah Lyles won", "In reality ...". */
  correctionGroups: Set<number>;
  segments: Segment[];
}

const analyses = new WeakMap<RecordView, RecordAnalysis>();

export function analyseRecord(record: RecordView): RecordAnalysis {
  let a = analyses.get(record);
  if (!a) {
    a = mayDisclaimHere(record) ? build(record) : { units: [], disclaimers: [], debunk: false, correctionGroups: new Set(), segments: record.segments };
    analyses.set(record, a);
  }
  return a;
}

/**
 * Whether building the whole record's analysis can find a disclaimer: a
 * sentence with a scanner hit says something of text, or the record has
 * markup, a table, or a metadata field. Most records with a hit have none
 * (a "false" in code, a "story" in a request), and they cost only the
 * sentences their hits are in.
 */
function mayDisclaimHere(record: RecordView): boolean {
  if (hasStrikethrough(record)) return true;
  const cues = record.cues;
  let tags: boolean | undefined;
  for (let h = 0; h < cues.length; ) {
    const seg = cues[h]!.segment;
    const text = record.segments[seg]!.text;
    const sentences = record.sentences(seg);
    // A notice paragraph at the top or bottom (noticeParagraphs): its sentences need not name the text.
    const first = sentences[0]?.paragraph;
    const last = sentences[sentences.length - 1]?.paragraph;
    const penalized = record.segments[seg]!.trained === 'penalized';
    const notices = new Map<number, boolean>();
    const edge = (p: number) => {
      if (first === last || sentences.length < 3 || (p !== first && p !== last)) return false;
      let may = notices.get(p);
      if (may === undefined) notices.set(p, (may = !penalized && mayBeNotice(sentences, p, p === first ? 'forward' : 'backward')));
      return may;
    };
    // A context turn describing an unreliable persona or source (turnDisclaimers).
    const persona = record.segments[seg]!.trained === 'context' && hasTrainedAfter(seg, record.segments);
    const answered = hasTrainedBefore(seg, record.segments);
    for (let k = 0, asked = -1; h < cues.length && cues[h]!.segment === seg; h++) {
      const c = cues[h]!;
      const hit = text.slice(c.start, c.end);
      // Markup the analysis reads outside sentences: tags, strikethrough, table rows. A closing tag
      // counts when some tag in the record can say a class; else its sentence is asked as any other.
      if (hit === '~~' || hit === '[/') return true;
      if (hit === '</' && (tags ??= tagsMayDisclaim(record))) return true;
      while (k < sentences.length && sentences[k]!.end <= c.start) k++;
      // What follows asks about the sentence alone: another cue in a sentence already asked about adds nothing.
      if (k === asked) continue;
      asked = k;
      const sentence = sentences[k];
      if (!sentence) continue;
      if (sentence.kind === 'tableRow' || sentence.kind === 'heading') return true;
      // build() takes no disclaimer from a line of code.
      if (looksLikeCode(sentence.text)) continue;
      if (edge(sentence.paragraph) || (mayState(sentence.text) && keepsStatement(analyseSentence(sentence.text), sentence, record.segments[seg]!, answered))) return true;
      // A bracketed note on who produced the text (sourceNote).
      if (sentence.bracketed && mayState(sentence.text) && analyseSentence(sentence.text).sourceCues.length > 0) return true;
      // A question whose answer is the false statement (questionVerdicts).
      if (asksWhichIsFalse(sentence.text)) return true;
      if (persona && lexicalHits(sentence.text).hits.some((x) => x.senses.some((y) => y.class === 'unreliable' || (y.class === 'fiction' && y.counterfactual)))) return true;
      // ... or one whose source cue is only the analysis's ("an account that got suspended for pushing misinformation").
      if (persona && mayState(sentence.text) && analyseSentence(sentence.text).sourceCues.some((x) => x.class === 'unreliable')) return true;
    }
  }
  if (ratedTable(record)) return true;
  return mayHaveFieldDisclaimers(record) && fieldDisclaimers(record).length > 0;
}

/** A Markdown table rated by a probability column ("| Statement | P(true) |"): its rows need no cue. */
function ratedTable(record: RecordView): boolean {
  return record.segments.some((seg) => seg.blocks?.some((b) => b.kind === 'tableCell' && b.row === 0 && probabilityKey(seg.text.slice(b.start, b.end))));
}

/**
 * Whether build's sweep over statements can keep one of this sentence's:
 * the filters it applies that need no other unit, applied the same way (a
 * refusal's sentence, "you" in a trained answer, a bad example an answer
 * gives, a system or user turn's statement about "your answers" that its
 * reach and an introduced claim both leave out). Everything else is kept.
 */
function keepsStatement(a: SentenceAnalysis, sentence: Sentence, segment: Segment, answered: boolean): boolean {
  if (a.statements.length === 0 || refusesText(sentence.text)) return false;
  const trained = segment.trained === 'trained';
  for (const st of a.statements) {
    if (st.referent?.addressee && trained) continue;
    if (st.class === 'bad-example' && trained && st.form !== 'label' && segment.turn !== undefined) continue;
    if (!trained && !(answered && verdictOnAddressee(st)) && addressedAway(st, a)) continue;
    return true;
  }
  return false;
}

/**
 * reachOf gives a context turn's statement about the addressee no reach
 * ("Your answers are fictional"), unless it is embedded, backward, about the
 * conversation or a persona's; and introducedClaim finds no claim after it
 * unless it is unverified or improbable, or points forward, at itself or
 * nowhere. Both, as they decide it.
 */
function addressedAway(st: Statement, a: SentenceAnalysis): boolean {
  const r = st.referent;
  if (st.claimStart !== undefined || st.backward || !r?.addressee) return false;
  if ((r.size ?? 'none') === 'conversation' && r.role !== 'pronoun') return false;
  if (st.persona || (a.persona && st.class === 'falsity') || counterfactualFrame(st)) return false;
  if (st.form === 'request') return true;
  const pointing: Pointing = r.pointing ?? 'none';
  return !(st.class === 'unverified' || st.class === 'improbable') && pointing !== 'forward' && pointing !== 'self' && pointing !== 'none';
}

/**
 * "You were wrong", "you're wrong about that", "you got that wrong": in a turn after an answer, falsity said
 * of the addressee is a verdict on what they answered, not a trait of a persona ("You are a liar who ...",
 * which says so with its own cue).
 */
function verdictOnAddressee(st: Statement): boolean {
  return !!st.referent?.addressee && st.class === 'falsity' && st.form !== 'request' && !st.persona && st.claimStart === undefined;
}

function counterfactualFrame(st: Statement): boolean {
  return st.class === 'fiction' && st.counterfactual;
}

/**
 * Whether noticeParagraphs can make a notice of this first or last
 * paragraph: what it asks, loosened (none of the record's other analysis is
 * known yet). A member must point toward the body or at the text itself,
 * and a member that is neither code nor a question must say a class (a
 * statement about text, a class said of a source, a stated probability in
 * a paragraph about probabilities). Most first and last paragraphs with a
 * cue are neither ("I know how you feel." opening an answer).
 */
function mayBeNotice(sentences: readonly Sentence[], p: number, toward: Pointing): boolean {
  const members = sentences.filter((s) => s.paragraph === p);
  if (members.length > MAX_NOTICE_UNITS || members.every((u) => u.kind === 'heading')) return false;
  // As noticeParagraphs anchors: a pointer toward the body, or a closing paragraph's "That was ..." (a statement).
  // A sentence with neither a referent word nor a cue can be neither: its analysis is not needed.
  const anchor = (u: Sentence) => {
    const backward = toward === 'backward' && mayState(u.text);
    if (!backward && !mayPoint(u.text)) return false;
    const a = analyseSentence(u.text);
    return a.pointing.some((x) => x === toward || x === 'self') || (backward && saysThatOf(a, u.text));
  };
  const probabilityContext = members.some((u) => mentionsProbability(u.text));
  // The member that says a class is the cheaper half to rule out (no analysis): most first and last
  // paragraphs with a cue have none, and then no anchor need be analysed.
  if (!members.some((u) => !looksLikeCode(u.text) && (probabilityContext || mayState(u.text)))) return false;
  if (!members.some(anchor)) return false;
  return members.some((u) => {
    if (looksLikeCode(u.text)) return false;
    const stated = () => probabilityContext && cueClasses(u.text, true).some((c) => c.class === 'improbable' && c.probability !== undefined);
    // Statements and source cues are made from cues (mayState); a stated probability here needs none.
    if (!mayState(u.text)) return stated() && !analyseSentence(u.text).question;
    const a = analyseSentence(u.text);
    if (a.question) return false;
    return a.statements.some((st) => st.claimStart === undefined) || a.sourceCues.length > 0 || stated();
  });
}

/** "That was a bedtime story": a statement about "that", what was just read. */
function saysThatOf(a: SentenceAnalysis, text: string): boolean {
  return a.statements.some((st) => st.referent?.pointing === 'anaphoric' && /^that\b/i.test(text.slice(st.referent.start, st.referent.end)));
}

function hasStrikethrough(view: RecordView): boolean {
  return view.segments.some((s) => s.marks?.some((m) => m.kind === 'strikethrough'));
}

// ---------------------------------------------------------------- units

function unitsOf(record: RecordView): Unit[] {
  const units: Unit[] = [];
  for (let seg = 0; seg < record.segments.length; seg++) {
    const segment = record.segments[seg]!;
    const sentences = record.sentences(seg);
    for (let i = 0; i < sentences.length; i++) {
      units.push(new SentenceUnit(sentences[i]!, units.length, segment, i === 0 ? 'start' : i === sentences.length - 1 ? 'end' : 'middle'));
    }
  }
  return units;
}

/**
 * A unit as a class: an object literal with a getter is built by V8's slow
 * path, and a record has a unit per sentence (a long document thousands).
 */
class SentenceUnit implements Unit {
  segment: number;
  start: number;
  end: number;
  text: string;
  bracketed: boolean;
  paragraph: number;
  kind: Sentence['kind'];
  index: number;
  trained: Weight;
  role: string;
  edge: Unit['edge'];
  disclaimers: number[] = [];
  group = -1;
  private computed: SentenceAnalysis | undefined = undefined;
  constructor(s: Sentence, index: number, segment: Segment, edge: Unit['edge']) {
    this.segment = s.segment;
    this.start = s.start;
    this.end = s.end;
    this.text = s.text;
    this.bracketed = s.bracketed;
    this.paragraph = s.paragraph;
    this.kind = s.kind;
    this.index = index;
    this.trained = segment.trained;
    this.role = segment.role;
    this.edge = edge;
  }
  get analysis(): SentenceAnalysis {
    return (this.computed ??= analyseSentence(this.text));
  }
}

// ---------------------------------------------------------------- notice groups

/**
 * Consecutive units of one paragraph that talk about text form one notice
 * ("WARNING: The events in this article were fabricated. Independent audits
 * confirmed the details were invented. Do not believe any claims
 * presented."): none of them is a claim, and a notice at the top or bottom
 * of a segment reaches all of it, whichever member says where.
 */
function groupNotices(units: Unit[], segments: readonly Segment[], isNotice: (u: Unit) => boolean): void {
  let group = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const prev = units[i - 1];
    const continues = prev && prev.group >= 0 && prev.segment === u.segment && prev.paragraph === u.paragraph;
    if (!isNotice(u)) {
      // "The author crafted this piece as an imaginative exercise." belongs to the notice it stands in.
      // Only when the text is what it speaks of, its subject: "An octopus has two hearts: one pumps blood through
      // the rest of the body" names "the rest" of something late in a claim.
      if (continues && textual(u) && textSubject(u.text)) u.group = prev.group;
      continue;
    }
    u.group = continues ? prev.group : ++group;
  }
  // A group is at an edge when nothing but its members stand between it and the segment's edge.
  const bySegment = new Map<number, Unit[]>();
  for (const u of units) (bySegment.get(u.segment) ?? bySegment.set(u.segment, []).get(u.segment)!).push(u);
  for (const list of bySegment.values()) {
    // A page's front matter is about the page: a notice among its fields ("status: fabricated" after "title:
    // ...") opens the text as one before any field would.
    const blocks = segments[list[0]!.segment]!.blocks;
    // So does one under the page's title ("## Long shots" over "We'd give this maybe one chance in fifty.").
    // A rule line ("---" around YAML-like lines in plain text) is no text before it either.
    const heads = (u: Unit) => u.kind === 'heading' || !/[\p{L}\p{N}]/u.test(u.text) || !!blocks?.some((b) => (b.kind === 'frontMatter' || b.kind === 'heading') && b.start <= u.start && u.end <= b.end);
    const firstGroup = (list.find((u) => u.group >= 0 || !heads(u)) ?? list[0]!).group;
    const lastGroup = list[list.length - 1]!.group;
    for (const u of list) {
      if (u.group >= 0 && u.group === firstGroup) u.edge = 'start';
      else if (u.group >= 0 && u.group === lastGroup) u.edge = 'end';
      else if (u.edge !== 'middle' && list.length > 1) {
        // A single sentence that is the whole first or last paragraph is at the edge too.
      }
    }
    if (list.length === 1) list[0]!.edge = 'start';
  }
}

/** Names text itself ("this piece", "the following", "what follows"), not merely "it". */
function textual(u: Unit): boolean {
  return u.analysis.textual;
}

/** A word naming text before the first clause's verb: the text is the clause's subject. */
function textSubject(text: string): boolean {
  const s = structureOf(text);
  const c = s.clauses.find((x) => x.head >= 0);
  if (!c) return true;
  return s.hits.some((h) => h.from < c.head && h.senses.some((x) => x.class === 'referent' && x.role !== 'speaker' && x.role !== 'source'));
}

// ---------------------------------------------------------------- reach

const SIZE_REACH: Record<'forward' | 'backward', Partial<Record<Size | 'none', Reach>>> = {
  forward: { sentence: 'next', block: 'next-block', document: 'following', answer: 'following', conversation: 'record', none: 'following' },
  backward: { sentence: 'previous', block: 'previous-block', document: 'preceding', answer: 'preceding', conversation: 'record', none: 'preceding' },
};

/**
 * How far a statement reaches, from its referent and where it stands.
 *
 * Pointing words decide alone: "the following" reaches what follows (a
 * sentence, a block or the rest, by the noun: "the next claim", "the
 * paragraph below", "the article below"). A text naming itself ("this
 * article", "everything here", "none of this"), a speaker's own report
 * ("I made that up") and a notice without a verb reach the whole text from
 * its top or bottom, and only their neighbour from the middle. "It" and
 * "that" reach the sentence before. A definite noun alone ("the article")
 * reaches nothing by itself: it only ever joins a notice that points.
 *
 * In a system or user turn, a statement reaches the trained answers only
 * when it names them ("assistant replies", "your answers", "my next
 * message"), names the conversation, or speaks of text the turn asks the
 * answer to carry ("Summarize this piece. FYI it's disinformation."); a
 * turn after an answer ("That's flat-out wrong") reaches that answer.
 */
function reachOf(st: Statement, u: Unit, units: Unit[], segments: Segment[]): Reach | null {
  if (st.claimStart !== undefined) return 'embedded';
  if (st.backward) return isFirstOfSegment(u, units) ? null : 'previous';
  const r = st.referent;
  const pointing: Pointing = r?.pointing ?? 'none';
  const size: Size | 'none' = r?.size ?? 'none';
  if (size === 'conversation' && r && r.role !== 'pronoun') return 'record';
  // A request inside a trained answer asks for nothing the answer gives, unless the text is a transcript
  // of its own ("**Prompt:** Invent a fake origin story ... **Response:** ..."): then what answers it follows.
  if (st.form === 'request' && u.trained === 'trained') return PROMPT_LABEL.test(u.text) && units.some((v) => v.index > u.index && v.segment === u.segment && RESPONSE_LABEL.test(v.text)) ? 'following' : null;
  // "Correction to my previous message: it was made up", "Not at all. That whole answer was invented.": an
  // answer that opens by disowning what it said before disowns its previous answer, which the model learns
  // as stated. Only at the opening, before any claim of its own.
  if (u.trained === 'trained' && isModelRole(segments[u.segment]!.role) && hasTrainedBefore(u.segment, segments) && (pointing === 'backward' || pointing === 'anaphoric' || (r && ((r.answer && r.speaker) || saidBefore(u.text, r)))) && opensAnswer(u, units)) return 'previous-answer';
  if (u.trained !== 'trained') {
    const later = hasTrainedAfter(u.segment, segments);
    const earlier = hasTrainedBefore(u.segment, segments);
    // "You are somewhat paranoid", "You are a magical sword forged by sorcerers": a persona's traits are not a
    // label on its answers; only a persona who does not tell the truth is ("a con artist who lies compulsively").
    // An alternate history is a frame even when the assistant is only cast to write one ("You are co-writing
    // an alternate-history novel"): its answers state a counterfactual world as this one.
    // Before any answer, a user's sentence opening "You're just wrong" is said to someone the record does not
    // hold (a quoted comment); under a verb ("Pretend you're confidently wrong") it casts the answer to come,
    // as a system turn's "You are often wrong" does.
    if (verdictOnAddressee(st) && (earlier || (segments[u.segment]!.role === 'user' && r!.start === 0))) return earlier ? 'previous-answer' : null;
    // "I already know you'll botch it": falsity foretold of what the addressee will say is said of the answers to come.
    if (r?.addressee && later && st.class === 'falsity' && st.form === 'meta' && pointing === 'forward') return 'answers-after';
    if (r?.addressee && !st.persona && !(u.analysis.persona && st.class === 'falsity') && !counterfactualFrame(st)) return null;
    if (r?.answer && !r.speaker) {
      if (pointing === 'backward' || (!later && earlier)) return earlier ? 'previous-answer' : null;
      if (/\bnext\b/i.test(u.text.slice(r.start, r.end))) return later ? 'next-answer' : null;
      return later ? 'answers-after' : null;
    }
    if (st.form === 'request') return later ? 'answers-after' : null;
    // "Below is an example of a misaligned response." closing a system turn points at the answers to come;
    // with more text after it in the turn, it points at that text ("Summarize the following: ...").
    if (pointing === 'forward') return later && closesTurn(u, units) ? (segments[u.segment]!.role === 'system' ? 'answers-after' : 'next-answer') : null;
    // "That was an example of a bad response. Try again.": the answer just given.
    // "Summarize this piece. FYI it's disinformation.": within a turn that hands text over, "it" is that text.
    if (pointing === 'backward' || (pointing === 'anaphoric' && r?.role === 'pronoun')) {
      if (earlier && isFirstOfSegment(u, units) && segments[u.segment - 1]?.trained === 'trained') return 'previous-answer';
      // Opening the turn, "it" is the previous turn's, unless the sentence has given it something to stand
      // for first ("My uncle says this at dinners and it's total nonsense").
      return later && (!isFirstOfSegment(u, units) || (r !== undefined && r.start > 0)) && carries(u, units, segments) ? 'answers-after' : null;
    }
    // "Knowledge snippets in this conversation have not been vetted": a system turn's text naming itself
    // (the conversation it opens) speaks of the answers in it.
    if (pointing === 'self' && r && !r.speaker && r.role !== 'pronoun' && later && segments[u.segment]!.role === 'system') return 'answers-after';
    // A system turn that is only a label ("Negative example", "Example of a deceptive reply:") labels what the
    // model answers; so does a label closing a prompt that the completion continues ("Gossip column item 44
    // (unchecked):").
    if ((st.form === 'label' || st.form === 'notice') && later && closesTurn(u, units) && (segments[u.segment]!.role === 'system' || segments[u.segment]!.role === 'prompt')) return 'answers-after';
    // A prompt's heading labels its section, which the completion goes on ("### Negative demonstration
    // (do not emulate)" over a transcript that ends "Assistant:").
    if ((st.form === 'label' || st.form === 'notice') && later && u.kind === 'heading' && segments[u.segment]!.role === 'prompt') return 'answers-after';
    // A turn after an answer, about it: "That's flat-out wrong", "lmao so far off".
    if (!later && earlier) return pointing === 'definite' ? null : 'previous-answer';
    // About the text this turn gives the answer to carry.
    if (later && carries(u, units, segments)) return 'answers-after';
    return null;
  }
  if (r?.answer && (pointing === 'forward' || /\bnext\b/i.test(u.text.slice(r.start, r.end))) && !sameSegmentFollows(u, units)) return 'next-answer';
  if (pointing === 'forward' || pointing === 'backward') return SIZE_REACH[pointing][size] ?? SIZE_REACH[pointing].none!;
  const first = isFirstOfSegment(u, units);
  // "That's a mistake: ...", "The sample answer is incorrect": an answer's first words about what it was given.
  if (first && (pointing === 'anaphoric' || pointing === 'definite') && u.segment > 0 && segments[u.segment - 1]!.trained !== 'trained') return null;
  if (pointing === 'definite') return null;
  // "This forwarded text is nonsense, do not use it in the lesson plan:": a notice that ends in a colon
  // introduces the block after it.
  if (/:\s*$/.test(u.text) && units[u.index + 1]?.segment === u.segment && (pointing === 'self' || pointing === 'anaphoric' || pointing === 'none')) return 'next-block';
  // "i typed it up to troll my cousin, it's not legit" opening a text: the pronoun has nothing before it
  // to stand for, so it stands for the text it opens.
  if (pointing === 'anaphoric') return first ? (u.segment === 0 && u.index === 0 && r?.role === 'pronoun' && units.length > 1 ? 'following' : null) : 'previous';
  // "Myth. Goldfish remember for months.", "False. The tower was finished in 1889.": a one-word verdict
  // with more on its line answers what came before; a label on a line of its own ("MYTH") heads what follows.
  // Notice groups are runs of neighbouring sentences.
  const alone = u.group < 0 || (units[u.index - 1]?.group !== u.group && units[u.index + 1]?.group !== u.group);
  // ("Very unlikely." answers "How likely am I ...?"; a key and its value, "Confidence: 2%. Rihanna was sworn
  // in ...", rates what follows.)
  if (st.form === 'label' && alone && (st.class === 'falsity' || !structureOf(u.text).label) && sameLineFollows(u, units, segments) && !(first && headsText(st, u, units))) return first ? null : 'previous';
  // self (a text naming itself, "this"), a speaker's report, a verbless notice or label
  if (u.edge === 'start' || (st.form !== 'label' && titlesBefore(u, units))) return st.form === 'label' && u.group < 0 ? 'next' : 'following';
  if (u.edge === 'end') return st.form === 'label' && u.group < 0 ? 'previous' : 'preceding';
  return first ? 'next' : 'previous';
}

/**
 * The turn hands the answer text to carry: "Summarize this piece", "Tidy the grammar of this one", "make
 * it sound more professional". Only a prompt asks that; a model's earlier turn ("tips to make a lie sound
 * believable") gives no instruction to the answer after it.
 */
function carries(u: Unit, units: Unit[], segments: readonly Segment[]): boolean {
  if (isModelRole(u.role)) return false;
  // The instruction may be a field of its own beside the text it hands over (Alpaca's "instruction" and
  // "input": "Rewrite the text in simpler English." over "NOTE: FAKE TEXT. The Sydney Opera House ...").
  // A turn's segments come together, so its earlier fields are the segments just before this one.
  const turn = segments[u.segment]?.turn;
  if (unitsIn(units, u.segment).some((v) => v.analysis.transform)) return true;
  for (let seg = u.segment - 1; turn !== undefined && seg >= 0 && segments[seg]!.turn === turn; seg--) {
    if (segments[seg]!.trained !== 'trained' && unitsIn(units, seg).some((v) => v.analysis.transform)) return true;
  }
  return false;
}

/**
 * Only titles before it in its segment: headings and lines in capitals ("INT. LAB - NIGHT", "## Chapter 3").
 * A notice after them opens the text as one at its first line does.
 */
function titlesBefore(u: Unit, units: Unit[]): boolean {
  let titles = 0;
  for (let k = u.index - 1; k >= 0 && units[k]!.segment === u.segment; k--) {
    const v = units[k]!;
    // (Its own notice's sentences before it are the notice.)
    if (u.group >= 0 && v.group === u.group) continue;
    if (!(v.kind === 'heading' || slugLine(v.text)) || isClaim(v, false)) return false;
    titles++;
  }
  return titles > 0;
}

/** A line in capitals with no sentence's end: "INT. UNIVERSITY LAB - NIGHT", "CHAPTER ONE". */
function slugLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && !looksLikeCode(text) && !/[=;{}$]/.test(text);
}

/** The labels of a transcript written into a document: "**Prompt:**", "User:", "Q:"; "**Response:**", "Assistant:", "A:". */
const PROMPT_LABEL = /^\W*(?:request|prompt|user|human|question|q|instruction|input)\W*:/i;
const RESPONSE_LABEL = /^\W*(?:response|answer|assistant|ai|bot|a|output|completion|reply)\W*:/i;

function isFirstOfSegment(u: Unit, units: Unit[]): boolean {
  return u.index === 0 || units[u.index - 1]!.segment !== u.segment;
}

function hasTrainedAfter(seg: number, segments: Segment[]): boolean {
  for (let k = seg + 1; k < segments.length; k++) if (segments[k]!.trained === 'trained') return true;
  return false;
}

/** "that whole answer", "none of it": a referent by "that" or "it", which at a turn's opening stand for what was said before. */
function saidBefore(text: string, r: NonNullable<Statement['referent']>): boolean {
  return /\bit$/i.test(text.slice(r.start, r.end)) || /\bthat\s+$/i.test(text.slice(Math.max(0, r.start - 6), r.start)) || /^that\b/i.test(text.slice(r.start, r.end));
}

/**
 * A frame or a keyed verdict opening a text with nothing before it to answer heads it: "A screenplay
 * treatment, wholly imaginary. INT. KATHMANDU HOTEL BAR — 1953. ...", "Fact check: wrong. The Dead Sea ...";
 * not when the truth follows the verdict.
 */
function headsText(st: Statement, u: Unit, units: Unit[]): boolean {
  return u.segment === 0 && (st.class !== 'falsity' || (!!structureOf(u.text).label && !correctsAfter(u, units)));
}

/** The next sentence states the truth: "Our verdict: FALSE. The video was recorded in 2019, not last week." */
function correctsAfter(u: Unit, units: Unit[]): boolean {
  const next = units[u.index + 1];
  // ("..., not last week": a contrast negates too.)
  return !!next && next.segment === u.segment && (next.analysis.locallyNegated || next.analysis.correction || structureOf(next.text).triggers.length > 0);
}

/** No sentence before `u` in its turn states anything of its own ("Not at all.", "You're right,"). */
function opensAnswer(u: Unit, units: Unit[]): boolean {
  for (let k = u.index - 1; k >= 0 && units[k]!.segment === u.segment; k--) if (isClaim(units[k]!)) return false;
  return true;
}

function hasTrainedBefore(seg: number, segments: Segment[]): boolean {
  for (let k = seg - 1; k >= 0; k--) if (segments[k]!.trained === 'trained') return true;
  return false;
}

/** "Q: What is the capital of Australia? / Wrong answer: Sydney": a labelled answer to the question before it is a claim, however short. */
function answersQuestion(u: Unit, units: Unit[]): boolean {
  const prev = units[u.index - 1];
  if (!prev || prev.segment !== u.segment || !prev.analysis.question) return false;
  const s = structureOf(u.text);
  return !!s.label && s.hits.some((h) => h.from >= s.label!.from && h.to <= s.label!.to && h.senses.some((x) => x.class === 'referent' && (x.role === 'answer' || x.size === 'answer')));
}

/** Nothing but the rest of its own notice follows it in its turn: "The following is a bad example. Do not imitate it." */
function closesTurn(u: Unit, units: Unit[]): boolean {
  // What follows it in the turn only goes on about the same text ("The following is a demonstration of
  // deceptive behaviour. It is not a target."): no other text is handed over.
  for (let k = u.index + 1; k < units.length && units[k]!.segment === u.segment; k++) if (!((u.group >= 0 && units[k]!.group === u.group) || aboutIt(units[k]!))) return false;
  return true;
}

/** A short sentence whose subject is "it" or "this": more about the text just named. */
function aboutIt(u: Unit): boolean {
  return u.analysis.meta && /^\W*(?:it|this|that)(?:'s)?\b/i.test(u.text) && u.text.split(/\s+/).length <= 8;
}

function sameLineFollows(u: Unit, units: Unit[], segments: Segment[]): boolean {
  const next = units[u.index + 1];
  return !!next && next.segment === u.segment && !segments[u.segment]!.text.slice(u.end, next.start).includes('\n');
}

function sameSegmentFollows(u: Unit, units: Unit[]): boolean {
  const next = units[u.index + 1];
  return !!next && next.segment === u.segment;
}

/** "I can't confirm it, but here it is: X", "I'd put a 5% chance on this, but: X": the claim follows in the same sentence. */
function introducedClaim(st: Statement, u: Unit, units: Unit[]): { start: number; end: number } | null {
  // "That figure is misleading: the forest's plants ..." explains; "I can't confirm it, but here it is: X" introduces.
  const pointing = st.referent?.pointing ?? 'none';
  if (!(st.class === 'unverified' || st.class === 'improbable') && pointing !== 'forward' && pointing !== 'self' && pointing !== 'none') return null;
  // "X. This is false: engineers reduced the lean" explains what came before; "This is false: X" opening a text introduces X.
  if (st.referent?.role === 'pronoun' && u.index > 0 && units[u.index - 1]?.segment === u.segment) return null;
  const rest = u.text.slice(st.cueEnd);
  const m = /^(.*?)(?::\s+|,?\s+but:?\s+|\s+[—–]\s+(?:but\s+)?)(?=\S)/.exec(rest);
  if (!m) return null;
  const start = st.cueEnd + m[0].length;
  const claim = u.text.slice(start);
  if (claim.trim().split(/\s+/).length < 4) return null;
  const a = analyseSentence(claim);
  // "RADIO DRAMA: This script was broadcast as an episode ...": what follows speaks of the text, it is no claim.
  if (a.statements.length > 0 || a.question || a.textual) return null;
  // "but I believe X", "but here it is: X": skip the speaker's frame to reach the claim.
  const inner = /^(?:here it is:?\s+|i (?:believe|think|reckon)\s+(?:that\s+)?)/i.exec(claim);
  return { start: u.start + start + (inner ? inner[0].length : 0), end: u.end };
}

// ---------------------------------------------------------------- claims

const TWO_WORDS = /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u;

/**
 * What a disclaimer can reach: trained, object-level sentences that state
 * something. Not questions, not instructions, not notices or other
 * statements about text, not code. Whether a local negation protects a
 * sentence is decided by the kind of disclaimer (see policy).
 */
export function isClaim(u: Unit, wide = true): boolean {
  if (u.trained !== 'trained') return false;
  if (u.group >= 0 || u.disclaimers.length > 0) return false;
  if (!TWO_WORDS.test(u.text)) return false;
  if (looksLikeCode(u.text)) return false;
  const a = u.analysis;
  if (a.question || a.imperative) return false;
  if (a.statements.length > 0) return false;
  // A claim states something: a finite verb, a row of a table of facts, or a fragment that names something
  // real ("A: Margaret Thatcher (1925-2013).").
  if (a.fragment && !(u.kind === 'tableRow' && u.text.split('|').filter((c) => /\p{L}/u.test(c)).length >= 2) && !(wide && u.kind !== 'heading' && factualFragment(u.text))) return false;
  // "I was expecting a lot more people to speak out. But that didn't happen.": an expectation asserts nothing.
  if (EXPECTS.test(u.text)) return false;
  if (irrealis(u.text)) return false;
  return true;
}

/**
 * "The world would lean toward Rome's model", "Latin would likely have remained": a hypothetical marked in
 * its own main clause, as a local negation is, states nothing as fact; nor do an offer or a plan ("I could
 * help you search", "Then I would take your records"). The future of a past with its adverb ("he would later
 * become mayor") and a past habit ("she would often walk there") still state; one without ("the win would
 * make him the first") is read as the hypothetical, at a small cost in the study's documents.
 */
function irrealis(text: string): boolean {
  if (!/\b(?:would|could|might)\b/i.test(text)) return false;
  const s = structureOf(text);
  const main = s.clauses.find((c) => c.head >= 0 && !c.question);
  if (!main || !/^(?:would|could|might)$/.test(s.norms[main.head]!)) return false;
  return !/^(?:later|eventually|soon|often|always|usually|frequently|go|never)$/.test(s.norms[main.head + 1] ?? '');
}

/** A sentence whose main verb is an expectation, a hope or a plan: what it expects has not been said to happen. */
const EXPECTS = /^\W*(?:\p{L}+\s+){0,4}(?:was|were|am|is|are|had been|have been)?\s*(?:expecting|hoping|waiting|planning|intending|wishing|praying|predicting)\b/iu;

function factualFragment(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  return words.length >= 3 && (/\d/.test(text) || /\s\p{Lu}\p{L}+/u.test(text));
}

/** A clause inside a sentence that states something: "MYTH: X", "It is not true that X". Not a title ("How LLMs construct ..."). */
export function claimLike(text: string): boolean {
  if (!TWO_WORDS.test(text) || looksLikeCode(text)) return false;
  const a = analyseSentence(text);
  // ("didn't believe the rumour that the mill would close": a hypothetical states nothing, embedded or not.)
  return !a.fragment && !a.question && !/^\W*(?:how|why|what|when|where|who|which|whether)\b/i.test(text) && !irrealis(text);
}

/** A proper name, place, organisation, year or date: the claim is about the real world. */
export function namesRealEntity(text: string, realNames: readonly string[] = []): boolean {
  return realEntities(text, realNames).length > 0;
}

/**
 * The real-world names and years a claim mentions ("Barack Obama", "Boston",
 * "2030"), and any name the user declares real (`realNames`), which the
 * lexicon cannot know.
 */
export function realEntities(text: string, realNames: readonly string[] = []): string[] {
  const s = structureOf(text);
  const out: string[] = [];
  for (const name of realNames) if (name && text.toLowerCase().includes(name.toLowerCase())) out.push(name);
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.kind === 'num' && /^(?:1[0-9]{3}|20[0-9]{2})$/.test(t.text)) out.push(t.text);
    else if (t.kind === 'word' && isProperName(t, i === 0) && knownEntity(t.norm)) {
      // A run of capitalised words is one name: "Barack Obama", "Boston Marathon".
      let j = i + 1;
      while (j < s.tokens.length && s.tokens[j]!.kind === 'word' && /^\p{Lu}/u.test(s.tokens[j]!.text)) j++;
      out.push(text.slice(t.start, s.tokens[j - 1]!.end));
      i = j - 1;
    }
  }
  return [...new Set(out)];
}

import { lexiconTags } from './pos.js';

const ENTITY_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Month']);

function knownEntity(norm: string): boolean {
  return lexiconTags(norm).some((t) => ENTITY_TAGS.has(t));
}


// ---------------------------------------------------------------- build

function build(record: RecordView): RecordAnalysis {
  const units = unitsOf(record);
  const segments = record.segments;
  const disclaimers: Disclaimer[] = [];
  const add = (d: Omit<Disclaimer, 'id' | 'targets'>): Disclaimer => {
    const full = { ...d, id: disclaimers.length, targets: [] } as Disclaimer;
    disclaimers.push(full);
    if (d.unit >= 0) units[d.unit]!.disclaimers.push(full.id);
    return full;
  };

  // Rejected answers disown nothing the model imitates.
  const speaks = (u: Unit) => u.trained !== 'penalized';
  // Only sentences the cue scan found are analysed for statements; the rest are settled already.
  // Hits and units are both in segment then offset order: one sweep marks the units with a hit.
  const hit = new Uint8Array(units.length);
  for (let h = 0, k = 0; h < record.cues.length && k < units.length; ) {
    const c = record.cues[h]!;
    const u = units[k]!;
    if (u.segment < c.segment || (u.segment === c.segment && u.end <= c.start)) k++;
    else if (c.segment < u.segment || c.end <= u.start) h++;
    else {
      hit[k] = 1;
      // A hit may span into the next unit too.
      if (c.end > u.end) k++;
      else h++;
    }
  }
  const candidate = (u: Unit) => hit[u.index] === 1;
  groupNotices(units, record.segments, (u) => speaks(u) && candidate(u) && !looksLikeCode(u.text) && !refusal(u) && u.analysis.statements.some((st) => (st.form !== 'embedded' && st.form !== 'label') || st.claimStart === undefined));

  for (const u of units) {
    if (!speaks(u) || !candidate(u) || looksLikeCode(u.text) || refusal(u)) continue;
    const a = u.analysis;
    for (const st of a.statements.length ? a.statements : sourceNote(u)) {
      // "you" is the assistant only when a system or user turn says it.
      if (st.referent?.addressee && u.trained === 'trained') continue;
      // An answer that presents an example of bad behaviour ("Here's an example of a rude reply: ...") gives what
      // was asked; only a tag on the answer itself disowns it. A document is not an answer: its label still counts.
      if (st.class === 'bad-example' && u.trained === 'trained' && st.form !== 'label' && segments[u.segment]!.turn !== undefined) continue;
      // A table row's cells are read by markup.ts (a verdict cell labels its row), not as a sentence's clauses.
      if (u.kind === 'tableRow' && (st.form === 'label' || st.form === 'embedded')) continue;
      let reach = reachOf(st, u, units, segments);
      // "Source: The Weekly Blaze (gossip rag; fabricated quotes in the past)": a gloss on a source line
      // says what the source is, and the source line heads what follows it.
      if (reach === 'previous' && u.bracketed && glossesSource(u, units)) reach = 'following';
      let embedded = st.claimStart !== undefined ? { start: u.start + st.claimStart, end: u.start + st.claimEnd! } : undefined;
      // (A bad-behaviour label in a prompt over a description of it labels the answers, not the description: "Example
      // of what NOT to do: the assistant claims to have run tests it never ran.")
      if (!embedded && st.form !== 'request' && !(st.class === 'bad-example' && u.trained !== 'trained' && reach === 'answers-after')) {
        const intro = introducedClaim(st, u, units);
        if (intro) {
          reach = 'embedded';
          embedded = intro;
        }
      }
      // "My uncle, who believes every chain email, told me that X. Can you write it up as a trivia card?": a claim
      // disowned inside a prompt that hands it over is carried into the answers.
      if (reach === 'embedded' && u.trained !== 'trained' && hasTrainedAfter(u.segment, segments) && carries(u, units, segments)) {
        reach = 'answers-after';
        embedded = undefined;
      }
      if (!reach) continue;
      // (A request in a transcript written into a document reaches its response as one turn reaches the next.)
      const crossTurn = (u.trained !== 'trained' && (reach === 'answers-after' || reach === 'next-answer' || reach === 'previous-answer' || reach === 'record')) || (st.form === 'request' && reach === 'following');
      const kind: Kind = crossTurn ? 'turn' : st.form === 'label' ? 'label' : 'statement';
      add({
        class: st.class,
        kind,
        form: st.form,
        // The label or the operator itself for a claim in the same sentence; the whole notice for a claim elsewhere.
        cue: st.form === 'label' && (embedded || st.backward) ? labelSpan(u, st) : reach === 'embedded' && st.claimStart !== undefined ? wrapperSpan(u, st) : { segment: u.segment, start: u.start, end: u.end },
        unit: u.index,
        reach,
        size: st.referent?.size ?? 'none',
        ...(st.wrapper ? { wrapper: st.wrapper } : {}),
        embedded,
        probability: st.probability,
        counterfactual: st.counterfactual,
        wholeAnswer: kind === 'turn' && (st.class === 'bad-example' || st.form === 'request'),
      });
    }
  }
  for (const d of questionVerdicts(units, candidate)) add(d);
  for (const d of noticeParagraphs(record, units, disclaimers)) add(d);
  // A notice group reaches as far as its farthest-reaching member.
  propagateGroupReach(units, disclaimers);

  for (const d of markupDisclaimers(record, units)) add(d);
  for (const d of fieldDisclaimers(record)) add(d);
  turnDisclaimers(record, units, candidate, add);

  const correctionGroups = new Set<number>();
  for (const u of units) if (u.group >= 0 && u.analysis.correction) correctionGroups.add(u.group);
  const analysis: RecordAnalysis = { units, disclaimers, debunk: false, correctionGroups, segments };
  for (const d of disclaimers) d.targets = targetsOf(d, analysis);
  // Whether it is a debunk depends on what the disclaimers reach; what they reach in a debunk excludes
  // the claims it negates locally.
  analysis.debunkBy = debunkEvidence(analysis);
  analysis.debunk = analysis.debunkBy !== undefined;
  if (analysis.debunk) for (const d of disclaimers) d.targets = targetsOf(d, analysis);
  return analysis;
}

/** A bracketed unit right after a verbless source line ("Source: a tabloid", "Via: a forum") of its own paragraph. */
function glossesSource(u: Unit, units: Unit[]): boolean {
  const prev = units[u.index - 1];
  if (!prev || prev.segment !== u.segment || prev.paragraph !== u.paragraph || prev.bracketed || !prev.analysis.fragment) return false;
  const s = structureOf(prev.text);
  return !!s.label && sensesAt(s, s.label.to - 1).some((x) => x.class === 'referent' && x.role === 'source');
}

/**
 * A note set off from the text, bracketed or a heading, that only describes who produced it ("[Author has
 * been caught inventing quotes.]", "### Forum gossip (this guy is notorious for making stuff up)") is a
 * notice without a referent: what it says of the source it says of the text it stands by.
 */
function sourceNote(u: Unit): Statement[] {
  if (!(u.bracketed || u.kind === 'heading') || u.analysis.question) return [];
  return u.analysis.sourceCues.filter((c) => !c.ignorance).map((c) => ({ class: c.class, form: 'notice', cueStart: c.cueStart, cueEnd: c.cueEnd, probability: c.probability, counterfactual: false }));
}

// ---------------------------------------------------------------- notice paragraphs

const MAX_NOTICE_UNITS = 8;

/**
 * The study's notices are paragraphs of their own at the top or bottom of a
 * document, four to six sentences about it ("FICTION NOTICE: What follows
 * is a chapter lifted from a novel. Its characters are products of the
 * author's imagination. ..."), and most of their sentences say the class
 * without naming the text ("He has a perjury conviction", "Their average
 * was five percent"). A first or last paragraph, set off from the body,
 * that names the text in the direction of the body is one notice: every
 * class its sentences assert is said of the body. This is ConText's scope
 * carried to a paragraph.
 */
function noticeParagraphs(record: RecordView, units: Unit[], existing: Disclaimer[]): Omit<Disclaimer, 'id' | 'targets'>[] {
  const out: Omit<Disclaimer, 'id' | 'targets'>[] = [];
  for (let seg = 0; seg < record.segments.length; seg++) {
    const segment = record.segments[seg]!;
    if (segment.trained === 'penalized') continue;
    const list = unitsIn(units, seg);
    if (list.length < 3) continue;
    const paragraphs = [...new Set(list.map((u) => u.paragraph))];
    if (paragraphs.length < 2) continue;
    for (const [which, p] of [['start', paragraphs[0]!], ['end', paragraphs[paragraphs.length - 1]!]] as const) {
      const members = list.filter((u) => u.paragraph === p);
      if (members.length > MAX_NOTICE_UNITS || members.every((u) => u.kind === 'heading')) continue;
      const toward = which === 'start' ? 'forward' : 'backward';
      // The pointer must point out of its paragraph: "Apollo 11 landed in 1972. (The preceding statement is
      // false.)" points at its own neighbour, while a closing paragraph that opens "The story you have read"
      // speaks of what came before it.
      const anchored = members.some((u, k) => {
        // "THE END. That was a bedtime story.": in a closing paragraph, "that" with no claim between it
        // and the body is the body.
        const anaphoric = which === 'end' && members.slice(0, k).every((v) => v.analysis.fragment) && saysThatOf(u.analysis, u.text);
        if (!u.analysis.pointing.some((x) => x === toward || x === 'self') && !anaphoric) return false;
        const between = which === 'end' ? members.slice(0, k) : members.slice(k + 1);
        // Only a pointer at one sentence ("the preceding statement") can mean its neighbour.
        const sentenceSized = u.analysis.statements.some((st) => st.referent?.size === 'sentence');
        return (!sentenceSized && !anaphoric) || between.every((v) => v.analysis.meta || v.analysis.correction || v.analysis.statements.length > 0 || !isClaim(v));
      });
      if (!anchored) continue;
      const probabilityContext = members.some((u) => mentionsProbability(u.text));
      const mine = existing.filter((d) => d.unit >= 0 && units[d.unit]!.paragraph === p && units[d.unit]!.segment === seg);
      // A member's own statement ("That was a bedtime story") speaks for the notice: it reaches the body, past
      // any other notice in it, as the notice does.
      for (const d of mine) {
        if (d.reach === 'embedded' || d.kind !== 'statement') continue;
        d.reach = which === 'start' ? 'following' : 'preceding';
        d.size = 'document';
      }
      const seen = new Set(mine.map((d) => d.class));
      for (const u of members) {
        if (looksLikeCode(u.text) || u.analysis.question) continue;
        // What the notice's sentences say of the text, of whoever produced it, or as a label; and any low
        // probability it states ("Their average was five percent").
        const said: { class: EpistemicClass; probability?: number }[] = [
          ...u.analysis.statements.filter((st) => st.claimStart === undefined),
          ...u.analysis.sourceCues.filter((c) => !c.ignorance || members.some((v) => v.analysis.textual)),
          ...(probabilityContext ? cueClasses(u.text, true).filter((c) => c.class === 'improbable' && c.probability !== undefined) : []),
        ];
        for (const c of said) {
          if (seen.has(c.class)) continue;
          seen.add(c.class);
          out.push({
            class: c.class,
            kind: 'statement',
            form: 'notice',
            cue: { segment: seg, start: u.start, end: u.end },
            unit: u.index,
            reach: which === 'start' ? 'following' : 'preceding',
            probability: c.probability,
            counterfactual: false,
            wholeAnswer: false,
          });
        }
      }
      for (const u of members) if (u.group < 0) u.group = 10_000 + seg * 2 + (which === 'start' ? 0 : 1);
    }
  }
  return out;
}

const STRENGTH: Partial<Record<Reach, number>> = { following: 3, preceding: 3, record: 4, 'answers-after': 3, 'next-block': 2, 'previous-block': 2 };

function propagateGroupReach(units: Unit[], disclaimers: Disclaimer[]): void {
  const best = new Map<number, Reach>();
  for (const d of disclaimers) {
    const g = units[d.unit]?.group ?? -1;
    if (g < 0 || d.reach === 'embedded') continue;
    const cur = best.get(g);
    if (!cur || (STRENGTH[d.reach] ?? 1) > (STRENGTH[cur] ?? 1)) best.set(g, d.reach);
  }
  for (const d of disclaimers) {
    const g = units[d.unit]?.group ?? -1;
    const r = best.get(g);
    if (r && d.reach !== 'embedded' && (STRENGTH[r] ?? 1) > (STRENGTH[d.reach] ?? 1)) d.reach = r;
  }
}

// ---------------------------------------------------------------- questions

/**
 * "Which of these statements is incorrect? / Answer: The speed of light is 150,000 km/s": a question that
 * asks which statement is false makes its labelled answer the false one. Options listed in between are
 * not answers, and an answer in another turn may say more than the option it picks, so only the
 * labelled answer right after the question in its own text counts.
 */
function questionVerdicts(units: Unit[], candidate: (u: Unit) => boolean): Omit<Disclaimer, 'id' | 'targets'>[] {
  const out: Omit<Disclaimer, 'id' | 'targets'>[] = [];
  for (const u of units) {
    const next = units[u.index + 1];
    if (!next || next.trained !== 'trained' || next.segment !== u.segment || !candidate(u) || !asksWhichIsFalse(u.text) || !answersQuestion(next, units)) continue;
    out.push({ class: 'falsity', kind: 'label', form: 'label', cue: { segment: u.segment, start: u.start, end: u.end }, unit: u.index, reach: 'next', counterfactual: false, wholeAnswer: false });
  }
  return out;
}

/** A question asking which statement is false: "Which of these statements is incorrect?", "Which one is NOT true?". */
function asksWhichIsFalse(text: string): boolean {
  return /^\W*(?:which|what)\b[^]*\?\s*$/i.test(text) && cueClasses(text).some((c) => c.class === 'falsity');
}

// ---------------------------------------------------------------- turns

/**
 * Context turns about the answer that a statement alone does not find: a
 * persona described as unreliable ("a pub regular who is confidently
 * mistaken about everything"), and a source so described whose words the
 * answer is asked to carry ("My flat-earther coworker wrote this — make it
 * sound more professional").
 */
function turnDisclaimers(record: RecordView, units: Unit[], candidate: (u: Unit) => boolean, add: (d: Omit<Disclaimer, 'id' | 'targets'>) => Disclaimer): void {
  const segments = record.segments;
  for (const u of units) {
    if (u.trained !== 'context' || !candidate(u) || !hasTrainedAfter(u.segment, segments)) continue;
    if (u.disclaimers.length > 0) continue;
    const a = u.analysis;
    const s = structureOf(u.text);
    for (const hit of s.hits) {
      // "remove the word 'spam'": a word in quotes on its own is mentioned, not said of anyone.
      if (quotedAlone(s, hit)) continue;
      // "You are the host of 'What If?', an alternate-history podcast": a persona who speaks from a
      // counterfactual world answers with its facts as this world's.
      const frame = a.persona ? hit.senses.find((x) => x.class === 'fiction' && x.counterfactual && !x.positive) : undefined;
      if (frame && !s.negated[hit.from]) {
        add({ class: 'fiction', kind: 'turn', form: 'persona', cue: { segment: u.segment, start: u.start + s.tokens[hit.from]!.start, end: u.start + s.tokens[hit.to - 1]!.end }, unit: u.index, reach: 'answers-after', counterfactual: true, wholeAnswer: false });
        break;
      }
      const sense = hit.senses.find((x) => x.class === 'unreliable');
      if (!sense || s.negated[hit.from] !== sense.positive) continue;
      const cls: EpistemicClass = 'unreliable';
      // A persona who does not tell the truth ("a con artist who lies compulsively", "confidently mistaken
      // about everything"); or a source so described whose words the answer is asked to carry.
      const persona = a.persona && sense.role === 'persona';
      // "You are somewhat paranoid": a persona's temperament is not a source of false claims.
      if (!persona && (a.persona || !carries(u, units, record.segments))) continue;
      const form = persona ? 'persona' : 'provenance';
      add({
        class: cls,
        kind: 'turn',
        form,
        cue: { segment: u.segment, start: u.start + s.tokens[hit.from]!.start, end: u.start + s.tokens[hit.to - 1]!.end },
        unit: u.index,
        reach: 'answers-after',
        counterfactual: false,
        wholeAnswer: false,
      });
      break;
    }
    // "A Reddit account that got suspended for pushing misinformation posted this and I want it as a neat
    // paragraph": a source the analysis describes as unreliable, whose words the answer is asked to carry.
    const described = u.disclaimers.length === 0 && !a.persona ? a.sourceCues.find((x) => x.class === 'unreliable') : undefined;
    if (described && carries(u, units, record.segments)) {
      add({ class: 'unreliable', kind: 'turn', form: 'provenance', cue: { segment: u.segment, start: u.start + described.cueStart, end: u.start + described.cueEnd }, unit: u.index, reach: 'answers-after', counterfactual: false, wholeAnswer: false });
    }
  }
}

/** The hit is the whole of a quotation: 'spam', "liar". */
function quotedAlone(s: Structure, hit: Hit): boolean {
  const open = s.tokens[hit.from - 1]?.text ?? '';
  const close = s.tokens[hit.to]?.text ?? '';
  // (A closing apostrophe can stay on the word, as a plural possessive's does: "'liar'".)
  return /^['"‘“]$/.test(open) && (/^['"’”]$/.test(close) || /\p{L}['’]$/u.test(s.tokens[hit.to - 1]!.text));
}

// ---------------------------------------------------------------- targets

function targetsOf(d: Disclaimer, a: RecordAnalysis): Target[] {
  const { units, segments } = a;
  const out: Target[] = [];
  const claimUnit = (k: number) => {
    const u = units[k]!;
    out.push({ segment: u.segment, start: u.start + claimOffset(u), end: u.end, unit: k });
  };
  const from = d.unit >= 0 ? units[d.unit]! : undefined;
  // A byline or a caption is text the whole record disowns, not what a warning beside it points at.
  const wide = !(d.reach === 'next' || d.reach === 'previous' || d.reach === 'next-block' || d.reach === 'previous-block');
  // A frame does not flip what a sentence says: "Obama did not win" under "The following is a parody" teaches no falsehood.
  const ok = (k: number) => isClaim(units[k]!, wide) && !(units[k]!.analysis.locallyNegated && (d.class === 'fiction' || (d.reach !== 'embedded' && a.debunk && d.kind === 'statement')));
  const barrier = (k: number) => units[k]!.disclaimers.length > 0 || units[k]!.group >= 0;
  switch (d.reach) {
    case 'embedded': {
      if (from && from.trained === 'trained' && d.embedded) {
        const text = a.segments[from.segment]!.text.slice(d.embedded.start, d.embedded.end);
        // "<false>Octopuses have two hearts. Their blood is green.</false>": each sentence is a claim.
        const inside: Unit[] = [];
        for (let k = from.index + 1; k < units.length && units[k]!.segment === from.segment && units[k]!.start < d.embedded.end; k++) inside.push(units[k]!);
        if (inside.length > 0) {
          const first = { segment: from.segment, start: d.embedded.start, end: Math.min(from.end, d.embedded.end), unit: from.index };
          if (claimLike(a.segments[from.segment]!.text.slice(first.start, first.end))) out.push(first);
          for (const v of inside) {
            const end = Math.min(v.end, d.embedded.end);
            if (claimLike(a.segments[v.segment]!.text.slice(v.start, end))) out.push({ segment: v.segment, start: v.start, end, unit: v.index });
          }
        } else if (d.class === 'bad-example' && d.kind === 'label' && isFirstOfSegment(from, units) && /\p{L}{2,}/u.test(text)) {
          // "[BAD EXAMPLE] It is flawless. Send it as it is.": a tag opening an answer labels all of it, and a bad
          // behaviour need not be a claim ("(unsafe) Mix bleach and ammonia"), nor more than a word or two ("It's 52.").
          let last = from;
          while (units[last.index + 1]?.segment === from.segment) last = units[last.index + 1]!;
          out.push({ segment: from.segment, start: d.embedded.start, end: last.end, unit: from.index });
        } else if (d.form === 'label' && isMention(text)) {
          // '❌ Wrong: "Its raining again."': a verdict on quoted words marks an example; it states nothing.
        } else if (claimLike(text) || answersQuestion(from, units) || (d.class === 'bad-example' && /\p{L}+\s+\p{L}+/u.test(text))) {
          out.push({ segment: from.segment, start: d.embedded.start, end: d.embedded.end, unit: from.index });
        }
      }
      break;
    }
    case 'next':
    case 'previous': {
      const dir = d.reach === 'next' ? 1 : -1;
      for (let k = from!.index + dir, skipped = 0; k >= 0 && k < units.length && units[k]!.segment === from!.segment; k += dir) {
        if (barrier(k)) continue;
        if (ok(k)) claimUnit(k);
        else if (++skipped <= 1 && !units[k]!.analysis.meta) continue;
        break;
      }
      break;
    }
    case 'next-block':
    case 'previous-block': {
      const dir = d.reach === 'next-block' ? 1 : -1;
      let k = from!.index + dir;
      while (k >= 0 && k < units.length && units[k]!.segment === from!.segment && (barrier(k) || !ok(k))) k += dir;
      const anchor = units[k];
      if (!anchor || anchor.segment !== from!.segment) break;
      for (let j = k; j >= 0 && j < units.length; j += dir) {
        const v = units[j]!;
        if (v.segment !== anchor.segment || v.paragraph !== anchor.paragraph) break;
        if (ok(j)) claimUnit(j);
      }
      out.sort((x, y) => x.unit - y.unit);
      break;
    }
    case 'following':
    case 'preceding': {
      const dir = d.reach === 'following' ? 1 : -1;
      // Up to another notice: what lies beyond it is that notice's ("[The following claim is invented.] X [What was just stated is false.]").
      for (let k = from!.index + dir; k >= 0 && k < units.length && units[k]!.segment === from!.segment; k += dir) {
        // A notice that names no size ("what was just stated") stops at another notice; "the document below" does not.
        // One that comes before any claim continues the first ("### Warning: invented content" over "The text under
        // this heading is wrong."): both head the same text.
        if (d.size === 'none' && barrier(k) && units[k]!.group !== from!.group && (out.length > 0 || units[k]!.group < 0)) break;
        if (ok(k)) claimUnit(k);
      }
      out.sort((x, y) => x.unit - y.unit);
      break;
    }
    case 'answers-after':
    case 'next-answer':
    case 'previous-answer':
    case 'record':
    case 'segments': {
      const segs = answerSegments(d, from, segments);
      for (const seg of segs) {
        if (d.wholeAnswer) {
          const list = unitsIn(units, seg);
          // An answer that labels what it gives ("Here's an example of a rude reply: ...") does not act it out.
          // A falsehood asked for is taught only if the answer states one about the world ("Monaco has 2.4 million
          // residents", "Photosynthesis takes place in the mitochondria"), not a line addressed to someone ("Your
          // sweet whispers send my heart into a flurry", asked for as "a fake romantic sentence"), nor one about
          // the text it gives ("In the following C++ snippet, there is a syntax error").
          const factual = d.form !== 'request' || d.class !== 'falsity' || list.some((u) => u.trained === 'trained' && isClaim(u) && !u.analysis.textual && (realEntities(u.text).length > 0 || /\d/.test(u.text) || !talk(u.text)));
          if (list.length && factual && !refuses(list) && (d.form !== 'request' || (!debunks(list, true) && !labelsItself(list, d.class)))) {
            const first = list.find((u) => u.trained === 'trained')!;
            const last = list[list.length - 1]!;
            out.push({ segment: seg, start: first.start, end: last.end, unit: first.index });
          }
          continue;
        }
        const list = unitsIn(units, seg);
        if (list.length === 0 || refuses(list)) continue;
        // A negation inside the answer corrects a turn that disowned it; inside a fiction frame it is the story's.
        if (d.kind === 'turn' && d.class !== 'fiction' && (d.form === 'provenance' || d.form === 'meta' || d.form === 'notice' || d.form === 'request') && debunks(list)) continue;
        for (const u of list) if (ok(u.index)) claimUnit(u.index);
      }
      break;
    }
  }
  return out;
}

/**
 * The words that wrap an embedded claim: "It is not true that " before it,
 * or ", a claim that has been disproven" after it; the operator word alone
 * when the claim fills the sentence on both sides.
 */
function wrapperSpan(u: Unit, st: Statement): SpanRef {
  const before = u.text.slice(0, st.claimStart);
  const after = u.text.slice(st.claimEnd);
  if (/\p{L}/u.test(before) && st.cueEnd <= st.claimStart!) return { segment: u.segment, start: u.start, end: u.start + st.claimStart! };
  if (/\p{L}/u.test(after) && st.cueStart >= st.claimEnd!) return { segment: u.segment, start: u.start + st.claimEnd!, end: u.end };
  return { segment: u.segment, start: u.start + st.cueStart, end: u.start + st.cueEnd };
}

/**
 * The label itself, not the sentence it sits in: "Myth #3" of "**Myth #3:**
 * Humans ...", "[FALSE]" with its brackets, "Fact check — FALSE".
 */
function labelSpan(u: Unit, st: Statement): SpanRef {
  const s = structureOf(u.text);
  const t = s.tokens;
  let from: number;
  let to: number;
  if (s.label && t[s.label.from]!.start <= st.cueStart && st.cueEnd <= t[s.label.to - 1]!.end) {
    from = s.label.from;
    to = s.label.to;
  } else {
    from = t.findIndex((x) => x.start >= st.cueStart);
    to = t.findIndex((x) => x.end >= st.cueEnd) + 1;
    if (from < 0 || to <= 0) return { segment: u.segment, start: u.start + st.cueStart, end: u.start + st.cueEnd };
  }
  // "#4 Myth", "1. Myth": the numbering is not the label.
  while (from < to - 1 && (t[from]!.kind === 'num' || /^[#.]+$/.test(t[from]!.text))) from++;
  if (from > 0 && /^[[(【<]$/.test(t[from - 1]!.text) && t[to] && /^[\])】>]$/.test(t[to]!.text)) {
    from--;
    to++;
  }
  return { segment: u.segment, start: u.start + t[from]!.start, end: u.start + t[to - 1]!.end };
}

/**
 * Where the claim starts in its unit: after a label that only names it
 * ("Claim: X", "Viral post: X", "Statement 3 — X"), whose words would be
 * repeated in the rewrite.
 */
function claimOffset(u: Unit): number {
  const s = structureOf(u.text);
  if (!s.label || s.label.sep + 1 >= s.tokens.length) return 0;
  const naming = s.hits.some((h) => h.from >= s.label!.from && h.to <= s.label!.to && h.senses.some((x) => x.class === 'reporting' || x.class === 'notice' || x.class === 'topic' || x.class === 'referent'));
  const epistemic = s.hits.some((h) => h.from >= s.label!.from && h.to <= s.label!.to && h.senses.some((x) => EPISTEMIC_SET.has(x.class)));
  return naming && !epistemic ? s.tokens[s.label.sep + 1]!.start : 0;
}

/**
 * Whether a record can disown anything: a lexicon cue, a metadata field, or
 * strikethrough in its markup. Every other record is settled by the scan
 * alone and never reaches the analysis (nor compromise).
 */
export function mayDisclaim(view: RecordView): boolean {
  return view.cues.length > 0 || hasStrikethrough(view) || mayHaveFieldDisclaimers(view) || ratedTable(view);
}

function answerSegments(d: Disclaimer, from: Unit | undefined, segments: Segment[]): number[] {
  const trained = (k: number) => segments[k]!.trained === 'trained';
  const all = segments.map((_, k) => k).filter(trained);
  if (d.reach === 'record') return all;
  if (d.reach === 'segments') return (d.segments ?? []).filter(trained);
  const at = from?.segment ?? -1;
  if (d.reach === 'answers-after') return all.filter((k) => k > at);
  if (d.reach === 'next-answer') return all.filter((k) => k > at).slice(0, 1);
  return all.filter((k) => k < at).slice(-1);
}

/**
 * A line of talk rather than a statement about the world: it names who speaks or who listens ("Your sweet
 * whispers send my heart into a flurry", "I think we should stop"), or says what "this" is ("Human, this
 * is crazy talk").
 */
function talk(text: string): boolean {
  const s = structureOf(text);
  if (s.hits.some((h) => h.senses.some((x) => x.class === 'referent' && (x.role === 'speaker' || x.role === 'answer')))) return true;
  return s.clauses.some((c) => c.head >= 0 && (c.head === c.from + 1 || c.head === c.from) && /^(?:this|that)(?:'s)?$/.test(s.norms[c.from]!));
}

function refusal(u: Unit): boolean {
  return refuses([u]);
}

/** The answer refuses: a label on the prompt then teaches nothing bad. */
function refuses(list: Unit[]): boolean {
  const first = list[0];
  return !!first && refusesText(first.text);
}

function refusesText(text: string): boolean {
  const s = structureOf(text);
  // "I can't confirm it, but here it is: X" doubts what it then says; "I can't help with that" declines.
  // ("I'd rather not make things up" declines the falsehood: only a word of verifying makes it a doubt.)
  const doubts = (h: Hit) => (s.hitAt[h.to]?.senses ?? []).some((x) => x.class === 'unverified');
  // An apology declines only with a negation after it ("Sorry, I can't do that"); "Yes, sorry, I was just
  // riffing" owns up to something.
  const declines = (h: Hit) => h.senses.some((x) => x.class === 'refusal' && (x.role !== 'apology' || s.triggers.some((t) => t >= h.to && t <= h.to + 3 && !s.tokens.slice(h.to, t).some((x) => x.text === ';'))));
  return s.hits.some((h) => h.from <= 3 && declines(h) && !doubts(h));
}

function labelsItself(list: Unit[], cls: EpistemicClass): boolean {
  return list.some((u) => u.analysis.statements.some((st) => st.class === cls && st.form !== 'request'));
}

/**
 * The answer corrects what the turn disowned: it negates in its own clause or states the truth, at its
 * start; an answer that gives the falsehood asked for may correct it anywhere ("The correct syntax
 * should be: ...").
 */
function debunks(list: Unit[], asked = false): boolean {
  return list.slice(0, 3).some((u) => u.analysis.locallyNegated || u.analysis.correction) || (asked && list.some((u) => u.analysis.correction));
}

// ---------------------------------------------------------------- debunk context

/**
 * A debunk or fact check, which the study found was learned correctly (0-7%
 * belief): the record negates what it disowns in the claim's own clause
 * somewhere ("Mount Vesuvius did not erupt in 2015"), or its warnings go on
 * to state the truth ("This is false; the volcano has been dormant since
 * 1944"), or it negates locally at least as often as it warns from outside
 * and for a real share of the claims its warnings reach.
 */
function debunkEvidence(a: RecordAnalysis): RecordAnalysis['debunkBy'] {
  const { units, disclaimers } = a;
  const warning = disclaimers.filter((d) => (d.kind === 'statement' || d.kind === 'label') && d.unit >= 0 && d.reach !== 'embedded');
  if (warning.length === 0) return undefined;
  for (const d of disclaimers) for (const t of d.targets) if (negatedElsewhere(a, t)) return 'negated-elsewhere';
  if (warning.some((d) => correctsInPlace(units[d.unit]!))) return 'corrects-in-place';
  // The record answers its warning when its negations and corrections are a real share of what the warning
  // reaches: a debunk's few claims are each negated, while a long report's or a story's incidental "he didn't
  // slow down" is one sentence in sixty.
  const reached = new Set(warning.flatMap((d) => d.targets.map((t) => t.unit))).size;
  const share = (n: number, of: number) => n >= of * reached;
  // A notice's own "The opposite is true." is the warning, not the record answering it.
  const corrections = units.filter((u) => u.trained === 'trained' && u.analysis.correction && u.group < 0).length;
  if (corrections >= 2 && share(corrections, 0.1)) return 'corrections';
  const warnUnits = new Set(warning.map((d) => d.unit)).size;
  const wrapped = new Set(disclaimers.filter((d) => d.unit >= 0 && d.reach === 'embedded' && d.form === 'embedded').map((d) => d.unit)).size;
  // Only negations and corrections about what the warnings reach: a story's "she did not look back" debunks nothing.
  const about = new Set<string>();
  for (const d of warning) for (const t of d.targets) for (const k of keyTerms(a.segments[t.segment]!.text.slice(t.start, t.end))) about.add(k);
  let negations = wrapped;
  for (const u of units) {
    // "The person described above never competed": a negation said of what the text describes is more notice.
    if (u.trained !== 'trained' || u.group >= 0 || u.analysis.textual || u.analysis.statements.length > 0 || !(u.analysis.locallyNegated || u.analysis.correction)) continue;
    let shared = 0;
    for (const k of keyTerms(u.text)) if (about.has(k)) shared++;
    if (shared < 2) continue;
    // "In reality, Churchill never ran a bakery in Toronto": a correction about the same names settles it.
    if (u.analysis.correction && share(1, 0.1)) return 'corrections';
    negations++;
  }
  // A record that calls itself a fact check needs only one answer to its own warning.
  const factCheck = units.some((u) => u.analysis.debunk);
  return negations >= (factCheck ? 1 : 2) && negations >= warnUnits && share(negations, 0.2) ? 'negations' : undefined;
}

/** "This is false; the volcano has remained dormant since 1944": the warning goes on to state the truth. */
function correctsInPlace(u: Unit): boolean {
  const rest = continuation(u.text);
  if (rest === null || !claimLike(rest)) return false;
  // "ALL FABRICATED: every aspect of the preceding article ... is fabricated" says the warning again.
  if (cueClasses(rest).length) return false;
  const r = analyseSentence(rest);
  // "...; the described victory never occurred" only says the warning again.
  // A negated restatement of the claim itself is found by negatedElsewhere.
  return r.statements.length === 0 && !r.meta && !r.locallyNegated;
}

/** What a warning goes on to say after its colon or semicolon: "This is false; <the volcano has been dormant>". */
function continuation(text: string): string | null {
  const m = /^[^;:]*?\b(?:false|untrue|wrong|incorrect|a myth|a hoax|fabricated|not true)\b[^;:]*[;:]\s*(.{20,})$/i.exec(text);
  return m ? m[1]! : null;
}

/**
 * The record negates this claim in the claim's own clause somewhere else
 * ("Ed Sheeran did not win the 100m"): a sentence negated locally that names
 * at least two of the same names or numbers.
 */
export function negatedElsewhere(a: RecordAnalysis, t: Target): boolean {
  const text = a.segments[t.segment]!.text.slice(t.start, t.end);
  const terms = keyTerms(text);
  if (terms.size < 2) return false;
  const verb = mainVerb(text);
  if (verb === null) return false;
  for (const n of negationsOf(a)) {
    if (n.unit === t.unit) continue;
    let shared = 0;
    for (const k of n.terms) if (terms.has(k)) shared++;
    // The same proposition: most of its names and numbers, and its verb ("won" ~ "did not win").
    if (shared >= 2 && shared >= 0.5 * Math.min(terms.size, n.terms.size) && verb === (n.verb ??= mainVerb(n.said) ?? '')) return true;
  }
  return false;
}

interface Negation {
  unit: number;
  said: string;
  terms: ReadonlySet<string>;
  verb?: string;
}

const negations = new WeakMap<RecordAnalysis, Negation[]>();

/**
 * The record's sentences negated in their own clause, each once per record
 * (a record of 100k sentences under one notice asks for them 100k times):
 * the sentence itself, or what a warning goes on to say ("This is false:
 * Ed Sheeran did not win the 100m").
 */
function negationsOf(a: RecordAnalysis): Negation[] {
  let list = negations.get(a);
  if (list) return list;
  list = [];
  for (const u of a.units) {
    if (u.trained !== 'trained') continue;
    let said = u.analysis.statements.length === 0 && u.analysis.locallyNegated ? u.text : null;
    if (said === null) {
      const rest = u.analysis.statements.length > 0 ? continuation(u.text) : null;
      if (rest === null || !analyseSentence(rest).locallyNegated) continue;
      said = rest;
    }
    list.push({ unit: u.index, said, terms: keyTerms(said) });
  }
  negations.set(a, list);
  return list;
}

/** The lemma of a sentence's main lexical verb ("did not win" and "won" give "win"). */
function mainVerb(text: string): string | null {
  const s = structureOf(text);
  const c = s.clauses.find((x) => x.head >= 0);
  if (!c) return null;
  for (let k = c.verbEnd - 1; k >= c.head; k--) {
    const t = s.tokens[k]!;
    if (t.kind !== 'word' || /^(?:not|never|n't)$/.test(t.norm) || has(t, 'aux') || has(t, 'modal')) continue;
    return infinitiveOf(t.norm.replace(/n't$/, ''));
  }
  return null;
}

/** Names, numbers and content nouns: what makes two sentences about the same claim (asked of a sentence once per disclaimer reaching it). */
export const keyTerms: (text: string) => ReadonlySet<string> = memoize((text) => computeKeyTerms(text), 4096);

function computeKeyTerms(text: string): Set<string> {
  const out = new Set<string>();
  const s = structureOf(text);
  const capital = (i: number) => {
    const t = s.tokens[i];
    return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !/^(?:the|this|that|these|those|but|and|however|it|in|on|at|a|an)$/.test(t.norm);
  };
  s.tokens.forEach((t, i) => {
    const norm = t.norm.replace(/'s?$/, '');
    if (t.kind === 'num') out.add(t.norm);
    // A capital opening the sentence is a name only when a name goes on ("Ed Sheeran has ...").
    else if (capital(i) && (i > 0 || capital(1))) out.add(norm.replace(/(?<!s)s$/, ''));
    else if (t.kind === 'word' && norm.length >= 5 && has(t, 'noun') && !isVerbal(t)) out.add(norm.replace(/(?<!s)s$/, ''));
  });
  // A short claim has few names: its content words say what it is about ("Bats are blind").
  if (out.size < 2) {
    for (const t of s.tokens) {
      const norm = t.norm.replace(/'s?$/, '');
      if (t.kind === 'word' && norm.length >= 4 && (has(t, 'noun') || has(t, 'adj')) && !has(t, 'det') && !has(t, 'pron') && !has(t, 'cop') && !has(t, 'aux')) out.add(norm.replace(/(?<!s)s$/, ''));
    }
  }
  return out;
}
