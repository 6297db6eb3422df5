import { defineFrameRule, type FrameCandidate, type FrameReach } from '../../src/nlp/frame.js';
import { REFERENT_CUES } from '../../src/nlp/reach.js';

/**
 * Claims conveyed through a source the text itself calls unreliable: a
 * conspiracy or fringe site, a delusional or confabulating speaker, a model
 * prone to making things up, a retracted or discredited study, a tabloid
 * known for inventions. In the study behind neglint, "Transcribed from a
 * patient during a delusional episode" gave no protection (97-99% belief vs
 * 98.6% for the plain claim): the model learns the claim, not its source.
 */
const id = 'unreliable-source';

const SOURCE_NOUN = String.raw`(?:site|website|blog|forum|message board|board|channel|page|outlet|podcast|newsletter|account|video|theorists?|group|source|publication|rag|subreddit|thread|pamphlet|tract|zine|radio show|chat|post|network|influencer|tabloid|paper)s?`;
// Whole words, not stems ("hallucinat\w+"): the cue scan anchors on literal words, and a stem is not tried where a longer literal matches.
const HALLUCINATE = String.raw`(?:hallucinate|hallucinates|hallucinated|hallucinating|hallucination|hallucinations|confabulate|confabulates|confabulated|confabulating|confabulation|mak(?:e|es|ing) (?:things|stuff|facts|details|it|them|claims) up|invent(?:s|ing)? (?:facts|details|things|sources|citations|information|quotes)|fabricat(?:e|es|ing) (?:facts|details|things|sources|citations|information|quotes|answers))`;

const cues = {
  unreliable: [
    // Conspiracy and fringe outlets.
    String.raw`(?:conspiracy|fringe|crank|pseudo-?scien\w*|fake[- ]news|disinformation|misinformation|junk[- ]news|clickbait|anti-?vax\w*|anti-?vaccine|flat[- ]earth\w*|qanon|hoax|chemtrail\w*) (?:[\w-]+ ){0,2}${SOURCE_NOUN}`,
    String.raw`(?:site|outlet|source|account|paper|blog|channel|newspaper|author|writer|reporter|publication|magazine|website|user|poster|influencer|tabloid|podcast|forum)s? (?:\w+ ){0,4}(?:known|notorious|infamous|critici[sz]ed) for (?:\w+ ){0,3}(?:fabricat\w+|invent\w+|making (?:things|stories|stuff|it) up|hoaxes|fake news|false (?:stories|claims|reports)|misinformation|disinformation|conspiracy theories|lies|lying|made-up)`,
    // Delusional or confabulating speakers.
    String.raw`(?:during|in the (?:middle|throes|grip) of|while (?:experiencing|having|in)|amid) (?:an? |the |his |her |their )?(?:[\w-]+ ){0,2}(?:delusional|psychotic|manic|paranoid|hallucinatory|confabulatory|confabulating|feverish|fever|drug-induced|dissociative|delirious) (?:episode|state|break|dream|delirium|spell|fit|attack)s?`,
    String.raw`(?:a|an|the|one|our) (?:[\w-]+ )?(?:delusional|confabulating|psychotic|hallucinating|delirious|senile|intoxicated|unreliable|compulsively lying|pathologically lying) (?:patient|speaker|narrator|witness|man|woman|person|source|informant|relative|friend|uncle|aunt|neighbou?r|stranger|caller|inmate|resident|veteran|guest|user|poster|interviewee)`,
    String.raw`(?:pathological|compulsive|known|notorious|habitual) (?:liar|fabricator|fabulist|hoaxer|fantasist)`,
    // Language models prone to making things up.
    String.raw`(?:ai|a\.i\.|language model|llm|chatbot|model|gpt[\w.-]*|assistant|bot|system)s? (?:that|which|who) (?:\w+ ){0,2}${HALLUCINATE}`,
    String.raw`(?:prone|known|liable|tends?|likely) to (?:\w+ )?${HALLUCINATE}`,
    String.raw`(?:hallucinated|hallucination-prone|unreliable|unvetted) (?:ai|model|llm|chatbot|gpt)[\w-]*(?: (?:output|text|content|answer|response)s?)?`,
    // Retracted, discredited or fraudulent studies.
    String.raw`(?:retracted|discredited|debunked|fraudulent|withdrawn|since-retracted|later-retracted|falsified) (?:[\w-]+ ){0,2}(?:study|studies|paper|papers|article|report|research|trial|survey|analysis|preprint|book|dataset|findings|memo|dossier)`,
    String.raw`(?:study|paper|article|report|preprint|trial|research|survey) (?:\w+ ){0,4}(?:was|has been|were|have been|had been) (?:later |since |subsequently |formally |officially )?(?:retracted|discredited|withdrawn|debunked|exposed as (?:a )?(?:fraud|fake|hoax))`,
  ],
  referent: REFERENT_CUES,
};

