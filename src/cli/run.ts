// One lint run: config -> files -> lint -> report -> exit code.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import type { LoadedConfig } from '../config/types.js';
import { discoverFiles } from '../engine/discover.js';
import { UNREADABLE } from '../engine/input-rules.js';
import { selectChanged } from '../git/changed.js';
import { lintFiles, lintText, listFormats, listRules } from '../index.js';
import { getReporter } from '../reporters/index.js';
import type { Finding, LintResults, Reporter, Summary } from '../types.js';
import type { FailLevel, RunOptions } from './args.js';
import { inputIdentities, refuseInputAsOutput, writing, type InputIdentities } from './outputs.js';
import { toolVersion } from './version.js';
import { createProgress, wantsProgress, type ProgressFile, type ProgressStream, type TerminalProgress } from './progress.js';
import { canStream, openJsonlStream, type FindingStream } from './stream.js';
import {
  checkCombinations,
  checkFixTargets,
  finishResults,
  lintWithRedaction,
  mergeShardOutputs,
  needsParallel,
  parallelLint,
  prepareExtras,
  resolveConcurrency,
  withoutBaselineFile,
  type FinishContext,
} from './extras.js';

/** Where the CLI reads and writes; process.* in bin/neglint.js, fakes in tests. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Where progress is drawn: the terminal's raw stderr (main() takes it from `stderr`; its escape sequences must not be made visible). */
  progressStream?: ProgressStream;
  cwd: string;
  env: Record<string, string | undefined>;
  stdin?: AsyncIterable<string | Uint8Array>;
  /** Called with the results the reporter gets (the GitHub Action renders its annotations and summary from them). */
  onResults?: (results: LintResults) => void;
}

/**
 * Flags that are parsed and validated but not implemented yet, in the order they
 * are reported. Implementing one: remove it here and handle it in run().
 */
const NOT_YET: Array<[flag: string, isSet: (options: RunOptions) => boolean]> = [
];

export function knownRuleDefaults() {
  return listRules().map((meta) => ({ id: meta.id, severity: meta.severity }));
}

export async function loadCliConfig(options: RunOptions, io: CliIO): Promise<LoadedConfig> {
  return loadConfig({ cwd: io.cwd, configFile: options.configFile, knownRules: knownRuleDefaults(), knownFormats: listFormats() });
}

async function readStdin(io: CliIO): Promise<string> {
  if (!io.stdin) throw new UsageError('standard input is not available');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Refuse an --output path that is one of the files being linted (by device and inode), or a directory. */
export async function checkOutputPath(output: string, inputs: InputIdentities, cwd: string): Promise<string> {
  const target = path.resolve(cwd, output);
  const stats = await fs.stat(target).catch(() => null);
  if (stats?.isDirectory()) throw new UsageError(`--output ${output} is a directory; give a file name`);
  await refuseInputAsOutput(target, `--output ${output}`, inputs);
  return target;
}

/**
 * Every output against every input, before anything is linted or written:
 * --output against the datasets and the baseline, the baseline (when it is
 * to be written) against the datasets.
 */
async function checkOutputs(options: RunOptions, io: CliIO, context: FinishContext): Promise<void> {
  const inputs = context.inputs ?? new Map();
  const { baselineFile } = context.extras;
  if (options.output !== undefined) {
    const target = await checkOutputPath(options.output, inputs, io.cwd);
    if (baselineFile !== undefined) {
      await refuseInputAsOutput(target, `--output ${options.output}`, await inputIdentities([{ path: baselineFile, displayPath: `the baseline ${options.baseline}` }]));
    }
  }
  if (options.updateBaseline && baselineFile !== undefined) await refuseInputAsOutput(baselineFile, `--baseline ${options.baseline}`, inputs);
}

const RANK: Record<FailLevel, number> = { info: 1, warning: 2, error: 3, never: Infinity };

/** The exit code for a finished run, and the reason for exit 1 when it is "too many warnings". */
export function exitCodeFor(summary: Summary, failOn: FailLevel, maxWarnings?: number): { code: 0 | 1; message?: string } {
  const threshold = RANK[failOn];
  const failing =
    (threshold <= RANK.error ? summary.errors : 0) + (threshold <= RANK.warning ? summary.warnings : 0) + (threshold <= RANK.info ? summary.infos : 0);
  if (failing > 0) return { code: 1 };
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    return { code: 1, message: `too many warnings (${summary.warnings} > ${maxWarnings})` };
  }
  return { code: 0 };
}

/** Also used when exit is 1 for findings: the warning limit is reported whenever it is exceeded. */
function warningLimitMessage(summary: Summary, maxWarnings?: number): string | undefined {
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) return `too many warnings (${summary.warnings} > ${maxWarnings})`;
  return undefined;
}

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** A progress bar on the terminal's stderr, when it is one and --no-progress is not given. */
async function startProgress(options: RunOptions, io: CliIO, files: ProgressFile[]): Promise<TerminalProgress | undefined> {
  return wantsProgress(io.progressStream, options.progress, io.env) ? createProgress(io.progressStream, files) : undefined;
}

/**
 * Sizes for the bar's percent: the size on disk of a compressed file (gzip,
 * zstd) or of Parquet's compressed columns says nothing about the bytes read from it.
 */
async function progressFiles(files: readonly { path: string; displayPath: string }[]): Promise<ProgressFile[]> {
  return Promise.all(
    files.map(async (f) => {
      const size = /\.(gz|zst|zstd|parquet)$/i.test(f.path) ? undefined : (await fs.stat(f.path).catch(() => null))?.size;
      return { displayPath: f.displayPath, size };
    }),
  );
}

