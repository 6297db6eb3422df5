import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byImportance, lfsAnnotation, planAnnotations } from '../../src/action/annotations.js';
import { changeRange, getBooleanInput, getInput, getMultilineInput, InputError, splitArgs } from '../../src/action/inputs.js';
import { extraArgs, planFromInputs } from '../../src/action/run.js';
import { formatAnnotation } from '../../src/reporters/github.js';
import { jobSummary, mdText, SUMMARY_LIMIT_BYTES } from '../../src/action/summary.js';
import type { Finding, LintResults, ReporterOptions, Severity } from '../../src/types.js';
import { tempDir } from '../git/repo.js';

function finding(ruleId: string, severity: Severity, file: string, line: number, text?: string): Finding {
  return {
    ruleId,
    severity,
    message: `${ruleId} message`,
    path: file,
    line,
    column: 1,
    endLine: line,
    endColumn: 10,
    record: line - 1,
    pointer: '/text',
    start: 0,
    end: 9,
    trained: 'trained',
    ...(text === undefined ? {} : { text }),
    related: [{ pointer: '/text', start: 0, end: 5, line, column: 1, text: text === undefined ? '' : 'Cue.' }],
    url: `https://example.test/${ruleId}`,
    suggestions: [],
    hash: `${ruleId}${line}`,
  };
}

