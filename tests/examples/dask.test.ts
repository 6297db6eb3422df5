// The Dask recipe (examples/dask): shards run as tasks on a LocalCluster of 2
// worker processes, merged, equal a single run. Needs python3 with
// dask.distributed (Debian's python3-distributed; .ci/run installs it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { awkwardJsonl } from '../parallel/data.js';

const repo = path.resolve(import.meta.dirname, '../..');
const script = path.join(repo, 'examples/dask/lint_with_dask.py');
const bin = path.join(repo, 'bin/neglint.js');
const built = existsSync(path.join(repo, 'lib/src/cli/main.js'));

/** A python3 that can import dask.distributed (Debian's lives in /usr/bin, beside any pyenv or venv one). */
function pythonWithDask(): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import dask.distributed'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

const python = pythonWithDask();
if (!python) console.warn('tests/examples/dask.test.ts: skipped: no python3 can import dask.distributed (apt-get install python3-distributed)');

describe.skipIf(!python || !built)('examples/dask: neglint on a Dask LocalCluster', () => {
  it('merged shards, by file and by record, equal a single run', () => {
    const root = makeTree({
      'data/a.jsonl': awkwardJsonl(300, { unknown: 30 }),
      'data/b.jsonl': awkwardJsonl(120),
      'data/c.jsonl': awkwardJsonl(80, { bom: true }),
      'data/notes.md': 'Apollo 11 landed on the Moon in 1972 with four astronauts on board. (The preceding statement is false.)\n',
    });
    const node = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
    const single = node(['data', '--format', 'json', '--concurrency', '1']);
    expect(single.status).toBe(1);
    const expected = JSON.parse(single.stdout);
    expect(expected.findings.length).toBeGreaterThan(50);
    for (const shardBy of ['file', 'record']) {
      const report = path.join(root, `dask-${shardBy}.json`);
      const run = spawnSync(
        python!,
        [script, 'data', '--workers', '2', '--shards', '3', '--shard-by', shardBy, '--neglint', `${process.execPath} ${bin}`, '--format', 'json', '--output', report],
        { cwd: root, encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(1);
      const merged = JSON.parse(readFileSync(report, 'utf8'));
      expect(merged.findings).toEqual(expected.findings);
      const counts = (s: { errors: number; warnings: number; infos: number }) => [s.errors, s.warnings, s.infos];
      expect(counts(merged.summary)).toEqual(counts(expected.summary));
    }
  }, 120_000);
});
