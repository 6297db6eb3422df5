// The parts of a run around the lint itself: which combinations of flags make
// sense, --merge, and what happens to the results before they are reported
// (--update-baseline, --baseline, --fix, --fix-dry-run, --redact). run.ts
// calls these at fixed points, so that it stays the one readable sequence.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { applyBaseline, buildBaseline, formatBaseline, readBaseline, withBaseline, writeFileAtomic, type Baseline } from '../baseline/index.js';
import { UsageError } from '../config/errors.js';
import type { DiscoveredFile } from '../engine/discover.js';
import { redactResults } from '../engine/redact.js';
import { existingTargets, fixedName, planFileFix, renderPreview, writeFixedCopy, type FileFix } from '../fix/index.js';
import type { LoadedConfig } from '../config/types.js';
import { listRules, summarize, type LintFilesOptions } from '../index.js';
import { AUTO_CONCURRENCY_BYTES, autoConcurrency, lintFilesParallel, recapUnknownFormat } from '../parallel/index.js';
import { compareFindings, readShardOutputs, type ShardOutputs } from '../reporters/merge.js';
import type { Finding, LintResults } from '../types.js';
import type { RunOptions } from './args.js';
import { refuseInputAsOutput, writing, type InputIdentities } from './outputs.js';
import type { CliIO } from './run.js';
import { toolVersion } from './version.js';
import { boundHeapGrowth } from './heap.js';

/** Refuses flag combinations that cannot mean anything sensible (exit 2). */
export function checkCombinations(options: RunOptions): void {
  const refuse = (message: string) => {
    throw new UsageError(message);
  };
  if (options.fix && options.fixDryRun) refuse('--fix and --fix-dry-run cannot be used together');
  if (options.fixDryRun && options.redact) refuse('--fix-dry-run prints dataset text, which --redact forbids; use --fix --redact to write the copies');
  if (options.fix && options.stdin) refuse('--fix writes a repaired copy beside each file; standard input has none (use --fix-dry-run)');
  if (options.shard && options.stdin) refuse('--shard splits files and records; it cannot be used with standard input ("-")');
  if (options.shard && options.updateBaseline) refuse('--update-baseline needs every finding: run it without --shard');
  if (options.fix && options.shard && options.shardBy === 'record') {
    refuse('--fix with --shard-by record would have several shards write the same copy; shard by file');
  }
  if (options.merge) {
    if (options.stdin) refuse('--merge reads shard outputs from files, not from standard input');
    if (options.patterns.length === 0) refuse('--merge needs the --format jsonl outputs of the shards, e.g. neglint --merge shard-1.jsonl shard-2.jsonl');
    for (const [flag, set] of [
      ['--fix', options.fix],
      ['--fix-dry-run', options.fixDryRun],
      ['--update-baseline', options.updateBaseline],
      ['--shard', options.shard !== undefined],
      ['--concurrency', options.concurrency !== undefined],
      ['--changed-since', options.changedSince !== undefined],
    ] as const) {
      if (set) refuse(`--merge combines shard outputs; ${flag} applies to a lint run`);
    }
  }
}

/** Whether the lint itself must keep dataset text (a fix needs the claims; --redact is then applied afterwards). */
export function lintWithRedaction(options: RunOptions): boolean {
  return options.redact && !options.fix;
}

/** Whether the run goes through src/parallel (workers or shards) rather than lintFiles. */
export function needsParallel(options: RunOptions): boolean {
  return (typeof options.concurrency === 'number' && options.concurrency > 1) || options.shard !== undefined;
}

/**
 * The number of threads for `--concurrency auto` (the default): every core
 * once the files add up to AUTO_CONCURRENCY_BYTES, one thread below that, where
 * starting workers costs more than they gain (bench/concurrency.ts measures
 * it). NEGLINT_AUTO_CONCURRENCY_BYTES moves the threshold (tests, benchmarks).
 */
export async function resolveConcurrency(requested: RunOptions['concurrency'], files: DiscoveredFile[], env: CliIO['env']): Promise<number> {
  if (typeof requested === 'number') return requested;
  const threshold = Number(env.NEGLINT_AUTO_CONCURRENCY_BYTES);
  return autoConcurrency(files, Number.isInteger(threshold) && threshold > 0 ? threshold : AUTO_CONCURRENCY_BYTES);
}

