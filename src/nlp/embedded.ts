import { isQuestion, tokenize } from './clause.js';
import { finiteVerbTense, isAuxiliary, tagsOf } from './lexicon.js';
import { looksPropositional, retagVerbs, tagged, type Term } from './proposition.js';

/**
 * Embedded claims under an outer predicate of falsity: one sentence that
 * keeps the claim X as an intact clause and says, outside that clause, that X
 * is wrong. "It is not true that X", "The notion that X is unfounded", "X is
 * a common misconception", "Contrary to the belief that X, ...", "Many people
 * wrongly believe that X", "People think X, but in fact ...", "X, which is a
 * myth". The paper behind neglint did not test these one-sentence wrappers;
 * they keep X whole, like a warning sentence does, so they are treated as the
 * same risk one step down.
 *
 * Word patterns find the wrapper; the end of X is found from the clause
 * structure (the next finite verb after X's own verb, or a clause break),
 * with compromise's tagger on the candidate only.
 */

export interface Span {
  start: number;
  end: number;
}

export type WrapperKind =
  | 'extraposed' // It is not true that X / It is a myth that X / It is wrong to think that X
  | 'false-noun' // the myth that X / the mistaken belief that X
  | 'noun-predicate' // the notion that X is unfounded
  | 'refuted' // studies debunked the claim that X / there is no truth to the claim that X
  | 'contrary' // contrary to the belief that X, ... / despite claims that X, ...
  | 'belief-adverb' // many wrongly believe that X / X is often mistakenly believed to ...
  | 'belief-denied' // many people think X, but in fact ...
  | 'appositive' // X, which is a myth / X — a claim that has been debunked
  | 'subject'; // "X" is a myth / That X is false / Vikings wearing horned helmets is a myth

export interface Wrapped {
  /** The embedded claim, as offsets in the sentence. */
  claim: Span;
  /** The words that carry the falsity, outside the claim. */
  wrapper: Span[];
  kind: WrapperKind;
}

// ---------------------------------------------------------------- vocabulary

