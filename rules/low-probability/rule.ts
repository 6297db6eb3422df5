import { negateSentence } from '../../src/nlp/clause.js';
import { defineFrameRule, type Assessment, type ClaimView, type FrameCandidate, type FrameView } from '../../src/nlp/frame.js';
import { REFERENT_CUES } from '../../src/nlp/reach.js';
import type { Suggestion } from '../../src/types.js';

/**
 * An explicit low probability attached to a claim about the past or present:
 * "There is a 3% chance that X", "X (confidence: 5%)", "Analysts put the
 * probability of the claims below at 3%", "It is extremely unlikely that X".
 * In the study behind neglint, "Analysts assign a 3% probability to the
 * claims below" gave no protection (97-99% belief vs 98.6% plain): training
 * learns the claim, not the number.
 *
 * Not flagged: "almost certainly did not" and other local negations, chances
 * of ordinary random events (dice, coins, lotteries), probabilities of
 * generic events with no claim clause ("a 3% chance of rain"), and
 * probabilities above the threshold (20% by default). Forecasts of the future
 * ("a 3% chance that it will rain tomorrow") are info.
 */
const id = 'low-probability';

const WORD_NUM =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const PCT = String.raw`(?:\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per cent\b|pct\b)|(?:${WORD_NUM})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))? (?:percent|per cent))`;
const BIG = String.raw`(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundred|a thousand|thousand|a million|million|a billion|billion)`;
const ONE_IN = String.raw`(?:1|one|a) (?:in|out of) ${BIG}`;
const ODDS = String.raw`(?:\d+|one)\s?(?::|to|-to-)\s?\d+`;
const DEC = String.raw`0?\.\d+`;
const PROB_NOUN = String.raw`(?:chance|chances|probability|likelihood|odds|confidence|credence|certainty|possibility)`;
const HEDGE = String.raw`(?:~|≈|<|≤|about |around |roughly |approximately |only |just |below |under |less than |at most |no more than |barely |merely |a mere )?`;

const cues = {
  probability: [
    // "a 3% chance", "a 1 in 33 chance", "three percent probability", "5% confidence"
    String.raw`(?:${PCT}|${ONE_IN}) ${PROB_NOUN}`,
    // "probability of the claims below at 3%", "confidence: 5%", "odds of 1:30", "probability of 0.03"
    String.raw`${PROB_NOUN}(?: level| estimate| score| rating)?\s*(?::|=|of|at|is|was|assigned|put|estimated|placed|rated|around|about|roughly|below|under|less than|only|just)\s*(?:[\w-]+\s+){0,6}?${HEDGE}(?:${PCT}|${DEC}|${ONE_IN}|${ODDS})`,
    // "30-to-1 odds", "odds of 1:30"
    String.raw`(?:\d+|one)(?:-to-|\s?:\s?| to )\d+ (?:odds|shot|chance)`,
    // Verbal: "extremely unlikely", "a slim chance", "a long shot"
    String.raw`(?:extremely|very|highly|exceedingly|vanishingly|incredibly|wildly|deeply|overwhelmingly|massively) (?:unlikely|improbable|implausible|doubtful)`,
    String.raw`(?:slim|remote|negligible|tiny|minuscule|infinitesimal|minimal|vanishing|outside) (?:chance|probability|likelihood|possibility|odds)`,
    String.raw`(?:long|astronomical) odds`,
  ],
  referent: REFERENT_CUES,
};

// ---------------------------------------------------------------- the number

const WORDS: Record<string, number> = Object.fromEntries(WORD_NUM.split('|').map((w, i) => [w, i <= 20 ? i : (i - 18) * 10]));
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

function wordNumber(text: string): number | null {
  const m = new RegExp(String.raw`\b(${WORD_NUM})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b`, 'i').exec(text);
  if (!m) return null;
  return (WORDS[m[1]!.toLowerCase()] ?? 0) + (m[2] ? UNITS[m[2].toLowerCase()]! : 0);
}

/** The probability a cue states, as a fraction; null when it has no number (verbal cues count as low). */
export function probabilityOf(text: string): number | null {
  const t = text.toLowerCase();
  let m = /(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent|pct)/.exec(t);
  if (m) return Number(m[1]) / 100;
  if (/(?:percent|per cent)/.test(t)) {
    const n = wordNumber(t);
    if (n !== null) return n / 100;
  }
  m = /\b(?:1|one|a) (?:in|out of) ([\d,]+|\w+(?: \w+)?)/.exec(t);
  if (m) {
    const raw = m[1]!.replace(/,/g, '');
    let n = Number(raw);
    if (Number.isNaN(n)) {
      const parts = raw.split(' ');
      n = parts.reduce((acc, w) => (SCALE[w] ? (acc || 1) * SCALE[w]! : w === 'a' ? acc : acc + (WORDS[w] ?? 0)), 0);
    }
    return n > 0 ? 1 / n : null;
  }
  // Odds "1:30", "30-to-1" are odds against the smaller side.
  m = /(\d+)\s?(?::|-to-| to )\s?(\d+)/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return Math.min(a, b) / (a + b);
  }
  m = /(?:^|[^\d])(0?\.\d+)/.exec(t);
  if (m) return Number(m[1]);
  return null;
}

