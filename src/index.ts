// The library API: lint files, lint a string, list rules. The CLI is a thin
// layer over these.
import path from 'node:path';
import { rules } from '../rules/index.js';
import { ConfigError, UsageError, didYouMean } from './config/errors.js';
import { configFromObject, loadConfig } from './config/load.js';
import { resolveFileConfig } from './config/resolve.js';
import type { LoadedConfig, NeglintConfig, Profile, RuleDefault } from './config/types.js';
import { pushAll } from './engine/append.js';
import { discoverFiles, type DiscoveredFile } from './engine/discover.js';
import { inputRules } from './engine/input-rules.js';
import { lintFile } from './engine/lint-file.js';
import { formats } from './formats/index.js';
import { configSchema, loadConfigValidator } from './config/schema.js';
import { compareFindings } from './reporters/merge.js';
import type { FileResult, Finding, LintProgress, LintResults, RuleMeta, SeverityOrOff, Summary } from './types.js';

export type * from './types.js';
export type { FileConfig, RuleSetting } from './engine/config-types.js';
export type { ConfigOverride, LoadedConfig, NeglintConfig, Profile, RuleDefault, RuleSettingInput } from './config/types.js';
export { ConfigError, UsageError } from './config/errors.js';
export { loadConfig, findConfigFile, configFromObject } from './config/load.js';
export { resolveFileConfig, matchingOverrides } from './config/resolve.js';
export { configSchema } from './config/schema.js';
export { discoverFiles, type DiscoveredFile, type DiscoverOptions } from './engine/discover.js';
export { inputRules, inputRuleIds } from './engine/input-rules.js';

/** Every rule and input-problem check: rules first (in the rule list's order), then input problems. */
export function listRules(): RuleMeta[] {
  return [...rules.map((rule) => rule.meta), ...inputRules];
}

/** Names of the format adapters (the values of `format` besides `auto`). */
export function listFormats(): string[] {
  return formats.map((adapter) => adapter.name);
}

/**
 * The config file's JSON Schema for editors, with every rule and format this
 * version knows: schema/neglint.config.schema.json is this, written by
 * `npm run build:schema` (a test checks that it is current).
 */
export function publishedConfigSchema(): Record<string, unknown> {
  return {
    ...configSchema({ ruleIds: listRules().map((meta) => meta.id), formats: listFormats() }),
    description: 'neglint.config.json, .neglintrc.json or package.json#neglint (JSONC: comments and trailing commas are allowed, except in package.json)',
  };
}

function knownRules(): RuleDefault[] {
  return listRules().map((meta) => ({ id: meta.id, severity: meta.severity }));
}

function isLoadedConfig(value: LoadedConfig | NeglintConfig): value is LoadedConfig {
  return typeof value === 'object' && value !== null && 'knownRules' in value && 'baseDir' in value && 'config' in value;
}

/** A LoadedConfig from what a caller passed: a loaded config, a plain config object, or nothing (discovery). */
async function toLoadedConfig(config: LoadedConfig | NeglintConfig | undefined, cwd: string): Promise<LoadedConfig> {
  if (config === undefined) return loadConfig({ cwd, knownRules: knownRules(), knownFormats: listFormats() });
  if (isLoadedConfig(config)) return config;
  await loadConfigValidator();
  return configFromObject(config, { cwd, knownRules: knownRules(), knownFormats: listFormats() });
}

export interface LintOptionsBase {
  /** A config loaded with loadConfig, or a plain config object; default: discovered from cwd. */
  config?: LoadedConfig | NeglintConfig;
  /** `--rule id=severity`: applied after the config. */
  ruleOverrides?: Record<string, SeverityOrOff>;
  /** `--profile`: applied after the config. */
  profile?: Profile;
  /** Leave dataset text out of findings. */
  redact?: boolean;
  /** Told of records read and files finished as the run goes (progress display). */
  progress?: LintProgress;
}

export interface LintFilesOptions extends LintOptionsBase {
  /** Paths, directories and globs; default: the dataset files of cwd. */
  patterns: string[];
  cwd?: string;
  /** Files already discovered (skips discovery; `patterns` is then ignored). */
  files?: DiscoveredFile[];
  /** Called when linting one file throws; the file is reported with status `error` and the run goes on. */
  onFileError?: (file: DiscoveredFile, error: unknown) => void;
  /** By absolute file path: lint only the records touching these lines (--changed-since; see lintFile's onlyLines). */
  onlyLines?: Map<string, Set<number>>;
  /**
   * Stream findings instead of collecting them: called file by file, record
   * by record, in streamOrder (see lintFile). The results then hold no
   * findings, but their summary counts every finding.
   */
  onFindings?: (findings: Finding[]) => void | Promise<void>;
}

