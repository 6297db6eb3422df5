// `--concurrency N` and `--shard I/N`: the same lint as lintFiles, split into
// tasks that run in worker threads, on other machines, or both, with results
// identical to one sequential run.
//
// Shards (DESIGN.md, "Beyond one machine") split the sorted file list or the
// records deterministically, so that any driver (a GitHub Actions matrix, GNU
// parallel, Spark's RDD.pipe) can run shard i of n anywhere and merge the
// `--format jsonl` outputs with `neglint --merge`:
//
//   --shard-by file (default): shard i of n lints the files whose position in
//     the sorted file list is i-1 modulo n. Cheap (each shard reads only its
//     files), balanced by file count.
//   --shard-by record: every shard reads every JSON/JSONL file and lints the
//     records whose 0-based index is i-1 modulo n, so one huge file spreads
//     over n machines. Markdown and text files (one record each) and findings
//     about a file as a whole go by the file's position, as above.
//
// Workers: piscina, a maintained pool (task queue, worker lifecycle, error
// propagation) that supports Node 20; each worker imports the rules once and
// lints whole files or byte ranges of a large JSON Lines file (chunks.ts), so
// that `--concurrency 2` speeds up one big file, not only many small ones.

import { existsSync, promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigError } from '../config/errors.js';
import { resolveFileConfig } from '../config/resolve.js';
import type { LoadedConfig, Profile } from '../config/types.js';
import type { FileConfig } from '../engine/config-types.js';
import type { DiscoveredFile } from '../engine/discover.js';
import { pushAll } from '../engine/append.js';
import { sumTrained } from '../engine/trained.js';
import { problemHash } from '../engine/findings.js';
import type { LintFileOutput } from '../engine/lint-file.js';
import { detectFormat } from '../formats/index.js';
import { parquetRowGroups, readParquet } from '../io/parquet.js';
import { readRecords } from '../io/read.js';
import { sniffFile } from '../io/sniff.js';
import { countingStream, sortFindings, summarize } from '../index.js';
import { isMoreUnknown, MORE, OrderedEmitter, UNKNOWN, UNKNOWN_REPORTED } from './emit.js';
import type { FileResult, Finding, LintProgress, LintResults, SeverityOrOff } from '../types.js';
import { planChunks } from './chunks.js';
import { runTask, type LintTask, type TaskResult } from './task.js';

export type ShardBy = 'file' | 'record';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface ParallelLintOptions {
  cwd: string;
  /** The files, sorted (as discoverFiles returns them): shards are positions in this list. */
  files: DiscoveredFile[];
  config: LoadedConfig;
  ruleOverrides?: Record<string, SeverityOrOff>;
  profile?: Profile;
  redact?: boolean;
  /** Worker threads; 1 or undefined lints in this thread. */
  concurrency?: number;
  shard?: Shard;
  shardBy?: ShardBy;
  /** --changed-since: by absolute path, the lines whose records are linted. */
  onlyLines?: Map<string, Set<number>>;
  /** JSON Lines files of at least twice this size are split into ranges of about this size (with workers). */
  chunkBytes?: number;
  onFileError?: (file: DiscoveredFile, error: unknown) => void;
  /** Plan for `concurrency` workers but run every task in this thread (tests of the splitting alone). */
  inThisThread?: boolean;
  /** Told as each task (a file, or a range of one) finishes. */
  progress?: LintProgress;
  /** Called once, right before worker threads are started (the CLI bounds heap growth then: cli/heap.ts). */
  onWorkers?: () => void;
  /** Stream findings (see lintFiles' onFindings): in the order one thread streams them, whatever order tasks finish in. */
  onFindings?: (findings: Finding[]) => void | Promise<void>;
}

export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;
/** Records format detection reads (lint-file.ts reads as many). */
const DETECT_SAMPLE = 20;

function relativeToConfig(loaded: LoadedConfig, absolute: string): string {
  return path.relative(loaded.baseDir, absolute).split(path.sep).join('/');
}

/**
 * The compiled worker: lint-worker.js in the Action's bundle (dist/action/,
 * where worker.js is piscina's own), worker.js beside this module in lib/, or
 * lib/ when running from the TypeScript sources (tests).
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const bundled = path.join(path.dirname(here), 'lint-worker.js');
  if (existsSync(bundled)) return bundled;
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'worker.js');
  const built = path.resolve(path.dirname(here), '../../lib/src/parallel/worker.js');
  if (!existsSync(built)) throw new Error('--concurrency needs the compiled worker (run npm run build)');
  return built;
}

/** Whether the config names the records' format (lint-file.ts then lints no record as another). */
function configuredFormat(config: FileConfig): boolean {
  return !!config.format && config.format !== 'auto';
}

