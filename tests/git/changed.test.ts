import { execFileSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { UsageError } from '../../src/config/errors.js';
import { changedSince, HunkParser, selectChanged, unquoteGitPath } from '../../src/git/changed.js';
import { lintFiles } from '../../src/index.js';
import { CLEAN, FLAGGED, FLAGGED_2, GIT_ENV, jsonl, makeRepo, tempDir } from './repo.js';

function parse(diff: string, chunkSize = diff.length): HunkParser {
  const parser = new HunkParser();
  const bytes = Buffer.from(diff, 'utf8');
  for (let i = 0; i < bytes.length; i += chunkSize) parser.push(bytes.subarray(i, i + chunkSize));
  parser.end();
  return parser;
}

const SAMPLE = [
  'diff --git a/data/a.jsonl b/data/a.jsonl',
  'index 1111111..2222222 100644',
  '--- a/data/a.jsonl',
  '+++ b/data/a.jsonl',
  '@@ -2 +2 @@',
  '-{"text": "old"}',
  '+{"text": "new"}',
  '@@ -5,0 +6,2 @@ some context',
  '+diff --git a/x b/x',
  '++++ b/not-a-header',
  '@@ -9,2 +10,0 @@',
  '-gone',
  '-gone too',
  '\\ No newline at end of file',
  'diff --git a/new file.jsonl b/new file.jsonl',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/new file.jsonl\t',
  '@@ -0,0 +1,3 @@',
  '+a',
  '+b',
  '+c',
  'diff --git "a/caf\\303\\251\\t.md" "b/caf\\303\\251\\t.md"',
  '--- "a/caf\\303\\251\\t.md"',
  '+++ "b/caf\\303\\251\\t.md"',
  '@@ -1 +1 @@',
  '-x',
  '+y',
  '',
].join('\n');

describe('HunkParser', () => {
  it('collects new-side lines per file, skipping content lines that look like headers', () => {
    const files = parse(SAMPLE).files;
    expect([...files.keys()]).toEqual(['data/a.jsonl', 'new file.jsonl', 'café\t.md']);
    // Line 2 modified, lines 6-7 added, old lines 9-10 deleted after new line 10.
    expect([...files.get('data/a.jsonl')!].sort((a, b) => a - b)).toEqual([2, 6, 7, 10.5]);
    expect(files.get('new file.jsonl')).toBeNull();
    expect([...files.get('café\t.md')!]).toEqual([1]);
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const whole = parse(SAMPLE).files;
    for (const size of [1, 2, 3, 7, 64]) expect(parse(SAMPLE, size).files).toEqual(whole);
  });

  it('unquotes C-style paths', () => {
    expect(unquoteGitPath('plain/path.jsonl')).toBe('plain/path.jsonl');
    expect(unquoteGitPath('"a\\"b\\\\c\\n"')).toBe('a"b\\c\n');
    expect(unquoteGitPath('"\\346\\227\\245.jsonl"')).toBe('日.jsonl');
  });
});

/** A repository with a base commit on main and a feature branch that changes things. */
function featureRepo() {
  const repo = makeRepo({
    'data/a.jsonl': jsonl(CLEAN[0]!, FLAGGED, CLEAN[1]!),
    'data/b.jsonl': jsonl(CLEAN[2]!),
    'data/old.jsonl': jsonl(CLEAN[0]!),
    'data/gone.jsonl': jsonl(CLEAN[1]!),
    'data/doc.md': '# Notes\n\nParis is the capital of France.\n',
  });
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  // Line 5 (after a blank line: record 3) is new and flagged; line 1 is modified but clean.
  repo.write({ 'data/a.jsonl': `${jsonl(`${CLEAN[0]!} Really.`, FLAGGED, CLEAN[1]!)}\n${jsonl(FLAGGED_2)}` });
  renameSync(path.join(repo.root, 'data/old.jsonl'), path.join(repo.root, 'data/moved.jsonl'));
  rmSync(path.join(repo.root, 'data/gone.jsonl'));
  repo.commit('feature');
  // main moves on after the fork: its change is not the feature branch's.
  repo.git('checkout', '-q', 'main');
  repo.write({ 'data/b.jsonl': jsonl(CLEAN[2]!, FLAGGED) });
  repo.commit('main moves on');
  repo.git('checkout', '-q', 'feature');
  // Uncommitted work counts too: an untracked file and a modified Markdown file.
  repo.write({ 'data/untracked.jsonl': jsonl(FLAGGED), 'data/doc.md': '# Notes\n\nParis is the capital of France.\n\nMore.\n' });
  return { repo, base };
}

describe('changedSince', () => {
  it('compares the working tree with the merge base: changed lines, untracked files, renames; no deletions', async () => {
    const { repo, base } = featureRepo();
    const result = await changedSince('main', repo.root);
    expect(result.available).toBe(true);
    if (!result.available) return;
    expect(result.changes.base).toBe(base);
    expect(result.notes).toEqual([]);
    const files = Object.fromEntries([...result.changes.files].map(([file, lines]) => [path.relative(repo.root, file), lines && [...lines].sort((a, b) => a - b)]));
    expect(files).toEqual({
      'data/a.jsonl': [1, 4, 5],
      'data/moved.jsonl': [],
      'data/doc.md': [4, 5],
      'data/untracked.jsonl': null,
    });
  });

  it('a ref the repository does not have is not an error', async () => {
    const { repo } = featureRepo();
    expect(await changedSince('no-such-branch', repo.root)).toEqual({ available: false, reason: 'git ref "no-such-branch" is not known in this repository' });
    expect(await changedSince('--output=/tmp/x', repo.root)).toMatchObject({ available: false });
  });

  it('a shallow clone without the ref says so', async () => {
    const { repo } = featureRepo();
    const clone = tempDir();
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.root}`, clone], { env: { ...process.env, ...GIT_ENV } });
    const result = await changedSince('HEAD~1', clone);
    expect(result.available).toBe(false);
    if (result.available) return;
    expect(result.reason).toMatch(/not available in this shallow clone.*fetch-depth: 0/);
  });

  it('outside a repository is a usage error', async () => {
    await expect(changedSince('main', tempDir())).rejects.toThrow(UsageError);
    await expect(changedSince('main', tempDir())).rejects.toThrow(/not inside a git repository/);
  });

  it('selectChanged keeps changed files and falls back to all of them with a note', async () => {
    const { repo } = featureRepo();
    const all = ['data/a.jsonl', 'data/b.jsonl', 'data/doc.md'].map((p) => ({ path: path.join(repo.root, p), displayPath: p }));
    const picked = await selectChanged(all, 'main', repo.root);
    expect(picked.files.map((f) => f.displayPath)).toEqual(['data/a.jsonl', 'data/doc.md']);
    expect(picked.notes).toEqual([]);
    const fallback = await selectChanged(all, 'nope', repo.root);
    expect(fallback.files).toEqual(all);
    expect(fallback.notes).toEqual(['--changed-since: git ref "nope" is not known in this repository; linting all files']);
    const none = await selectChanged([all[1]!], 'main', repo.root);
    expect(none.files).toEqual([]);
    expect(none.notes).toEqual(['--changed-since: no dataset files changed since "main"']);
  });
});

describe('lintFiles with onlyLines', () => {
  it('lints only records touching the lines; a deletion inside a multi-line record counts', async () => {
    const dir = tempDir();
    const array = `[\n  {"text": "Paris is the capital of France."},\n  {\n    "text": "${FLAGGED}"\n  }\n]\n`;
    writeFileSync(path.join(dir, 'a.json'), array);
    writeFileSync(path.join(dir, 'b.jsonl'), jsonl(FLAGGED, CLEAN[0]!, FLAGGED_2));
    writeFileSync(path.join(dir, 'c.jsonl'), `${jsonl(FLAGGED)}{"text": broken\n`);
    const lint = async (file: string, lines: number[]) => {
      const results = await lintFiles({ patterns: [file], cwd: dir, config: {}, onlyLines: new Map([[path.join(dir, file), new Set(lines)]]) });
      return results.findings.map((f) => `${f.ruleId}@${f.line}`);
    };
    expect(await lint('b.jsonl', [3])).toEqual(['detached-negation@3']);
    expect(await lint('b.jsonl', [2])).toEqual([]);
    expect(await lint('b.jsonl', [1.5, 2.5])).toEqual([]);
    expect(await lint('b.jsonl', [])).toEqual([]);
    expect(await lint('a.json', [2])).toEqual([]);
    expect(await lint('a.json', [4])).toEqual(['detached-negation@4']);
    expect(await lint('a.json', [3.5])).toEqual(['detached-negation@4']);
    // An invalid line is reported only when it changed.
    expect(await lint('c.jsonl', [1])).toEqual(['detached-negation@1']);
    expect(await lint('c.jsonl', [2])).toEqual(['invalid-record@2']);
  });
});

describe('neglint --changed-since', () => {
  async function cli(argv: string[], cwd: string, stdin?: string) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: { write: (s: string) => ((stdout += s), true) },
      stderr: { write: (s: string) => ((stderr += s), true) },
      cwd,
      env: {},
      stdin: Readable.from([Buffer.from(stdin ?? '')]),
    });
    return { code, stdout, stderr };
  }

  it('reports only the changed records, at their lines', async () => {
    const { repo } = featureRepo();
    const run = await cli(['--changed-since', 'main', '--format', 'json'], repo.root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { path: string; line: number; record: number }) => [f.path, f.line, f.record])).toEqual([
      ['data/a.jsonl', 5, 3],
      ['data/untracked.jsonl', 1, 0],
    ]);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['data/a.jsonl', 'data/doc.md', 'data/moved.jsonl', 'data/untracked.jsonl']);
  });

  it('works from a subdirectory with paths', async () => {
    const { repo } = featureRepo();
    const run = await cli(['--changed-since', 'main', '--format', 'json', '.'], path.join(repo.root, 'data'));
    expect(JSON.parse(run.stdout).findings.map((f: { path: string; line: number }) => `${f.path}:${f.line}`)).toEqual(['a.jsonl:5', 'untracked.jsonl:1']);
  });

  it('falls back to all files with a note when the ref is unknown', async () => {
    const { repo } = featureRepo();
    const run = await cli(['--changed-since', 'v9.9', '--format', 'json'], repo.root);
    expect(run.stderr).toBe('neglint: --changed-since: git ref "v9.9" is not known in this repository; linting all files\n');
    const lines = JSON.parse(run.stdout).findings.map((f: { path: string; line: number }) => `${f.path}:${f.line}`);
    expect(lines).toEqual(['data/a.jsonl:2', 'data/a.jsonl:5', 'data/untracked.jsonl:1']);
  });

  it('nothing changed: exit 0 with a note', async () => {
    const { repo } = featureRepo();
    const run = await cli(['--changed-since', 'HEAD', 'data/b.jsonl'], repo.root);
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'neglint: --changed-since: no dataset files changed since "HEAD"\n' });
  });

  it('standard input and a directory outside git are usage errors', async () => {
    const { repo } = featureRepo();
    expect(await cli(['--changed-since', 'main', '-'], repo.root, '{"text": "x"}\n')).toMatchObject({
      code: 2,
      stderr: 'neglint: --changed-since cannot be used with standard input ("-")\n',
    });
    const outside = tempDir();
    writeFileSync(path.join(outside, 'a.jsonl'), jsonl(CLEAN[0]!));
    const run = await cli(['--changed-since', 'main'], outside);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^neglint: --changed-since: .* is not inside a git repository\n$/);
  });
});
