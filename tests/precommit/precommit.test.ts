// The pre-commit hook end to end, with the real pre-commit (Debian's package):
// `pre-commit try-repo` clones a copy of this repository at HEAD, installs it
// the way pre-commit installs node hooks (npm install, which runs `prepare`
// (tsc), then npm pack and npm install -g of the tarball; this needs the npm
// registry), and runs the `neglint` hook on the files given. Skipped when
// pre-commit is not installed (.ci/run installs it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, FLAGGED, GIT_ENV, jsonl, makeRepo, tempDir } from '../git/repo.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = version.status === 0;
if (!available) console.warn('tests/precommit: SKIPPED, pre-commit is not installed (apt-get install pre-commit; .ci/run does it)');

function env(home: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_') && !key.startsWith('PRE_COMMIT')) out[key] = value;
  return { ...out, ...GIT_ENV, PRE_COMMIT_HOME: home, NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
}

function tryRepo(hookRepo: string, cwd: string, file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('pre-commit', ['try-repo', hookRepo, 'neglint', '--files', file, '--color', 'never'], {
      cwd,
      env: env(tempDir('neglint-pc-home-')),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe.skipIf(!available)(`pre-commit hook (${available ? version.stdout.trim() : 'pre-commit missing'})`, () => {
  it('fails on a flagged dataset and passes on a clean one', async () => {
    // The hook repository: this repository as committed (HEAD), like a user's `rev:`.
    const hookRepo = path.join(tempDir('neglint-pc-repo-'), 'neglint');
    spawnSync('git', ['clone', '-q', '--no-hardlinks', repoRoot, hookRepo], { env: { ...process.env, ...GIT_ENV } });
    expect(existsSync(path.join(hookRepo, '.pre-commit-hooks.yaml')), 'HEAD has no .pre-commit-hooks.yaml').toBe(true);

    const project = makeRepo({ 'data/bad.jsonl': jsonl(CLEAN[0]!, FLAGGED), 'data/good.jsonl': jsonl(...CLEAN) });
    project.commit('datasets');

    const [bad, good] = await Promise.all([tryRepo(hookRepo, project.root, 'data/bad.jsonl'), tryRepo(hookRepo, project.root, 'data/good.jsonl')]);
    expect(bad.output).toMatch(/neglint\.+Failed/);
    expect(bad.output).toContain('data/bad.jsonl');
    expect(bad.output).toMatch(/2:\d+ +error .*detached-negation/);
    expect(bad.code).toBe(1);
    expect(good.output).toMatch(/neglint\.+Passed/);
    expect(good.code, good.output).toBe(0);
  }, 600_000);
});