export interface LintTextOptions extends LintOptionsBase {
  /** The name the text is reported under and whose extension picks the reader (default `<text>`). */
  filename?: string;
  /** Format adapter name (overrides the config). */
  format?: string;
  cwd?: string;
}

/**
 * Findings by path, record, line, column (then end and rule id), the order
 * `--merge` restores, so that a merged report equals a single run's.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

export function summarize(files: FileResult[], findings: Finding[]): Summary {
  const summary: Summary = { files: files.length, records: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) summary.records += file.records;
  for (const finding of findings) {
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

function relativeToConfig(loaded: LoadedConfig, absolute: string): string {
  return path.relative(loaded.baseDir, absolute).split(path.sep).join('/');
}

function progressOf(progress: LintProgress, displayPath: string): (records: number, bytes: number) => void {
  return (records, bytes) => progress.advance(displayPath, records, bytes);
}

/** Lint files: discover, resolve each file's config, lint, collect. */
export async function lintFiles(options: LintFilesOptions): Promise<LintResults> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loaded = await toLoadedConfig(options.config, cwd);
  const files =
    options.files ??
    (await discoverFiles(options.patterns, cwd, {
      include: loaded.config.include,
      exclude: loaded.config.exclude,
      base: loaded.baseDir,
    }));
  const fileResults: FileResult[] = [];
  const findings: Finding[] = [];
  const counted = options.onFindings ? countingStream(options.onFindings) : undefined;
  for (const file of files) {
    const config = resolveFileConfig(loaded, relativeToConfig(loaded, file.path), {
      ruleOverrides: options.ruleOverrides,
      profile: options.profile,
    });
    try {
      const result = await lintFile({
        path: file.path,
        displayPath: file.displayPath,
        config,
        rules,
        redact: options.redact,
        onlyLines: options.onlyLines?.get(file.path),
        ...(options.progress ? { onProgress: progressOf(options.progress, file.displayPath) } : {}),
        ...(counted ? { onFindings: counted.onFindings } : {}),
      });
      fileResults.push(result.file);
      pushAll(findings, result.findings);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      options.onFileError?.(file, error);
      const reason = error instanceof Error ? error.message : String(error);
      fileResults.push({ path: file.displayPath, format: null, records: 0, status: 'error', reason });
    }
    options.progress?.fileDone(fileResults[fileResults.length - 1]!);
  }
  if (counted) return { files: fileResults, findings: [], summary: counted.summary(fileResults) };
  sortFindings(findings);
  return { files: fileResults, findings, summary: summarize(fileResults, findings) };
}

/** A stream that also counts what passes through it, for the summary of a run whose findings are not kept. */
export function countingStream(onFindings: (findings: Finding[]) => void | Promise<void>) {
  const seen: Summary = { files: 0, records: 0, errors: 0, warnings: 0, infos: 0 };
  return {
    onFindings(list: Finding[]) {
      const counts = summarize([], list);
      seen.errors += counts.errors;
      seen.warnings += counts.warnings;
      seen.infos += counts.infos;
      return onFindings(list);
    },
    summary(files: FileResult[]): Summary {
      return { ...summarize(files, []), errors: seen.errors, warnings: seen.warnings, infos: seen.infos };
    },
  };
}

/** Lint a string as if it were a file named `filename`. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResults> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loaded = await toLoadedConfig(options.config, cwd);
  if (options.format !== undefined && options.format !== 'auto' && !listFormats().includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}"${didYouMean(options.format, listFormats())}; use auto or one of ${listFormats().join(', ')}`);
  }
  const displayPath = options.filename ?? '<text>';
  const absolute = path.resolve(cwd, options.filename ?? '<text>');
  const config = resolveFileConfig(loaded, relativeToConfig(loaded, absolute), {
    ruleOverrides: options.ruleOverrides,
    profile: options.profile,
    format: options.format,
  });
  const result = await lintFile({
    path: absolute,
    displayPath,
    config,
    rules,
    redact: options.redact,
    text,
    ...(options.progress ? { onProgress: progressOf(options.progress, displayPath) } : {}),
  });
  options.progress?.fileDone(result.file);
  const findings = sortFindings([...result.findings]);
  return { files: [result.file], findings, summary: summarize([result.file], findings) };
}
export { findingMessage } from './reporters/common.js';
