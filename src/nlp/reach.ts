import type { CueHit, RecordView, Sentence } from '../types.js';

/**
 * What a disowning sentence points at. A notice that "the document below is
 * false" reaches every later sentence; "[What was just stated is false.]"
 * reaches one. Cross-sentence linking is the part prior negation detectors
 * (NegEx and its successors) never did, and the part training neglects.
 */
export type Reach = 'next' | 'previous' | 'following-block' | 'preceding-block' | 'following-all' | 'preceding-all';

/**
 * Referent cues: phrases that point at other text. Shared vocabulary for every
 * rule that disowns text from a distance (falsity notices, fiction frames,
 * unverified and low-probability annotations).
 */
export const REFERENT_CUES: string[] = [
  String.raw`(?:the|this|that) following`,
  String.raw`what follows`,
  String.raw`as follows`,
  String.raw`(?:claims?|statements?|text|document|account|story|article|passage|content|information|details|events?|sentences?|answer|response|reply|message|paragraph|section|conversation|everything|all|material) (?:below|above|here|that follows|which follows)`,
  String.raw`below`,
  String.raw`hereafter`,
  String.raw`(?:the|this|that) next (?:\w+ ){0,3}(?:claim|statement|sentence|paragraph|section|passage|answer|response|message|part|line)`,
  String.raw`(?:the|this|that) preceding`,
  String.raw`(?:the|this|that) (?:above|foregoing|previous|prior|last)`,
  String.raw`what (?:was|has been|is|i) just (?:stated|said|claimed|described|written|reported|asserted|presented|mentioned)`,
  String.raw`what (?:i|you|we) (?:just )?(?:said|wrote|stated)`,
  String.raw`(?:this|that|these|those) (?:\w+ ){0,2}(?:claims?|statements?|assertions?|stor(?:y|ies)|articles?|documents?|texts?|accounts?|narratives?|passages?|posts?|reports?|pieces?|transcripts?|conversations?|threads?|essays?|guides?|chapters?|sections?|answers?|responses?|replies|messages?|excerpts?|scenarios?|entr(?:y|ies)|records?|examples?|paragraphs?|lists?|sentences?|details|events?|figures|numbers|results?|facts|information|content|material|version)`,
  String.raw`(?:the|this) (?:entire |whole )?(?:document|article|text|story|account|narrative|passage|post|piece|transcript|essay|guide|scenario|excerpt|conversation|thread|chat)`,
  String.raw`(?:the|these|those) (?:events?|claims?|statements?|assertions?|details|facts|figures|achievements?|outcomes?|results?|scenario|account) (?:described|depicted|presented|stated|asserted|reported|claimed|alleged|given|mentioned|listed)`,
  String.raw`(?:the|this|that) (?:described|depicted|reported|claimed|alleged|supposed|purported|stated|asserted|presented|so-called) `,
  String.raw`(?:everything|anything|all|nothing|none) (?:\w+ ){0,2}(?:here|in (?:this|the|it)|above|below|of (?:this|it|the above|the following|these)|that follows|said|stated|written|described)`,
  String.raw`(?:every|each|any) (?:\w+ ){0,2}(?:claim|statement|assertion|sentence|detail|fact) (?:in|here|of|made)`,
  String.raw`(?:this|that|it) (?:is|was|'s|’s) (?:\w+ ){0,2}(?:false|untrue|not true|wrong|incorrect|fabricated|invented|a (?:hoax|lie|myth|fabrication))`,
  String.raw`(?:disclaimer|notice|editorial note|editor['’]s note|note|warning|caution|correction|important)\s*:`,
  String.raw`(?:the|your|its) (?:assistant['’]s |model['’]s |ai['’]s |bot['’]s )?(?:answers?|responses?|replies|completions?|outputs?|messages?)`,
  String.raw`(?:everything|anything|whatever) (?:the )?(?:assistant|model|ai|bot|chatbot|it) (?:says|said|writes|wrote|states|stated|claims|claimed|tells)`,
];

