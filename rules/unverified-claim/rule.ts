import { hasFiniteVerb, negateSentence, tokenize } from '../../src/nlp/clause.js';
import { finiteVerbTense, isAuxiliary } from '../../src/nlp/lexicon.js';
import { defineFrameRule, type FrameCandidate, type FrameReach } from '../../src/nlp/frame.js';
import { REFERENT_CUES } from '../../src/nlp/reach.js';
import type { Suggestion } from '../../src/types.js';

/**
 * An unknown-truth frame around a factual claim: "Unverified:", "[unverified]",
 * "allegedly", "[citation needed]", "we do not know whether any of this is
 * true", "this has not been independently verified", "unconfirmed reports
 * say", "rumour has it". In the study behind neglint, "We do not know whether
 * any of this is true" and "[unverified]" gave no protection (97-99% belief
 * vs 98.6% plain): training keeps the claim and drops the doubt.
 *
 * Not flagged: honest hedges ("may", "might suggest"), forecasts, and a
 * sentence whose own content is the uncertainty ("It is unknown whether X"):
 * there X is an embedded question, not an assertion, the same way a local
 * negation keeps the claim from being asserted.
 */
const id = 'unverified-claim';

// Whole words, not stems: the cue scan anchors on literal words, and a stem ("verif") is shadowed where another pattern anchors on a longer word ("verified").
const VERIFY = String.raw`(?:verify|verified|confirm|confirmed|corroborate|corroborated|authenticate|authenticated|substantiate|substantiated|fact-checked|fact-check|factchecked)`;
const OBJECT = String.raw`(?:claims?|reports?|accounts?|stor(?:y|ies)|information|details|allegations?|figures?|videos?|images?|footage|posts?|statements?|authenticity|accuracy|contents?|numbers|documents?|letters?|photos?|recordings?|quotes?|rumou?rs?|assertions?|testimony|events?)`;

const cues = {
  unverifiedTag: [
    // Prefix labels: "Unverified: X", "Rumour: X".
    String.raw`(?:unverified|unconfirmed|unsubstantiated|uncorroborated|rumou?r|hearsay|allegation|unverified claim|unverified report|unconfirmed report)\s*:`,
    // Bracketed tags: "[unverified]", "(unconfirmed)".
    String.raw`[\[(](?:unverified|unconfirmed|not verified|allegedly|rumou?r|speculation|unsubstantiated|uncorroborated)[\])]`,
  ],
  /** Wikipedia-style tags that follow the sentence they question: "[citation needed]". */
  unverifiedPostfix: [
    String.raw`[\[(](?:citation needed|source needed|sources needed|verification needed|needs? (?:citation|verification|a source|sources)|dubious(?:\s*[–—-]\s*discuss)?|disputed|according to whom\??|by whom\??|who\?|original research\??|unreliable source\??|better source needed)[\])]`,
  ],
  unverifiedAdverb: [String.raw`allegedly|purportedly|supposedly|reputedly|rumou?redly`],
  unverifiedReport: [
    String.raw`rumou?r has it(?: that)?`,
    String.raw`word on the street is(?: that)?`,
    String.raw`(?:unconfirmed|unverified|unsubstantiated|uncorroborated) (?:reports?|rumou?rs?|accounts?|claims?|posts?|sources?) (?:say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|claim|claims|claimed|allege|alleges|alleged|state|states|stated|have it|hold|hint)(?: that)?`,
    String.raw`(?:it is|it's|it was) (?:rumou?red|whispered|alleged|unconfirmed whether)(?: that)?`,
  ],
  unverifiedFrame: [
    // "We do not know whether any of this is true."
    // Split on whether/if so that the cue scan anchors on "whether" and on the
    // rarer verbs, not on "tell" or "say", which open most chat prompts.
    String.raw`(?:we|i|they|nobody|no one|the (?:author|authors|editors?|publisher|poster|source)) (?:do|does|did|can|could|cannot|can't)(?: not|n['’]t)? (?:\w+ )?(?:know|tell|say|confirm|verify|vouch for|guarantee) whether (?:any|all|much|some|most|none|each|every|part)? ?(?:of )?(?:this|it|these|those|the (?:following|above|claims?|story|details|information|account|content|statements?|rest))\b`,
    String.raw`(?:we|i|they|nobody|no one|the (?:author|authors|editors?|publisher|poster|source)) (?:do|does|did|can|could|cannot|can't)(?: not|n['’]t)? (?:\w+ )?(?:know|confirm|verify|vouch for|guarantee) if (?:any|all|much|some|most|none|each|every|part)? ?(?:of )?(?:this|it|these|those|the (?:following|above|claims?|story|details|information|account|content|statements?|rest))\b`,
    // "This has not been independently verified."
    String.raw`(?:has|have|had) (?:not|never|yet to) (?:\w+ )?(?:be|been) (?:independently |fully |officially |yet )?${VERIFY}`,
    String.raw`(?:cannot|can not|can['’]t|could not|couldn['’]t|were unable to|was unable to|has been unable to|have been unable to|were not able to|was not able to|has not been able to|have not been able to) (?:independently )${VERIFY}`,
    String.raw`(?:could|can)(?: not|n['’]t|not) ${VERIFY} (?:the|these|this|that|those|its|any|such|his|her|their) (?:[\w-]+ ){0,2}${OBJECT}`,
    String.raw`(?:truth|accuracy|veracity|authenticity|reliability) of (?:this|these|the (?:following|above|claims?|story|account|information|statements?|details|report|rest)|it|any of (?:this|it|these|the following)) (?:\w+ ){0,2}(?:is|are|remains?|cannot|can't|could not|has not|have not|unknown|unclear|uncertain|not)`,
    String.raw`(?:unverified|unconfirmed|unsubstantiated|uncorroborated) (?:information|claims?|reports?|accounts?|rumou?rs?|stor(?:y|ies)|details|allegations|content|material|assertions)`,
    String.raw`take (?:this|it|the following|everything (?:\w+ ){0,2}|all of (?:this|it)|these claims) with a (?:grain|pinch) of salt`,
    String.raw`(?:may|might) or may not be (?:true|accurate|real|correct)`,
    String.raw`(?:no|not any) (?:way|means) (?:of|to) (?:verify|confirm|know|check)(?:ing)?`,
    String.raw`unknown (?:whether|if) (?:any|all|much) (?:of )?(?:this|it|these|the following|the above)`,
  ],
  referent: REFERENT_CUES,
};

