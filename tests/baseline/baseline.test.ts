import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, buildBaseline, formatBaseline, parseBaseline } from '../../src/baseline/index.js';
import type { Finding } from '../../src/types.js';
import { makeTree } from '../config/tmp.js';
import { claimRecord, cleanRecord, neglint, onlyDetachedNegation } from '../cli/run-real.js';

function finding(p: string, ruleId: string, hash: string, line = 1): Finding {
  return {
    ruleId, severity: 'error', message: 'm', path: p, line, column: 1, endLine: line, endColumn: 2, record: line - 1,
    pointer: '/text', start: 0, end: 1, trained: 'trained', related: [], url: '', suggestions: [], hash,
  };
}

function json(stdout: string) {
  return JSON.parse(stdout) as { findings: Array<{ line: number; ruleId: string; record: number }>; summary: { errors: number } };
}

describe('baseline file', () => {
  it('is sorted, one entry per line, and counts identical findings', () => {
    const b = buildBaseline([finding('b.jsonl', 'r', 'h2'), finding('a.jsonl', 'r', 'h9'), finding('a.jsonl', 'r', 'h1'), finding('a.jsonl', 'r', 'h1', 5)], null, {
      cwd: '/w', file: '/w/baseline.json', linted: ['a.jsonl', 'b.jsonl'], toolVersion: '1.2.3',
    });
    expect(formatBaseline(b)).toBe(
      [
        '{',
        '  "version": 1,',
        '  "tool": {"name":"neglint","version":"1.2.3"},',
        '  "entries": [',
        '    {"path":"a.jsonl","ruleId":"r","hash":"h1","count":2},',
        '    {"path":"a.jsonl","ruleId":"r","hash":"h9","count":1},',
        '    {"path":"b.jsonl","ruleId":"r","hash":"h2","count":1}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(parseBaseline(formatBaseline(b), 'x')).toEqual(b);
  });

  it('paths are relative to the baseline file, whatever the working directory', () => {
    const b = buildBaseline([finding('data/a.jsonl', 'r', 'h')], null, { cwd: '/w', file: 'ci/baseline.json', linted: [], toolVersion: '1' });
    expect(b.entries[0]!.path).toBe('../data/a.jsonl');
    const applied = applyBaseline([finding('../data/a.jsonl', 'r', 'h')], b, { cwd: '/w/sub', file: '/w/ci/baseline.json', linted: [] });
    expect(applied.baselined).toBe(1);
  });

  it('hides each entry up to its count and counts what matched nothing in linted files only', () => {
    const b = parseBaseline(
      JSON.stringify({ version: 1, tool: { name: 'neglint', version: '1' }, entries: [
        { path: 'a.jsonl', ruleId: 'r', hash: 'h1', count: 2 },
        { path: 'a.jsonl', ruleId: 'r', hash: 'gone', count: 1 },
        { path: 'other.jsonl', ruleId: 'r', hash: 'h3', count: 1 },
      ] }),
      'b.json',
    );
    const findings = [finding('a.jsonl', 'r', 'h1'), finding('a.jsonl', 'r', 'h1'), finding('a.jsonl', 'r', 'h1'), finding('a.jsonl', 'q', 'h1')];
    const applied = applyBaseline(findings, b, { cwd: '/w', file: '/w/b.json', linted: ['a.jsonl'] });
    expect(applied.baselined).toBe(2);
    expect(applied.findings.map((f) => f.ruleId)).toEqual(['r', 'q']);
    expect(applied.stale).toBe(1);
    expect(applyBaseline(findings, b, { cwd: '/w', file: '/w/b.json', linted: ['a.jsonl'], partial: true }).stale).toBe(0);
  });

  it('rejects a file that is not a baseline, naming it', () => {
    expect(() => parseBaseline('{"version": 2, "entries": []}', 'x.json')).toThrow(/x\.json.*unsupported version 2/);
    expect(() => parseBaseline('nope', 'x.json')).toThrow(/x\.json is not valid JSON/);
    expect(() => parseBaseline('{"version": 1, "entries": [{"path": "a", "ruleId": "r", "hash": "h", "count": 0}]}', 'x.json')).toThrow(/count/);
  });
});

describe('--baseline and --update-baseline', () => {
  it('a baseline survives records inserted above the baselined ones; an edited record is new', async () => {
    const before = [cleanRecord(0), claimRecord(), cleanRecord(1), claimRecord('And Apollo 12?')];
    const root = makeTree({ ...onlyDetachedNegation(), 'data/train.jsonl': `${before.join('\n')}\n` });
    const first = await neglint(['data', '--format', 'json'], root);
    expect(first.code).toBe(1);
    const found = json(first.stdout).findings.filter((f) => f.ruleId === 'detached-negation');
    expect(found.map((f) => f.line)).toEqual([2, 4]);

    const update = await neglint(['data', '--baseline', '.neglint-baseline.json', '--update-baseline'], root);
    expect(update.code).toBe(0);
    expect(update.stderr).toMatch(/wrote baseline \.neglint-baseline\.json/);
    expect(update.stdout).toMatch(/findings hidden by the baseline/);

    // Insert records above (and between) the baselined ones: their lines move, the baseline still holds.
    const after = [cleanRecord(7), cleanRecord(8), cleanRecord(9), ...before.slice(0, 2), cleanRecord(10), ...before.slice(2)];
    writeFileSync(path.join(root, 'data/train.jsonl'), `${after.join('\n')}\n`);
    const moved = await neglint(['data', '--format', 'json', '--baseline', '.neglint-baseline.json'], root);
    expect(json(moved.stdout).findings).toEqual([]);
    expect(moved.code).toBe(0);
    const stylish = await neglint(['data', '--baseline', '.neglint-baseline.json'], root);
    expect(stylish.stdout).not.toMatch(/matched nothing/);

    // Without the baseline the same findings are there, on their new lines.
    const bare = await neglint(['data', '--format', 'json'], root);
    expect(json(bare.stdout).findings.filter((f) => f.ruleId === 'detached-negation').map((f) => f.line)).toEqual([5, 8]);

    // Edit a baselined record: its finding is new, and its old entry is stale (reported, not failing by itself).
    const edited = after.map((l) => l.replace('And Apollo 12?', 'And Apollo 13?'));
    writeFileSync(path.join(root, 'data/train.jsonl'), `${edited.join('\n')}\n`);
    const changed = await neglint(['data', '--baseline', '.neglint-baseline.json', '--format', 'json'], root);
    expect(json(changed.stdout).findings.filter((f) => f.ruleId === 'detached-negation').map((f) => f.line)).toEqual([8]);
    expect(changed.code).toBe(1);
    const stale = await neglint(['data', '--baseline', '.neglint-baseline.json'], root);
    expect(stale.stdout).toMatch(/1 baseline entry matched nothing \(--update-baseline prunes them\)/);
  });

  it('writes only the baseline file, atomically and only when it changes; never a dataset', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'data.jsonl': `${claimRecord()}\n`, 'notes.md': '# notes\n' });
    const data = path.join(root, 'data.jsonl');
    const stamp = (f: string) => `${statSync(f).mtimeMs}:${readFileSync(f, 'hex')}`;
    const before = stamp(data);
    expect((await neglint(['.', '--baseline', 'b/base.json', '--update-baseline'], root)).code).toBe(0);
    const baselineFile = path.join(root, 'b/base.json');
    const text = readFileSync(baselineFile, 'utf8');
    expect(parseBaseline(text, 'b').entries.map((e) => e.path)).toEqual(['../data.jsonl']);
    expect(stamp(data)).toBe(before);
    const mtime = statSync(baselineFile).mtimeMs;
    const again = await neglint(['.', '--baseline', 'b/base.json', '--update-baseline'], root);
    expect(again.stderr).toMatch(/unchanged: baseline/);
    expect(statSync(baselineFile).mtimeMs).toBe(mtime);
    // No temporary file is left behind.
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(path.join(root, 'b'))).toEqual(['base.json']);
  });

  it('updating from a subset of the files keeps the other files\' entries', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'a.jsonl': `${claimRecord()}\n`, 'b.jsonl': `${claimRecord('B?')}\n` });
    await neglint(['.', '--baseline', 'base.json', '--update-baseline'], root);
    writeFileSync(path.join(root, 'a.jsonl'), `${cleanRecord(1)}\n`);
    await neglint(['a.jsonl', '--baseline', 'base.json', '--update-baseline'], root);
    const entries = parseBaseline(readFileSync(path.join(root, 'base.json'), 'utf8'), 'b').entries;
    expect(entries.map((e) => e.path)).toEqual(['b.jsonl']);
  });

  it('a baseline file inside the linted directory is not linted itself', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'data/a.jsonl': `${claimRecord()}\n` });
    await neglint(['data', '--baseline', 'data/baseline.json', '--update-baseline'], root);
    const run = await neglint(['data', '--baseline', 'data/baseline.json', '--format', 'json'], root);
    expect((JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['data/a.jsonl']);
  });

  it('a missing or broken baseline is a usage error (exit 2)', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'a.jsonl': `${claimRecord()}\n`, 'bad.json': '{"version": 9}' });
    const missing = await neglint(['a.jsonl', '--baseline', 'nope.json'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/baseline nope\.json does not exist; create it with --baseline nope\.json --update-baseline/);
    const broken = await neglint(['a.jsonl', '--baseline', 'bad.json'], root);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not a neglint baseline/);
  });
});
