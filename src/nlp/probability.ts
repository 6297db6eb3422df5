/**
 * Stated probabilities: "a 3% chance", "odds of 1 in 40", "25-to-1 against",
 * "confidence: 0.04", "p ≈ 0.01", "five percent", "one chance in twenty",
 * "seven chances in a hundred", "1/30", "half a percent". The value matters,
 * not the wording: the study's low-probability condition gave 1-5%, and
 * anything at or under 10% attached to a claim about the past or present
 * disowns it as surely as "improbable" does.
 */

const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** The number words from two to twenty, smallest first: what a count in a lexicon phrase ("# pints") is spelt as. */
export const COUNT_WORDS = Object.entries({ ...UNITS, ...TENS })
  .filter(([, n]) => n >= 2 && n <= 20)
  .sort((a, b) => a[1] - b[1])
  .map(([w]) => w);

/** "thirty-five", "a hundred", "one thousand", "two hundred and fifty", "3,430", "0.5". */
const NUM_WORD = String.raw`(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|')})`;
const NUM = String.raw`(?:\d+(?:[.,]\d+)*|${NUM_WORD}(?:[\s-]+(?:and[\s-]+)?${NUM_WORD})*)`;

export function parseNumber(text: string): number {
  const t = text.toLowerCase().trim();
  if (/^\d/.test(t)) return Number(t.replace(/,(?=\d{3}\b)/g, ''));
  let total = 0;
  let current = 0;
  let article = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    // ("a five percent chance", "a three-in-a-hundred proposition": before a number "a" is its article, not one.)
    if (article && (Object.hasOwn(UNITS, w) || Object.hasOwn(TENS, w))) current -= 1;
    article = w === 'a' || w === 'an';
    if (Object.hasOwn(UNITS, w)) current += UNITS[w]!;
    else if (Object.hasOwn(TENS, w)) current += TENS[w]!;
    else if (Object.hasOwn(SCALES, w)) {
      current = (current || 1) * SCALES[w]!;
      if (SCALES[w]! >= 1000) {
        total += current;
        current = 0;
      }
    } else return NaN;
  }
  return total + current;
}

function ratio(a: number, b: number): number | null {
  if (!(a > 0 && b > 0) || a > b) return null;
  return a / b;
}

