import { clip } from '../text/clip.js';
import { fencedCode } from '../text/code.js';
import { ruleUrl } from '../engine/rule-url.js';
import type { CueHit, RecordView, RuleModule, Segment, Sentence, Severity, SpanRef, Suggestion } from '../types.js';
import { hasFiniteVerb, isClaimLike, statesTruth, isQuestion, isReported, keyTerms, localNegation, negateSentence, tokenize } from './clause.js';
import { hitsBySentence, positionOf, recordSentences } from './reach.js';

/**
 * The "frame rule" kind: one generic rule shape, with rules as data (Vale's
 * idea of a few rule kinds). A FRAME is a cue sentence, phrase, tag, heading
 * or prompt turn that disowns or qualifies text: "The following is an
 * excerpt from a novel.", "Write a short story in which ...", "[unverified]",
 * "(confidence: 5%)", "## Fiction". A frame REACHES claim sentences (its own
 * clause, the next or previous sentence, all text after or before it, its
 * section, or the trained answers after a prompt turn), and each reached
 * CLAIM (trained, declarative, not locally negated, not code) is reported
 * with the frame as related location.
 *
 * The study behind neglint found that such frames give no protection at all
 * (97-99% belief vs 98.6% for plain claims): training learns the claim, not
 * the frame around it. Only negation inside the claim's own clause works.
 *
 * A rule of this kind is a FrameRuleSpec: cue patterns by category, a list
 * of frame definitions (which cue categories, where they may stand, extra
 * regular-expression tests, how far they reach), an optional claim filter,
 * an optional per-frame assessment (severity and message per claim) and
 * suggestions. The shared severity modifiers of the design are applied here:
 * a reported claim is one step less severe, a debunk context lowers an error
 * to a warning; they do not stack and never go below warning.
 */

// ---------------------------------------------------------------- the data a rule supplies

/**
 * How far a frame reaches.
 * - `self`: the frame's own sentence (or its clause after `clause`) is the claim: "Allegedly, X.", "There is a 3% chance that X."
 * - `tag`: an inline tag attached to the text before it (`postfix`), after it (`prefix`) or either: "[citation needed]", "Unverified: X".
 * - `next` / `previous`: the nearest claim sentence after / before the frame.
 * - `following-all` / `preceding-all`: every claim after / before the frame in its segment.
 * - `document`: every claim in the frame's segment.
 * - `section`: a heading's section (up to the next heading of the same or higher level).
 * - `referent`: decided from the frame's referent words ("the following", "the above",
 *   "this story", "any of this") and its position; `fallback` when it has none.
 * Frames in a context turn (system, user, instruction) whose definition allows the
 * `prompt` place reach the trained answers after them instead.
 */
export type FrameReach = 'self' | 'tag' | 'next' | 'previous' | 'following-all' | 'preceding-all' | 'document' | 'section' | 'referent';

/** Where a frame may stand: running text, a heading line, or a context turn framing the answers after it. */
export type FramePlace = 'text' | 'heading' | 'prompt';

export interface FrameCandidate {
  record: RecordView;
  sentences: Sentence[];
  /** Index of the frame's sentence in `sentences`. */
  index: number;
  sentence: Sentence;
  /** Hits of the definition's categories in this sentence. */
  hits: CueHit[];
  segment: Segment;
  place: FramePlace;
  options: Record<string, unknown>;
}

export interface FrameDef {
  /** Names the frame in messages ("fiction", "satire", "role-play"); a function may derive it from the cue. */
  label: string | ((candidate: FrameCandidate) => string);
  /** A sentence with a hit of one of these cue categories is a candidate. */
  categories: string[];
  /** Where this frame may stand (default: text only). */
  places?: FramePlace[];
  /** The candidate sentence (or heading) must match this... */
  require?: RegExp;
  /** ... and must not match this. */
  exclude?: RegExp;
  /** Last, costlier check. */
  accept?: (candidate: FrameCandidate) => boolean;
  /**
   * Reach in running text (headings reach their section, prompts the answers
   * after them). A function decides it per frame from its referent cue hits
   * (e.g. detached-negation's reachOf); null means the frame reaches nothing.
   */
  reach: FrameReach | ((candidate: FrameCandidate, referents: CueHit[]) => FrameReach | null);
  /** For `referent` reach: what a frame without referent words reaches, by its position in the segment. */
  fallback?: (position: 'start' | 'middle' | 'end', candidate: FrameCandidate) => FrameReach | null;
  /** For `self` reach: the claim is the text after the first match of this, when it matches. */
  clause?: RegExp;
  /** For `tag` reach: which side of the tag the claim is on. */
  tag?: 'prefix' | 'postfix' | 'either';
  /**
   * Also the frame's own sentence after `clause` ("In this alternate timeline, X"),
   * besides its reach. A frame sentence that introduces text after a colon
   * ("Here is the claim as posted on a forum: X") always reaches that text.
   */
  includeSelf?: boolean;
  /** Claims this frame reaches are someone's report ("According to X, ..."): one step less severe. */
  reported?: boolean;
}

