import { createHash } from 'node:crypto';
import { locateString, locateValue } from '../io/json-locate.js';
import { lineIndex } from '../io/positions.js';
import { inputRules, problemMessage } from './input-rules.js';
import { blankData } from './messages.js';
import type { FieldRef, Finding, InputProblem, RawRecord, RecordView, ReportDescriptor, RuleModule, Segment, Severity, SpanRef, Suggestion, SuggestionEdit } from '../types.js';

/** The stable short hash of a finding (baselines, SARIF fingerprints, --redact). */
export function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/** An input problem (a reader's or the engine's) as a finding at its place. */
export function findingFromProblem(p: InputProblem, severity: Severity, url: string, displayPath: string, redact?: boolean): Finding {
  return {
    ruleId: p.ruleId,
    severity,
    messageId: p.messageId,
    ...(p.data ? { data: redact ? blankData(p.data, inputRules.find((r) => r.id === p.ruleId)) : p.data } : {}),
    path: displayPath,
    line: p.line,
    column: p.column,
    endLine: p.line,
    endColumn: p.column,
    record: p.record,
    ...(p.rowGroup !== undefined ? { rowGroup: p.rowGroup } : {}),
    pointer: null,
    start: null,
    end: null,
    trained: null,
    related: [],
    url,
    suggestions: [],
    hash: problemHash(p, displayPath),
  };
}

/** An input problem's hash: of its filled message, as before messages were filled in the reporters (baselines stay valid). */
export function problemHash(p: Pick<InputProblem, 'ruleId' | 'messageId' | 'data'>, displayPath: string): string {
  return hashOf(p.ruleId, problemMessage(p), displayPath);
}

export interface ActiveRule {
  rule: RuleModule;
  /** Severity after config. */
  severity: Severity;
}

export interface CurrentRecord {
  raw: RawRecord;
  view: RecordView;
  recordHash: string | undefined;
  /** Per record, built on the first finding: a dense document has dozens. */
  mappers?: Map<number, (offset: number) => number>;
  position?: (offset: number) => { line: number; column: number };
}

/** The offset mapper of one segment and the line index of the record, each computed once per record. */
function locator(current: CurrentRecord): { map(segment: number): (offset: number) => number; at(offset: number): { line: number; column: number } } {
  const { raw, view } = current;
  current.mappers ??= new Map();
  current.position ??= lineIndex(raw.raw, raw.line, raw.column);
  const mappers = current.mappers;
  const position = current.position;
  return {
    map(segment) {
      let m = mappers.get(segment);
      if (!m) mappers.set(segment, (m = rawOffsetMapper(raw, view.segments[segment]!)));
      return m;
    },
    at: position,
  };
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Context modifiers only ever lower a severity, and never below what the user configured lower. */
function effectiveSeverity(configured: Severity, requested: Severity | undefined): Severity {
  if (!requested) return configured;
  return RANK[requested] < RANK[configured] ? requested : configured;
}

/**
 * Offsets inside a decoded string -> offsets in the record's raw text. JSON
 * strings need their escapes walked; Markdown-derived text has its own map.
 */
function rawOffsetMapper(raw: RawRecord, segment: Segment): (offset: number) => number {
  if (segment.sourceOffset) return segment.sourceOffset;
  if (typeof raw.value === 'string' && segment.pointer === '') return (o) => o;
  const base = segment.baseOffset ?? 0;
  const locate = raw.locate ? raw.locate(segment.pointer) : locateString(raw.raw, segment.pointer);
  if (!locate) return () => 0;
  return (o) => locate(o + base);
}

export function findingFromReport(active: ActiveRule, d: ReportDescriptor, current: CurrentRecord, input: { displayPath: string; redact?: boolean }): Finding {
  const { raw, view } = current;
  const meta = active.rule.meta;
  const segment = view.segments[d.segment]!;
  const where = locator(current);
  const mapper = where.map(d.segment);
  const from = where.at(mapper(d.start));
  const to = where.at(mapper(d.end));
  const text = segment.text.slice(d.start, d.end);
  current.recordHash ??= createHash('sha256').update(raw.raw).digest('hex');
  const related = (d.related ?? []).map((r: SpanRef | FieldRef) => {
    if ('pointer' in r) {
      // A metadata field: its value's place in the raw record.
      const at = typeof raw.value === 'object' ? locateValue(raw.raw, r.pointer) : null;
      const pos = where.at(at ? at.start : 0);
      return { pointer: r.pointer, start: 0, end: 0, line: pos.line, column: pos.column, text: input.redact ? '' : r.text };
    }
    const seg = view.segments[r.segment]!;
    const pos = where.at(where.map(r.segment)(r.start));
    return {
      pointer: seg.pointer,
      start: r.start,
      end: r.end,
      line: pos.line,
      column: pos.column,
      text: input.redact ? '' : seg.text.slice(r.start, r.end),
    };
  });
  const finding: Finding = {
    ruleId: meta.id,
    severity: effectiveSeverity(active.severity, d.severity),
    messageId: d.messageId,
    ...(d.data ? { data: input.redact ? blankData(d.data, meta) : { ...d.data } } : {}),
    path: input.displayPath,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    record: raw.index,
    ...(raw.rowGroup !== undefined ? { rowGroup: raw.rowGroup } : {}),
    pointer: raw.index === null && segment.pointer === '' ? null : segment.pointer,
    start: d.start,
    end: d.end,
    trained: segment.trained,
    related,
    url: meta.url,
    suggestions: input.redact
      ? []
      : (d.suggestions ?? []).map((sg) => {
          let out: Suggestion = sg;
          if (sg.range) {
            const a = where.at(mapper(sg.range.start));
            const b = where.at(mapper(sg.range.end));
            const original = segment.text.slice(sg.range.start, sg.range.end);
            out = { ...out, range: { ...sg.range, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, original } };
          }
          if (sg.edits) {
            const edits = sg.edits.map((e) => locateEdit(e, view.segments, where));
            // An edit outside every segment cannot be checked against the file: never applied.
            out = edits.includes(null) ? { ...out, edits: sg.edits, fixable: false } : { ...out, edits: edits as SuggestionEdit[] };
          }
          return out;
        }),
    hash: hashOf(meta.id, normalize(text), current.recordHash),
  };
  if (!input.redact) finding.text = text;
  return finding;
}

/** An edit with the file positions of its ends and the text it replaces (like a suggestion's range), or null when no segment holds it. */
function locateEdit(e: SuggestionEdit, segments: Segment[], where: ReturnType<typeof locator>): SuggestionEdit | null {
  const index = segments.findIndex((s) => {
    const base = s.baseOffset ?? 0;
    return s.pointer === e.pointer && base <= e.start && e.end <= base + s.text.length && e.start <= e.end;
  });
  if (index < 0) return null;
  const seg = segments[index]!;
  const base = seg.baseOffset ?? 0;
  const map = where.map(index);
  const a = where.at(map(e.start - base));
  const b = where.at(map(e.end - base));
  return { ...e, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, original: seg.text.slice(e.start - base, e.end - base) };
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