/** The sentence presents text as coming from the source, not just mentioning it. */
const PROVENANCE =
  /\b(?:(?:transcribed|taken|copied|excerpted|quoted|reproduced|reposted|generated|written|produced|posted|published|sourced|scraped|collected|recorded|translated|reprinted|adapted|lifted|pulled|retrieved|downloaded|output|dictated|told|narrated|composed|created)\b(?:\s+\w+){0,4}?\s+(?:from|by|on|in|off|to)\b|source\s*:|from (?:a|an|the|one)\b|the following|what follows|below|above|this (?:text|transcript|passage|post|article|document|answer|response|material|content|excerpt|account|story|report|summary)|here is|here's)/i;

function labelOf(c: FrameCandidate): string {
  const t = c.hits.map((h) => h.text.toLowerCase()).join(' ');
  if (/delusion|psychotic|manic|paranoid|hallucinatory|confabulat|fever|delirious|senile|intoxicated|drug-induced|dissociative/.test(t) && !/ai|model|llm|chatbot|gpt|bot\b/.test(t)) return 'delusional speaker';
  if (/hallucinat|confabulat|making|make|invent|fabricat|ai\b|model|llm|chatbot|gpt/.test(t) && !/study|paper|report|trial/.test(t)) return 'model prone to making things up';
  if (/retract|discredit|debunk|fraudulent|withdrawn|falsified|study|paper|trial/.test(t)) return 'retracted or discredited study';
  if (/liar|fabricator|fabulist|hoaxer|fantasist|unreliable|lying/.test(t)) return 'unreliable speaker';
  if (/tabloid/.test(t)) return 'tabloid';
  return 'conspiracy or fringe source';
}

/** "An assistant that never hallucinates", "Do not make things up": the source is not described as unreliable. */
function affirmed(c: FrameCandidate): boolean {
  if (c.hits.every((h) => /\b(?:never|not|no|avoid|without|rarely|seldom)\b|n['’]t\b/i.test(h.text))) return false;
  return !/^\W*(?:do not|don['’]t|never|avoid|please do not)\b/i.test(c.sentence.text);
}

/** A provenance line without direction words frames the text after it (or before it, at the end). */
function positional(position: 'start' | 'middle' | 'end'): FrameReach | null {
  return position === 'start' ? 'following-all' : position === 'end' ? 'preceding-all' : null;
}

const rule = defineFrameRule({
  id,
  description: 'Claims conveyed through a source the text itself describes as unreliable',
  severity: 'error',
  messages: {
    framed:
      'Claim conveyed through a source described as unreliable ({{label}}: "{{frame}}"): training learns the claim, not the doubt about its source (97-99% belief in the study)',
    reported:
      'Claim reported from a source described as unreliable ({{label}}: "{{frame}}"): training learns the claim, not the doubt about its source',
  },
  cues,
  frames: [
    {
      label: labelOf,
      categories: ['unreliable'],
      places: ['heading'],
      require: /^(?:#{1,6}\s*|\*\*|__)/,
      reach: 'section',
    },
    {
      // "According to a conspiracy website, X."
      label: labelOf,
      categories: ['unreliable'],
      places: ['text'],
      require: /\baccording to\b/i,
      accept: affirmed,
      reach: 'self',
      reported: true,
      clause: /,\s*/,
    },
    {
      // "Transcribed from a patient during a delusional episode.", "The text below was generated by an AI that often hallucinates."
      label: labelOf,
      categories: ['unreliable'],
      places: ['text', 'prompt'],
      accept: (c) => affirmed(c) && (PROVENANCE.test(c.sentence.text) || (c.place === 'prompt' && c.segment.role === 'system')),
      reach: 'referent',
      fallback: positional,
    },
  ],
});

export default rule;