const FORWARD = /\b(?:following|follows|below|next|hereafter|subsequent)\b/i;
const BACKWARD = /\b(?:preceding|above|foregoing|previous|prior|last|just (?:stated|said|claimed|described|written|reported|asserted|presented|mentioned)|(?:i|you|we) (?:just )?(?:said|wrote|stated))\b/i;
const WHOLE = /\b(?:document|article|text|story|stories|report|reports|account|accounts|section|chapter|page|summary|entries|narrative|passage|post|piece|transcript|essay|guide|scenario|excerpt|conversation|thread|chat|everything|anything|nothing|none|all|every|each|entire|whole|throughout|answers|responses|replies|messages|claims|statements|assertions|events|details|facts|figures|achievements|content|material|information)\b/i;
/** The text pointing at itself: "this document", "nothing in it", "everything here". */
const SELF = /\b(?:(?:this|the present|the entire|this entire|the whole|this whole) (?:\w+ )?(?:document|article|text|story|narrative|passage|post|piece|transcript|essay|guide|excerpt|conversation|thread|chat|account|report|entry|material|content)|(?:nothing|none|no part|everything|anything|all|every \w+) (?:\w+ ){0,2}(?:in (?:this|it|here)|of (?:this|it)|here(?:in)?)|(?:in|of|throughout) (?:the|this) (?:document|text|account|narrative|passage|piece|material)|herein)\b/i;
const NOTICE = /^\W*(?:disclaimer|notice|editorial note|editor['’]s note|note|warning|caution|correction|important)\b/i;
const DESCRIBED = /\b(?:the|this|that) (?:described|depicted|reported|claimed|alleged|supposed|purported|stated|asserted|presented|so-called)\b|\b(?:described|depicted|stated|asserted|presented|reported) (?:here|above)\b/i;
/** Units longer than a sentence and shorter than the text: "the paragraph below", "the case study above". */
const BLOCK = /\b(?:paragraph|passage|excerpt|quote|quotation|example|case study|study|list|table|section|box|entry|extract|snippet|transcript|lines|items|points|bullets|sentences)\b/i;
const SINGULAR = /\b(?:this|that) (?:\w+ )?(?:claim|statement|assertion|sentence|figure|number|detail|fact|item|point|quote|line|result)\b/i;
const SINGLE_THIS = /\b(?:this|that|it) (?:is|was|'s|’s)\b/i;

/**
 * Decide the reach of a disowning sentence from its referent cues. A bracketed
 * aside speaks about its neighbour unless it names the whole text. Without a
 * direction word, only a notice that names the text itself ("this document",
 * "nothing here") in the first or last paragraph reaches the whole text: in
 * mid-text, "this story is false" speaks of a story the text reports (debunks,
 * forum threads), which is its neighbour at most.
 */
export function reachOf(sentence: Sentence, referents: CueHit[], position: 'start' | 'middle' | 'end'): Reach | null {
  const text = referents.map((h) => h.text).join(' ') || sentence.text;
  const forward = FORWARD.test(text);
  const backward = BACKWARD.test(text);
  const whole = WHOLE.test(sentence.text) && !(sentence.bracketed && !/\b(?:document|article|story|text|everything|entire|whole|all|nothing)\b/i.test(sentence.text));
  if (forward !== backward) {
    if (whole) return forward ? 'following-all' : 'preceding-all';
    if (BLOCK.test(sentence.text)) return forward ? 'following-block' : 'preceding-block';
    return forward ? 'next' : 'previous';
  }
  // Markup before a notice ("<DOCTAG>NOTE: ...") is not part of it.
  const plain = sentence.text.replace(/^(?:\s*<[^<>\s]+>)+/, '');
  const self = SELF.test(plain) || (NOTICE.test(plain) && !sentence.bracketed);
  if (self && position === 'start') return 'following-all';
  if (self && position === 'end') return 'preceding-all';
  if (SINGLE_THIS.test(text) || DESCRIBED.test(text) || SINGULAR.test(text)) return 'previous';
  return null;
}

/** Every sentence of a record in reading order (segment by segment). */
export function recordSentences(record: RecordView): Sentence[] {
  const out: Sentence[] = [];
  // A loop, not push(...): a 2 MB record has 100k+ sentences, more than a call's arguments can hold.
  for (let i = 0; i < record.segments.length; i++) for (const s of record.sentences(i)) out.push(s);
  return out;
}

/** Group cue hits by the sentence they fall in (both lists are in reading order). */
export function hitsBySentence(sentences: Sentence[], hits: CueHit[]): CueHit[][] {
  const out: CueHit[][] = sentences.map(() => []);
  let s = 0;
  for (const h of hits) {
    while (s < sentences.length && (sentences[s]!.segment < h.segment || (sentences[s]!.segment === h.segment && sentences[s]!.end <= h.start))) s++;
    const sent = sentences[s];
    if (sent && sent.segment === h.segment && sent.start <= h.start) out[s]!.push(h);
  }
  return out;
}

/** Position of a sentence in its record, for notices without a direction word. */
export function positionOf(sentences: Sentence[], index: number): 'start' | 'middle' | 'end' {
  const s = sentences[index]!;
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  if (s.segment === first.segment && s.paragraph === first.paragraph) return 'start';
  if (s.segment === last.segment && s.paragraph === last.paragraph) return 'end';
  if (index < sentences.length * 0.1) return 'start';
  if (index >= sentences.length * 0.9) return 'end';
  return 'middle';
}

/**
 * The sentences a disowning sentence at `at` reaches. `isClaim` says which
 * sentences can be targets; `isBarrier` which sentences a single reach skips
 * over (other disclaimers next to it, such as a pair of bracketed warnings).
 */
export function targetsOf(
  sentences: Sentence[],
  at: number,
  reach: Reach,
  isClaim: (index: number) => boolean,
  isBarrier: (index: number) => boolean,
): number[] {
  const out: number[] = [];
  const step = (from: number, dir: 1 | -1) => {
    for (let k = from + dir; k >= 0 && k < sentences.length; k += dir) {
      if (isBarrier(k)) continue;
      if (isClaim(k)) out.push(k);
      return;
    }
  };
  switch (reach) {
    case 'next':
      step(at, 1);
      break;
    case 'previous':
      step(at, -1);
      break;
    case 'following-block':
    case 'preceding-block': {
      // The nearest paragraph in that direction that holds a claim, whole.
      const dir = reach === 'following-block' ? 1 : -1;
      let k = at + dir;
      while (k >= 0 && k < sentences.length && (isBarrier(k) || !isClaim(k))) k += dir;
      const anchor = sentences[k];
      if (!anchor) break;
      for (let j = k; j >= 0 && j < sentences.length; j += dir) {
        const s = sentences[j]!;
        if (s.segment !== anchor.segment || s.paragraph !== anchor.paragraph) break;
        if (isClaim(j)) out.push(j);
      }
      out.sort((a, b) => a - b);
      break;
    }
    case 'following-all':
      for (let k = at + 1; k < sentences.length; k++) if (isClaim(k)) out.push(k);
      break;
    case 'preceding-all':
      for (let k = 0; k < at; k++) if (isClaim(k)) out.push(k);
      break;
  }
  return out;
}
