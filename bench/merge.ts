/**
 * `npm run bench:merge`: `neglint --merge` time against the number of
 * findings. The findings are real ones (a lint of ../shared/corpora/ordinary
 * with --format jsonl), copied over many records of two files and split into
 * four shards in round-robin, so the merge has to interleave them. Medians of
 * BENCH_RUNS (3) runs; linear means the time per finding stays put as the
 * count grows. Writes bench/RESULTS.md ("Merge").
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, neglint, requireCorpora } from './measure.js';
import { bin, median, writeResultsSection } from './workload.js';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const counts = (process.env.BENCH_COUNTS ?? '10000,50000,200000').split(',').map(Number);
const files = requireCorpora();
const tmp = mkdtempSync(join(tmpdir(), 'neglint-bench-'));
const rows: string[] = [];
try {
  const real = join(tmp, 'real.jsonl');
  neglint([...files, '--format', 'jsonl', '--output', real]);
  const seeds = readFileSync(real, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const n of counts) {
    const shards: string[][] = [[], [], [], []];
    for (let i = 0; i < n; i++) {
      const f = { ...seeds[i % seeds.length]!, path: `data/part-${i % 2}.jsonl`, record: Math.floor(i / 2), line: Math.floor(i / 2) + 1, endLine: Math.floor(i / 2) + 1 };
      shards[i % 4]!.push(JSON.stringify(f));
    }
    const names = shards.map((lines, k) => {
      const name = join(tmp, `shard-${k + 1}.jsonl`);
      writeFileSync(name, `${lines.join('\n')}\n`);
      return name;
    });
    const all = Array.from({ length: runs }, () => measure(bin, ['--merge', ...names, '--format', 'jsonl', '--output', join(tmp, 'merged.jsonl'), '--fail-on', 'never']));
    const wall = median(all.map((u) => u.wall));
    const rss = median(all.map((u) => u.maxRss)) / 1e6;
    console.error(`bench: --merge of ${n} findings: ${wall.toFixed(2)} s`);
    rows.push(`| ${n.toLocaleString('en')} | ${wall.toFixed(2)} s | ${((wall / n) * 1e6).toFixed(1)} µs | ${rss.toFixed(0)} MB |`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const table = [
  `Wall-clock median of ${runs} runs of \`neglint --merge\` over four shards (\`--format jsonl --output FILE\`), ${process.version}. Before the fix, 60,000 findings of one file took 46 s (quadratic).`,
  '',
  '| findings | --merge time | per finding | peak RSS |',
  '|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
writeResultsSection('Merge', 'npm run bench:merge', table);
