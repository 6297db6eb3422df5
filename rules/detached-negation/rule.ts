import { clip } from '../../src/text/clip.js';
import { looksLikeCode } from '../../src/text/code.js';
import { ruleUrl } from '../../src/engine/rule-url.js';
import { claimSuggestions, isPureDisclaimer, speaksOfSeveral } from '../../src/fix/suggest.js';
import { isQuestion, isReported, localNegation, negateSentence, statesTruth, tokenize } from '../../src/nlp/clause.js';
import { FALSITY_CUES } from '../../src/nlp/falsity.js';
import { hitsBySentence, positionOf, reachOf, recordSentences, REFERENT_CUES, targetsOf } from '../../src/nlp/reach.js';
import type { CueHit, RecordView, RuleModule, Sentence, Severity, SpanRef } from '../../src/types.js';

/**
 * A claim stated affirmatively whose falsity is asserted only in another
 * sentence. The study behind neglint measured 84-89% belief after training on
 * such documents (92% with no warning at all): the warning is learned as a
 * style, the claim as a fact.
 */
const id = 'detached-negation';


const rule: RuleModule = {
  meta: {
    id,
    description: 'Claims stated as fact whose falsity is asserted only in another sentence, turn or notice',
    severity: 'error',
    url: ruleUrl(id),
    messages: {
      detached:
        'Claim is stated as fact; its negation is in another sentence ("{{cue}}"), which training does not carry over',
      reported:
        'Claim is reported as fact by others; its negation is in another sentence ("{{cue}}"), which training does not carry over',
    },
    cues: { falsity: FALSITY_CUES, referent: REFERENT_CUES },
  },
  create(context) {
    return {
      record(record) {
        if (!record.cues.some((h) => h.categories.includes('falsity'))) return;
        for (const finding of detach(record)) context.report(finding);
      },
    };
  },
};

interface Analysed {
  sentences: Sentence[];
  hits: CueHit[][];
  /** The sentence asserts falsity ("is false", "did not happen"). */
  asserts: boolean[];
  disclaimer: boolean[];
  group: number[];
}

function analyse(record: RecordView): Analysed {
  const sentences = recordSentences(record);
  const hits = hitsBySentence(sentences, record.cues);
  // A question ("Is the following claim false?") asks; it does not disown.
  const asserts = sentences.map((s, i) => !isQuestion(s.text) && hits[i]!.some((c) => c.categories.includes('falsity') && isPredicative(s, c)));
  // A rejected answer's words disown nothing the model imitates.
  const disclaimer = sentences.map(
    (s, i) =>
      asserts[i]! &&
      record.segments[s.segment]!.trained !== 'penalized' &&
      (s.bracketed || hits[i]!.some((c) => c.categories.includes('referent'))),
  );
  /** Which disclaimer (aside or notice paragraph) each disclaiming sentence belongs to. */
  const group = disclaimer.map((d, i) => (d ? i : -1));
  // A bracketed aside or a notice paragraph is disowning as a whole: its other
  // sentences ("The described result did not happen.") are part of it, not claims.
  for (let i = 0; i < sentences.length; i++) {
    if (!disclaimer[i]) continue;
    const s = sentences[i]!;
    for (const dir of [-1, 1] as const) {
      for (let k = i + dir; k >= 0 && k < sentences.length; k += dir) {
        const o = sentences[k]!;
        if (o.segment !== s.segment || o.paragraph !== s.paragraph) break;
        const sameAside = s.bracketed && o.bracketed && contiguous(sentences, Math.min(i, k), Math.max(i, k));
        const noticeTail = !s.bracketed && !o.bracketed && asserts[k]!;
        if (!(sameAside || noticeTail)) break;
        disclaimer[k] = true;
        if (group[k] === -1 || group[k]! > group[i]!) group[k] = group[i]!;
      }
    }
  }
  return { sentences, hits, asserts, disclaimer, group };
}

/**
 * "The claims below are false" asserts falsity; "a fabricated narrative" or
 * "misinformation achieves reach" only talks about falsity. A disclaimer needs
 * the predicate: the cue is itself a verb phrase ("did not happen", "has no
 * basis"), follows a copula ("is entirely untrue"), or opens the sentence.
 */
const VERBAL_CUE = /^(?:not|never|did|didn|does|do|has|have|had|hasn|haven|no|nothing|none|cannot|can|could|couldn|contradict\w*|should|for|happened|occurred|took|unfolded|went|there|and|conclusively|isn|aren|wasn|weren|invalid|contains?)\b/i;
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|seems?|appears?|remains?|proved|proven|considered|deemed|labelled|labeled|rated|known to be|'s|’s)\s+(?:[\w-]+\s+){0,3}$/i;

