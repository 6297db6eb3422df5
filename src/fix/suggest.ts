// Building blocks for suggestions that keep the meaning (issue 8): the study's
// remedy is the negation inside the claim's own clause with the detached
// warning gone. A claim negated next to a notice that still says "the
// preceding claim is false" asserts the claim again, so a rewrite removes the
// notice or label with it, and a reported claim keeps its attribution outside
// the negated clause. Pure functions of text and record, called by the rule
// kinds' suggestions (src/kinds/suggest.ts).

import { memoize } from '../text/memo.js';
import type { RecordView, Segment, SpanRef, Suggestion, SuggestionEdit } from '../types.js';

/**
 * Whether a disclaimer sentence says nothing but that something is false, so
 * that removing it loses nothing else: "[The preceding claim is false and has
 * no basis in fact.]" is; "This is false: engineers reduced the lean in
 * 2001" also corrects the claim, and a fix must not delete the correction.
 * A lead-in label ("Note:", "DISCLAIMER:") is part of a disclaimer.
 *
 * Asked for every disclaimer of every claim it covers: a dense document's
 * notices cover each of its dozens of claims, some 50,000 calls for 3,000
 * sentences. Remembered per sentence, bounded like the sentence analysis.
 */
export const isPureDisclaimer: (text: string) => boolean = memoize((text: string): boolean => {
  // "Note:", "EDITORIAL NOTE:" lead in; "This is false:" is the predicate, and what follows its colon is more.
  const label = /^[\s\[(*_"“]*(?:[\p{L}'’-]+\s*){1,3}:\s*/u.exec(text)?.[0] ?? '';
  const body = /\b(?:is|are|was|were|be|been|not|false|untrue|fabricated|invented|fake|wrong)\b/i.test(label) ? text : text.slice(label.length);
  const more = /(?:[:;]|\s[—–-]\s|,\s*(?:but|while|whereas|because|since|and|as)\b|\b(?:because|since|whereas|instead|actually|in (?:fact|reality|truth))\b)\s*(.*)$/iu.exec(body);
  if (!more) return true;
  return (more[1]!.match(/\p{L}+/gu)?.length ?? 0) < 3;
}, 4096);

/** Verbs of saying and believing that introduce the reported clause: "posts claimed that X". */
const REPORTING = String.raw`(?:claim|claims|claimed|say|says|said|suggest|suggests|suggested|insist|insists|insisted|assert|asserts|asserted|believe|believes|believed|state|states|stated|allege|alleges|alleged|report|reports|reported|argue|argues|argued|maintain|maintains|maintained|contend|contends|contended|suppose|supposed|think|thinks|thought|rumou?red)`;
/** "Some social media posts claimed that X": who, the verb, and X. */
const ATTRIBUTED = new RegExp(String.raw`^(?<lead>[\s"'“‘(*_]*)(?<who>[^,;:.!?]{1,80}?)\s+(?<verb>(?:have\s+|has\s+|had\s+)?(?:long\s+|widely\s+|often\s+)?${REPORTING})\s+that\s+(?<clause>.+)$`, 'isu');
/** "It was claimed that X", "It is said that X". */
const IMPERSONAL = new RegExp(String.raw`^(?<lead>[\s"'“‘(*_]*)it\s+(?<aux>is|was|has\s+been)\s+(?<verb>${REPORTING})\s+that\s+(?<clause>.+)$`, 'isu');
/** "According to some posts, X". */
const ACCORDING = /^(?<lead>[\s"'“‘(*_]*)according\s+to\s+(?<who>[^,;:.!?]{1,80}?),\s+(?<clause>.+)$/isu;
/** An attribution that itself denies or doubts ("falsely claimed"): the wrapper would be flagged again. */
const DISOWNING = /\b(?:falsely|wrongly|mistakenly|erroneously|incorrectly|baselessly|not|never|no)\b/i;

/** First words that are not names: lower-cased when the attribution moves inside a sentence. */
const COMMON_OPENERS = new Set([
  'a', 'an', 'the', 'some', 'many', 'several', 'most', 'few', 'numerous', 'various', 'multiple', 'other', 'others', 'these',
  'those', 'this', 'that', 'one', 'two', 'three', 'critics', 'people', 'users', 'posts', 'social', 'online', 'viral', 'early',
  'rumours', 'rumors', 'reports', 'articles', 'videos', 'stories', 'messages', 'believers', 'conspiracy', 'scientists',
  'experts', 'researchers', 'officials', 'historians', 'commentators', 'bloggers', 'websites', 'sites', 'claims', 'we', 'they',
]);

function lowerOpener(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0];
  if (!first || !COMMON_OPENERS.has(first.toLowerCase()) || first === first.toUpperCase() && first.length > 1) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

/** Whether the claim is presented as someone else's report, in a form this module can rewrite or not. */
export function attribution(claim: string): { lead: string; contrary: string; clause: string } | null {
  const impersonal = IMPERSONAL.exec(claim);
  if (impersonal) {
    const g = impersonal.groups!;
    return { lead: g.lead!, contrary: `Contrary to what ${g.aux!.toLowerCase().startsWith('has') ? 'has been' : g.aux!.toLowerCase()} ${g.verb!.toLowerCase()}`, clause: g.clause! };
  }
  const according = ACCORDING.exec(claim);
  if (according) return { lead: according.groups!.lead!, contrary: `Contrary to ${lowerOpener(according.groups!.who!)}`, clause: according.groups!.clause! };
  const attributed = ATTRIBUTED.exec(claim);
  if (attributed) {
    const g = attributed.groups!;
    if (DISOWNING.test(g.who!) || DISOWNING.test(g.verb!)) return null;
    return { lead: g.lead!, contrary: `Contrary to what ${lowerOpener(g.who!)} ${g.verb!}`, clause: g.clause! };
  }
  return null;
}

/**
 * The claim with the negation in its own clause, or null when no rewrite is
 * known to keep the meaning. A claim reported as someone's ("Some posts
 * claimed that the tower was straightened") keeps the attribution outside the
 * negated clause ("Contrary to what some posts claimed, the tower was not
 * straightened"), never "posts did not claim"; a reported claim of another
 * form gets no rewrite.
 */
export function negatedClaim(claim: string, reported: boolean, negate: (clause: string) => string | null): string | null {
  if (!reported) return negate(claim);
  const a = attribution(claim);
  if (!a) return null;
  const clause = negate(a.clause);
  if (clause === null) return null;
  return `${a.lead}${a.contrary}, ${clause}`;
}

/**
 * The span to delete so that a sentence (or a run of them) goes with the
 * brackets around it and the space that set it off: "Claim. [Notice.]" ->
 * "Claim."; a notice paragraph goes with the blank line after it.
 */
export function removalSpan(text: string, start: number, end: number): { start: number; end: number } {
  // Brackets around an aside: "[The preceding claim is false.]".
  for (;;) {
    let s = start;
    let e = end;
    while (s > 0 && /[ \t]/.test(text[s - 1]!)) s--;
    while (e < text.length && /[ \t]/.test(text[e]!)) e++;
    const open = text[s - 1];
    const close = text[e];
    if (open !== undefined && close !== undefined && CLOSERS[open] === close) {
      start = s - 1;
      end = e + 1;
      continue;
    }
    break;
  }
  // A line removed whole goes with its list or quote marker ("- ", "> ").
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart < start && LINE_MARKUP.test(text.slice(lineStart, start))) start = lineStart;
  let before = start;
  while (before > 0 && /[ \t]/.test(text[before - 1]!)) before--;
  let after = end;
  while (after < text.length && /\s/.test(text[after]!)) after++;
  const atLineStart = before === 0 || text[before - 1] === '\n';
  // At the start of a line with text after it: take the space after (a
  // paragraph's blank line); otherwise the space before.
  if (atLineStart && after < text.length) return { start: before, end: after };
  let from = start;
  while (from > 0 && /\s/.test(text[from - 1]!)) from--;
  return { start: from, end };
}

/** What may stand before a line's text: quote, list and heading markers. */
export const LINE_MARKUP = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)]|#{1,6})[ \t]*)+$/;

const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '{': '}', '<': '>', '【': '】' };

/** An edit of a segment's span in the contract's terms (the decoded string at its pointer). */
export function editOf(segment: Segment, start: number, end: number, text: string): SuggestionEdit {
  const base = segment.baseOffset ?? 0;
  return { pointer: segment.pointer, start: start + base, end: end + base, text };
}

/** Deletes the sentences or label at `spans` (one segment's, merged when they touch), with their brackets and spacing. */
export function removalEdits(record: RecordView, spans: readonly SpanRef[]): SuggestionEdit[] {
  const bySegment = new Map<number, SpanRef[]>();
  for (const s of spans) {
    const list = bySegment.get(s.segment);
    if (list) list.push(s);
    else bySegment.set(s.segment, [s]);
  }
  const out: SuggestionEdit[] = [];
  for (const [segment, list] of [...bySegment].sort((a, b) => a[0] - b[0])) {
    const seg = record.segments[segment]!;
    const merged: Array<{ start: number; end: number }> = [];
    for (const s of [...list].sort((a, b) => a.start - b.start)) {
      const r = removalSpan(seg.text, s.start, s.end);
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push(r);
    }
    for (const r of merged) out.push(editOf(seg, r.start, r.end, ''));
  }
  return out;
}

export interface ClaimFix {
  /** The claim's text (or the range's, when the fix replaces more than the claim). */
  claim: string;
  /** The claim is someone's report ("posts claimed that X"). */
  reported: boolean;
  negate: (clause: string) => string | null;
  /** What covered the claim and goes with the fix: notice sentences, a label, a verdict line. */
  remove: readonly SpanRef[];
  /** Spans whose text is cleared rather than removed with its spacing (a table cell, a tag). */
  clear?: readonly SpanRef[];
  /** false: what covers the claim is more than a disclaimer (it also states the truth), so no fix is applied. */
  safe: boolean;
  description: string;
  /** The fix replaces this span of the claim's segment instead of the claim ("Myth: X" as a whole). */
  range?: { start: number; end: number };
}

/**
 * A finding's suggestions: the claim negated in its own clause with what
 * covered it removed (when a rewrite is known), then the claim removed with
 * it. Both carry the same edits, so --fix knows which findings share a notice
 * even when one of them has no rewrite.
 */
export function claimSuggestions(record: RecordView, fix: ClaimFix): Suggestion[] {
  const edits = [...removalEdits(record, fix.remove), ...(fix.clear ?? []).map((s) => editOf(record.segments[s.segment]!, s.start, s.end, ''))].sort(
    (a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : a.start - b.start),
  );
  const withEdits = edits.length > 0 ? { edits } : {};
  const range = fix.range ? { range: fix.range } : {};
  const rewritten = negatedClaim(fix.claim, fix.reported, fix.negate);
  return [
    ...(rewritten === null ? [] : [{ description: fix.description, text: rewritten, ...range, ...withEdits, ...(fix.safe ? {} : { fixable: false as const }) }]),
    { description: 'Remove the claim', text: '', ...range, ...withEdits },
  ];
}
