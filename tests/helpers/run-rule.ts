import { mayDisclaim } from '../../src/nlp/record.js';
import { scanner } from '../../src/nlp/scan.js';
import { viewRecord } from '../../src/engine/record-view.js';
import type { ReportDescriptor, RuleModule, Segment } from '../../src/types.js';

export interface Reported extends ReportDescriptor {
  /** The reported span's text. */
  text: string;
  /** Text of each related span. */
  relatedText: string[];
  /** Severity after the rule's default and any context modifier. */
  effective: string;
}

const RANK = { info: 1, warning: 2, error: 3 } as const;

/**
 * Run one rule over hand-made segments, without readers or formats: the unit
 * test entry point (the fixture tests run the whole engine).
 */
export function runRule(rule: RuleModule, input: string | Segment[], value?: unknown): Reported[] {
  const segments: Segment[] = typeof input === 'string' ? [{ pointer: '/text', role: 'text', trained: 'trained', text: input }] : input;
  const view = viewRecord({ index: 0, line: 1, value: value ?? {}, format: 'test', segments }, scanner());
  const out: Reported[] = [];
  const listener = rule.create({
    ruleId: rule.meta.id,
    options: {},
    format: 'test',
    report: (d) => {
      const seg = segments[d.segment]!;
      const effective = d.severity && RANK[d.severity] < RANK[rule.meta.severity] ? d.severity : rule.meta.severity;
      out.push({
        ...d,
        text: seg.text.slice(d.start, d.end),
        relatedText: (d.related ?? []).map((r) => ('pointer' in r ? r.text : segments[r.segment]!.text.slice(r.start, r.end))),
        effective,
      });
    },
  });
  // The engine's own gate.
  if (mayDisclaim(view)) listener.record(view);
  return out;
}

export function chat(...turns: [role: string, text: string][]): Segment[] {
  return turns.map(([role, text], i) => ({
    pointer: `/messages/${i}/content`,
    role,
    trained: role === 'assistant' ? 'trained' : 'context',
    text,
    turn: i,
  }));
}