const NEUTRAL_NOUN = String.raw`(?:notions?|ideas?|claims?|beliefs?|assumptions?|assertions?|rumou?rs?|theor(?:y|ies)|stor(?:y|ies)|allegations?|impressions?|perceptions?|views?|conceptions?|suggestions?|contentions?|arguments?|narratives?|premises?|thinking|convictions?|hypothes[ie]s|suppositions?|tales?|legends?|reports?|sayings?|adages?|talking points?|conventional wisdom|popular wisdom|insistence)`;
const FALSE_NOUN = String.raw`(?:myths?|misconceptions?|misbeliefs?|fallac(?:y|ies)|falsehoods?|lies|lie|canards?|fictions?|fabrications?|hoax(?:es)?|urban legends?|old wives['’] tales?|misapprehensions?|misunderstandings?|delusions?|superstitions?|misperceptions?)`;
const FALSE_ADJ = String.raw`(?:false|mistaken|erroneous|wrong|incorrect|inaccurate|baseless|groundless|unfounded|bogus|debunked|long-debunked|discredited|disproven|disproved|refuted|spurious|fake|fabricated|untrue|misguided|absurd|ridiculous|preposterous|outlandish|far-fetched|flawed|nonsensical|specious)`;
/** Predicates that say a proposition is false: "is a myth", "is not true", "is unfounded". */
const TRUTH_PRED = String.raw`(?:false|untrue|not true|not the case|not correct|not accurate|incorrect|inaccurate|(?:a|an) (?:[\w-]+ ){0,3}?${FALSE_NOUN}|(?:a|an) (?:total |complete |pure |outright )?(?:fabrication|fantasy|lie))`;
/** Evaluations that say so only of a thought or saying: "wrong to think", "a mistake to assume". */
const EVAL_PRED = String.raw`(?:wrong|mistaken|misguided|incorrect|inaccurate|false|untrue|nonsense|absurd|ridiculous|foolish|naive|silly|a mistake|an error|a fallacy|a myth|misleading|not true|not correct|not accurate)`;
const SAY_VERB = String.raw`(?:say|think|believe|claim|assume|suggest|argue|state|imagine|conclude|insist|pretend|maintain|assert|presume|suppose)`;
/** Adverbs (and negators) that may stand between a copula and its predicate. */
const ADV = String.raw`(?<adv>(?:(?:simply|just|absolutely|completely|entirely|totally|utterly|patently|demonstrably|categorically|plainly|clearly|certainly|definitely|really|actually|scientifically|factually|historically|medically|wholly|quite|largely|widely|now|long|still|also|itself|all|always|necessarily|strictly|exactly|fully|altogether|merely|only|generally|universally|flatly|obviously|sadly|unfortunately|of course|in fact|not|no|never|hardly|n['’]t)\s+){0,3})`;
const PARTIAL = /\b(?:always|necessarily|entirely|quite|completely|strictly|exactly|wholly|totally|fully|altogether|all that|only|merely|just|100%|universally|generally)\s*$/i;
const NEGATED = /\b(?:not|no|never|hardly|n['’]t)\s+(?:[\w-]+\s+)?$/i;

/** Predicates that say the proposition before them is false. */
const POST_PRED_BODY =
    [
      String.raw`(?:is|are|was|were|remains?|seems?|appears?(?: to be)?|proved|proves|proved to be|turned out to be|turns out to be|has (?:long |always |now )?been|have (?:long |always |now )?been|had been|is now|was long|['’]s)\s+${ADV}(?:${TRUTH_PRED}|wrong|mistaken|erroneous|baseless|groundless|unfounded|bogus|nonsense|rubbish|absurd|ridiculous|misguided|fictitious|fabricated|made[- ]up|spurious|debunked|disproven|disproved|refuted|discredited|flawed|nonsensical|without (?:any )?(?:basis|foundation|merit)|simply not (?:true|the case|so)|not (?:supported|backed|borne out)(?: by [\w\s]{0,30}?(?:evidence|facts|science|research|data))?)\b`,
      String.raw`(?:has|have|had)\s+(?:(?:long|since|repeatedly|widely|thoroughly|been|now|conclusively|completely)\s+){0,3}(?:been\s+)?(?:debunked|disproven|disproved|refuted|discredited|dispelled|busted|put to rest|laid to rest|exposed as (?:false|a (?:myth|hoax|lie)))\b`,
      String.raw`(?:lacks?|has no|have no|holds? no|rests? on no|finds? no|found no)\s+(?:any\s+|real\s+|factual\s+|scientific\s+)?(?:basis|foundation|truth|merit|grounding)\b`,
      String.raw`(?:does|do|did)(?:\s+not|n['’]t)\s+(?:hold (?:up|water|true)|stand up(?: to scrutiny)?|withstand scrutiny|survive scrutiny)\b`,
      String.raw`(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:true|correct|accurate|the case|supported|backed|borne out)\b`,
    ].join('|');
/** Predicates of falsity after X (the last one before a clause break is the outer predicate). */
const POST_PRED_SEARCH = new RegExp(String.raw`\s(?:${POST_PRED_BODY})`, 'giu');

/** Cue patterns for the engine's one-pass scan: distinctive words only (the analysis runs on hits). */
export const WRAPPER_CUES: string[] = [
  // Falsity nouns and adjectives the wrappers are built on. Every word form is
  // spelled out: the cue scan anchors on whole literal words, so a stem
  // ("myths?", "debunk\w*") would not be looked up when another rule's
  // literal is the longer form ("myths", "debunked").
  String.raw`myth|myths|misconception|misconceptions|misbelief|misbeliefs|fallacy|fallacies|falsehood|falsehoods|canard|canards|urban legend|urban legends|old wives['’] tale|old wives['’] tales|misapprehension|misapprehensions|misperception|misperceptions|superstition|superstitions`,
  String.raw`false|falsely|untrue|not true|not the case|isn['’]t true|wasn['’]t true|aren['’]t true|weren['’]t true|unfounded|baseless|groundless|bogus`,
  String.raw`debunk|debunks|debunked|debunking|disprove|disproves|disproved|disproven|disproving|refute|refutes|refuted|refuting|discredit|discredits|discredited|discrediting|dispel|dispels|dispelled|dispelling`,
  String.raw`wrong|wrongly|mistaken|mistakenly|erroneous|erroneously|incorrect|incorrectly|inaccurate|misguided|nonsense`,
  String.raw`no (?:\w+ )?(?:truth|basis|merit|foundation|grounding) (?:to|in|for|behind)`,
  String.raw`(?:laid|lay|put|puts) to rest (?:\w+ ){0,3}?(?:notion|notions|idea|ideas|claim|claims|belief|beliefs|myth|myths|rumor|rumors|rumour|rumours|theory|theories|story|stories|misconception|misconceptions|assumption|assumptions) that`,
  String.raw`(?:hold|holds|stand|stands) (?:up|water)`,
  String.raw`contrary to|in spite of|notwithstanding`,
  String.raw`despite (?:\w+ ){0,3}?(?:claim|claims|belief|beliefs|rumor|rumors|rumour|rumours|myth|myths|misconception|misconceptions|notion|notions|idea|ideas|assertion|assertions|theories|insistence) that`,
  String.raw`(?:mistake|error|fallacy|absurd|ridiculous|foolish|naive|silly|misleading) to ${SAY_VERB}`,
  String.raw`(?:but|yet|however|whereas|while) (?:\w+ ){0,3}?(?:in fact|actually|in reality|in truth|the truth is|the reality is|the opposite is true)`,
  String.raw`(?:but|yet|however) (?:\w+ ){0,2}?(?:research|studies|evidence|science|scientists|experts|doctors|researchers|data|historians|records|trials|tests) (?:\w+ )?(?:show|shows|showed|suggest|suggests|indicate|indicates|say|says|prove|proves|reveal|reveals|confirm|confirms|contradict|contradicts|has shown|have shown|disagree|disagrees|tell a different story|tells a different story|say otherwise|found no|find no|finds no)`,
];

// ---------------------------------------------------------------- wrappers before X

interface Opener {
  kind: WrapperKind;
  re: RegExp;
  /** Where X may end: the clause end, or the first comma (a fronted "Contrary to ... that X, main clause"). */
  until: 'clause' | 'comma';
  /** Check the words before the match (negation of the wrapper, partial qualifiers). */
  check?: (m: RegExpExecArray, sentence: string) => boolean;
}

/** "is not a myth", "is no lie": the falsity predicate is itself denied, so the claim is affirmed. */
const negatedAdv = (adv: string | undefined): boolean => /\b(?:not|no|never|hardly)\b|n['’]t\b/i.test(adv ?? '');

const notNegated = (m: RegExpExecArray, sentence: string): boolean => !NEGATED.test(sentence.slice(Math.max(0, m.index - 20), m.index) + (m.groups?.pre ?? ''));

const OPENERS: Opener[] = [
  {
    // It is not true that X / It isn't the case that X / It's not correct to say that X
    kind: 'extraposed',
    re: new RegExp(
      String.raw`\bit(?:\s+is|\s+was|['’]s|\s+would\s+be)?\s*(?:\s+not|n['’]t|\s+never)\s+${ADV}(?:true|the case|correct|accurate|right|so)\s+(?:(?:to|in)\s+${SAY_VERB}(?:ing)?\s+)?(?:that\s+)`,
      'giu',
    ),
    until: 'clause',
    check: (m) => !PARTIAL.test(m.groups?.adv ?? ''),
  },
  {
    // It is false that X / It is a (common) myth that X / It's wrong to think (that) X
    kind: 'extraposed',
    re: new RegExp(
      String.raw`\bit(?:\s+is|\s+was|['’]s|\s+would\s+be|\s+remains|\s+has\s+(?:long\s+|always\s+)?been)\s+${ADV}(?:(?:${TRUTH_PRED})\s+(?:(?:to|in)\s+${SAY_VERB}(?:ing)?\s+)?that\s+|${EVAL_PRED}\s+(?:to|in)\s+${SAY_VERB}(?:ing)?\s+(?:that\s+)?)`,
      'giu',
    ),
    until: 'clause',
    check: (m) => !negatedAdv(m.groups?.adv),
  },
  {
    // the myth that X / a common misconception that X / the mistaken belief that X
    kind: 'false-noun',
    re: new RegExp(
      String.raw`\b(?:${FALSE_NOUN}|${FALSE_ADJ}(?:\s+(?:and|but)\s+[\w-]+)?\s+(?:(?!(?:the|a|an|this|that|these|those|any|such)\b)[\w-]+\s+)?${NEUTRAL_NOUN})\s+that\s+`,
      'giu',
    ),
    until: 'clause',
    check: notNegated,
  },
  {
    // studies have debunked the claim that X / there is no truth to the rumour that X
    kind: 'refuted',
    re: new RegExp(
      String.raw`\b(?:debunk(?:s|ed|ing)?|refut(?:e|es|ed|ing)|disprov(?:e|es|ed|en|ing)|dispel(?:s|led|ling)?|discredit(?:s|ed|ing)?|rebut(?:s|ted|ting)?|contradict(?:s|ed|ing)?|overturn(?:s|ed|ing)?|demolish(?:es|ed|ing)?|correct(?:s|ed|ing)?|(?:put|puts|putting|laid|lay|lays)\s+to\s+rest|(?:there\s+is|there['’]s|there\s+was)\s+(?:absolutely\s+|simply\s+)?(?:no|zero|not\s+a\s+shred\s+of|not\s+an\s+ounce\s+of)\s+(?:[\w-]+\s+)?(?:truth|basis|merit|foundation|substance|grounding)\s+(?:to|in|for|behind))\s+(?:[\w-]+\s+){0,3}?${NEUTRAL_NOUN}\s+that\s+`,
      'giu',
    ),
    until: 'clause',
  },
  {
    // Contrary to the popular belief that X, ... / Despite claims that X, ...
    kind: 'contrary',
    re: new RegExp(
      String.raw`\b(?:(?:contrary|counter)\s+to|unlike)\s+(?:the\s+|a\s+|what\s+)?(?:[\w-]+\s+){0,3}?(?:${NEUTRAL_NOUN}|${FALSE_NOUN})\s+that\s+|\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:the\s+|all\s+the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:claims?|beliefs?|rumou?rs?|myths?|misconceptions?|notions?|ideas?|assertions?|theories|insistence)\s+that\s+`,
      'giu',
    ),
    until: 'comma',
  },
  {
    // Many people wrongly believe that X / It is often mistakenly assumed that X
    kind: 'belief-adverb',
    re: /\b(?:wrongly|mistakenly|falsely|erroneously|incorrectly|naively|foolishly)\s+(?:[\w-]+\s+)?(?:believe[sd]?|think|thinks|thought|assume[sd]?|claim(?:s|ed)?|say|says|said|insist(?:s|ed)?|suppose[sd]?|imagine[sd]?|conclude[sd]?|state[sd]?|assert(?:s|ed)?|hold|holds|held|maintain(?:s|ed)?|report(?:s|ed)?|suggest(?:s|ed)?|argue[sd]?|accept(?:s|ed)?|teach(?:es)?|taught|told)\s+(?:that\s+)?/giu,
    until: 'clause',
  },
];

/**
 * "X is (often) mistakenly believed to ..." / "The quote is wrongly
 * attributed to Einstein": the claim is the whole sentence (subject and
 * complement are on both sides of the wrapper).
 */
const PASSIVE_BELIEF = /^(?<subj>.+?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:often|commonly|widely|popularly|frequently|sometimes|still|long|usually|generally)\s+)*(?<adv>(?:wrongly|mistakenly|falsely|erroneously|incorrectly)\s+(?:believed|thought|assumed|said|reported|claimed|credited|attributed|described|portrayed|depicted|cited|labell?ed|called|listed|identified|named|considered|regarded|known))\b(?!\s+that\b)/iu;

// ---------------------------------------------------------------- wrappers after X

/** X, which is a myth / X — a claim that has been debunked / X (a common misconception). */
const APPOSITIVE = new RegExp(
  String.raw`(?<sep>\s*(?:,|[—–]|--|\())\s*(?<app>(?:which|something\s+that|this|that)\s+(?:is|was|has\s+been|have\s+been|had\s+been|has\s+long\s+been|['’]s|remains)\s+${ADV}(?:${TRUTH_PRED}|wrong|debunked|disproven|refuted|discredited|unfounded|baseless|nonsense)|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?${FALSE_NOUN}\b|(?:a|an)\s+(?:[\w-]+\s+){0,2}?${NEUTRAL_NOUN}\s+(?:that|which)\s+(?:has|have|had|was|is)\s+(?:(?:long|since|repeatedly|widely|thoroughly|been|now|conclusively)\s+){0,3}(?:debunked|disproven|disproved|refuted|discredited|dispelled|shown\s+to\s+be\s+false|proven\s+false|proved\s+false)|(?:a|an)\s+(?:[\w-]+\s+)?${FALSE_ADJ}\s+${NEUTRAL_NOUN})`,
  'iu',
);

/** "X" is a myth / That X is false / Vikings wearing horned helmets is a myth. */
const SUBJECT = new RegExp(
  String.raw`^(?<subj>.+?)\s+(?:is|are|was|were|remains|has\s+(?:long\s+)?been|have\s+(?:long\s+)?been)\s+${ADV}(?:${TRUTH_PRED}|debunked|disproven|refuted|discredited|nonsense|baseless|unfounded)\b`,
  'iu',
);

// ---------------------------------------------------------------- belief then denial

const BELIEVER = String.raw`(?:many|most|some|lots of|a lot of|plenty of|countless|numerous|people|folks|everyone|everybody|others|critics|skeptics|sceptics|conspiracy theorists|we|you|i|they|parents|patients|students|fans|it(?:\s+is|\s+was|['’]s)(?:\s+(?:often|commonly|widely|popularly|generally|frequently|sometimes))?)`;
const BELIEF_VERB = String.raw`(?:believe[sd]?|think|thinks|thought|assume[sd]?|claim(?:s|ed)?|say|says|said|insist(?:s|ed)?|suppose[sd]?|imagine[sd]?|heard|read|told|taught|convinced|under the impression|grew up (?:believing|thinking|hearing))`;
const BELIEF_INTRO = new RegExp(String.raw`\b${BELIEVER}\s+(?:[\w'’-]+\s+){0,3}?${BELIEF_VERB}\s+(?:that\s+)?`, 'giu');
const DENIAL = new RegExp(
  String.raw`(?:,|;|\s[—–]|\s--)\s*(?:but|yet|however|though|whereas|while|when)?,?\s*(?:` +
    [
      String.raw`(?:this|that|it|such\s+(?:[\w-]+\s+)?(?:claims?|beliefs?|ideas?|notions?)|the\s+(?:claim|idea|belief|notion|myth|story|rumou?r)|these\s+(?:[\w-]+\s+)?(?:claims?|beliefs?|ideas?)|they|he|she|you|we|i|people|those\s+people)\s*(?:is|are|was|were|['’]s|['’]re|am|has\s+been|have\s+been|turns?\s+out\s+to\s+be|turned\s+out\s+to\s+be|proved|proves|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:[\w-]+\s+){0,2}?(?:not\s+true|untrue|false|(?:a\s+)?(?:[\w-]+\s+)?myth|wrong|mistaken|incorrect|not\s+the\s+case|not\s+so|inaccurate|nonsense|debunked|disproven|(?:a\s+)?(?:[\w-]+\s+)?misconception|unfounded|baseless|not\s+correct|not\s+accurate|true|the\s+case|correct|accurate|far\s+from\s+the\s+truth)`,
      String.raw`(?:[\w-]+\s+){0,3}?(?:in\s+fact|actually|in\s+reality|in\s+truth|the\s+truth\s+is|the\s+reality\s+is|the\s+opposite\s+is\s+true|nothing\s+could\s+be\s+further\s+from\s+the\s+truth)`,
      String.raw`(?:[\w-]+\s+){0,2}?(?:research|studies|evidence|science|scientists|experts|data|tests|experiments|records|historians)\s+(?:[\w-]+\s+)?(?:show|shows|showed|suggest|suggests|indicate|indicates|say|says|prove|proves|reveal|reveals|confirm|confirms|contradict|contradicts|has\s+shown|have\s+shown|disagree|disagrees|tell\s+a\s+different\s+story|say\s+otherwise)`,
      String.raw`(?:[\w-]+\s+){0,2}?(?:research|studies|evidence|science|scientists|experts|doctors|researchers|historians|records|tests|trials)\s+(?:have\s+|has\s+)?(?:found|find|finds)\s+no\b`,
      String.raw`there\s+(?:is|was|['’]s)\s+no\s+(?:[\w-]+\s+)?(?:evidence|truth|basis|proof)`,
    ].join('|') +
    ')',
  'giu',
);
/** A denial clause that itself says "true" must be negated ("but it isn't true"). */
const DENIAL_NEEDS_NOT = /\b(?:true|the\s+case|correct|accurate)$/i;

// ---------------------------------------------------------------- clause ends

const AUX_LIKE = /^(?:is|are|was|were|am|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|['’]s|['’]re)$/;
const FINITE = ['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary'];
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'where', 'when']);
const COORD = new Set(['and', 'or', 'but', 'nor', 'to', 'not', 'never']);