/** The file's format as lint-file.ts would detect it from its first records, or null. */
async function detectFileFormat(file: string, kind: 'jsonl' | 'parquet'): Promise<string | null> {
  const sample: unknown[] = [];
  for await (const item of kind === 'parquet' ? readParquet(file, undefined, { from: 0, to: 1 }) : readRecords(file, { kind: 'jsonl', gzip: false })) {
    if ('ruleId' in item) continue;
    sample.push(item.value);
    if (sample.length >= DETECT_SAMPLE) break;
  }
  return detectFormat(sample)?.name ?? null;
}

interface Planned {
  file: DiscoveredFile;
  /** Position in the full sorted list. */
  position: number;
  tasks: LintTask[];
  /** --shard-by record: findings are filtered by record index. */
  byRecord: boolean;
}

const RECORD_KINDS = new Set(['jsonl', 'json', 'csv', 'tsv', 'parquet']);

/**
 * A Parquet file in runs of consecutive row groups, about chunkBytes of the
 * file each (a row group is the unit a reader decodes); one task when it has
 * a single row group or its format is not detected.
 */
async function rowGroupTasks(path: string, size: number, chunkBytes: number, base: LintTask, config: FileConfig): Promise<LintTask[]> {
  const groups = await parquetRowGroups(path);
  const parts = Math.min(groups ?? 0, Math.floor(size / chunkBytes));
  if (parts < 2) return [base];
  const detected = configuredFormat(config) ? undefined : await detectFileFormat(path, 'parquet');
  if (detected === null) return [base];
  return Array.from({ length: parts }, (_, k) => ({
    ...base,
    ...(detected !== undefined ? { detectedFormat: detected } : {}),
    rowGroups: { from: Math.floor((groups! * k) / parts), to: Math.floor((groups! * (k + 1)) / parts) },
  }));
}

async function plan(options: ParallelLintOptions, workers: number): Promise<Planned[]> {
  const { shard, shardBy = 'file' } = options;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const planned: Planned[] = [];
  for (const [position, file] of options.files.entries()) {
    const mine = !shard || position % shard.count === shard.index - 1;
    let byRecord = false;
    let kind: string | null = null;
    let gzip = false;
    if (shard && shardBy === 'record') {
      const sniff = await sniffFile(file.path).catch(() => null);
      kind = sniff?.kind ?? null;
      gzip = !!sniff && (sniff.gzip || !!sniff.zstd || sniff.encoding !== undefined);
      byRecord = kind !== null && RECORD_KINDS.has(kind);
      if (!byRecord && !mine) continue;
    } else if (!mine) continue;

    const config: FileConfig = resolveFileConfig(options.config, relativeToConfig(options.config, file.path), {
      ruleOverrides: options.ruleOverrides,
      profile: options.profile,
    });
    const lines = options.onlyLines?.get(file.path);
    const base: LintTask = {
      path: file.path,
      displayPath: file.displayPath,
      config,
      redact: options.redact,
      ...(lines ? { onlyLines: [...lines] } : {}),
      ...(byRecord ? { records: { index: shard!.index - 1, count: shard!.count } } : {}),
    };
    let tasks: LintTask[] = [base];
    if (workers > 1) {
      const stat = await fs.stat(file.path).catch(() => null);
      if (stat && stat.size >= 2 * chunkBytes) {
        if (kind === null) {
          const sniff = await sniffFile(file.path).catch(() => null);
          kind = sniff?.kind ?? null;
          // Byte ranges are ranges of the file as it is: only plain UTF-8 can be split
          // (a compressed stream cannot be entered at a byte offset).
          gzip = !!sniff && (sniff.gzip || !!sniff.zstd || sniff.encoding !== undefined);
        }
        if (kind === 'parquet') tasks = await rowGroupTasks(file.path, stat.size, chunkBytes, base, config);
        else if (kind === 'jsonl' && !gzip) {
          // The file's format, detected once from its first records: a range's
          // own first records are not the file's. Not config.format, which
          // would make every record of another shape a finding.
          const detected = configuredFormat(config) ? undefined : await detectFileFormat(file.path, 'jsonl');
          // Ranges of about chunkBytes, however large the file: the last range
          // to finish keeps one thread busy alone, and a range that finishes
          // before its predecessors waits in memory (its findings) to be streamed.
          const parts = Math.floor(stat.size / chunkBytes);
          // A file whose format is not detected is reported once, as a whole: not split.
          if (detected !== null && parts >= 2) {
            const chunks = await planChunks(file.path, stat.size, parts);
            if (chunks.length > 1) tasks = chunks.map((chunk) => ({ ...base, ...(detected !== undefined ? { detectedFormat: detected } : {}), chunk }));
          }
        }
      }
    }
    planned.push({ file, position, tasks, byRecord });
  }
  return planned;
}