export interface Extras {
  baselineFile?: string;
  baseline: Baseline | null;
}

/** Loads what the run needs before linting: the baseline (a missing one is an error unless it is to be written). */
export async function prepareExtras(options: RunOptions, io: CliIO): Promise<Extras> {
  if (options.baseline === undefined) return { baseline: null };
  const file = path.resolve(io.cwd, options.baseline);
  const baseline = await readBaseline(file);
  if (!baseline && !options.updateBaseline) {
    throw new UsageError(`baseline ${options.baseline} does not exist; create it with --baseline ${options.baseline} --update-baseline`);
  }
  return { baselineFile: file, baseline };
}

/** The discovered files without the baseline file itself (a .json file a directory would otherwise expand to). */
export function withoutBaselineFile(files: DiscoveredFile[], extras: Extras): DiscoveredFile[] {
  return extras.baselineFile === undefined ? files : files.filter((f) => f.path !== extras.baselineFile);
}

/**
 * `--merge a.jsonl b.jsonl`: several shards' `--format jsonl` outputs as one
 * result, the same a single run over all the files gives: the findings, and
 * the files with their status (a shard's unreadable file fails the merge).
 */
export async function mergeShardOutputs(options: RunOptions, io: CliIO): Promise<LintResults> {
  const texts: string[] = [];
  for (const name of options.patterns) {
    try {
      texts.push(await fs.readFile(path.resolve(io.cwd, name), 'utf8'));
    } catch (error) {
      throw new UsageError(`--merge: cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  let merged: ShardOutputs;
  try {
    merged = readShardOutputs(texts);
  } catch (error) {
    const message = (error as Error).message.replace(/^shard (\d+)/, (_, n: string) => options.patterns[Number(n) - 1] ?? `shard ${n}`);
    throw new UsageError(`--merge: ${message}`);
  }
  // Record shards each capped their unknown-shape reports; cap them per file again.
  const byPath = new Map<string, Finding[]>();
  // Appended in place: copying the list per finding made 60k findings of one file take 46 s.
  for (const f of merged.findings) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const findings = [...byPath].flatMap(([p, list]) => recapUnknownFormat(list, p)).sort(compareFindings);
  return { files: merged.files, findings, summary: summarize(merged.files, findings) };
}

export interface FinishContext {
  extras: Extras;
  /** The files linted (absent for standard input). */
  files?: DiscoveredFile[];
  /** Standard input's content and the name it is reported under. */
  stdin?: { text: string; name: string };
  /** Device and inode of every input (outputs are checked against them). */
  inputs?: InputIdentities;
}

/**
 * --fix names each copy after its input (`a.jsonl` and `a.jsonl.gz` both give
 * `a.fixed.jsonl`): two inputs with one copy name are refused before any lint.
 */
export function checkFixTargets(files: readonly DiscoveredFile[]): void {
  const byTarget = new Map<string, DiscoveredFile>();
  for (const file of files) {
    const target = fixedName(file.path);
    const other = byTarget.get(target);
    if (other) {
      throw new UsageError(`--fix would write ${fixedName(file.displayPath)} for both ${other.displayPath} and ${file.displayPath}; fix them in separate runs or rename one`);
    }
    byTarget.set(target, file);
  }
}

function where(f: Finding): string {
  return `${f.path}:${f.line}:${f.column} ${f.ruleId}`;
}

/** `all`: every finding before the baseline hid some, so that a notice over a hidden claim is not removed. */
async function runFixes(results: LintResults, all: readonly Finding[], options: RunOptions, io: CliIO, context: FinishContext): Promise<void> {
  const byPath = new Map<string, Finding[]>();
  for (const f of results.findings) {
    if (f.suggestions.length === 0) continue;
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  const fixes: FileFix[] = [];
  for (const [displayPath, findings] of byPath) {
    const coverage = all.filter((f) => f.path === displayPath);
    if (context.stdin) {
      fixes.push(await planFileFix({ path: path.resolve(io.cwd, context.stdin.name), displayPath, text: context.stdin.text }, findings, coverage));
      continue;
    }
    const file = context.files?.find((f) => f.displayPath === displayPath);
    if (file) fixes.push(await planFileFix({ path: file.path, displayPath }, findings, coverage));
  }
  const fixed = fixes.reduce((n, f) => n + f.fixed.length, 0);
  const files = fixes.filter((f) => f.edits.length > 0);
  const skipped = new Map<string, Finding[]>();
  for (const fix of fixes) for (const s of fix.skipped) skipped.set(s.reason, [...(skipped.get(s.reason) ?? []), s.finding]);
  for (const [reason, list] of skipped) {
    const shown = list.slice(0, 3).map(where).join(', ');
    io.stderr.write(`neglint: ${list.length} not fixed (${reason}): ${shown}${list.length > 3 ? `, and ${list.length - 3} more` : ''}\n`);
  }

  if (options.fixDryRun) {
    io.stdout.write(renderPreview(fixes));
    io.stderr.write(`neglint: --fix-dry-run: ${fixed} ${fixed === 1 ? 'fix' : 'fixes'} in ${files.length} ${files.length === 1 ? 'file' : 'files'}; nothing written\n`);
    return;
  }
  const taken = await existingTargets(files);
  if (taken.length > 0) {
    throw new UsageError(
      `--fix writes repaired copies and never overwrites: ${taken.map((f) => f.targetDisplayPath).join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}; move ${taken.length === 1 ? 'it' : 'them'} away first`,
    );
  }
  for (const fix of files) await refuseInputAsOutput(fix.target, `--fix copy ${fix.targetDisplayPath}`, context.inputs ?? new Map());
  for (const fix of files) {
    await writing(fix.targetDisplayPath, () => writeFixedCopy(fix));
    io.stderr.write(`neglint: wrote ${fix.targetDisplayPath} (${fix.fixed.length} ${fix.fixed.length === 1 ? 'fix' : 'fixes'} of ${fix.displayPath})\n`);
  }
  if (fixed === 0) io.stderr.write('neglint: nothing to fix\n');
}

/**
 * Everything between the lint and the reporter, in order: write the baseline
 * (--update-baseline, from every finding), hide baselined findings, apply or
 * preview fixes for the findings that remain, and redact.
 */
export async function finishResults(results: LintResults, options: RunOptions, io: CliIO, context: FinishContext): Promise<LintResults> {
  const { extras } = context;
  let out = results;
  if (extras.baselineFile !== undefined) {
    const partial = options.changedSince !== undefined || (options.shard !== undefined && options.shardBy === 'record') || options.merge;
    const scope = { cwd: io.cwd, file: extras.baselineFile, linted: results.files.map((f) => f.path), partial };
    let baseline = extras.baseline;
    if (options.updateBaseline) {
      baseline = buildBaseline(results.findings, baseline, { ...scope, toolVersion: toolVersion() });
      const written = await writing(`baseline ${options.baseline}`, () => writeFileAtomic(extras.baselineFile!, formatBaseline(baseline!)));
      const count = baseline.entries.reduce((n, e) => n + e.count, 0);
      io.stderr.write(`neglint: ${written ? 'wrote' : 'unchanged:'} baseline ${options.baseline} (${count} ${count === 1 ? 'finding' : 'findings'})\n`);
    }
    if (baseline) out = withBaseline(out, applyBaseline(out.findings, baseline, scope));
  }
  if (options.fix || options.fixDryRun) await runFixes(out, results.findings, options, io, context);
  if (options.redact) out = redactResults(out, listRules());
  return out;
}

/**
 * lintFiles' stand-in for --concurrency and --shard. NEGLINT_CHUNK_BYTES sets
 * the size of the ranges a large JSON Lines file is split into (tests and benchmarks).
 */
export function parallelLint(options: RunOptions, io: CliIO, config: LoadedConfig): (o: LintFilesOptions) => Promise<LintResults> {
  const chunk = Number(io.env.NEGLINT_CHUNK_BYTES);
  return (o) =>
    lintFilesParallel({
      cwd: io.cwd,
      files: o.files ?? [],
      config,
      ruleOverrides: o.ruleOverrides,
      profile: o.profile,
      redact: o.redact,
      onlyLines: (o as { onlyLines?: Map<string, Set<number>> }).onlyLines,
      onFileError: o.onFileError,
      progress: o.progress,
      ...(o.onFindings ? { onFindings: o.onFindings } : {}),
      onWorkers: boundHeapGrowth,
      concurrency: typeof options.concurrency === 'number' ? options.concurrency : 1,
      shard: options.shard,
      shardBy: options.shardBy,
      ...(Number.isInteger(chunk) && chunk > 0 ? { chunkBytes: chunk } : {}),
    });
}