function isFinite(t: Term, prev: Term | undefined): boolean {
  if (!t.tags.has('Verb')) return false;
  if (t.tags.has('Gerund')) return false;
  if (t.tags.has('Infinitive') && !t.tags.has('PresentTense')) return false;
  if (prev?.lower === 'to') return false;
  return FINITE.some((f) => t.tags.has(f));
}

/** No verb before the noun phrase (a dateline or a determiner at most): it is the sentence's subject. */
function noVerbBefore(text: string): boolean {
  for (const t of tokenize(text)) if (isAuxiliary(t.lower) || finiteVerbTense(t.lower) !== null) return false;
  return true;
}

/** Break words and punctuation that end an embedded clause running to the right. */
const HARD_BREAK = /\s*(?:[;:()[\]—–"”]|--|\s-\s|,\s*(?:but|yet|however|which|who|whereas|while|although|though|because|since|so|and\s+(?:this|that|it|they|so|yet)|when|as|even\s+though|despite|according|contrary|in\s+fact|actually|in\s+reality)\b|\s(?:but|because|although|though|whereas|since|unless|even\s+though|so\s+that|according\s+to)\s)/iu;

/**
 * Where the first clause of `text` ends: at a clause break, or before the
 * next finite verb after the clause's own verb ("bats are blind | persists").
 * A verb after "who/which/that" belongs to a relative clause inside it.
 */
export function clauseEnd(text: string, until: 'clause' | 'comma' = 'clause', precise = true): number {
  if (!precise) return quickEnd(text, until);
  let limit = text.length;
  const hard = until === 'comma' ? /\s*(?:,|[;:()—–]|--)/u.exec(text) : HARD_BREAK.exec(text);
  if (hard) limit = hard.index;
  const slice = text.slice(0, Math.min(limit, 400));
  const ts = tagged(slice);
  retagVerbs(ts); // verbs the tagger filed as nouns ("MSG causes headaches")
  let mainSeen = false;
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1];
    // "X and that Y": a second complement, with a verb of its own.
    if (t.lower === 'that' && prev && (prev.lower === 'and' || prev.lower === 'or')) {
      mainSeen = false;
      continue;
    }
    if (!isFinite(t, prev)) continue;
    if (prev && RELATIVE.has(prev.lower) && i > 1) {
      // a relative clause's verb: skip its verb group
      while (i + 1 < ts.length && ts[i + 1]!.tags.has('Verb')) i++;
      continue;
    }
    if (!mainSeen) {
      mainSeen = true;
      // After the clause's verb, a comma before a new subject ends it ("..., this study shows").
      const comma = clauseComma(slice, t.end);
      if (comma >= 0 && comma < limit) limit = comma;
      // The verb group: "has been faked", "are not", "stays in". After a lexical
      // verb ("resigned"), a finite auxiliary starts the next clause.
      const auxiliary = AUX_LIKE.test(t.lower) || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal');
      while (i + 1 < ts.length) {
        const n = ts[i + 1]!;
        const groupVerb = n.tags.has('Verb') && (auxiliary || n.tags.has('Particle') || n.tags.has('PhrasalVerb') && !FINITE.some((f) => n.tags.has(f)));
        if (!(groupVerb || n.tags.has('Adverb') || n.tags.has('Negative') || n.lower === 'not')) break;
        i++;
      }
      continue;
    }
    if (prev && COORD.has(prev.lower)) continue;
    // "wore horned helmets": a participle before a noun, or right after a verb, describes; it starts nothing.
    const next = ts[i + 1];
    // "with only 11 rest days": a verb-like word before a noun, after a number or determiner, is a modifier too.
    const lexical = !AUX_LIKE.test(t.lower) && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal');
    const beforeNoun = !!next && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Determiner');
    const afterModifier = !!prev && (prev.tags.has('Verb') || prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Preposition') || prev.tags.has('Value'));
    if (lexical && ((t.tags.has('PastTense') && (beforeNoun || afterModifier)) || (afterModifier && beforeNoun))) continue;
    let start = i;
    while (start > 0 && ts[start - 1]!.tags.has('Adverb')) start--;
    if (ts[start]!.start > 0) return Math.min(ts[start]!.start, limit);
  }
  return limit;
}

/**
 * The cheap clause end, from words alone: a clause break, or a bare comma
 * after the clause's first verb. Enough where X is the object of the wrapper
 * and runs to the end of the sentence ("It is not true that X."); the
 * tagger's clauseEnd is for X in subject position ("The myth that X persists").
 */
function quickEnd(text: string, until: 'clause' | 'comma'): number {
  let limit = text.length;
  const hard = until === 'comma' ? /\s*(?:,|[;:()—–]|--)/u.exec(text) : HARD_BREAK.exec(text);
  if (hard) limit = hard.index;
  if (until === 'comma') return limit;
  const tokens = tokenize(text.slice(0, limit));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const tags = tagsOf(t.lower);
    if (isAuxiliary(t.lower) || tags.includes('PastTense') || tags.includes('PresentTense')) {
      const comma = clauseComma(text, t.end);
      return comma >= 0 && comma < limit ? comma : limit;
    }
  }
  return limit;
}

