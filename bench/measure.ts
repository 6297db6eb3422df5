/**
 * What the benchmarks share: running a process and reading its own CPU time
 * and peak memory (probe.ts), the real corpora in ../shared/corpora, and
 * building larger inputs from them with no two records alike.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listRules } from '../src/index.js';
import { inputRuleIds } from '../src/engine/input-rules.js';
import { bin, root } from './workload.js';

const probe = join(root, 'lib', 'bench', 'probe.js');
export const floorScript = join(root, 'lib', 'bench', 'floor.js');

export interface Usage {
  /** CPU seconds of the whole process, every thread (user + system). */
  cpu: number;
  /** Wall-clock seconds. */
  wall: number;
  /** Peak resident set size, bytes. */
  maxRss: number;
  stdout: string;
}

/** Runs `node [script] args` to completion and returns what it used; throws on a crash or exit code above `okUpTo`. */
export function measure(script: string, args: string[], okUpTo = 1): Usage {
  const dir = mkdtempSync(join(tmpdir(), 'neglint-probe-'));
  const out = join(dir, 'usage.json');
  try {
    const t = performance.now();
    const run = spawnSync(process.execPath, ['--import', probe, script, ...args], {
      env: { ...process.env, NEGLINT_BENCH_PROBE: out },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const wall = (performance.now() - t) / 1000;
    if (run.status === null || run.status > okUpTo) throw new Error(`bench: ${script} ${args.join(' ')} failed (${run.status ?? run.signal}): ${run.stderr}`);
    const usage = JSON.parse(readFileSync(out, 'utf8')) as { cpu: number; maxRss: number };
    return { ...usage, wall, stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI on `args` (exit 1 for findings is fine). */
export function neglint(args: string[]): Usage {
  return measure(bin, [...args, '--fail-on', 'never']);
}

/** `--rule id=off` for every rule: reading, parsing, format adapters and the record view, no detection. */
export function pipelineOnly(): string[] {
  return listRules()
    .filter((meta) => !inputRuleIds.has(meta.id))
    .flatMap((meta) => ['--rule', `${meta.id}=off`]);
}

export const corpora = resolve(root, '../shared/corpora');

/** The real chat and instruction JSON Lines files (../shared/corpora/ordinary), sorted; empty when absent. */
export function ordinaryFiles(): string[] {
  const dir = join(corpora, 'ordinary');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, d.name, f)))
    .sort();
}

/** The negation-dense documents (llm_negations_dense.*.jsonl), sorted. */
export function denseFiles(): string[] {
  const dir = join(corpora, 'negation-neglect');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith('llm_negations_dense.') && f.endsWith('.jsonl'))
    .map((f) => join(dir, f))
    .sort();
}

export function requireCorpora(): string[] {
  const files = ordinaryFiles();
  if (files.length === 0) {
    console.error('bench: ../shared/corpora/ordinary is absent; these benchmarks measure real data only');
    process.exit(0);
  }
  return files;
}

/** The records (raw JSON lines) of the files. */
export function recordsOf(files: string[]): string[] {
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim() !== ''));
}

/**
 * Writes about `bytes` of JSON Lines to `path` by cycling through the real
 * records, each copy made unique by a `_copy` field (so no cache or dedup
 * sees two alike). Records keep their own shape and text.
 */
export async function buildUnique(path: string, records: string[], bytes: number): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  for (let copy = 0; written < bytes; copy++) {
    for (const line of records) {
      const unique = `${line.slice(0, line.lastIndexOf('}'))},"_copy":${copy}}\n`;
      written += Buffer.byteLength(unique);
      if (!out.write(unique)) await new Promise<void>((r) => out.once('drain', () => r()));
      if (written >= bytes) break;
    }
  }
  await new Promise<void>((resolveEnd, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolveEnd())));
  return written;
}

export function mb(bytes: number): number {
  return bytes / 1e6;
}