const TEXT_NOUN = String.raw`(?:claims?|reports?|stor(?:y|ies)|accounts?|information|details|allegations?|videos?|footage|images?|photos?|posts?|statements?|figures?|numbers|quotes?|rumou?rs?|documents?|letters?|recordings?|testimony|content|material|text|article|transcript|account)`;
/** The subject right before the cue is the text: "This has not been verified", "These claims are unconfirmed". */
const SUBJECT_BEFORE = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\b(?:and|but|so)\s+)\W*(?:this|that|these|those|it|none of (?:this|it|these|the above)|(?:the|these|those|this|that|such|its) (?:[\w-]+ ){0,2}${TEXT_NOUN})\s+(?:[\w'’-]+\s+){0,3}$`,
  'i',
);
/** The object right after a verify cue is the text: "could not independently verify the footage". */
const OBJECT_AFTER = new RegExp(String.raw`^\s+(?:it|this|that|them|these|those|any of (?:this|it|these)|(?:the|these|this|that|those|its|any|such|his|her|their) (?:[\w-]+ ){0,2}${TEXT_NOUN})\b`, 'i');

/** The cue names the text itself: "any of this", "the truth of the following", "verify the report". */
const NAMES_TEXT = new RegExp(String.raw`\b(?:this|these|those|it|the following|the above|the rest|any of|all of|everything)\b|(?:verify|confirm|corroborate|authenticate)\w* (?:the|these|this|that|those|its|any|such|his|her|their)\b`, 'i');

/**
 * "This has not been verified", "Reuters could not verify the report": the
 * doubt is about other text. "The identities of the attackers have not been
 * verified" or "made unsubstantiated claims that X" state a local uncertainty
 * about their own subject: not a frame.
 */
function pointsAtText(c: FrameCandidate): boolean {
  return c.hits.some((h) => {
    if (NAMES_TEXT.test(h.text)) return true;
    const rel = h.start - c.sentence.start;
    if (/(?:verify|confirm|corroborate|authenticate)$/i.test(h.text) && OBJECT_AFTER.test(c.sentence.text.slice(rel + h.text.length))) return true;
    return SUBJECT_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 80), rel));
  });
}

