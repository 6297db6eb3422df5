// A huge record is linted like any other (issue 8, item 4): no recursion or
// spread whose depth grows with the input, so one 2 MB record with a cue does
// not cost the findings of every other record in its file.
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { CLAIM, claimRecord, cleanRecord, neglint, onlyDetachedNegation } from './run-real.js';

describe('a ~2 MB record with a cue', () => {
  it('is linted, and the findings of the other records are all there', async () => {
    // 125k short sentences behind a disclaimer: the record that overflowed the stack in reach.ts.
    const sentences = Array.from({ length: 125_000 }, (_, i) => `Item ${i % 97} is bright red.`).join(' ');
    const huge = JSON.stringify({ messages: [{ role: 'user', content: 'List.' }, { role: 'assistant', content: `The following list is false. ${sentences}` }] });
    expect(huge.length).toBeGreaterThan(2_000_000);
    const lines = [claimRecord(), cleanRecord(1), huge, claimRecord('Again?'), cleanRecord(2)];
    const root = makeTree({ ...onlyDetachedNegation(), 'data.jsonl': `${lines.join('\n')}\n` });
    const run = await neglint(['data.jsonl', '--format', 'json'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files).toEqual([{ path: 'data.jsonl', format: 'openai-chat', records: 5, status: 'linted' }]);
    const others = report.findings.filter((f: { record: number }) => f.record !== 2);
    expect(others.map((f: { ruleId: string; record: number; text: string }) => [f.ruleId, f.record, f.text])).toEqual([
      ['detached-negation', 0, CLAIM],
      ['detached-negation', 3, CLAIM],
    ]);
  }, 120_000);
});
