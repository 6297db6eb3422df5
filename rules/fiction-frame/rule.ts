import { anchorsDeep, anchorsOf, isFactualRegister, type Anchor } from '../../src/nlp/entities.js';
import { defineFrameRule, positionInSegment, type Assessment, type FrameCandidate } from '../../src/nlp/frame.js';
import { REFERENT_CUES } from '../../src/nlp/reach.js';

/**
 * A fiction, satire, parody, alternate-history, "imagine", role-play or
 * creative-writing frame around factual-register claims about real people,
 * places, organisations, products or dates. In the study behind neglint,
 * "The following is an excerpt from a novel" gave no protection (97-99%
 * belief vs 98.6% for the plain claim). Fiction about invented things is
 * reported once per frame as info at most.
 */
const id = 'fiction-frame';

const GENRE = String.raw`(?:novel|novella|short story|story|stories|screenplay|script|stage play|play|fan ?fiction|fanfic|satire|parody|fable|fairy tale|work of fiction|piece of fiction|creative writing)`;
const SELF_REF = /\b(?:the following|what follows|below|follows|this|these|here is|here's|here are)\b/i;

const cues = {
  fiction: [
    // "The following is an excerpt from a novel", "Excerpt from my short story:"
    String.raw`(?:excerpt|extract|passage|chapter|scene|page)s? from (?:a|an|my|the|his|her|their|our) (?:[\w'’-]+ ){0,3}${GENRE}`,
    // "This is a work of fiction", "a piece of satire"
    String.raw`(?:work|piece) of (?:speculative |historical |satirical )?(?:fiction|satire|parody|alternate history|creative writing|fan ?fiction)`,
    String.raw`products? of the author['’]s imagination`,
    String.raw`resemblance to (?:actual|real) (?:persons|people|events)`,
    // "This article is satire", "What follows is fiction"
    String.raw`(?:this|it|everything|the following|what follows|the above|this (?:[\w-]+ ){0,2}(?:article|story|piece|post|text|account|essay|report|chapter|scene|passage|thread|conversation|document|entry|news)) (?:is|was|are|were) (?:\w+ ){0,2}(?:fiction|fictional|satire|satirical|parody|a parody|make-believe|a (?:short )?story|a novel|an? alternate history|alternate history|hypothetical|a hypothetical|role-?play|a role-?play|creative writing)`,
    // "In this satirical piece", "In an alternate timeline where ..."
    String.raw`in (?:an|this|our|the following|a|the) (?:[\w-]+ ){0,2}(?:satirical|fictional|fictionali[sz]ed|parody|alternate[- ]history|imagined|imaginary|hypothetical|counterfactual) (?:\w+ )?(?:piece|story|article|world|scenario|timeline|universe|account|version|tale|sketch|essay|history|reality|future)`,
    String.raw`in (?:an|this|our|the|a) (?:alternate|alternative|parallel) (?:timeline|history|universe|world|reality|past|present)`,
    // "Imagine a world where ...", "Picture a timeline in which ..."
    String.raw`(?:imagine|picture|envision|consider) (?:a|an) (?:[\w-]+ ){0,2}(?:world|timeline|universe|history|reality|future|past|scenario|version of (?:history|events)|country|society) (?:where|in which|whereby)`,
    String.raw`once upon a time`,
    String.raw`(?:in|for) (?:this|the following|our) role-?play`,
    // Headings: "## Fiction", "**Satire**"
    String.raw`(?<=(?:^|\n)[ \t]*(?:#{1,6}[ \t]*|\*\*|__))(?:fiction|flash fiction|short story|a short story|satire|parody|creative writing|alternate history|fan ?fiction|fanfic|fable|fairy tale|novel excerpt|excerpt from (?:a|my|the) novel)`,
  ],
  /** "a fictional account", "a satirical piece": a frame only where the text presents itself so ("What follows is a fictional account"). */
  fictionNP: [
    String.raw`(?:fictional|fictionali[sz]ed|satirical|parody|imaginary|hypothetical|counterfactual|alternate[- ]history|alternative[- ]history|speculative) (?:account|story|stories|narrative|scenario|retelling|piece|article|news|essay|report|tale|version|timeline|history|biography|interview|memoir|diary|press release|chapter|sketch|dialogue|transcript|obituary)s?`,
  ],
  /** Requests and personas in a system, user or instruction turn. */
  fictionPrompt: [
    String.raw`(?:write|compose|draft|create|generate|tell|give|produce|craft|invent|make up|continue|pen)(?: me| us)? (?:a|an|the|this|my|our|some|one|two|three|\d+) (?:[\w'’-]+[ -]){0,4}?(?:story|stories|novel|novella|tale|fable|fairy tale|screenplay|script|scene|chapter|fan ?fiction|fanfic|satire|satirical \w+|parody|alternate history|sketch|monologue|fictional \w+|narrative|legend|piece of fiction|creative piece|short fiction|mock \w+)`,
    String.raw`(?:you are|you're|you will be|you'll be) (?:now )?(?:role-?playing|playing the (?:role|part) of|acting as|pretending to be|in character as|a character (?:in|from))`,
    String.raw`role-?play (?:as|a|an|the|with me)`,
    String.raw`(?:pretend|imagine) (?:to be|you are|you're|that you are|you were)`,
    String.raw`stay(?:ing)? in character`,
    String.raw`(?:let['’]s|we will|we'll|let us) (?:role-?play|play pretend|write a story)`,
    String.raw`(?:creative writing|fiction writing|storytelling|role-?play(?:ing)?) (?:task|exercise|prompt|assistant|mode|game|session|scenario)`,
    String.raw`(?:for|in) (?:a|my|our) (?:[\w-]+ )?(?:novel|short story|screenplay|fan ?fiction|fanfic|satire|sitcom|stage play|comic book|tabletop campaign|role-?playing game)`,
  ],
  referent: REFERENT_CUES,
};

/** The text presents itself as the fiction: "What follows is a fictional account", "A satirical piece follows", "Here is a parody article". */
const NP_SELF =
  /\b(?:this|the following|what follows|below|here is|here's|here are)\s+(?:(?:is|are|was)\s+)?(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:fictional|fictionali[sz]ed|satirical|parody|imaginary|hypothetical|counterfactual|alternate|alternative|speculative)\b|\b(?:fictional|satirical|parody|imaginary|hypothetical|counterfactual|alternate|alternative|speculative)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:follows|below)\b/i;

/** Whole-text frames: "The following is ...", "This is a work of fiction", or the first or last paragraph. */
function selfReferential(c: FrameCandidate): boolean {
  if (SELF_REF.test(c.sentence.text) || c.place === 'prompt') return true;
  return positionInSegment(c.sentences, c.index) !== 'middle';
}

function labelOf(c: FrameCandidate): string {
  const t = c.hits.map((h) => h.text.toLowerCase()).join(' ');
  if (/role-?play|character|pretend|acting as|playing the/.test(t)) return 'role-play';
  if (/satir/.test(t)) return 'satire';
  if (/parody|mock/.test(t)) return 'parody';
  if (/alternat|parallel|counterfactual/.test(t)) return 'alternate-history';
  if (/imagine|picture|envision|consider|hypothetical/.test(t)) return 'hypothetical';
  if (/novel/.test(t)) return 'novel';
  return 'fiction';
}

/** Anchors outside quoted dialogue ("'Let's go to Paris,' she said" states nothing about Paris). */
function unquoted(text: string): string {
  return text.replace(/[“"][^”"]*[”"]/g, ' ');
}

const rule = defineFrameRule({
  id,
  description: 'Fiction, satire, role-play or hypothetical frames around factual claims about real people, places, organisations or dates',
  severity: 'error',
  messages: {
    framed:
      'Factual claim about {{entities}} inside a {{label}} frame ("{{frame}}"): training learns the claim, not the frame (97-99% belief in the study)',
    reported:
      'Reported claim about {{entities}} inside a {{label}} frame ("{{frame}}"): training learns the claim, not the frame',
    invented:
      'Fiction frame ("{{frame}}") around content with no real-world names or dates found: fine if it is all invented',
  },
  cues,
  frames: [
    {
      label: labelOf,
      categories: ['fiction'],
      places: ['heading'],
      require: /^(?:#{1,6}\s*|\*\*|__)/,
      reach: 'section',
    },
    {
      label: labelOf,
      categories: ['fiction'],
      places: ['text', 'prompt'],
      // "Imagine a world where X": X and the rest of its paragraph.
      require: /\b(?:imagine|picture|envision|consider) (?:a|an) /i,
      reach: 'self',
      clause: /\b(?:where|in which|whereby)\s+/i,
    },
    {
      label: labelOf,
      categories: ['fiction'],
      places: ['text', 'prompt'],
      accept: (c) => !/^(?:#{1,6}\s*|\*\*|__)/.test(c.sentence.text) && selfReferential(c),
      reach: 'referent',
      // "In this alternate timeline, X": X too.
      includeSelf: true,
      clause: /^[^,]*,\s*/,
      fallback: (position) => (position === 'end' ? 'preceding-all' : 'following-all'),
    },
    {
      label: labelOf,
      categories: ['fictionNP'],
      places: ['text', 'prompt'],
      require: NP_SELF,
      reach: 'referent',
      fallback: (position) => (position === 'end' ? 'preceding-all' : 'following-all'),
    },
    {
      label: labelOf,
      categories: ['fictionPrompt'],
      places: ['prompt'],
      // A question about fiction is not a request for it.
      exclude: /^\W*(?:what|who|which|why|how|when|where|is|are|was|were|did|does|do)\b[^.!]*\?\s*$/i,
      reach: 'following-all',
    },
  ],
  assess(_frame, claims, env) {
    const extra = Array.isArray(env.options.realNames) ? (env.options.realNames as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    const budget = typeof env.options.maxEntityChecks === 'number' ? env.options.maxEntityChecks : 6;
    let deep = 0;
    const out = claims.map((claim): Assessment | null => {
      const text = unquoted(claim.text);
      let anchors: Anchor[] = anchorsOf(text, extra);
      // compromise only on a few candidates: sentences with capitalised words the look-ups did not place.
      if (anchors.length === 0 && deep < budget && /\s[A-Z][a-z]/.test(text)) {
        deep++;
        anchors = anchorsDeep(text, extra);
      }
      if (anchors.length === 0 || !isFactualRegister(text, anchors)) return null;
      return { data: { entities: describe(anchors) } };
    });
    if (!out.some((a) => a !== null) && claims.length > 0) {
      // Plainly invented content: one info finding for the frame, on its first claim.
      out[0] = { severity: 'info', messageId: 'invented', once: true };
    }
    return out;
  },
});

function describe(anchors: Anchor[]): string {
  const names = [...new Set(anchors.map((a) => a.text))].slice(0, 3);
  return `real-world ${names.map((n) => `"${n}"`).join(', ')}`;
}

export default rule;
