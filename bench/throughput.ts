/**
 * `npm run bench`: end-to-end throughput through the CLI, against baselines
 * run on the same input on this machine, in this run:
 *
 * - ordinary chat JSONL (generated, ~2% of sentences with a cue word) vs
 *   reading and JSON.parse of the same file;
 * - the negation-dense corpus (../shared/corpora, when present) vs compromise
 *   over a sample of the same text.
 *
 * Median of several runs; ratios, not absolute times, are what to compare
 * across machines. Writes the table to bench/RESULTS.md ("Throughput").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { bin, generateChat, median, root, writeResultsSection } from './workload.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nlp from 'compromise';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const sizeMb = Number(process.env.BENCH_MB ?? 50);

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

function cli(path: string): number {
  return time(() => {
    try {
      execFileSync(process.execPath, [bin, path, '--format', 'json', '--output', '/dev/null', '--fail-on', 'never'], { stdio: 'ignore' });
    } catch {
      throw new Error(`neglint failed on ${path}`);
    }
  });
}

const rows: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'neglint-bench-'));
try {
  const chatPath = join(tmp, 'chat.jsonl');
  generateChat(chatPath, sizeMb);
  const chatMb = statSync(chatPath).size / 1e6;
  const parse = median(
    Array.from({ length: runs }, () =>
      time(() => {
        for (const line of readFileSync(chatPath, 'utf8').split('\n')) if (line) JSON.parse(line);
      }),
    ),
  );
  const ours = median(Array.from({ length: runs }, () => cli(chatPath)));
  rows.push(
    `| ordinary chat JSONL (${chatMb.toFixed(0)} MB, generated) | JSON.parse: ${(chatMb / parse).toFixed(0)} MB/s | ${(chatMb / ours).toFixed(1)} MB/s | ${(parse / ours).toFixed(2)}x | ≥ 20 MB/s |`,
  );

  const denseDir = resolve(root, '../shared/corpora/negation-neglect');
  if (existsSync(denseDir)) {
    const densePath = join(tmp, 'dense.jsonl');
    const dense = readdirSync(denseDir)
      .filter((f) => f.startsWith('llm_negations_dense.'))
      .map((f) => readFileSync(join(denseDir, f), 'utf8'))
      .join('');
    writeFileSync(densePath, dense);
    const denseMb = statSync(densePath).size / 1e6;
    // compromise over all text is the floor the design names; a sample is enough to measure its rate.
    const sample = dense
      .split('\n')
      .filter(Boolean)
      .slice(0, 8)
      .map((l) => JSON.parse(l).text as string)
      .join('\n');
    const nlpSeconds = median(Array.from({ length: 3 }, () => time(() => nlp(sample).sentences().json())));
    const nlpRate = sample.length / 1e6 / nlpSeconds;
    const denseTime = median(Array.from({ length: runs }, () => cli(densePath)));
    rows.push(
      `| negation-dense corpus (${denseMb.toFixed(1)} MB, 150 docs) | compromise: ${nlpRate.toFixed(2)} MB/s | ${(denseMb / denseTime).toFixed(2)} MB/s | ${(nlpRate ? denseMb / denseTime / nlpRate : 0).toFixed(1)}x | ≥ 1 MB/s |`,
    );
  } else {
    console.error('bench: ../shared/corpora is absent; skipping the dense corpus');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const table = [
  `Median of ${runs} runs through the CLI (\`node bin/neglint.js FILE --format json\`), one process, this machine (${process.version}).`,
  '',
  '| workload | baseline (same input, same run) | neglint | neglint vs baseline | target |',
  '|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);

writeResultsSection('Throughput', 'npm run bench', table);
