/**
 * `npm run bench`: end-to-end throughput on real data, one thread, CPU time
 * of the whole CLI process (`node bin/neglint.js FILE --format json`),
 * against the parse-only floor measured in the same run (floor.ts: read,
 * split lines, JSON.parse each, as its own process).
 *
 * For each real chat/instruction file in ../shared/corpora/ordinary, their
 * concatenation (no record twice) and the negation-dense corpus: the floor,
 * the pipeline alone (every rule off: reading, parsing, format adapters, the
 * record view) and the full lint. Medians of BENCH_RUNS (5) runs each.
 * Writes the table to bench/RESULTS.md ("Throughput").
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import nlp from 'compromise';
import { denseFiles, floorScript, mb, measure, neglint, pipelineOnly, requireCorpora } from './measure.js';
import { median, writeResultsSection } from './workload.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const files = requireCorpora();
const tmp = mkdtempSync(join(tmpdir(), 'neglint-bench-'));
const concat = (name: string, parts: string[]) => {
  const path = join(tmp, name);
  writeFileSync(path, parts.map((f) => readFileSync(f, 'utf8')).join(''));
  return path;
};

interface Row {
  label: string;
  bytes: number;
  floor: number;
  pipeline: number;
  full: number;
}

const load = [loadavg()[0]!];
const cpu = (run: () => { cpu: number }) => median(Array.from({ length: runs }, () => run().cpu));

function row(label: string, path: string): Row {
  const out = ['--format', 'json', '--output', '/dev/null', '--concurrency', '1'];
  const r = {
    label,
    bytes: statSync(path).size,
    floor: cpu(() => measure(floorScript, [path], 0)),
    pipeline: cpu(() => neglint([path, ...out, ...pipelineOnly()])),
    full: cpu(() => neglint([path, ...out])),
  };
  load.push(loadavg()[0]!);
  console.error(`bench: ${label}: floor ${r.floor.toFixed(2)} s, pipeline ${r.pipeline.toFixed(2)} s, full ${r.full.toFixed(2)} s CPU`);
  return r;
}

const rows: Row[] = [];
let startup = 0;
let denseLine = '';
try {
  const empty = join(tmp, 'one.jsonl');
  writeFileSync(empty, '{"text": "One short record."}\n');
  startup = cpu(() => neglint([empty, '--format', 'json', '--output', '/dev/null', '--concurrency', '1']));
  for (const f of files) rows.push(row(basename(f), f));
  rows.push(row(`all ${files.length} files concatenated`, concat('ordinary.jsonl', files)));
  const dense = denseFiles();
  if (dense.length > 0) {
    const densePath = concat('dense.jsonl', dense);
    rows.push(row('negation-dense corpus (llm_negations_dense.*)', densePath));
    // The design's reference for dense text: compromise over all of it (a sample measures its rate).
    const sample = readFileSync(densePath, 'utf8').split('\n').filter(Boolean).slice(0, 8).map((l) => JSON.parse(l).text as string).join('\n');
    const t = median(Array.from({ length: 3 }, () => {
      const s = performance.now();
      nlp(sample).sentences().json();
      return (performance.now() - s) / 1000;
    }));
    const denseRow = rows.at(-1)!;
    denseLine = `Negation-dense corpus: ${(mb(denseRow.bytes) / denseRow.full).toFixed(2)} MB/s against compromise over all of its text at ${(mb(sample.length) / t).toFixed(2)} MB/s (target: at least 1 MB/s).`;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const rate = (bytes: number, seconds: number) => `${(mb(bytes) / seconds).toFixed(1)} MB/s`;
const table = [
  `CPU time (user + system, all threads) of the whole process, median of ${runs} runs, one thread, ${process.version}. Ratio: CPU time over the parse-only floor's on the same file in the same run (floor: a Node process that reads the file, splits lines and JSON.parses each). Pipeline only: every rule off (\`--rule ID=off\` for each), so reading, parsing and format adapters (no cue scan: that is detection). Start-up of the CLI on a one-record file: ${startup.toFixed(2)} s CPU, included in every row. 1-minute load average during the runs: ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)} on ${cpus().length} CPUs: above about 1, other processes shared the cores, and CPU time itself grows with them (shared caches), so compare rows of one run rather than runs.`,
  '',
  '| data | size | floor | pipeline only | ratio | full lint | ratio | target |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${mb(r.bytes).toFixed(1)} MB | ${rate(r.bytes, r.floor)} | ${rate(r.bytes, r.pipeline)} | ${(r.pipeline / r.floor).toFixed(1)} | ${rate(r.bytes, r.full)} | ${(r.full / r.floor).toFixed(1)} | ≥ 20 MB/s, ratio ≤ 3 |`,
  ),
  ...(denseLine ? ['', denseLine] : []),
].join('\n');
console.log(table);
writeResultsSection('Throughput', 'npm run bench', table);
