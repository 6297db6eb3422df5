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
    expect(report.files).toEqual([{ path: 'data.jsonl', format: 'openai-chat', records: 5, status: 'linted', trainedChars: expect.any(Number), flaggedTrainedChars: expect.any(Number) }]);
    const others = report.findings.filter((f: { record: number }) => f.record !== 2);
    expect(others.map((f: { ruleId: string; record: number; text: string }) => [f.ruleId, f.record, f.text])).toEqual([
      ['detached-negation', 0, CLAIM],
      ['detached-negation', 3, CLAIM],
    ]);
  }, 120_000);

  it('a record nested 200k levels deep is linted like any other', async () => {
    const deep = `{"text": "fine", "x": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const root = makeTree({ ...onlyDetachedNegation(), 'data.jsonl': `${claimRecord()}\n${deep}\n${claimRecord('Again?')}\n` });
    const run = await neglint(['data.jsonl', '--format', 'json'], root);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.files[0]).toMatchObject({ records: 3, status: 'linted' });
    expect(report.findings.map((f: { record: number }) => f.record)).toEqual([0, 2]);
  });
});

describe('more findings in one file than a call has room for arguments', () => {
  it('130k broken lines: every one reported, in every format that lists them', async () => {
    const lines = Array.from({ length: 130_000 }, (_, i) => `{"text": ${i}`);
    const root = makeTree({ 'broken.jsonl': `${lines.join('\n')}\n` });
    for (const format of ['json', 'stylish']) {
      const run = await neglint(['broken.jsonl', '--format', format], root);
      expect(run.stderr, format).toBe('');
      expect(run.code, format).toBe(1);
      if (format === 'json') expect(JSON.parse(run.stdout).findings).toHaveLength(130_000);
      else expect(run.stdout).toContain('✖ 130000 problems (130000 errors, 0 warnings, 0 infos)');
    }
  }, 120_000);
});