async function writeReport(reporter: Reporter, results: LintResults, options: RunOptions, io: CliIO): Promise<void> {
  const report = withNewline(
    reporter(results, {
      color: options.output === undefined ? options.color : false,
      quiet: options.quiet,
      redact: options.redact,
      cwd: io.cwd,
      toolVersion: toolVersion(),
      rules: listRules(),
    }),
  );
  if (options.output !== undefined) {
    const target = path.resolve(io.cwd, options.output);
    await writing(options.output, async () => {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, report, 'utf8');
    });
  } else if (report !== '' && !options.fixDryRun) {
    // Under --fix-dry-run standard output carries the diff; the report goes only to --output.
    io.stdout.write(report);
  }
}

/** Run a lint from parsed options; returns the exit code. Throws UsageError for exit 2. */
export async function run(options: RunOptions, io: CliIO): Promise<number> {
  for (const [flag, isSet] of NOT_YET) {
    if (isSet(options)) throw new UsageError(`${flag} is not implemented yet`);
  }
  checkCombinations(options);

  const config = await loadCliConfig(options, io);
  const reporter = getReporter(options.format);
  const fileErrors: string[] = [];
  let results: LintResults;
  // --format jsonl writes each finding as it is found (stream.ts), not a report at the end.
  let stream: FindingStream | undefined;
  // Files with an unreadable-file finding (streamed findings are not in the results).
  const unreadable = new Set<string>();
  const noteUnreadable = (findings: readonly Finding[]) => {
    for (const f of findings) if (f.ruleId === UNREADABLE) unreadable.add(f.path);
  };
  const context: FinishContext = { extras: await prepareExtras(options, io) };

  if (options.merge) {
    const shards = options.patterns.map((p) => ({ path: path.resolve(io.cwd, p), displayPath: p }));
    context.inputs = await inputIdentities(shards);
    await checkOutputs(options, io, context);
    results = await mergeShardOutputs(options, io);
  } else if (options.stdin) {
    if (options.changedSince !== undefined) throw new UsageError('--changed-since cannot be used with standard input ("-")');
    const text = await readStdin(io);
    context.stdin = { text, name: options.stdinFilename ?? '<stdin>' };
    context.inputs = new Map();
    await checkOutputs(options, io, context);
    const progress = await startProgress(options, io, [{ displayPath: context.stdin.name, size: Buffer.byteLength(text, 'utf8') }]);
    try {
      results = await lintText(text, {
        filename: context.stdin.name,
        cwd: io.cwd,
        config,
        ruleOverrides: options.ruleOverrides,
        profile: options.profile,
        redact: lintWithRedaction(options),
        progress,
      });
    } finally {
      progress?.stop();
    }
  } else {
    const files = withoutBaselineFile(
      await discoverFiles(options.patterns, io.cwd, {
        include: config.config.include,
        exclude: config.config.exclude,
        base: config.baseDir,
      }),
      context.extras,
    );
    context.files = files;
    if (options.fix) checkFixTargets(files);
    context.inputs = await inputIdentities(files);
    await checkOutputs(options, io, context);
    const changed = options.changedSince === undefined ? undefined : await selectChanged(files, options.changedSince, io.cwd);
    for (const note of changed?.notes ?? []) io.stderr.write(`neglint: ${note}\n`);
    const linted = changed?.files ?? files;
    stream = canStream(options, io) ? await openJsonlStream(options, io) : undefined;
    const lintOptions = { ...options, concurrency: await resolveConcurrency(options.concurrency, linted, io.env) };
    const progress = await startProgress(options, io, await progressFiles(linted));
    const onFindings = stream?.onFindings;
    results = await (needsParallel(lintOptions) ? parallelLint(lintOptions, io, config) : lintFiles)({
      ...(onFindings ? { onFindings: (list: Finding[]) => (noteUnreadable(list), onFindings(list)) } : {}),
      patterns: options.patterns,
      cwd: io.cwd,
      files: linted,
      progress,
      onlyLines: changed?.onlyLines,
      config,
      ruleOverrides: options.ruleOverrides,
      profile: options.profile,
      redact: lintWithRedaction(options),
      onFileError: (file, error) => {
        const reason = error instanceof Error ? error.message : String(error);
        fileErrors.push(`neglint: could not lint ${file.displayPath}: ${reason}`);
        if (options.debug && error instanceof Error && error.stack) fileErrors.push(error.stack);
      },
    }).finally(() => progress?.stop());
  }

  results = await finishResults(results, options, io, context);
  io.onResults?.(results);
  if (stream) await stream.close(results.files);
  else await writeReport(reporter, results, options, io);

  // Files marked as failed besides those that threw here (a shard's, read back
  // by --merge). A file that could not be read is a finding, which the fail
  // level judges like any other, not an error of the run.
  noteUnreadable(results.findings);
  for (const file of results.files) {
    if (file.status === 'error' && !unreadable.has(file.path) && !fileErrors.some((line) => line.startsWith(`neglint: could not lint ${file.path}:`))) {
      fileErrors.push(`neglint: could not lint ${file.path}: ${file.reason ?? 'unknown error'}`);
    }
  }
  const limit = warningLimitMessage(results.summary, options.maxWarnings);
  if (limit) io.stderr.write(`neglint: ${limit}\n`);
  if (fileErrors.length > 0) {
    io.stderr.write(`${fileErrors.join('\n')}\n`);
    return 2;
  }
  return exitCodeFor(results.summary, options.failOn, options.maxWarnings).code;
}
