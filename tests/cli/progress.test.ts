// Progress as a person sees it: the real command under a real pseudo-terminal
// (Python's pty module drives it), and the same command in a pipe. Standard
// output goes to /dev/null inside the terminal, so what the terminal shows is
// stderr alone. Skipped, saying so, without python3 or the built lib/.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { cleanRecord } from './run-real.js';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'bin/neglint.js');
const built = existsSync(path.join(repo, 'lib/src/cli/main.js'));
const python = spawnSync('python3', ['--version']).status === 0;
if (!python) console.warn('tests/cli/progress: python3 is not installed; the pseudo-terminal tests are skipped');

// Runs argv in a new pseudo-terminal (stdout to /dev/null) and prints everything the terminal received.
const PTY_RUN = `
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.execvp(sys.argv[1], sys.argv[1:])
chunks = []
while True:
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    chunks.append(data)
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(b"".join(chunks))
sys.exit(os.waitstatus_to_exitcode(status))
`;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

function dataset(): string {
  const records = (n: number) => `${Array.from({ length: n }, (_, i) => cleanRecord(i)).join('\n')}\n`;
  return makeTree({ 'data/a.jsonl': records(3000), 'data/b.jsonl': records(2000), 'data/c.md': '# Notes\n\nNothing to see.\n' });
}

function inTerminal(args: string[], cwd: string, env: Record<string, string> = {}) {
  const script = path.join(cwd, 'pty-run.py');
  writeFileSync(script, PTY_RUN);
  const run = spawnSync('python3', [script, process.execPath, bin, ...args], { cwd, env: { ...process.env, TERM: 'xterm', ...env }, encoding: 'utf8' });
  return { code: run.status, screen: run.stdout.replace(/\r/g, ''), text: run.stdout.replace(ANSI, '').replace(/\r/g, '\n') };
}

describe.skipIf(!built || !python)('progress on stderr', () => {
  it('a terminal shows records, MB/s, the percent of bytes, a line per file and a closing line', () => {
    const root = dataset();
    const run = inTerminal(['data'], root);
    expect(run.code).toBe(0);
    expect(run.text).toMatch(/\d+% \| [\d.]+\/[\d.]+ MB \| [\d,]+ records \| [\d.]+ MB\/s \| file \d\/3 data\//);
    expect(run.text).toMatch(/✓ data\/a\.jsonl {2}3,000 records \| [\d.]+ MB \| [\d.]+ MB\/s/);
    expect(run.text).toMatch(/✓ data\/b\.jsonl {2}2,000 records/);
    expect(run.text).toMatch(/✓ data\/c\.md {2}1 record \|/);
    expect(run.text).toMatch(/neglint: 3 files, 5,001 records \| [\d.]+ MB \| [\d.]+ MB\/s in [\d.]+ s\n/);
    // The bar is cleared: the last thing on the screen is the closing line.
    expect(run.screen.trimEnd().split('\n').at(-1)).toMatch(/neglint: 3 files, 5,001 records/);
  }, 30_000);

  it('a gzip file (size unknown) shows no percent, only what was read', () => {
    const root = makeTree({ 'one.jsonl.gz': '' });
    writeFileSync(path.join(root, 'one.jsonl.gz'), gzipSync(`${cleanRecord(1)}\n${cleanRecord(2)}\n`));
    const run = inTerminal(['one.jsonl.gz'], root);
    expect(run.code).toBe(0);
    expect(run.text).toMatch(/neglint: 2 records \| [\d.]+ MB \| [\d.]+ MB\/s in/);
    expect(run.text).not.toContain('%');
  }, 30_000);

  it('--no-progress, TERM=dumb and a pipe print nothing on stderr', () => {
    const root = dataset();
    expect(inTerminal(['data', '--no-progress'], root)).toMatchObject({ code: 0, text: '' });
    expect(inTerminal(['data'], root, { TERM: 'dumb' })).toMatchObject({ code: 0, text: '' });
    const piped = spawnSync(process.execPath, [bin, 'data'], { cwd: root, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
  }, 30_000);
});