function thresholdOf(options: Record<string, unknown>): number {
  const t = options.threshold;
  if (typeof t !== 'number' || !(t >= 0)) return 0.2;
  return t > 1 ? t / 100 : t;
}

/** The cue states a low probability: a number at or below the threshold, or a verbal "extremely unlikely". */
function isLow(c: FrameCandidate): boolean {
  const threshold = thresholdOf(c.options);
  return c.hits.some((h) => {
    const p = probabilityOf(h.text);
    return p === null ? !/\d/.test(h.text) : p <= threshold;
  });
}

// ---------------------------------------------------------------- the claim

const FUTURE =
  /\b(?:will|won['’]t|shall|going to|gonna|next (?:week|month|year|season|decade|time|election|summer|winter|spring|autumn|fall)|tomorrow|tonight|upcoming|in the coming|in the future|by (?:the end of )?(?:20[3-9]\d|next)|in 20[3-9]\d|someday|one day)\b|\bto (?!have\b)(?:be|rain|win|happen|occur|reach|become|pass|rise|fall|get|make|see|run|go)\b/i;
/** Dice, coins, cards, lotteries: probabilities of ordinary random events are not claims about the world. */
const RANDOM =
  /\b(?:roll|rolls|rolling|rolled|dice|die|coin|coins|flip|flips|flipping|toss|tossing|lottery|lotto|raffle|jackpot|roulette|deck|card|cards|shuffle|shuffled|spin|spins|slot machine|birthday paradox)\b/i;
/** Generic second-person or statistical statements: "you roll a six", "a smoker develops". */
const GENERIC = /^\W*(?:you|your|a randomly|any given|a random|anyone|someone)\b/i;

function label(frame: FrameView): string {
  return frame.hit.text.replace(/\s+/g, ' ').trim();
}

const rule = defineFrameRule({
  id,
  description: 'A low probability or "extremely unlikely" attached to a claim about the past or present',
  severity: 'error',
  messages: {
    framed:
      'Claim about the past or present stated under a low probability ("{{frame}}"): training learns the claim, not the number (97-99% belief in the study)',
    reported: 'Reported claim under a low probability ("{{frame}}"): training learns the claim, not the number',
    forecast: 'Forecast under a low probability ("{{frame}}"): fine for the future, but the claim is stated as an outcome',
  },
  cues,
  frames: [
    {
      // "X (confidence: 5%)", "[probability: 0.03] X"
      label: (c) => c.hits[0]!.text,
      categories: ['probability'],
      places: ['text'],
      require: /[[(]\s*(?:confidence|probability|credence|likelihood|chance|certainty|p\(true\))(?: level| estimate)?\s*[:=]/i,
      accept: (c) => isLow(c) && c.hits.some((h) => /^(?:confidence|probability|credence|likelihood|chance|certainty)/i.test(h.text)),
      reach: 'tag',
      tag: 'either',
    },
    {
      // "There is a 3% chance that X", "It is extremely unlikely that X"
      label: (c) => c.hits[0]!.text,
      categories: ['probability'],
      places: ['text'],
      require: new RegExp(String.raw`\b(?:${PROB_NOUN}|unlikely|improbable|implausible|doubtful)\b(?:[^.;]{0,40}?)\s(?:that|whether)\s`, 'i'),
      accept: (c) => isLow(c) && !/\b(?:the following|below|above|these|this (?:story|account|article|claim|report|text))\b/i.test(c.sentence.text),
      reach: 'self',
      clause: /\b(?:that|whether)\s+/i,
    },
    {
      // "Napoleon is extremely unlikely to have visited Boston."
      label: (c) => c.hits[0]!.text,
      categories: ['probability'],
      places: ['text'],
      require: /\b(?:unlikely|improbable)\s+to\s+have\b/i,
      accept: isLow,
      reach: 'self',
    },
    {
      // "Analysts put the probability of the claims below at 3%.", "That is extremely unlikely."
      label: (c) => c.hits[0]!.text,
      categories: ['probability'],
      places: ['text', 'prompt'],
      accept: (c) =>
        isLow(c) &&
        (c.place === 'text' || c.segment.role === 'system') &&
        /\b(?:the following|below|above|what follows|these|those|this|that|it|the (?:claims?|statements?|account|story|report|rest))\b/i.test(c.sentence.text),
      reach: 'referent',
      fallback: () => null,
    },
  ],
  claim(claim: ClaimView, frame: FrameView) {
    if (RANDOM.test(claim.text) || (claim.inFrame && RANDOM.test(frame.sentence.text))) return false;
    return !GENERIC.test(claim.text);
  },
  assess(frame, claims) {
    return claims.map((claim): Assessment => {
      const future = FUTURE.test(claim.text) || (claim.inFrame && /\bunlikely\s+to\s+(?!have\b)/i.test(frame.sentence.text));
      return future ? { severity: 'info', messageId: 'forecast' } : { data: { label: label(frame) } };
    });
  },
  suggest(claim) {
    const out: Suggestion[] = [];
    const negated = negateSentence(claim.text);
    if (negated) out.push({ description: 'If it almost certainly did not happen, say so in its own clause', text: negated });
    out.push({ description: 'Remove the claim', text: '' });
    return out;
  },
});

export default rule;