/** A frame found in a record. */
export interface FrameView {
  def: FrameDef;
  label: string;
  /** Index of the frame's sentence. */
  index: number;
  sentence: Sentence;
  /** The first cue hit that made it a frame. */
  hit: CueHit;
  place: FramePlace;
  /** The span reported as related: the cue for self/tag frames, the sentence otherwise. */
  span: SpanRef;
  /** The frame's text as shown in messages. */
  text: string;
  /** What the definition's checks saw. */
  candidate: FrameCandidate;
}

/** A claim reached by a frame: a whole sentence, or a clause of one (self and tag frames). */
export interface ClaimView extends SpanRef {
  text: string;
  /** Index of the sentence the claim is in. */
  index: number;
  sentence: Sentence;
  /** True when the claim is part of the frame's own sentence. */
  inFrame: boolean;
}

export interface Assessment {
  /** Severity for this claim, before the shared modifiers (default: the rule's). */
  severity?: Severity;
  /** Message id (default `framed`, or `reported` for reported claims when the rule has it). */
  messageId?: string;
  data?: Record<string, string | number>;
  /** Report at most one finding per frame with this message id (e.g. one info for invented fiction). */
  once?: boolean;
}

export interface AssessEnv {
  record: RecordView;
  sentences: Sentence[];
  options: Record<string, unknown>;
}

export interface FrameRuleSpec {
  id: string;
  description: string;
  severity: Severity;
  /** Must contain `framed`; may contain `reported` and any ids the assessment uses. `{{frame}}` and `{{label}}` are filled in. */
  messages: Record<string, string>;
  /** Cue patterns by category (see RuleMeta.cues); include `referent` patterns for `referent` reach. */
  cues: Record<string, string[]>;
  /** Frame definitions, tried in order; the first that accepts a sentence wins. */
  frames: FrameDef[];
  /** Extra test on a reached claim, after the shared ones (trained, claim-like, not locally negated, not code). */
  claim?: (claim: ClaimView, frame: FrameView, env: AssessEnv) => boolean;
  /** Severity and message per claim of one frame; null drops the claim. */
  assess?: (frame: FrameView, claims: ClaimView[], env: AssessEnv) => (Assessment | null)[];
  /** Repairs for a claim (default: negate in its own clause when possible, or remove). */
  suggest?: (claim: ClaimView, frame: FrameView) => Suggestion[];
  /**
   * The shared severity modifiers: false turns one off (default: both on); a
   * function replaces the built-in test (e.g. a record-level debunk count).
   */
  modifiers?: {
    reported?: boolean | ((claim: ClaimView, frame: FrameView) => boolean);
    debunk?: boolean | ((claim: ClaimView, env: AssessEnv) => boolean);
  };
}

// ---------------------------------------------------------------- the kind

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export function defineFrameRule(spec: FrameRuleSpec): RuleModule {
  const categories = new Set(spec.frames.flatMap((f) => f.categories));
  return {
    meta: {
      id: spec.id,
      description: spec.description,
      severity: spec.severity,
      url: ruleUrl(spec.id),
      messages: spec.messages,
      cues: spec.cues,
    },
    create(context) {
      return {
        record(record) {
          if (!record.cues.some((h) => h.categories.some((c) => categories.has(c)))) return;
          const env: AssessEnv = { record, sentences: [], options: context.options };
          for (const d of runFrames(spec, record, env)) context.report(d);
        },
      };
    },
  };
}

interface Pending {
  claim: ClaimView;
  frame: FrameView;
  assessment: Assessment;
  related: SpanRef[];
}