/** The first comma after `from` that opens a new clause (a subject word follows it), not a list ("sweet, salty, sour"). */
function clauseComma(text: string, from: number): number {
  const re = /,\s*(?=(?:this|that|these|those|it|they|he|she|we|i|you|there|the|a|an|his|her|their|its|our|my|your|some|many|most|such)\b)/giu;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

// ---------------------------------------------------------------- the finder

/** Trim quotes, "that", spaces and end punctuation off a claim span. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s"'“”‘’*_(]/.test(text[start]!)) start++;
  while (end > start && /[\s"'“”‘’*_,.;:!)]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** "X and that Y": two claims under one wrapper. */
function splitConjoined(text: string, span: Span): Span[] {
  const part = text.slice(span.start, span.end);
  const re = /,?\s+(?:and|or)\s+that\s+/giu;
  const out: Span[] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part)) !== null) {
    out.push(trimSpan(text, span.start + from, span.start + m.index));
    from = m.index + m[0].length;
  }
  out.push(trimSpan(text, span.start + from, span.end));
  return out;
}

/** A relative clause, not a complement: "the claim that [was made]", "the story that [he told]". */
function isRelativeClause(x: string): boolean {
  const all = tokenize(x).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  // "that [probably came from ...]": an adverb before the verb changes nothing.
  const tokens = all.length > 1 && /ly$/.test(all[0]!.lower) ? all.slice(1) : all;
  if (tokens.length === 0) return true;
  const first = tokens[0]!;
  // "that [was made]", "that [spread online]": the clause starts with its verb.
  // An acronym or a name that looks like a verb ("MSG causes ...") opens a clause.
  const capital = /^\p{Lu}/u.test(first.text);
  const tags = tagsOf(first.lower);
  const verb = isAuxiliary(first.lower) || finiteVerbTense(first.lower) !== null || (tags.length === 0 && /^[a-z]{3,}ed$/.test(first.lower));
  if (!capital && verb && !tags.includes('Noun') && !tags.includes('Singular') && !tags.includes('Plural') && !tags.includes('Pronoun')) return true;
  // "the claim that [he made]": a pronoun and a verb with its object gone.
  // "the rumour that [the mayor resigned]" has a full subject: a complement.
  const last = tokens[tokens.length - 1]!;
  const lastTags = tagsOf(last.lower);
  return tokens.length <= 3 && /^(?:he|she|they|we|i|you|it|people|someone|somebody)$/.test(first.lower) && (lastTags.includes('PastTense') || lastTags.includes('PresentTense') || /ed$/.test(last.lower)) && !isAuxiliary(last.lower);
}