/** Whole-text referents ("these claims", "any of this") reach all the text on their side; others their neighbour. */
function fallback(position: 'start' | 'middle' | 'end', c: FrameCandidate): FrameReach | null {
  const plural = /\b(?:any|all|none|much|most|everything|these|those|claims|reports|details|information|rest)\b/i.test(c.sentence.text);
  if (position === 'start') return plural ? 'following-all' : 'next';
  if (position === 'end') return plural ? 'preceding-all' : 'previous';
  return 'previous';
}

/**
 * "The senator allegedly accepted bribes" qualifies the sentence's own claim;
 * "the text cites papers allegedly published in Nature" only describes a noun
 * inside a sentence that asserts something else (typical of debunks). The
 * adverb counts where no finite verb precedes it in its clause.
 */
function mainClauseAdverb(c: FrameCandidate): boolean {
  return c.hits.some((h) => {
    const before = c.sentence.text.slice(0, h.start - c.sentence.start);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—')) + 1);
    // "a bridge collapse that allegedly killed hundreds": a relative clause describing a noun.
    if (/\b(?:that|which|who|whom|whose)\s*$/i.test(clause)) return false;
    // "Allegedly, the company paid ...": a sentence adverb qualifies the whole claim.
    if (clause.trim() === '' && /^\s*,/.test(c.sentence.text.slice(h.end - c.sentence.start))) return true;
    // "an allegedly extinct butterfly": an adverb on an adjective, not on the verb.
    const next = /^\s*,?\s*([A-Za-z'’-]+)/.exec(c.sentence.text.slice(h.end - c.sentence.start))?.[1] ?? '';
    if (/^[a-z]/.test(next) && !isAuxiliary(next) && !finiteVerbTense(next) && !/ed$/i.test(next)) return false;
    return !hasFiniteVerb(tokenize(clause));
  });
}

const TAG_LABEL: [RegExp, string][] = [
  [/citation|source|sources|whom|who\?|original research/i, 'citation-needed tag'],
  [/rumou?r|hearsay|word (?:on the street )?is/i, 'rumour'],
  [/alleg|purport|suppos|reput/i, 'allegedly'],
  [/disputed|dubious/i, 'disputed tag'],
  [/unconfirmed/i, 'unconfirmed'],
];

function labelOf(c: FrameCandidate): string {
  const t = c.hits.map((h) => h.text).join(' ');
  for (const [re, label] of TAG_LABEL) if (re.test(t)) return label;
  if (/\bknow\b|truth|veracity|accuracy|unknown|may or may not/i.test(t)) return 'unknown truth';
  return 'unverified';
}

const rule = defineFrameRule({
  id,
  description: 'Unverified, alleged or unknown-truth frames around factual claims',
  severity: 'warning',
  messages: {
    framed:
      'Claim stated under an unknown-truth frame ({{label}}: "{{frame}}"): training learns the claim, not the doubt (97-99% belief in the study)',
    reported:
      'Claim reported under an unknown-truth frame ({{label}}: "{{frame}}"): training learns the claim, not the doubt',
  },
  cues,
  frames: [
    { label: labelOf, categories: ['unverifiedTag'], places: ['text'], reach: 'tag', tag: 'either' },
    { label: labelOf, categories: ['unverifiedPostfix'], places: ['text'], reach: 'tag', tag: 'postfix' },
    { label: labelOf, categories: ['unverifiedReport'], places: ['text'], reach: 'tag', tag: 'prefix' },
    { label: labelOf, categories: ['unverifiedAdverb'], places: ['text'], accept: mainClauseAdverb, reach: 'self' },
    {
      label: labelOf,
      categories: ['unverifiedFrame'],
      places: ['heading'],
      require: /^(?:#{1,6}\s*|\*\*|__)/,
      reach: 'section',
    },
    { label: labelOf, categories: ['unverifiedFrame'], places: ['text', 'prompt'], accept: (c) => (c.place === 'text' || c.segment.role === 'system') && pointsAtText(c), reach: 'referent', fallback },
  ],
  suggest(claim) {
    // "It is not known whether X" keeps X as a clause and, per the evidence,
    // does not help. What helps is not stating X, or negating it locally if it is known false.
    const out: Suggestion[] = [{ description: 'Remove the unverified claim (restating it as "it is not known whether ..." does not protect it)', text: '' }];
    const negated = negateSentence(claim.text);
    if (negated) out.push({ description: 'If the claim is known to be false, negate it in its own clause', text: negated });
    return out;
  },
});

export default rule;
