import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, lintFiles, lintText, listRules } from '../../src/index.js';
import { makeTree } from '../config/tmp.js';
import { calls } from './fakes.js';

vi.mock('../../src/engine/lint-file.js', async () => ({ lintFile: (await import('./fakes.js')).lintFile }));
vi.mock('../../rules/index.js', async () => ({ rules: (await import('./fakes.js')).fakeRules }));

beforeEach(() => {
  calls.length = 0;
});

describe('library API', () => {
  it('listRules: rules, then input problems', () => {
    expect(listRules().map((r) => `${r.id}:${r.severity}`)).toEqual([
      'detached-negation:error',
      'wrapped-negation:warning',
      'fiction-frame:error',
      'invalid-record:error',
      'lfs-pointer:warning',
      'unknown-format:warning',
      'invalid-directive:warning',
      'unreadable-file:error',
    ]);
    expect(listRules()[4]!.url).toBe('https://github.com/neglint/neglint/blob/main/docs/input-problems.md#lfs-pointer');
  });

  it('lintFiles discovers, resolves config per file, sorts and summarises', async () => {
    const root = makeTree({
      'b.jsonl': 'x\n@wrapped-negation\n',
      'a.jsonl': '@fiction-frame @detached-negation\nok\n@detached-negation\n',
      'neglint.config.json': JSON.stringify({ overrides: [{ files: ['b.jsonl'], rules: { 'wrapped-negation': 'info' } }] }),
    });
    const results = await lintFiles({ patterns: [], cwd: root });
    expect(results.files.map((f) => f.path)).toEqual(['a.jsonl', 'b.jsonl']);
    expect(results.findings.map((f) => `${f.path}:${f.record}:${f.column}:${f.ruleId}`)).toEqual([
      'a.jsonl:0:1:fiction-frame',
      'a.jsonl:0:16:detached-negation',
      'a.jsonl:2:1:detached-negation',
      'b.jsonl:1:1:wrapped-negation',
    ]);
    expect(results.summary).toEqual({ files: 2, records: 5, errors: 3, warnings: 0, infos: 1 });
    expect(calls.map((c) => c.path)).toEqual([path.join(root, 'a.jsonl'), path.join(root, 'b.jsonl')]);
  });

  it('lintFiles takes a plain config object and rule overrides', async () => {
    const root = makeTree({ 'a.jsonl': '@fiction-frame\n', '.neglintrc.json': '{"rules": {"fiction-frame": "off"}}' });
    const results = await lintFiles({ patterns: ['a.jsonl'], cwd: root, config: { rules: { 'fiction-frame': 'warning' } }, redact: true });
    expect(results.findings).toMatchObject([{ severity: 'warning' }]);
    expect(calls[0]!.redact).toBe(true);
    await expect(lintFiles({ patterns: ['a.jsonl'], cwd: root, config: { rules: { nope: 'off' } } as never })).rejects.toBeInstanceOf(ConfigError);
    const flagged = await lintFiles({ patterns: ['a.jsonl'], cwd: root, ruleOverrides: { 'fiction-frame': 'error' } });
    expect(flagged.summary.errors).toBe(1);
  });

  it('lintFiles reports a file that throws with status error and goes on', async () => {
    const root = makeTree({ 'a.jsonl': 'THROW', 'b.jsonl': '@detached-negation' });
    const failed: string[] = [];
    const results = await lintFiles({ patterns: [], cwd: root, onFileError: (file) => failed.push(file.displayPath) });
    expect(failed).toEqual(['a.jsonl']);
    expect(results.files).toMatchObject([
      { path: 'a.jsonl', status: 'error', reason: 'the fake engine was told to throw' },
      { path: 'b.jsonl', status: 'linted' },
    ]);
    expect(results.summary.errors).toBe(1);
  });

  it('lintText lints a string under a file name, with format and config', async () => {
    const root = makeTree({});
    const results = await lintText('@wrapped-negation\n', {
      cwd: root,
      filename: 'notes/x.md',
      format: 'markdown',
      config: { overrides: [{ files: ['*.md'], rules: { 'wrapped-negation': 'error' } }] },
    });
    expect(results.findings).toMatchObject([{ path: 'notes/x.md', severity: 'error' }]);
    expect(results.summary).toEqual({ files: 1, records: 1, errors: 1, warnings: 0, infos: 0 });
    expect(calls[0]).toMatchObject({ text: '@wrapped-negation\n', displayPath: 'notes/x.md', path: path.join(root, 'notes/x.md') });
    expect(calls[0]!.config.format).toBe('markdown');
    await expect(lintText('x', { cwd: root, format: 'sharegtp', config: {} })).rejects.toThrow(/^unknown format "sharegtp" \(did you mean "sharegpt"\?\)/);
    const anonymous = await lintText('fine', { cwd: root, config: {} });
    expect(anonymous.files[0]!.path).toBe('<text>');
  });
});