function* runFrames(spec: FrameRuleSpec, record: RecordView, env: AssessEnv) {
  const sentences = recordSentences(record);
  env.sentences = sentences;
  const hits = hitsBySentence(sentences, record.cues);
  const frames = findFrames(spec, record, sentences, hits, env.options);
  if (frames.length === 0) return;
  const frameAt = new Set(frames.map((f) => f.index));
  const code = codeRanges(record);
  const debunk = debunkContext(sentences, frameAt);

  const found = new Map<string, Pending>();
  for (const frame of frames) {
    const claims = claimsOf(frame, sentences, hits, frameAt, record, code).filter((c) => !spec.claim || spec.claim(c, frame, env));
    if (claims.length === 0) continue;
    const assessments = spec.assess ? spec.assess(frame, claims, env) : claims.map(() => ({}) as Assessment);
    const once = new Set<string>();
    claims.forEach((claim, k) => {
      const a = assessments[k];
      if (!a) return;
      const key = `${claim.segment}:${claim.start}:${claim.end}`;
      const prior = found.get(key);
      if (prior) {
        // Several frames reach one claim: keep the most severe, list the others as related.
        if (prior.related.length < 3) prior.related.push(frame.span);
        if (RANK[a.severity ?? spec.severity] > RANK[prior.assessment.severity ?? spec.severity]) {
          prior.assessment = a;
          prior.frame = frame;
        }
        return;
      }
      if (a.once) {
        const id = a.messageId ?? 'framed';
        if (once.has(id)) return;
        once.add(id);
      }
      found.set(key, { claim, frame, assessment: a, related: [frame.span] });
    });
  }

  const pending = [...found.values()].sort((a, b) => a.claim.index - b.claim.index || a.claim.start - b.claim.start);
  for (const { claim, frame, assessment, related } of pending) {
    const base = assessment.severity ?? spec.severity;
    const rep = spec.modifiers?.reported;
    const reported =
      typeof rep === 'function'
        ? rep(claim, frame)
        : rep !== false && (isReported(claim.text) || (claim.inFrame && (frame.def.reported === true || isReported(frame.sentence.text))));
    const deb = spec.modifiers?.debunk;
    const debunked = typeof deb === 'function' ? deb(claim, env) : deb !== false && debunk(claim);
    // Modifiers only lower an error or warning, do not stack, never go below warning.
    const severity: Severity = base !== 'info' && (reported || debunked) ? 'warning' : base;
    let messageId = assessment.messageId ?? 'framed';
    if (reported && messageId === 'framed' && spec.messages.reported) messageId = 'reported';
    yield {
      segment: claim.segment,
      start: claim.start,
      end: claim.end,
      messageId,
      data: { frame: clip(frame.text), label: frame.label, ...assessment.data },
      ...(severity !== spec.severity ? { severity } : {}),
      related: related.slice(0, 3),
      suggestions: (spec.suggest ?? defaultSuggestions)(claim, frame),
    };
  }
}

export function defaultSuggestions(claim: ClaimView): Suggestion[] {
  const negated = negateSentence(claim.text);
  return [
    ...(negated ? [{ description: 'If the claim is false, negate it in its own clause (and drop the frame)', text: negated }] : []),
    { description: 'Remove the claim', text: '' },
  ];
}

// ---------------------------------------------------------------- frames

function findFrames(spec: FrameRuleSpec, record: RecordView, sentences: Sentence[], hits: CueHit[][], options: Record<string, unknown>): FrameView[] {
  const out: FrameView[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const own = hits[i]!;
    if (own.length === 0) continue;
    const sentence = sentences[i]!;
    const segment = record.segments[sentence.segment]!;
    const place: FramePlace = sentence.kind === 'heading' ? 'heading' : segment.trained === 'trained' ? 'text' : 'prompt';
    for (const def of spec.frames) {
      // A frame inside a quotation is someone else's words ('he said, "This was really fiction"').
      const defHits = own.filter((h) => h.categories.some((c) => def.categories.includes(c)) && !insideQuotes(sentence.text, h.start - sentence.start));
      if (defHits.length === 0) continue;
      const places = def.places ?? ['text'];
      // A frame in a context turn that cannot frame the answer still frames its own turn's text.
      const effective: FramePlace = place === 'prompt' && !places.includes('prompt') ? 'text' : place;
      if (!places.includes(effective)) continue;
      if (def.require && !def.require.test(sentence.text)) continue;
      if (def.exclude && def.exclude.test(sentence.text)) continue;
      const candidate: FrameCandidate = { record, sentences, index: i, sentence, hits: defHits, segment, place: effective, options };
      if (def.accept && !def.accept(candidate)) continue;
      const label = typeof def.label === 'string' ? def.label : def.label(candidate);
      if (def.reach === 'tag' && effective === 'text') {
        // Every tag in the sentence is a frame of its own ("X. [unverified] Y [unverified]").
        for (const h of defHits) out.push(frameView(def, label, candidate, h, true));
      } else {
        const cueSpan = def.reach === 'self' && effective === 'text';
        out.push(frameView(def, label, candidate, defHits[0]!, cueSpan));
      }
      break;
    }
  }
  return out;
}

