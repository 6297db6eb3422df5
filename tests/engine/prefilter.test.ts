// RuleMeta.prefilter: the engine skips the cue scan and the rules for a
// record that no enabled rule's prefilter passes, but still counts it, still
// reads its JSON and still counts its trained text; it does so only when
// every enabled rule has a prefilter.
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/engine/lint-file.js';
import type { RecordView, RuleMeta, RuleModule } from '../../src/types.js';
import { tempFile } from '../io/helpers.js';

function rule(id: string, seen: number[], prefilter?: (raw: string) => boolean): RuleModule {
  const meta: RuleMeta = { id, description: id, severity: 'error', url: '', messages: { m: 'found' }, cues: {}, always: true, ...(prefilter ? { prefilter } : {}) };
  return {
    meta,
    create: (context) => ({
      record(view: RecordView) {
        seen.push(view.index!);
        context.report({ segment: 0, start: 0, end: 1, messageId: 'm' });
      },
    }),
  };
}

const file = () =>
  tempFile('p.jsonl', ['{"text": "plain one"}', '{"text": "has XYZ in it"}', '{"text": broken', '{"text": "plain two"}', '{"text": "XYZ again"}'].join('\n') + '\n');
const config = { rules: {}, format: 'auto', formatOptions: {} };
const hasXyz = (raw: string) => raw.includes('XYZ');

describe('RuleMeta.prefilter', () => {
  it('skips records no prefilter passes, still counting them and reporting invalid JSON', async () => {
    const seen: number[] = [];
    const out = await lintFile({ path: file(), displayPath: 'p.jsonl', config, rules: [rule('a', seen, hasXyz)] });
    expect(seen).toEqual([1, 4]);
    expect(out.file.records).toBe(4);
    // The trained text of every record read, the skipped ones too (issue 10's share of trained text flagged).
    const texts = ['plain one', 'has XYZ in it', 'plain two', 'XYZ again'];
    expect(out.file).toMatchObject({ trainedChars: texts.join('').length, flaggedTrainedChars: texts[1]!.length + texts[3]!.length });
    expect(out.findings.map((f) => [f.ruleId, f.record]).sort((x, y) => Number(x[1]) - Number(y[1]))).toEqual([
      ['a', 1],
      ['invalid-record', 2],
      ['a', 4],
    ]);
  });

  it("asks a shared prefilter once, and passes a record when any rule's prefilter does", async () => {
    let calls = 0;
    const shared = (raw: string) => (calls++, hasXyz(raw));
    const a: number[] = [];
    const b: number[] = [];
    await lintFile({ path: file(), displayPath: 'p.jsonl', config, rules: [rule('a', a, shared), rule('b', b, shared)] });
    expect(calls).toBe(4);
    const c: number[] = [];
    await lintFile({ path: file(), displayPath: 'p.jsonl', config, rules: [rule('a', a, hasXyz), rule('c', c, (raw) => raw.includes('two'))] });
    expect(c).toEqual([1, 3, 4]);
  });

  it('is not used when an enabled rule has none', async () => {
    const seen: number[] = [];
    const other: number[] = [];
    await lintFile({ path: file(), displayPath: 'p.jsonl', config, rules: [rule('a', seen, hasXyz), rule('b', other)] });
    expect(seen).toEqual([0, 1, 3, 4]);
  });
});

// RuleMeta.gate: per rule, on the record's view; a shared gate is asked once per record.
describe('RuleMeta.gate', () => {
  const gatedRule = (id: string, seen: number[], gate: (view: RecordView) => boolean): RuleModule => {
    const r = rule(id, seen);
    return { ...r, meta: { ...r.meta, gate } };
  };
  const viewHasXyz = (view: RecordView) => view.segments.some((s) => s.text.includes('XYZ'));

  it('skips only the rules whose gate rejects the record', async () => {
    const a: number[] = [];
    const b: number[] = [];
    await lintFile({ path: file(), displayPath: 'p.jsonl', config, rules: [gatedRule('a', a, viewHasXyz), rule('b', b)] });
    expect(a).toEqual([1, 4]);
    expect(b).toEqual([0, 1, 3, 4]);
  });

  it('asks a gate shared by several rules once per record', async () => {
    let calls = 0;
    const shared = (view: RecordView) => (calls++, viewHasXyz(view));
    const a: number[] = [];
    const b: number[] = [];
    await lintFile({ path: file(), displayPath: 'p.jsonl', config, rules: [gatedRule('a', a, shared), gatedRule('b', b, shared)] });
    expect(calls).toBe(4);
    expect(a).toEqual([1, 4]);
    expect(b).toEqual([1, 4]);
  });
});
