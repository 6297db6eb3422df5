/**
 * Values that deny the quality their key names: "Verification status: pending", "accuracy: low",
 * "verified: no", "reliability: very low". Field values (fields.ts), text labels (statement.ts) and the
 * scan (a positive key is a candidate when such a value follows it) read the same words.
 */
const WORDS = String.raw`(?:(?:very|extremely|quite)\s+)?(?:no|false|n|0|low|none|unknown|pending|poor|weak|questionable|dubious|doubtful|minimal|bad|fail|failed|failing)`;

/** A whole value that denies its key's quality. */
export const LOW_VALUE = new RegExp(String.raw`^${WORDS}$`, 'i');

/** Just after a key word: the rest of the key, its separator, and a denying value ("status: pending."). */
export const LOW_VALUE_AFTER = new RegExp(String.raw`^[\p{L} _-]{0,24}?[:=]\s*["'*_]*${WORDS}\b(?![\p{L}-])`, 'iu');

/** Somewhere in a text, a separator and a denying value ("Verification status: pending."). */
export const LOW_VALUE_IN = new RegExp(String.raw`[:=]\s*["'*_]*${WORDS}\b(?![\p{L}-])`, 'iu');

/**
 * What stands between the object of a verb of pricing or rating and its number ("rate the story below at
 * about 2%", "put it near 1 in 50"): the scan (a candidate) and the analysis (a chance of that text) read it alike.
 */
export const GIVEN_AT = String.raw`\b(?:at|near|around)\s+(?:(?:about|around|roughly|approximately|some|just|only|under|below|barely|less\s+than|no\s+more\s+than)\s+)?`;

/**
 * An aside of time set off by commas inside a phrase ("It is impossible, for now, to know whether ...",
 * "There is no way, at present, to judge"): blanked, offsets kept, so that the phrase around it is one.
 * The scan and the sentence structure blank the same asides.
 */
const TIME_ASIDE = /,\s*(?:for now|for the moment|for the time being|at present|at this time|at this point|as yet|so far|as of now|currently|presently)\s*,/gi;

export function blankTimeAsides(text: string): string {
  if (!text.includes(',')) return text;
  TIME_ASIDE.lastIndex = 0;
  if (!TIME_ASIDE.test(text)) return text;
  return text.replace(TIME_ASIDE, (m) => ' '.repeat(m.length));
}