function results(findings: Finding[]): LintResults {
  const summary = { files: 1, records: findings.length, errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) summary[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  return { files: [{ path: 'a.jsonl', format: 'text', records: findings.length, status: 'linted' }], findings, summary };
}

const options: ReporterOptions = { color: false, quiet: false, cwd: '/repo', toolVersion: '0.0.0', rules: [] };

describe('annotation plan', () => {
  it('orders errors, warnings, infos, then rule, file, line', () => {
    const list = [finding('b', 'warning', 'a', 1), finding('z', 'error', 'b', 2), finding('a', 'info', 'a', 1), finding('z', 'error', 'a', 9), finding('c', 'error', 'a', 1)];
    expect(list.sort(byImportance).map((f) => `${f.severity}:${f.ruleId}:${f.path}:${f.line}`)).toEqual([
      'error:c:a:1',
      'error:z:a:9',
      'error:z:b:2',
      'warning:b:a:1',
      'info:a:a:1',
    ]);
  });

  it('fits under 10 per kind, leaving room for the extras and the cap notice', () => {
    const list = [
      ...Array.from({ length: 12 }, (_, i) => finding('r', 'error', 'a', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding('w', 'warning', 'a', i + 1)),
      ...Array.from({ length: 10 }, (_, i) => finding('n', 'info', 'a', i + 1)),
    ];
    const plan = planAnnotations(results(list), [{ command: 'error', message: 'x' }], options);
    const lines = plan.findings.map(formatAnnotation);
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(9);
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(3);
    // One notice slot goes to the cap notice.
    expect(lines.filter((l) => l.startsWith('::notice'))).toHaveLength(9);
    expect(plan.omitted).toEqual({ error: 3, warning: 0, notice: 1 });
    expect(plan.capNotice?.message).toContain('4 more findings were not annotated (3 errors, 1 info finding)');
  });

  it('no cap notice when everything fits; LFS pointers are one annotation, not one each', () => {
    const lfs = [finding('lfs-pointer', 'warning', 'b.jsonl', 1), finding('lfs-pointer', 'warning', 'a,1.jsonl', 1)];
    const plan = planAnnotations(results([finding('r', 'error', 'a', 1), ...lfs]), [], options);
    expect(plan.findings).toHaveLength(1);
    expect(plan.capNotice).toBeUndefined();
    expect(formatAnnotation(lfsAnnotation(lfs)!)).toBe(
      '::warning title=neglint%3A Git LFS pointers were not linted::2 files are Git LFS pointers, not the data, and were not linted: a,1.jsonl, b.jsonl. ' +
        'Fetch the LFS objects before linting: set `lfs: true` on actions/checkout (with: lfs: true), or run git lfs pull.',
    );
    expect(lfsAnnotation([])).toBeUndefined();
  });
});

describe('job summary', () => {
  it('escapes dataset text: no markup, HTML, mentions or control characters get through', () => {
    expect(mdText('<img src=x> **bold** [a](b) @user `code` $x$ | a\nb')).toBe(
      '\\<img src=x\\> \\*\\*bold\\*\\* \\[a\\]\\(b\\) \\@user \\`code\\` \\$x\\$ \\| a\\\\nb',
    );
  });

  it('stays under GitHub 1 MiB limit with a note when cut short', () => {
    const long = 'The Eiffel Tower was moved to Lyon. '.repeat(20);
    const many = Array.from({ length: 5000 }, (_, i) => finding('r', 'error', `data/file-${i}.jsonl`, i + 1, long));
    const text = jobSummary({ results: results(many), rules: [], code: 1, notes: [], scope: 'all', redact: false, budgetBytes: 20_000 });
    expect(Buffer.byteLength(text)).toBeLessThan(20_000 + 4096);
    expect(text).toContain('cut short');
    const full = jobSummary({ results: results(many), rules: [], code: 1, notes: [], scope: 'all', redact: false });
    expect(Buffer.byteLength(full)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(full).toContain('### First 100 of 5000 findings');
    expect(full).toContain('and 4900 more files');
  });

  it('under redact there is no claim or cue', () => {
    const text = jobSummary({ results: results([finding('r', 'error', 'a.jsonl', 1)]), rules: [], code: 1, notes: [], scope: 'all', redact: true });
    expect(text).not.toContain('claim:');
    expect(text).not.toContain('cue:');
    expect(text).toContain('Dataset text is redacted');
  });
});

/** Sets the runner's INPUT_* variables for one test (@actions/core reads process.env). */
function inputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value);
}

describe('inputs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads INPUT_* through @actions/core', () => {
    inputs({ 'fail-on': ' warning ', files: 'a.jsonl\n\n  b/*.md \n', redact: 'True', 'my input': 'x' });
    expect(getInput('fail-on')).toBe('warning');
    expect(getInput('my input')).toBe('x');
    expect(getMultilineInput('files')).toEqual(['a.jsonl', 'b/*.md']);
    expect(getBooleanInput('redact', false)).toBe(true);
    expect(getBooleanInput('only-changed', true)).toBe(true);
    inputs({ redact: 'yes' });
    expect(() => getBooleanInput('redact', false)).toThrow(new InputError('input "redact" must be true or false, got "yes"'));
  });

  it('splits args like a shell, expanding and running nothing', () => {
    expect(splitArgs('args', `--rule fiction-frame=warning --profile "whole-conversation" 'data/a b.jsonl' x\\ y "data/*.jsonl" $HOME # a comment`)).toEqual([
      '--rule', 'fiction-frame=warning', '--profile', 'whole-conversation', 'data/a b.jsonl', 'x y', 'data/*.jsonl', '$HOME',
    ]);
    expect(splitArgs('args', 'data/*.jsonl')).toEqual(['data/*.jsonl']);
    expect(splitArgs('args', '  \n ')).toEqual([]);
    expect(() => splitArgs('args', '--rule x=off; rm -rf /')).toThrow('input "args": ";" is a shell operator');
    expect(() => splitArgs('args', 'a | b')).toThrow('"|" is a shell operator');
    expect(() => splitArgs('args', 'a > out')).toThrow('">" is a shell operator');
  });

  it('args refuses flags that have an input of their own', () => {
    expect(extraArgs('--rule a=off -q')).toEqual(['--rule', 'a=off', '-q']);
    expect(() => extraArgs('--fail-on warning')).toThrow('input "args": --fail-on has an input of its own; set "fail-on" instead');
    expect(() => extraArgs('--concurrency=2')).toThrow('--concurrency has an input of its own; set "concurrency" instead');
    expect(() => extraArgs('-c x.json')).toThrow('set "config" instead');
  });

  it('finds the base commit in pull_request, merge_group and push events', () => {
    const dir = tempDir();
    const event = (name: string, payload: unknown) => {
      const file = path.join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(payload));
      return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file };
    };
    const sha = 'a'.repeat(40);
    expect(changeRange(event('pull_request', { pull_request: { base: { sha } } }))).toEqual({ base: sha, source: 'the pull request base' });
    expect(changeRange(event('merge_group', { merge_group: { base_sha: sha } }))).toEqual({ base: sha, source: 'the merge group base' });
    expect(changeRange(event('push', { before: sha }))).toEqual({ base: sha, source: 'the commit before the push' });
    expect(changeRange(event('push', { before: '0'.repeat(40) }))).toBeUndefined();
    expect(changeRange(event('workflow_dispatch', {}))).toBeUndefined();
    expect(changeRange({})).toBeUndefined();
    expect(changeRange(event('pull_request', { pull_request: { base: { sha: '--upload-pack=x' } } }))).toBeUndefined();
  });

  it('turns inputs into CLI flags', () => {
    const dir = tempDir();
    const file = path.join(dir, 'e.json');
    writeFileSync(file, JSON.stringify({ pull_request: { base: { sha: 'b'.repeat(40) } } }));
    inputs({
      config: 'cfg.json',
      'fail-on': 'warning',
      'max-warnings': '3',
      baseline: 'base.json',
      redact: 'true',
      concurrency: '2',
      args: '--rule "fiction-frame=off" --profile whole-conversation',
      files: '-weird.jsonl',
    });
    const plan = planFromInputs({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file });
    expect(plan.argv).toEqual([
      '--config', 'cfg.json', '--fail-on', 'warning', '--max-warnings', '3', '--baseline', 'base.json', '--redact', '--concurrency', '2',
      '--changed-since', 'b'.repeat(40), '--rule', 'fiction-frame=off', '--profile', 'whole-conversation', '--', '-weird.jsonl',
    ]);
    expect(plan).toMatchObject({ failOn: 'warning', maxWarnings: 3, redact: true });
    vi.unstubAllEnvs();
    expect(planFromInputs({ GITHUB_EVENT_NAME: 'pull_request' }).notes).toEqual(['only-changed: the pull_request event has no base commit; linting all files']);
  });
});
