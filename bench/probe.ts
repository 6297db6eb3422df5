/**
 * Loaded into a benchmarked process with `node --import` (see measure.ts):
 * when the process exits it writes its own CPU time (user + system, every
 * thread) and peak resident memory to the file named by NEGLINT_BENCH_PROBE.
 * Measured by the process itself, so nothing of the benchmark's own work is
 * counted, and no external `time` command is needed.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.NEGLINT_BENCH_PROBE;
if (out) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, maxRss: usage.maxRSS * 1024 }));
  });
}
