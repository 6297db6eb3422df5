/**
 * What the benchmarks share: the repository's paths, the median, and writing
 * one section of bench/RESULTS.md without touching the others (measure.ts
 * runs processes and builds inputs from the real corpora).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const bin = join(root, 'bin', 'neglint.js');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Replace (or add) one "## heading" section of bench/RESULTS.md; read right before writing, others own other sections. */
export function writeResultsSection(heading: string, command: string, body: string): void {
  const results = join(root, 'bench', 'RESULTS.md');
  const existing = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmark results\n\nRegenerate with the command named in each section.\n';
  const title = `## ${heading}`;
  const section = `${title}\n\n\`${command}\`\n\n${body}\n`;
  const start = existing.indexOf(title);
  let next: string;
  if (start < 0) next = `${existing.trimEnd()}\n\n${section}`;
  else {
    const after = existing.indexOf('\n## ', start + title.length);
    next = existing.slice(0, start) + section + (after < 0 ? '' : existing.slice(after + 1));
  }
  writeFileSync(results, next);
}