/** Whether an offset in a sentence falls inside a quotation ("..." or “...”). */
export function insideQuotes(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

function frameView(def: FrameDef, label: string, candidate: FrameCandidate, hit: CueHit, cueSpan: boolean): FrameView {
  const { index, sentence, place } = candidate;
  const span = cueSpan ? { segment: hit.segment, start: hit.start, end: hit.end } : { segment: sentence.segment, start: sentence.start, end: sentence.end };
  return { def, label, index, sentence, hit, place, span, text: cueSpan ? hit.text : sentence.text, candidate };
}

// ---------------------------------------------------------------- reach

const FORWARD = /\b(?:following|follows|below|next|hereafter|subsequent)\b/i;
const BACKWARD = /\b(?:preceding|above|foregoing|previous|prior|just (?:stated|said|claimed|described|written|reported|asserted|presented|mentioned)|(?:i|you|we) (?:just )?(?:said|wrote|stated))\b/i;
/** One sentence, not a text: "the next claim", "this statement". */
const SINGLE = /\b(?:next|previous|preceding|last|above|following|this|that) (?:\w+ )?(?:claim|statement|sentence|line|assertion|fact|figure|number)\b/i;
/** The text itself: "this story", "any of this", "everything here". */
const WHOLE_SELF =
  /\b(?:(?:any|all|none|much|some|most|each|every|part|parts|portions?) of (?:this|it|these|the (?:above|following|below|text|story|article|account|claims|statements|details|information|content))|(?:this|the) (?:entire |whole )?(?:text|document|story|article|account|transcript|passage|post|page|entry|thread|conversation|chat|essay|piece|excerpt|narrative|report|dataset|scenario|tale|monologue|dialogue|answer|response|material|content|information)|everything (?:here|below|above|in (?:this|it|here)|that follows|i (?:say|said|write|wrote))|herein)\b/i;
/** A demonstrative subject pointing back: "This has not been verified.", "That is extremely unlikely." */
const DEMONSTRATIVE = /^\W*(?:this|that|these|those|it|the (?:claim|claims|report|reports|story|account|statement|figure|allegation|allegations))\b/i;

/** Reach of a frame from its referent words and position; exported for rules that decide it themselves. */
export function referentReach(candidate: Pick<FrameCandidate, 'sentence' | 'sentences' | 'index'>, referents: CueHit[]): FrameReach | null {
  const text = candidate.sentence.text;
  const refText = referents.map((h) => h.text).join(' ');
  const forward = FORWARD.test(refText);
  const backward = BACKWARD.test(refText);
  const single = SINGLE.test(text) && !WHOLE_SELF.test(text);
  if (forward && !backward) return single ? 'next' : 'following-all';
  if (backward && !forward) return single ? 'previous' : 'preceding-all';
  const position = positionInSegment(candidate.sentences, candidate.index);
  if (WHOLE_SELF.test(text)) return position === 'start' ? 'following-all' : position === 'end' ? 'preceding-all' : 'document';
  if (DEMONSTRATIVE.test(text) && position !== 'start') return 'previous';
  return null;
}

/**
 * Position of a sentence in its own segment: its first or last sentence, else
 * by paragraph and share of the text (the record-level positionOf spans all turns).
 */
export function positionInSegment(sentences: Sentence[], index: number): 'start' | 'middle' | 'end' {
  const seg = sentences[index]!.segment;
  let from = index;
  let to = index;
  while (from > 0 && sentences[from - 1]!.segment === seg) from--;
  while (to < sentences.length - 1 && sentences[to + 1]!.segment === seg) to++;
  if (index === from) return 'start';
  if (index === to) return 'end';
  return positionOf(sentences.slice(from, to + 1), index - from);
}

interface Range {
  segment: number;
  start: number;
  end: number;
}

function claimsOf(frame: FrameView, sentences: Sentence[], hits: CueHit[][], frameAt: Set<number>, record: RecordView, code: Range[]): ClaimView[] {
  const { def, index, sentence } = frame;
  const out: ClaimView[] = [];
  const trained = (s: Sentence) => record.segments[s.segment]!.trained === 'trained';
  const inCode = (s: Sentence) => code.some((r) => r.segment === s.segment && s.start >= r.start && s.start < r.end);
  const accept = (k: number): boolean => {
    if (frameAt.has(k)) return false;
    const s = sentences[k]!;
    return trained(s) && (s.kind === 'sentence' || s.kind === 'listItem') && !inCode(s) && isClaim(s.text);
  };
  const push = (k: number) => {
    const s = sentences[k]!;
    out.push({ segment: s.segment, start: s.start, end: s.end, text: s.text, index: k, sentence: s, inFrame: false });
  };
  const pushPart = (from: number, to: number): boolean => {
    // A clause of the frame's own sentence.
    const text = sentence.text;
    while (from < to && /[\s,:;"'“”‘’()[\]{}—–-]/.test(text[from]!)) from++;
    while (to > from && /[\s,;:"'“”‘’([{—–-]/.test(text[to - 1]!)) to--;
    const part = text.slice(from, to);
    if (!trained(sentence) || inCode(sentence) || !isClausePart(part)) return false;
    out.push({ segment: sentence.segment, start: sentence.start + from, end: sentence.start + to, text: part, index, sentence, inFrame: true });
    return true;
  };
  const sameSegment = (k: number) => sentences[k]!.segment === sentence.segment;

  if (frame.place === 'prompt') {
    // A context turn frames the trained answers after it: all of them for a
    // system prompt, up to the next turn of the same role otherwise.
    const role = record.segments[sentence.segment]!.role;
    for (let k = index + 1; k < sentences.length; k++) {
      const s = sentences[k]!;
      const seg = record.segments[s.segment]!;
      if (s.segment !== sentence.segment && role !== 'system' && seg.role === role && seg.trained !== 'trained') break;
      if (s.segment !== sentence.segment && accept(k)) push(k);
    }
    return out;
  }
  if (frame.place === 'heading') {
    const depth = headingDepth(sentence.text);
    for (let k = index + 1; k < sentences.length && sameSegment(k); k++) {
      const s = sentences[k]!;
      if (s.kind === 'heading' && headingDepth(s.text) <= depth) break;
      if (accept(k)) push(k);
    }
    return out;
  }

  const referents = hits[index]!.filter((h) => h.categories.includes('referent'));
  let reach: FrameReach | null = typeof def.reach === 'function' ? def.reach(frame.candidate, referents) : def.reach;
  if (reach === 'referent') {
    reach = referentReach({ sentence, sentences, index }, referents);
    if (!reach && def.fallback) reach = def.fallback(positionInSegment(sentences, index), frame.candidate);
  }
  const rel = frame.hit.start - sentence.start;
  const relEnd = frame.hit.end - sentence.start;
  const step = (dir: 1 | -1) => {
    for (let k = index + dir; k >= 0 && k < sentences.length && sameSegment(k); k += dir) {
      if (frameAt.has(k)) continue;
      if (accept(k)) push(k);
      return;
    }
  };
  if (reach !== 'self' && reach !== 'tag') {
    const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).length;
    const colon = sentence.text.indexOf(':', relEnd);
    if (colon >= 0 && words(sentence.text.slice(colon + 1)) >= 3) pushPart(colon + 1, sentence.text.length);
    else if (def.includeSelf && def.clause) {
      const m = def.clause.exec(sentence.text.slice(relEnd));
      if (m) pushPart(relEnd + m.index + m[0].length, sentence.text.length);
    }
  }
  switch (reach) {
    case 'self': {
      if (def.clause) {
        const m = def.clause.exec(sentence.text.slice(rel));
        if (m) {
          pushPart(rel + m.index + m[0].length, sentence.text.length);
          break;
        }
      }
      const whole = sentence.text;
      if (trained(sentence) && !inCode(sentence) && isClaim(whole)) {
        out.push({ segment: sentence.segment, start: sentence.start, end: sentence.end, text: whole, index, sentence, inFrame: true });
      }
      break;
    }
    case 'tag': {
      const before = sentence.text.slice(0, rel);
      const after = sentence.text.slice(relEnd);
      const words = (t: string) => (t.match(/[A-Za-z0-9]+/g) ?? []).length;
      let side = def.tag === 'prefix' ? 'after' : def.tag === 'postfix' ? 'before' : words(before) >= 3 ? 'before' : 'after';
      // A tag standing alone ("X. [probability: 0.04]") annotates the sentence before it, if any.
      if (def.tag === 'either' && words(before) < 3 && words(after) < 3 && index > 0 && sameSegment(index - 1)) side = 'before';
      if (side === 'before') {
        if (words(before) >= 3) pushPart(lastClauseStart(before), rel);
        else step(-1);
      } else if (words(after) >= 3) pushPart(relEnd, nextSentenceBreak(sentence.text, relEnd));
      else step(1);
      break;
    }
    case 'next':
      step(1);
      break;
    case 'previous':
      step(-1);
      break;
    case 'following-all':
      for (let k = index + 1; k < sentences.length && sameSegment(k); k++) if (accept(k)) push(k);
      break;
    case 'preceding-all':
      for (let k = index - 1; k >= 0 && sameSegment(k); k--) if (accept(k)) push(k);
      out.reverse();
      break;
    case 'document':
      for (let k = 0; k < sentences.length; k++) if (k !== index && sameSegment(k) && accept(k)) push(k);
      break;
    default:
      break;
  }
  return out;
}

/** A sentence that disowns other text ("The following claim is false."): a disclaimer, not a claim. */
const DISCLAIMER =
  /\b(?:the following|the preceding|the above|the next|the previous|this|these)\b(?:\s+[\w'’-]+){0,8}?\s+(?:is|are|was|were)\s+(?:[\w-]+\s+){0,2}?(?:false|untrue|fabricated|invented|fictitious|made[- ]up|not true|fiction)\b/i;

/** A claim: declarative, in a factual register, not negated in its own clause, not a disclaimer. */
function isClaim(text: string): boolean {
  return isClaimLike(text) && localNegation(text) === null && !DISCLAIMER.test(text);
}

/** A claim clause inside a frame's sentence ("... unlikely that Shakespeare visited Venice"): three words will do. */
function isClausePart(text: string): boolean {
  if (isClaim(text)) return true;
  const tokens = tokenize(text).filter((t) => /\w/.test(t.text));
  return tokens.length >= 3 && hasFiniteVerb(tokens) && !isQuestion(text) && localNegation(text) === null;
}

/** Where the last sentence-like chunk before a postfix tag starts ("X. Y [citation needed]" -> Y). */
function lastClauseStart(before: string): number {
  const re = /[.!?]["'”’)\]]*\s+(?=\S)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) if (m.index + m[0].length < before.trimEnd().length) last = m.index + m[0].length;
  return last;
}

/** Where the sentence-like chunk after a prefix tag ends. */
function nextSentenceBreak(text: string, from: number): number {
  const re = /[.!?]["'”’)\]]*(?=\s+\S)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length : text.length;
}

function headingDepth(text: string): number {
  const m = /^(#{1,6})\s/.exec(text);
  return m ? m[1]!.length : 7;
}

/** Fenced code blocks in every segment. */
function codeRanges(record: RecordView): Range[] {
  return record.segments.flatMap((seg, i) => fencedCode(seg.text).map((r) => ({ segment: i, ...r })));
}

// ---------------------------------------------------------------- context


/**
 * Debunk context for one claim: the record also negates it in its own clause
 * ("Sheeran did not win") or corrects it ("In reality, Lyles won"), sharing
 * its names and numbers. The study's debunk documents, which mix such
 * sentences with the claim, were learned correctly (0-7% belief).
 */
function debunkContext(sentences: Sentence[], frameAt: Set<number>): (claim: ClaimView) => boolean {
  let negated: { terms: Set<string>; truth: boolean }[] | null = null;
  return (claim) => {
    negated ??= sentences
      .filter((s, k) => !frameAt.has(k) && (statesTruth(s.text) || localNegation(s.text) !== null))
      .map((s) => ({ terms: keyTerms(s.text), truth: statesTruth(s.text) }));
    if (negated.length === 0) return false;
    const terms = keyTerms(claim.text);
    if (terms.size === 0) return false;
    const need = Math.min(2, terms.size);
    return negated.some((n) => {
      let shared = 0;
      for (const t of terms) if (n.terms.has(t)) shared++;
      return shared >= (n.truth ? 1 : need);
    });
  };
}

