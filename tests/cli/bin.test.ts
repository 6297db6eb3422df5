// The real command, as a child process, from the built lib/ (npm test builds
// first; skipped when lib/ has not been built).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'bin/neglint.js');
const built = existsSync(path.join(repo, 'lib/src/cli/main.js'));

function neglint(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe.skipIf(!built)('bin/neglint.js', () => {
  it('--version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
    const run = await neglint(['--version'], repo);
    expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('an unknown flag exits 2 with one line', async () => {
    const run = await neglint(['--nope'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: unknown option --nope; see neglint --help\n');
  });

  it('a large JSON report written to a pipe arrives whole', async () => {
    // Every line is malformed JSON: one invalid-record finding each, a report of several MB.
    const lines = Array.from({ length: 20000 }, (_, i) => `{"text": "record ${i}", oops}`);
    const root = makeTree({});
    writeFileSync(path.join(root, 'big.jsonl'), `${lines.join('\n')}\n`);
    const run = await neglint(['big.jsonl', '--format', 'json'], root);
    expect(run.stdout.length).toBeGreaterThan(2_000_000);
    const report = JSON.parse(run.stdout);
    expect(report.findings.length).toBe(20000);
    expect(report.findings.every((f: { ruleId: string }) => f.ruleId === 'invalid-record')).toBe(true);
    expect(run.code).toBe(1);
  }, 60_000);
});
