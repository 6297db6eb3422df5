// Outputs never land on inputs, and a write that fails is one line and exit 2
// (issue 8, items 1, 7 and 9), through the real command line.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, openSync, closeSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { claimRecord, cleanRecord, neglint, onlyDetachedNegation } from './run-real.js';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'bin/neglint.js');
const built = existsSync(path.join(repo, 'lib/src/cli/main.js'));

function dataset(): string {
  return makeTree({ ...onlyDetachedNegation(), 'data/train.jsonl': `${claimRecord()}\n${cleanRecord(1)}\n` });
}

describe('an output is never written over an input, whatever its spelling', () => {
  it('refuses --output that is a hard link to an input, and leaves the input alone', async () => {
    const root = dataset();
    const input = path.join(root, 'data/train.jsonl');
    const before = readFileSync(input, 'utf8');
    linkSync(input, path.join(root, 'report.json'));
    const run = await neglint(['data/train.jsonl', '--format', 'json', '-o', 'report.json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: --output report.json (the same file as data/train.jsonl) is one of the files being linted; refusing to overwrite it\n');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses a symlink and a relative spelling of an input given as a directory', async () => {
    const root = dataset();
    symlinkSync(path.join(root, 'data/train.jsonl'), path.join(root, 'link.json'));
    for (const output of ['link.json', 'data/../data/./train.jsonl']) {
      const run = await neglint(['data', '-o', output], root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is one of the files being linted; refusing to overwrite it\n$/);
      expect(run.stderr.split('\n')).toHaveLength(2);
    }
  });

  it('refuses a baseline that is a hard link to a dataset file', async () => {
    // A dataset file that happens to parse as a baseline, so that only the identity check stops the write.
    const root = makeTree({ ...onlyDetachedNegation(), 'data/meta.json': '{"version": 1, "entries": []}\n' });
    linkSync(path.join(root, 'data/meta.json'), path.join(root, 'baseline.json'));
    const run = await neglint(['data/meta.json', '--baseline', 'baseline.json', '--update-baseline'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: --baseline baseline.json (the same file as data/meta.json) is one of the files being linted; refusing to overwrite it\n');
    expect(readFileSync(path.join(root, 'data/meta.json'), 'utf8')).toBe('{"version": 1, "entries": []}\n');
  });

  it('refuses --merge output over one of the shard files (hard link)', async () => {
    const root = makeTree({ 'shard-1.jsonl': '' });
    linkSync(path.join(root, 'shard-1.jsonl'), path.join(root, 'merged.jsonl'));
    const run = await neglint(['--merge', 'shard-1.jsonl', '-o', 'merged.jsonl'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^neglint: --output merged.jsonl \(the same file as shard-1.jsonl\) is one of the files being linted/);
  });

  it('refuses up front when two inputs would get the same --fix copy, naming both', async () => {
    const root = dataset();
    writeFileSync(path.join(root, 'data/train.jsonl.gz'), execFileSync('gzip', ['-c', path.join(root, 'data/train.jsonl')]));
    const run = await neglint(['data/train.jsonl', 'data/train.jsonl.gz', '--fix'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: --fix would write data/train.fixed.jsonl for both data/train.jsonl and data/train.jsonl.gz; fix them in separate runs or rename one\n');
    expect(existsSync(path.join(root, 'data/train.fixed.jsonl'))).toBe(false);
  });
});

describe('a failed write is one line and exit 2', () => {
  it('-o into a directory it may not write: EACCES, not an internal error', async () => {
    const root = dataset();
    // Root may write anywhere a mode forbids; sysfs refuses even root.
    let output = path.join(root, 'locked/report.json');
    if (process.getuid?.() === 0) {
      if (!existsSync('/sys/kernel/notes')) return console.warn('EACCES test: SKIPPED, running as root without /sys/kernel/notes');
      output = '/sys/kernel/notes';
    } else {
      mkdirSync(path.join(root, 'locked'));
      chmodSync(path.join(root, 'locked'), 0o555);
    }
    const run = await neglint(['data/train.jsonl', '-o', output], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`neglint: cannot write ${output}: EACCES: permission denied\n`);
  });

  it('-o /dev/full: ENOSPC', async () => {
    if (!existsSync('/dev/full')) return console.warn('ENOSPC test: SKIPPED, no /dev/full');
    const run = await neglint(['data/train.jsonl', '-o', '/dev/full'], dataset());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: cannot write /dev/full: ENOSPC: no space left on device\n');
  });

  it.skipIf(!built || !existsSync('/dev/full'))('standard output on /dev/full: one line, exit 2, no stack trace', async () => {
    const root = dataset();
    const full = openSync('/dev/full', 'w');
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'data/train.jsonl'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', full, 'pipe'] });
        const err: Buffer[] = [];
        child.stderr.on('data', (c: Buffer) => err.push(c));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
      });
      expect(result).toEqual({ code: 2, stderr: 'neglint: cannot write standard output: ENOSPC: no space left on device\n' });
    } finally {
      closeSync(full);
    }
  });
});

describe('special paths', () => {
  it('a FIFO on the command line is refused as such, not "no such file"', async () => {
    const root = dataset();
    try {
      execFileSync('mkfifo', [path.join(root, 'pipe.jsonl')]);
    } catch {
      return console.warn('FIFO test: SKIPPED, mkfifo is not available');
    }
    const run = await neglint(['pipe.jsonl'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: "pipe.jsonl" is a FIFO (named pipe), not a regular file; pipe its content to standard input instead: neglint - < pipe.jsonl\n');
  });

  it('--config given a directory says so', async () => {
    const root = dataset();
    const run = await neglint(['--config', 'data', 'data/train.jsonl'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: --config data is a directory; give the path of a config file (e.g. data/neglint.config.json)\n');
  });
});
