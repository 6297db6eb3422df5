// --concurrency auto (the default): every core once the input is large
// enough to gain, one thread below that; the same report either way.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoConcurrency } from '../../src/parallel/index.js';
import { neglint } from '../cli/run-real.js';
import { makeTree } from '../config/tmp.js';
import { awkwardJsonl, workerBuilt } from './data.js';

const built = workerBuilt;

describe('--concurrency auto', () => {
  it.skipIf(!built)('uses the cores from the threshold on, one thread below it', async () => {
    const root = makeTree({ 'a.jsonl': awkwardJsonl(100), 'b.jsonl': awkwardJsonl(100) });
    const files = ['a.jsonl', 'b.jsonl'].map((f) => ({ path: path.join(root, f), displayPath: f }));
    const cores = Math.min(availableParallelism(), 8);
    expect(await autoConcurrency(files, 1e9)).toBe(1);
    expect(await autoConcurrency(files, 1000)).toBe(cores < 2 ? 1 : cores);
  });

  it.skipIf(!built)('reports what one thread reports, whether or not it starts workers', async () => {
    const root = makeTree({ 'data/big.jsonl': awkwardJsonl(900, { unknown: 40 }), 'data/a.jsonl': awkwardJsonl(120) });
    const one = await neglint(['data', '--format', 'json', '--concurrency', '1'], root);
    const auto = await neglint(['data', '--format', 'json', '--concurrency', 'auto'], root, { env: { NEGLINT_AUTO_CONCURRENCY_BYTES: '1000', NEGLINT_CHUNK_BYTES: '16000' } });
    const byDefault = await neglint(['data', '--format', 'json'], root);
    expect(auto.stdout).toBe(one.stdout);
    expect(byDefault.stdout).toBe(one.stdout);
    expect(auto.code).toBe(one.code);
  }, 60_000);

  it('rejects other words', async () => {
    const run = await neglint(['x.jsonl', '--concurrency', 'many'], makeTree({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: --concurrency needs auto or a whole number of at least 1, got "many"\n');
  });
});
