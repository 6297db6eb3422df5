import { claimSuggestions, isPureDisclaimer } from '../fix/suggest.js';
import type { Disclaimer, RecordAnalysis, Target, Unit } from '../nlp/record.js';
import { negateClaim } from '../nlp/rewrite.js';
import type { RecordView, SpanRef, Suggestion } from '../types.js';

/**
 * Repairs, once for every rule: the claim rewritten with the negation in its
 * own clause (what training learns correctly) and the notice or label that
 * covered it removed with it, or the claim removed. For a claim kept under
 * an operator or a label in its own sentence ("It is not true that X",
 * "MYTH: X"), the rewrite replaces the whole sentence. A claim someone else
 * made keeps its attribution outside the negated clause. A disclaimer that
 * also states the truth, or a metadata field, cannot be removed by a text
 * edit: the rewrite is then only a suggestion (`fixable: false`). A whole
 * answer that a label disowns has no mechanical repair.
 */
export function suggestionsFor(a: RecordAnalysis, by: Disclaimer[], t: Target, opts: { reported: boolean; whole: boolean }): Suggestion[] {
  if (opts.whole) return [];
  const primary = by[0]!;
  const segment = a.segments[t.segment]!;
  const unit = a.units[t.unit]!;
  // Markup around the claim ("<false>X</false>", "~~X~~", a verdict cell) is cleared and the claim rewritten in
  // place; a label or an operator in the claim's sentence ("Myth: X", "It is not true that X") goes with the
  // sentence, which the rewrite replaces.
  const marks = by.filter((d) => d.form === 'mark' && d.unit === t.unit);
  const sameSentence = marks.length === 0 && primary.reach === 'embedded' && primary.unit === t.unit && (unit.start !== t.start || unit.end !== t.end);
  const remove: SpanRef[] = [];
  const clear: SpanRef[] = [];
  for (const d of marks) clear.push(...markupAround(segment.text, d.cue, t));
  const removing = new Set<string>();
  let safe = true;
  for (const d of by) {
    if (d.kind === 'field') {
      safe = false;
      continue;
    }
    if (d.unit === t.unit) continue;
    const text = a.segments[d.cue.segment]!.text.slice(d.cue.start, d.cue.end);
    if (!isPureDisclaimer(text) || (d.unit >= 0 && a.correctionGroups.has(a.units[d.unit]!.group))) safe = false;
    // Every sentence of the notice goes, not only the one that said "false".
    const group = d.unit >= 0 ? a.units[d.unit]!.group : -1;
    const members = group >= 0 ? groupsOf(a).get(group)! : d.unit >= 0 ? [a.units[d.unit]!] : [];
    for (const u of members) {
      const key = `${u.segment}:${u.start}`;
      if (removing.has(key)) continue;
      removing.add(key);
      remove.push({ segment: u.segment, start: u.start, end: u.end });
    }
  }
  const claim = segment.text.slice(t.start, t.end);
  // An unverified claim, or one from an unreliable source, may be true: negating it would assert what no
  // one knows. Only removal fits; a falsity, a low probability or a fiction about real people is false.
  const negatable = !by.every((d) => d.class === 'unverified' || d.class === 'unreliable');
  const view = { segments: a.segments } as unknown as RecordView;
  const suggestions = claimSuggestions(view, {
    claim,
    reported: opts.reported,
    negate: (clause) => {
      if (!negatable) return null;
      const negated = negateClaim(clause);
      return negated && sameSentence ? capitalise(terminate(negated, unit.text)) : negated;
    },
    remove: sameSentence ? [] : remove,
    clear,
    safe,
    description: sameSentence ? 'Replace the sentence with the claim negated in its own clause' : 'Negate the claim in its own clause (and drop the detached warning)',
    ...(sameSentence ? { range: { start: unit.start, end: unit.end } } : {}),
  });
  return suggestions;
}

/**
 * The markup to clear around a claim: an opening tag and its closing tag,
 * the two "~~", or a verdict cell (the cue itself). A strikethrough read
 * from Markdown syntax is not in the segment's text and cannot be cleared.
 */
function markupAround(text: string, cue: SpanRef, t: Target): SpanRef[] {
  const open = text.slice(cue.start, cue.end);
  const seg = cue.segment;
  if (cue.start === t.start && cue.end === t.end) return [];
  const tag = /^<([a-z][\w-]*)|^\[([a-z][\w-]*)\]$/i.exec(open);
  if (tag) {
    const close = tag[1] ? `</${tag[1]}>` : `[/${tag[2]}]`;
    const at = text.indexOf(close, t.end);
    return at >= 0 && text.slice(t.end, at).trim() === '' ? [{ segment: seg, start: cue.start, end: cue.end }, { segment: seg, start: at, end: at + close.length }] : [{ segment: seg, start: cue.start, end: cue.end }];
  }
  if (open === '~~') {
    const at = text.indexOf('~~', t.end);
    return at >= 0 ? [{ segment: seg, start: cue.start, end: cue.end }, { segment: seg, start: at, end: at + 2 }] : [];
  }
  const del = /^<(del|s|strike)>$/i.exec(open);
  if (del) {
    const at = text.indexOf(`</${del[1]}>`, t.end);
    return at >= 0 ? [{ segment: seg, start: cue.start, end: cue.end }, { segment: seg, start: at, end: at + del[1]!.length + 3 }] : [];
  }
  // A verdict cell ("| FALSE |"): its text goes, the cell stays.
  return [{ segment: seg, start: cue.start, end: cue.end }];
}

const groups = new WeakMap<RecordAnalysis, Map<number, Unit[]>>();

/** The sentences of each notice group, once per record: one notice may cover 100k claims. */
function groupsOf(a: RecordAnalysis): Map<number, Unit[]> {
  let map = groups.get(a);
  if (!map) {
    map = new Map();
    for (const u of a.units) if (u.group >= 0) (map.get(u.group) ?? map.set(u.group, []).get(u.group)!).push(u);
    groups.set(a, map);
  }
  return map;
}

function capitalise(s: string): string {
  return s.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase());
}

function terminate(s: string, original: string): string {
  const end = /[.!?]["'”’)]*\s*$/.exec(original)?.[0]?.trim() ?? '.';
  return /[.!?]["'”’)]*$/.test(s.trim()) ? s.trim() : s.trim() + end;
}