/** Words that point at other text: a subject holding one is a notice ("the claims below are false"), detached-negation's case. */
const REFERENT_WORDS = /\b(?:below|above|following|preceding|foregoing|described|presented|stated|asserted|depicted|reported|attributed|document|article|text|story|passage|account|statement|claim|claims|answer|response|here)\b/i;

/**
 * "Vikings wearing horned helmets", "Cracking your knuckles causing
 * arthritis": a subject noun phrase, then a gerund (tagged as a verb, not
 * after a determiner or adjective) with something after it. "The training
 * story" is a noun phrase, and a subject with a comma is a list or a
 * fronted clause, not a gerund clause.
 */
function isGerundClause(subj: string): boolean {
  if (!/\w{2,}ing\b/i.test(subj) || subj.includes(',') || FREE_RELATIVE.test(subj) || REFERENT_WORDS.test(subj) || /\bthat\b/i.test(subj)) return false;
  const ts = tagged(subj.trim());
  if (ts.length < 3) return false;
  for (let i = 1; i < ts.length - 1; i++) {
    const t = ts[i]!;
    if (!/^[a-z]{2,}ing$/.test(t.lower) || /^(?:thing|ring|spring|king|wing|ceiling|building|evening|morning|string|during|nothing|something|anything|everything|sibling|pudding|wedding|clothing|earring|meeting|painting|setting|feeling|ending|beginning)$/.test(t.lower)) continue;
    const prev = ts[i - 1]!;
    if (prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Preposition') || prev.tags.has('Possessive')) continue;
    if (prev.tags.has('Noun') || prev.tags.has('Gerund') || /ing$/.test(prev.lower)) return true;
  }
  return false;
}
const FREE_RELATIVE = /^\W*(?:what|whatever|everything|anything|all|something|this|that|it|these|those|he|she|they|the (?:rumou?r|story|claim|idea|notion|belief|theory))\b/i;

/**
 * Every wrapped claim in one sentence. Questions are skipped ("Is it true
 * that X?"); so are claims that are not propositions ("The myth that [the
 * Tooth Fairy] ..." fails the verb test).
 */
export function findWrapped(sentence: string): Wrapped[] {
  if (isQuestion(sentence)) return [];
  const out: Wrapped[] = [];
  const taken: Span[] = [];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const add = (claim: Span, wrapper: Span[], kind: WrapperKind, minWords = 2): boolean => {
    if (claim.end <= claim.start || overlaps(claim)) return false;
    const text = sentence.slice(claim.start, claim.end);
    // "mistakenly believed [to have been short]": an infinitive, not a clause.
    if (/^to\s/i.test(text)) return false;
    if (!looksPropositional(text, minWords)) return false;
    taken.push(claim);
    out.push({ claim, wrapper, kind });
    return true;
  };

  // 1. Wrappers before X: X runs to the clause's end.
  for (const o of OPENERS) {
    o.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = o.re.exec(sentence)) !== null) {
      if (o.check && !o.check(m, sentence)) continue;
      const from = m.index + m[0].length;
      const rest = sentence.slice(from);
      // Only a noun phrase in subject position ("The myth that X persists") needs the tagger to find X's end.
      const subject = o.kind === 'false-noun' && noVerbBefore(sentence.slice(0, m.index));
      const end = from + clauseEnd(rest, o.until, subject);
      const wrapper = [{ start: m.index, end: from }];
      const x = trimSpan(sentence, from, end);
      if (o.kind !== 'extraposed' && o.kind !== 'belief-adverb' && isRelativeClause(sentence.slice(x.start, x.end))) continue;
      for (const part of splitConjoined(sentence, x)) add(part, wrapper, o.kind);
    }
  }

  // 2. The notion that X is unfounded: a neutral noun, X, then a predicate of falsity.
  const nounThat = new RegExp(String.raw`\b${NEUTRAL_NOUN}\s+that\s+`, 'giu');
  let m: RegExpExecArray | null;
  while ((m = nounThat.exec(sentence)) !== null) {
    const from = m.index + m[0].length;
    const rest = sentence.slice(from);
    if (!POST_PRED_HINT.test(rest)) continue;
    // The outer predicate is the last one before a clause break (commas allowed: "X, which Y, is false").
    const hard = /\s*(?:[;:()[\]—–]|--|\s-\s|,\s*(?:and|but|or|so|yet)\s)/u.exec(rest);
    const region = hard ? rest.slice(0, hard.index) : rest;
    let p: RegExpExecArray | null = null;
    POST_PRED_SEARCH.lastIndex = 0;
    let q: RegExpExecArray | null;
    while ((q = POST_PRED_SEARCH.exec(region)) !== null) p = q;
    if (!p || negatedAdv(p.groups?.adv)) continue;
    const end = from + p.index;
    const x = trimSpan(sentence, from, end);
    if (isRelativeClause(sentence.slice(x.start, x.end))) continue;
    const predStart = end + (/^\s*/.exec(sentence.slice(end))![0].length);
    add(x, [{ start: m.index, end: from }, { start: predStart, end: end + p[0].length }], 'noun-predicate');
  }

  // 3. X is often mistakenly believed to ... (the whole sentence is the claim).
  const pb = PASSIVE_BELIEF.exec(sentence);
  if (pb && !overlaps({ start: 0, end: sentence.length })) {
    const advStart = sentence.indexOf(pb.groups!.adv!, pb.groups!.subj!.length);
    add(trimSpan(sentence, 0, sentence.length), [{ start: advStart, end: advStart + pb.groups!.adv!.length }], 'belief-adverb', 3);
  }

  // 4. Belief attributed to others, denied later in the same sentence.
  DENIAL.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DENIAL.exec(sentence)) !== null) {
    const denial = d[0];
    if (DENIAL_NEEDS_NOT.test(denial.trim()) && !/\b(?:not|n['’]t|never)\b/i.test(denial)) continue;
    const head = sentence.slice(0, d.index);
    let intro: RegExpExecArray | null = null;
    BELIEF_INTRO.lastIndex = 0;
    let b: RegExpExecArray | null;
    while ((b = BELIEF_INTRO.exec(head)) !== null) intro = b;
    if (!intro) continue;
    const from = intro.index + intro[0].length;
    const x = trimSpan(sentence, from, d.index);
    const denialStart = d.index + (/^[,;\s—–-]*/.exec(denial)![0].length);
    add(x, [{ start: intro.index, end: from }, { start: denialStart, end: d.index + denial.length }], 'belief-denied');
  }

  // 5. Wrappers after X: X is the sentence's first clause.
  const ap = APPOSITIVE.exec(sentence);
  if (ap && !negatedAdv(ap.groups?.adv)) {
    const lead = LEADING_ATTRIBUTION.exec(sentence);
    const from = lead ? lead[0].length : 0;
    const x = trimSpan(sentence, from, ap.index);
    const appStart = ap.index + ap.groups!.sep!.length;
    const appEnd = ap.index + ap[0].length;
    const body = sentence.slice(x.start, x.end);
    // X is the sentence's main clause: not a fronted phrase ("By circulating ..., the myth ...").
    const fronted = /^(?:by|in|on|with|for|from|although|though|while|when|if|because|as|since|after|before|during|despite|unlike|like|according)\b/i.test(body);
    if (!fronted && (!FREE_RELATIVE.test(body) || lead)) add(x, [{ start: appStart, end: appEnd }], 'appositive');
  }

  // 6. A clause as subject: "X" is a myth / That X is false / Gerund clause is a myth.
  const sm = SUBJECT.exec(sentence);
  if (sm && !negatedAdv(sm.groups?.adv)) {
    const subj = sm.groups!.subj!;
    const predStart = subj.length + (/^\s*/.exec(sentence.slice(subj.length))![0].length);
    const wrapper = [{ start: predStart, end: sm[0].length }];
    // "That X is false" (a complement), not "That outcome never happened and is untrue" (a determiner, a coordinated predicate).
    const that = /^\W*that\s+/i.test(subj) && !/[,;]|\b(?:and|or|but)$/i.test(subj.trim()) ? /^\W*that\s+/i.exec(subj) : null;
    const quoted = /^\s*["“'‘](.+)["”'’]\s*$/u.exec(subj);
    if (that) add(trimSpan(sentence, that[0].length, subj.length), wrapper, 'subject');
    else if (quoted) add(trimSpan(sentence, 0, subj.length), wrapper, 'subject');
    else if (isGerundClause(subj)) {
      // A gerund clause with its own subject ("Vikings wearing horned helmets"):
      // no finite verb, so it skips the proposition test.
      const claim = trimSpan(sentence, 0, subj.length);
      if (!overlaps(claim)) {
        taken.push(claim);
        out.push({ claim, wrapper, kind: 'subject' });
      }
    }
  }

  return out.sort((a, b) => a.claim.start - b.claim.start);
}

/** Cheap gate before tagging: some word of a falsity predicate follows. */
const POST_PRED_HINT = /\b(?:false|untrue|not true|not the case|not correct|not accurate|incorrect|inaccurate|myth|misconception|fallacy|falsehood|lie|fabrication|fantasy|wrong|mistaken|erroneous|baseless|groundless|unfounded|bogus|nonsense|rubbish|absurd|ridiculous|misguided|fictitious|fabricated|made[- ]up|spurious|debunked|disproven|disproved|refuted|discredited|dispelled|busted|to rest|flawed|nonsensical|no basis|no foundation|no truth|no merit|basis|hold up|hold water|stand up|scrutiny|not supported|not backed|not borne out|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\b/i;

/** "Many people believe (that)" before an appositive-wrapped claim. */
const LEADING_ATTRIBUTION = new RegExp(String.raw`^\W*${BELIEVER}\s+(?:[\w'’-]+\s+){0,3}?${BELIEF_VERB}\s+(?:that\s+)?`, 'iu');