/**
 * lint-file.ts reports the first 20 records of unknown shape in a file and
 * sums up the rest in one finding. A file linted in parts (ranges, record
 * shards) has that cap applied per part; this redoes it for the whole file:
 * the first 20 by record index stay (each part reported at least its own
 * first 20, so they are all there), the rest are counted. `findings` are one file's.
 */
export function recapUnknownFormat(findings: readonly Finding[], displayPath: string): Finding[] {
  const perRecord = findings.filter((f) => f.ruleId === UNKNOWN && f.record !== null).sort((a, b) => a.record! - b.record!);
  const summaries = findings.filter(isMoreUnknown);
  if (perRecord.length <= UNKNOWN_REPORTED && summaries.length === 0) return [...findings];
  const total = perRecord.length + summaries.reduce((n, f) => n + Number(f.data?.count ?? 0), 0);
  const kept = new Set(perRecord.slice(0, UNKNOWN_REPORTED));
  const out = findings.filter((f) => !(f.ruleId === UNKNOWN && ((f.record !== null && !kept.has(f)) || summaries.includes(f))));
  const template = summaries[0] ?? perRecord[0]!;
  const format = (summaries[0] ?? perRecord.find((f) => f.data?.format !== undefined))?.data?.format;
  if (total > UNKNOWN_REPORTED && format !== undefined) {
    const data = { count: total - UNKNOWN_REPORTED, format };
    const { message: _message, ...rest } = template;
    out.push({ ...rest, messageId: MORE, data, line: 1, column: 1, endLine: 1, endColumn: 1, record: null, hash: problemHash({ ruleId: UNKNOWN, messageId: MORE, data }, displayPath) });
  }
  return out;
}

/** One file's output from its ranges' outputs, as if it had been linted whole. */
export function joinChunkOutputs(outputs: LintFileOutput[], displayPath: string): LintFileOutput {
  return { file: joinFileResults(outputs.map((o) => o.file)), findings: recapUnknownFormat(outputs.flatMap((o) => o.findings), displayPath) };
}

/** One file's result from its parts' (ranges, row groups): records and trained text add up. */
export function joinFileResults(parts: readonly FileResult[]): FileResult {
  if (parts.length === 1) return parts[0]!;
  return { ...parts[0]!, records: parts.reduce((n, f) => n + f.records, 0), ...sumTrained(parts) };
}

/** Lints the files (this shard's part of them), with workers when `concurrency` > 1. */
export async function lintFilesParallel(options: ParallelLintOptions): Promise<LintResults> {
  const workers = Math.max(1, options.concurrency ?? 1);
  // N workers are this thread and N-1 worker threads: this thread has loaded
  // the rules already and would otherwise wait idle. The threads take most of
  // a second to load the rules: start them before planning (the pre-scan of
  // large files), unless there is only one small file.
  const threaded = workers > 1 && !options.inThisThread && (await worthWorkers(options, workers));
  if (threaded) options.onWorkers?.();
  const pool = threaded ? await startPool(workers - 1) : null;
  try {
    const planned = await plan(options, workers);
    const all = planned.flatMap((p) => p.tasks);
    const results: TaskResult[] = new Array(all.length);
    const done = progressByTask(planned, options.progress);
    let next = 0;
    const emitter = options.onFindings ? streamingEmitter(planned, options) : null;
    const lane = async (run: (task: LintTask) => Promise<TaskResult>) => {
      while (next < all.length) {
        const k = next++;
        const result = await run(all[k]!);
        done?.(k, result);
        if (emitter) await emitter.done(k, result);
        else results[k] = result;
      }
    };
    const threads = pool && all.length > 1 ? Array.from({ length: workers - 1 }, () => lane((task) => pool.run(task))) : [];
    await Promise.all([...threads, lane(runTask)]);
    if (emitter) {
      const files = emitter.files.filter((f): f is FileResult => f !== undefined);
      return { files, findings: [], summary: emitter.summary(files) };
    }
    return assemble(planned, results, options);
  } finally {
    await pool?.destroy();
  }
}

/**
 * What to tell `progress` when task k finishes: its records and the bytes
 * it read, and the file as finished when it was the file's last task.
 * Workers report only when a task is done: a range is a few MB, so the bar
 * still moves.
 */
function progressByTask(planned: Planned[], progress: LintProgress | undefined): ((k: number, result: TaskResult) => void) | undefined {
  if (!progress) return undefined;
  const owners = planned.flatMap((p) => p.tasks.map(() => p));
  const state = new Map(planned.map((p) => [p, { left: p.tasks.length, parts: [] as FileResult[], failed: undefined as string | undefined }]));
  return (k, result) => {
    const p = owners[k]!;
    const file = state.get(p)!;
    if (result.ok) file.parts.push(result.output.file);
    else file.failed = result.message;
    progress.advance(p.file.displayPath, result.ok ? result.output.file.records : 0, result.ok ? result.bytes : 0);
    if (--file.left > 0) return;
    progress.fileDone(
      file.failed !== undefined || file.parts.length === 0
        ? { path: p.file.displayPath, format: null, records: 0, status: 'error', reason: file.failed ?? 'could not be linted' }
        : joinFileResults(file.parts),
    );
  };
}