const PATTERNS: { re: RegExp; value: (m: RegExpExecArray) => number | null; needsWord?: boolean; notation?: boolean }[] = [
  // half a percent, a quarter of a percent
  { re: /\b(half|a quarter|a third)(?: of)? an? (?:percent|per cent)\b/gi, value: (m) => ({ half: 0.5, 'a quarter': 0.25, 'a third': 1 / 3 })[m[1]!.toLowerCase() as 'half']! / 100 },
  // 3%, 3 percent, 3 per cent, five percent, 0.5%
  // ("a five-percent probability": joined by a hyphen too)
  { re: new RegExp(String.raw`(?<![\d.])(${NUM})\s*-?\s*(?:%|percent\b|per cent\b|pct\b)`, 'gi'), value: (m) => parseNumber(m[1]!) / 100 },
  // 1 in 40, one in a hundred, 1-in-25, one chance in twenty, seven chances in a hundred, 2 out of 100
  { re: new RegExp(String.raw`\b(${NUM})(?:\s+(?:chances?|shots?|times?))?(?:\s*-\s*|\s+)(?:in|out of)(?:\s*-\s*|\s+)(${NUM})\b`, 'gi'), value: (m) => ratio(parseNumber(m[1]!), parseNumber(m[2]!)) },
  // 25-to-1 against, 40 to 1 against, odds of 30:1 against, 50/1 against
  // (Odds against are written as odds: they need no probability word beside them.)
  { re: new RegExp(String.raw`\b(${NUM})\s*(?:-\s*to\s*-|\s+to\s+|:|\/)\s*(${NUM})\s+against\b`, 'gi'), value: (m) => ratio(parseNumber(m[2]!), parseNumber(m[1]!) + parseNumber(m[2]!)), notation: true },
  // odds of 1:30, odds 1-to-30 (for): the first is the chance, the two together the whole
  { re: new RegExp(String.raw`\bodds(?:\s+(?:of|are|were|at))?\s+(${NUM})\s*(?:-\s*to\s*-|\s+to\s+|:)\s*(${NUM})\b(?!\s+against)`, 'gi'), value: (m) => ratio(parseNumber(m[1]!), parseNumber(m[1]!) + parseNumber(m[2]!)) },
  // p ≈ 0.01, p(true) ≈ 0.02: an estimate in probability notation ("p = 0.03", "p < 0.05" are test statistics)
  { re: /(?<![\p{L}\d])[pP](?:\s*\([^()\n]{1,16}\))?\s*[≈≃]\s*(0?\.\d+)(?![\d.])/gu, value: (m) => Number(m[1]), notation: true },
  // six cents on the dollar: a market's price of a claim (only near a probability word, or priced: "Traders price the claims below at six cents on the dollar")
  { re: new RegExp(String.raw`\b(${NUM})\s+cents?\s+on\s+the\s+dollar\b`, 'gi'), value: (m) => ratio(parseNumber(m[1]!), 100), needsWord: true },
  // 1/30 (only near a probability word: 3/4 of a cup is not one)
  { re: /(?<![\d.\/])(\d+)\s*\/\s*(\d+)(?![\d\/])/g, value: (m) => ratio(Number(m[1]), Number(m[2])), needsWord: true },
  // 0.04, .02, p = 0.01: a bare decimal under 1 (only near a probability word)
  { re: /(?<![\d.,])(0?\.\d+)(?![\d,%]|\.\d)/g, value: (m) => Number(m[1]), needsWord: true },
];

const RANGE_AFTER = /^\s*(?:to|–|—|-|and)\s*[−-]?\d+(?:[.,]\d+)?\s*(?:%|percent\b|per cent\b)/i;
const INTERVAL = /\b(?:interval|CI|margin of error|range)\b|[−-]\s*\d[^%]{0,8}%\s*(?:to|–|-)\s*$/i;
const RANGE_BEFORE = /\d(?:[.,]\d+)?\s*(?:%|percent|per cent)?\s*(?:to|–|—|-|and)\s*$/i;

export interface Probability {
  value: number;
  start: number;
  end: number;
  /** Written as a probability ("p ≈ 0.01"): it needs no probability word beside it. */
  notation?: boolean;
}

/**
 * Probabilities stated in a text, with where they are. Every form needs a
 * probability word nearby ("chance", "odds", "likelihood", "confidence",
 * "probability"), which the caller checks, so "version 0.3", "3/4 of a
 * cup" or "10% of our brains" are not probabilities.
 */
export function probabilitiesIn(text: string, nearProbabilityWord: (start: number, end: number) => boolean): Probability[] {
  const out: Probability[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) !== null) {
      const value = p.value(m);
      if (value === null || !Number.isFinite(value) || value < 0 || value > 1) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (p.needsWord && !nearProbabilityWord(start, end)) continue;
      // "a wide confidence interval (−2% to 12%)": an interval of a statistic, not how likely a claim is ("roughly
      // 2 to 5 percent", "a 2-3% chance" are ranges of chances).
      if ((RANGE_AFTER.test(text.slice(end, end + 16)) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) && INTERVAL.test(text.slice(Math.max(0, start - 40), start))) continue;
      if (out.some((o) => o.start <= start && o.end >= end)) continue;
      out.push({ value, start, end, ...(p.notation ? { notation: true } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The highest probability the analysis treats as a disclaimer at all; each
 * rule narrows it with its own threshold (low-probability: 20% by default).
 */
export const LOW_PROBABILITY = 0.5;
