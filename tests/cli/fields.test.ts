// `format: "fields"` maps custom record shapes (issue 8, item 8), end to end:
// what is mapped is linted, only what is mapped, and a record without any
// mapped field is reported as such. The remedy the unknown-format message
// gives works when followed word for word.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { CLAIM, DISCLAIMER, neglint, onlyDetachedNegation } from './run-real.js';

const STATED = `${CLAIM} ${DISCLAIMER}`;
const offRules = () => JSON.parse(onlyDetachedNegation()['neglint.config.json']!).rules as Record<string, string>;

async function lint(config: object, records: object[]) {
  const root = makeTree({
    'neglint.config.json': JSON.stringify({ rules: offRules(), ...config }),
    'data/custom.jsonl': records.map((r) => JSON.stringify(r)).join('\n') + '\n',
  });
  const run = await neglint(['data/custom.jsonl', '--format', 'json'], root);
  return { ...run, report: JSON.parse(run.stdout), root };
}

const brief = (f: { ruleId: string; record: number; pointer: string | null }) => [f.ruleId, f.record, f.pointer];

describe('format: fields', () => {
  it('{"/zzz": "trained"} lints the zzz field (it said "does not have the fields shape")', async () => {
    const run = await lint({ format: 'fields', fields: { '/zzz': 'trained' } }, [{ zzz: STATED }]);
    expect(run.code).toBe(1);
    expect(run.report.files[0]).toMatchObject({ format: 'fields', records: 1, status: 'linted' });
    expect(run.report.findings.map(brief)).toEqual([['detached-negation', 0, '/zzz']]);
    expect(run.report.findings[0].trained).toBe('trained');
  });

  it('lints only what is mapped, and reports a record with none of the mapped fields', async () => {
    const run = await lint({ format: 'fields', fields: { '/question': 'trained' } }, [
      { question: STATED, body: STATED },
      { body: STATED },
    ]);
    expect(run.report.findings.map(brief)).toEqual([
      ['detached-negation', 0, '/question'],
      ['unknown-format', 1, null],
    ]);
    expect(run.report.findings[1].message).toBe('Record has none of the fields the config maps (/question; its keys: body); it was not linted');
  });

  it('a mapped field that is context is seen but not trained', async () => {
    const run = await lint({ format: 'fields', fields: { '/prompt': 'context', '/answer': 'trained' } }, [{ prompt: 'Tell me.', answer: STATED }]);
    expect(run.report.findings.map(brief)).toEqual([['detached-negation', 0, '/answer']]);
  });

  it('reads a record with one prose field under any key as a text record, without a mapping', async () => {
    const run = await lint({}, [{ article_body: STATED, id: 7 }]);
    expect(run.report.files[0]).toMatchObject({ format: 'text', status: 'linted' });
    expect(run.report.findings.map(brief)).toEqual([['detached-negation', 0, '/article_body']]);
  });

  it('the remedy in the unknown-format message, followed as written, lints the record', async () => {
    // Two prose fields are a shape of their own: which one is trained is the config's to say.
    const before = await lint({}, [{ article_body: STATED, editor_notes: 'Checked twice by the desk before it went out.', id: 7 }]);
    expect(before.code).toBe(0);
    expect(before.report.findings.map(brief)).toEqual([['unknown-format', 0, null]]);
    const remedy = /e\.g\. (\{.*\})$/.exec(before.report.findings[0].message)?.[1];
    expect(remedy).toBeDefined();
    writeFileSync(path.join(before.root, 'neglint.config.json'), JSON.stringify({ rules: offRules(), ...JSON.parse(remedy!) }));
    const after = await neglint(['data/custom.jsonl', '--format', 'json'], before.root);
    expect(JSON.parse(after.stdout).findings.map(brief)).toEqual([['detached-negation', 0, '/article_body']]);
    expect(after.code).toBe(1);
  });

  it('the override form of docs/input-problems.md works too', async () => {
    const run = await lint({ overrides: [{ files: ['data/custom/*.jsonl', 'data/*.jsonl'], format: 'fields', fields: { '/body': 'trained', '/question': 'context' } }] }, [
      { question: 'What happened?', body: STATED },
    ]);
    expect(run.report.findings.map(brief)).toEqual([['detached-negation', 0, '/body']]);
  });
});