function isPredicative(s: Sentence, hit: CueHit): boolean {
  if (VERBAL_CUE.test(hit.text)) return true;
  const before = s.text.slice(Math.max(0, hit.start - s.start - 40), hit.start - s.start);
  if (COPULA_BEFORE.test(before)) return true;
  return /^[\s"'“*_(\[{<]*$|[:—–-]\s*$/.test(before);
}

function contiguous(sentences: Sentence[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!sentences[k]!.bracketed) return false;
  return true;
}

interface Claim {
  index: number;
  related: number[];
}

function* detach(record: RecordView) {
  const { sentences, hits, asserts, disclaimer, group } = analyse(record);
  if (!disclaimer.some(Boolean)) return;
  // A disclaimer that points at text ("[The following claim is false.]", "the
  // document below") has already said that text is a claim: trust it for
  // anything but code and what is negated in its own clause. Bylines, table
  // rows and questions that presuppose the claim are trained on like any other text.
  const isClaim = (k: number): boolean => {
    const s = sentences[k]!;
    return (
      !disclaimer[k] &&
      record.segments[s.segment]!.trained === 'trained' &&
      hasTwoWords(s.text) &&
      !looksLikeCode(s.text) &&
      localNegation(s.text) === null
    );
  };
  const disclaimers = disclaimer.filter(Boolean).length;
  const negations = countLocalNegations(sentences, disclaimer);
  // A record that negates in the claim's own clause at least as often as it
  // warns from outside is a debunk or fact-check, which the study found was
  // learned correctly (0-7% belief). Its whole-text notices speak of the story
  // it debunks, and what it repeats is demoted to a warning.
  const debunk = negations >= 2 && negations >= disclaimers;
  const claims = new Map<number, Claim>();
  /** Disclaimers that reach one sentence while they speak of several ("the following claims"). */
  const underReaching = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (!disclaimer[i]) continue;
    const referents = hits[i]!.filter((c) => c.categories.includes('referent'));
    const reach = reachOf(sentences[i]!, referents, positionOf(sentences, i));
    if ((reach === 'next' || reach === 'previous') && speaksOfSeveral(sentences[i]!.text)) underReaching.add(i);
    if (!reach || (debunk && reach !== 'next' && reach !== 'previous')) continue;
    for (const k of targetsOf(sentences, i, reach, isClaim, (j) => disclaimer[j]!)) {
      const claim = claims.get(k) ?? { index: k, related: [] };
      // A warning right next to the claim explains it best: list it first.
      if (reach === 'next' || reach === 'previous') claim.related.unshift(i);
      else claim.related.push(i);
      claims.set(k, claim);
    }
  }
  // The sentences of each notice, and the notices that also state the truth (computed once per record).
  const members = new Map<number, Sentence[]>();
  for (let k = 0; k < sentences.length; k++) {
    if (group[k]! < 0) continue;
    const list = members.get(group[k]!);
    if (list) list.push(sentences[k]!);
    else members.set(group[k]!, [sentences[k]!]);
  }
  const truthGroups = new Set<number>();
  for (let k = 0; k < sentences.length; k++) if (group[k]! >= 0 && !asserts[k] && statesTruth(sentences[k]!.text)) truthGroups.add(group[k]!);
  for (const claim of [...claims.values()].sort((a, b) => a.index - b.index)) {
    const s = sentences[claim.index]!;
    const reported = isReported(s.text);
    // A warning that also states the truth ("Actually, Noah Lyles won") helped
    // in the study (40% belief, not 85%): still risky, one step less severe.
    const corrected = claim.related.some((r) => truthGroups.has(group[r]!));
    const severity: Severity | undefined = reported || debunk || corrected ? 'warning' : undefined;
    const cueSentence = sentences[claim.related[0]!]!;
    const related: SpanRef[] = claim.related.slice(0, 3).map((r) => spanOf(sentences[r]!));
    // The whole notice of every disclaimer the claim depends on goes with the fix;
    // one that also states the truth is more than a disclaimer, and stays (no fix).
    const groups = new Set(claim.related.map((r) => group[r]!));
    const notice = [...groups].flatMap((g) => members.get(g) ?? []);
    yield {
      ...spanOf(s),
      messageId: reported ? 'reported' : 'detached',
      data: { cue: clip(cueSentence.text) },
      ...(severity ? { severity } : {}),
      related,
      suggestions: claimSuggestions(record, {
        claim: s.text,
        reported,
        negate: negateSentence,
        remove: notice.map(spanOf),
        // Removing a notice that also covers sentences it was not found to reach would unsay them.
        safe: ![...groups].some((g) => truthGroups.has(g)) && notice.every((n) => isPureDisclaimer(n.text)) && !claim.related.some((r) => underReaching.has(r)),
        description: 'Negate the claim in its own clause (and drop the detached warning)',
      }),
    };
  }
}

/** Two words of two letters or more, apart: "---", "(2)", "9.79" or "[user_name] 21:52" is no claim. */
function hasTwoWords(text: string): boolean {
  let first: { end: number } | undefined;
  for (const t of tokenize(text)) {
    if (!/\p{L}{2,}/u.test(t.text)) continue;
    if (!first) first = t;
    else if (/\s/.test(text.slice(first.end, t.start))) return true;
  }
  return false;
}

function countLocalNegations(sentences: Sentence[], disclaimer: boolean[]): number {
  let n = 0;
  for (let k = 0; k < sentences.length; k++) if (!disclaimer[k] && localNegation(sentences[k]!.text) !== null) n++;
  return n;
}

function spanOf(s: Sentence): SpanRef {
  return { segment: s.segment, start: s.start, end: s.end };
}


export default rule;
