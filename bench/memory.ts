/**
 * `npm run bench:memory`: peak resident memory of the whole CLI process on a
 * large file of real records, streamed with `--format jsonl`, one thread and
 * (the default for a file this size) `--concurrency auto`.
 *
 * The file is built on the fly in a temporary directory (never committed) by
 * cycling through ../shared/corpora/ordinary with a per-record `_copy`
 * field, so no two records are identical: BENCH_MB (1000) MB. The sizes in
 * BENCH_SIZES (default 100, 250 and BENCH_MB) show whether memory is flat as
 * the file grows. Writes bench/RESULTS.md ("Memory").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildUnique, mb, neglint, pipelineOnly, recordsOf, requireCorpora } from './measure.js';
import { writeResultsSection } from './workload.js';

const target = Number(process.env.BENCH_MB ?? 1000);
const sizes = (process.env.BENCH_SIZES ?? `100,250,${target}`).split(',').map(Number);
const records = recordsOf(requireCorpora());
const tmp = mkdtempSync(join(tmpdir(), 'neglint-bench-'));
const rows: string[] = [];
try {
  for (const size of sizes) {
    const file = join(tmp, `ordinary-${size}.jsonl`);
    const bytes = await buildUnique(file, records, size * 1e6);
    const out = ['--format', 'jsonl', '--output', join(tmp, 'out.jsonl')];
    const settings: Array<[string, string[]]> = [
      ['pipeline only, 1 thread', [...pipelineOnly(), '--concurrency', '1']],
      ['full lint, 1 thread', ['--concurrency', '1']],
      ['full lint, --concurrency auto', []],
    ];
    for (const [label, args] of settings) {
      const before = loadavg()[0]!;
      const u = neglint([file, ...out, ...args]);
      const load = `${before.toFixed(1)}-${loadavg()[0]!.toFixed(1)}`;
      console.error(`bench: ${size} MB, ${label}: peak RSS ${(u.maxRss / 1e6).toFixed(0)} MB, ${u.wall.toFixed(0)} s, load ${load}`);
      rows.push(`| ${mb(bytes).toFixed(0)} MB | ${label} | ${(u.maxRss / 1e6).toFixed(0)} MB | ${u.wall.toFixed(0)} s | ${u.cpu.toFixed(0)} s | ${load} | ${size === target ? '< 400 MB' : ''} |`);
    }
    rmSync(file);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const table = [
  `Peak resident set size of the whole CLI process (\`process.resourceUsage().maxRSS\`, every thread), \`--format jsonl --output FILE\`, one run per row, ${process.version}. Input: the real records of ../shared/corpora/ordinary cycled to the size shown, each copy made unique by a \`_copy\` field (so no record repeats, though the same sentences do: caches keyed by sentence text see repeats). Load: the 1-minute load average before and after the run, on ${cpus().length} CPUs (above that, other processes held cores: wall and CPU time are inflated, peak memory is not).`,
  '',
  '| file | run | peak RSS | wall | CPU | load | target |',
  '|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
writeResultsSection('Memory', 'npm run bench:memory', table);