/** The byRecord filter of assemble(), per finding: a record shard keeps its residue class. */
function shardFilter(p: Planned, options: ParallelLintOptions): (f: Finding) => boolean {
  if (!p.byRecord) return () => true;
  const { index, count } = options.shard!;
  const ownsFile = p.position % count === index - 1;
  return (f) => (f.record !== null ? f.record % count === index - 1 : ownsFile || isMoreUnknown(f));
}

function streamingEmitter(planned: Planned[], options: ParallelLintOptions) {
  const counted = countingStream(options.onFindings!);
  const emitter = new OrderedEmitter(
    planned.map((p) => ({ displayPath: p.file.displayPath, tasks: p.tasks.length, keep: shardFilter(p, options) })),
    counted.onFindings,
    (i, message, failed) => {
      if (failed.config) throw new ConfigError(message);
      options.onFileError?.(planned[i]!.file, Object.assign(new Error(message), { stack: failed.stack }));
    },
  );
  return { done: (k: number, r: TaskResult) => emitter.done(k, r), files: emitter.files, summary: counted.summary };
}

/** Input size from which `--concurrency auto` uses every core (see resolveConcurrency). */
export const AUTO_CONCURRENCY_BYTES = 32 * 1024 * 1024;
/** More threads than this gain little: they contend for memory bandwidth and the collector. */
const AUTO_MAX_THREADS = 8;

/** Threads for files adding up to `threshold` bytes or more: the cores (at most 8), when workers can run here at all. */
export async function autoConcurrency(files: DiscoveredFile[], threshold: number): Promise<number> {
  const cores = Math.min(availableParallelism(), AUTO_MAX_THREADS);
  if (cores < 2 || !workerAvailable()) return 1;
  let total = 0;
  for (const file of files) {
    total += (await fs.stat(file.path).catch(() => null))?.size ?? 0;
    if (total >= threshold) return cores;
  }
  return 1;
}

/** Whether the compiled worker exists (not in the GitHub Action's single-file bundle, nor in the TypeScript sources unbuilt). */
function workerAvailable(): boolean {
  try {
    return existsSync(workerFile());
  } catch {
    return false;
  }
}

async function worthWorkers(options: ParallelLintOptions, workers: number): Promise<boolean> {
  if (options.files.length > 1) return true;
  const only = options.files[0];
  if (!only) return false;
  const stat = await fs.stat(only.path).catch(() => null);
  return stat !== null && stat.size >= 2 * (options.chunkBytes ?? DEFAULT_CHUNK_BYTES) && workers > 1;
}

async function startPool(workers: number) {
  const { Piscina } = await import('piscina');
  return new Piscina<LintTask, TaskResult>({
    filename: pathToFileURL(workerFile()).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    // No resourceLimits: a worker's young generation is then V8's default,
    // the main thread's (semi-spaces of 16 MB on Node 20). A limit of 16 MB,
    // once meant to enlarge it, halved it: a worker linting half of 200 MB
    // ran as many scavenges (495) as one thread linting all of it, and the
    // objects they copied, not yet dead, were promoted into more full
    // collections (--trace-gc; bench/RESULTS.md, "Concurrency").
  });
}

/** The results in file order, ranges joined, record shards filtered, sorted as lintFiles sorts. */
function assemble(planned: Planned[], results: TaskResult[], options: ParallelLintOptions): LintResults {
  const files: FileResult[] = [];
  const findings: Finding[] = [];
  let k = 0;
  for (const p of planned) {
    const mine = results.slice(k, k + p.tasks.length);
    k += p.tasks.length;
    const failed = mine.find((r): r is Extract<TaskResult, { ok: false }> => !r.ok);
    if (failed) {
      if (failed.config) throw new ConfigError(failed.message);
      const error = Object.assign(new Error(failed.message), { stack: failed.stack });
      options.onFileError?.(p.file, error);
      files.push({ path: p.file.displayPath, format: null, records: 0, status: 'error', reason: failed.message });
      continue;
    }
    const outputs = mine.map((r) => (r as Extract<TaskResult, { ok: true }>).output);
    const output = outputs.length === 1 ? outputs[0]! : joinChunkOutputs(outputs, p.file.displayPath);
    files.push(output.file);
    // A record shard's count of unknown-shape records beyond the cap is its own: --merge adds them up.
    pushAll(findings, p.byRecord ? output.findings.filter(shardFilter(p, options)) : output.findings);
  }
  sortFindings(findings);
  return { files, findings, summary: summarize(files, findings) };
}
