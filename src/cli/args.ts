// argv -> RunOptions. Every flag is parsed and validated here, including those
// that later work implements; run() decides what it supports.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, closest, didYouMean } from '../config/errors.js';
import { PROFILES, SEVERITIES, type Profile } from '../config/types.js';
import type { Severity, SeverityOrOff } from '../types.js';

export const REPORTER_NAMES = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'html'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];
export const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
export type FailLevel = Severity | 'never';

export interface Shard {
  /** 1-based shard number. */
  index: number;
  count: number;
}

export const SHARD_BY = ['file', 'record'] as const;
export type ShardBy = (typeof SHARD_BY)[number];

/** Everything a lint run needs, from the command line. */
export interface RunOptions {
  /** Paths, directories and globs (empty: the working directory). Never contains `-`. */
  patterns: string[];
  /** Read the dataset from standard input (`-`). */
  stdin: boolean;
  /** `--stdin-filename`: the name standard input is reported under; its extension picks the reader. */
  stdinFilename?: string;
  format: ReporterName;
  output?: string;
  configFile?: string;
  ruleOverrides: Record<string, SeverityOrOff>;
  profile?: Profile;
  failOn: FailLevel;
  /** Most warnings allowed before exit 1; undefined: no limit. */
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  redact: boolean;
  debug: boolean;
  /** Draw progress on stderr when it is a terminal (--no-progress: never). */
  progress: boolean;
  // Parsed and validated; implemented by later work.
  baseline?: string;
  updateBaseline: boolean;
  fix: boolean;
  fixDryRun: boolean;
  changedSince?: string;
  /** Threads; 'auto' (also when not given): as many as the cores when the input is large enough to gain. */
  concurrency?: number | 'auto';
  shard?: Shard;
  /** How --shard splits the work: by position in the sorted file list (default), or by record index. */
  shardBy: ShardBy;
  /** `--merge`: the positionals are `--format jsonl` outputs of shards, to be combined into one report. */
  merge: boolean;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'list-rules'; options: RunOptions }
  | { kind: 'print-config'; options: RunOptions }
  | { kind: 'init'; options: RunOptions }
  | { kind: 'lint'; options: RunOptions };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  profile: { type: 'string' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'changed-since': { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  'shard-by': { type: 'string' },
  merge: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  redact: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  'print-config': { type: 'boolean' },
  init: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

export const FLAG_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);

export function helpText(version: string): string {
  return `neglint ${version}: lint finetuning datasets for claims whose negation sits outside their own clause

Usage: neglint [options] [paths, directories or globs ...]
       neglint [options] - [--stdin-filename NAME]     lint standard input

With no paths, lints the dataset files (.jsonl .ndjson .json .csv .tsv .parquet
.md .txt, and .gz or .zst of the JSON and CSV ones) under the current directory,
respecting .gitignore.

Output:
  -f, --format NAME         stylish (default), json, jsonl, sarif, github, html
  -o, --output FILE         write the report to FILE (never over an input file)
  -q, --quiet               report errors only
      --redact              leave dataset text out of the report (public CI logs)
      --color, --no-color   force colour on or off (default: on for a terminal;
                            NO_COLOR and FORCE_COLOR are respected)
      --no-progress         no progress bar (drawn on stderr only when it is a
                            terminal)

Configuration:
  -c, --config FILE         use FILE instead of looking for neglint.config.json,
                            .neglintrc.json or package.json#neglint
      --rule ID=SEVERITY    set a rule to off|info|warning|error (repeatable)
      --profile NAME        default | whole-conversation (train on every turn)
      --print-config        print the config resolved for a path, and its source
      --list-rules          list the rules with their default severities
      --init                write a commented starter neglint.config.json here
                            (or to --config FILE); never over an existing config

Exit status:
      --fail-on LEVEL       error (default) | warning | info | never
      --max-warnings N      exit 1 when there are more than N warnings

Baselines, fixes, scale:
      --baseline FILE       hide findings recorded in FILE
      --update-baseline     write the current findings to the baseline file
      --fix                 write repaired copies (data.jsonl -> data.fixed.jsonl,
                            never over an existing file) applying each
                            finding's first suggestion
      --fix-dry-run         print what --fix would change, as a diff; write nothing
      --changed-since REF   lint only what changed since a git ref
      --concurrency N|auto  lint with N threads (large JSON Lines files and
                            Parquet row groups are split between them); auto,
                            the default, uses every core when the input is
                            large enough to gain (32 MB or more)
      --shard I/N           lint the I-th of N deterministic parts (1-based)
      --shard-by file|record  split by position in the sorted file list
                            (default) or by record index within each file
      --merge FILE...       combine --format jsonl outputs of shards into one
                            report in any --format

Other:
      --stdin-filename NAME name for standard input (picks its format)
      --debug               print stack traces for internal errors
  -v, --version             print the version
  -h, --help                print this help

Exit codes: 0 no findings at or above the fail level; 1 findings at or above it,
or too many warnings; 2 usage, configuration or internal error.
`;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join('|')}, got "${value}"${didYouMean(value, allowed)}`);
}

function integer(flag: string, value: string, min: number, wanted: string): number {
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`${flag} needs ${wanted}, got "${value}"`);
  return Number(value);
}

function parseRule(value: string, ruleIds: readonly string[]): [string, SeverityOrOff] {
  const eq = value.lastIndexOf('=');
  if (eq <= 0) throw new UsageError(`--rule needs ID=SEVERITY (for example --rule fiction-frame=warning), got "${value}"`);
  const id = value.slice(0, eq).trim();
  const severity = value.slice(eq + 1).trim();
  if (!ruleIds.includes(id)) throw new UsageError(`--rule ${value}: unknown rule "${id}"${didYouMean(id, ruleIds)}; see neglint --list-rules`);
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new UsageError(`--rule ${value}: expected one of ${SEVERITIES.join('|')}, got "${severity}"${didYouMean(severity, SEVERITIES)}`);
  }
  return [id, severity as SeverityOrOff];
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match || Number(match[2]) < 1 || Number(match[1]) < 1 || Number(match[1]) > Number(match[2])) {
    throw new UsageError(`--shard needs I/N with 1 <= I <= N (for example --shard 1/4), got "${value}"`);
  }
  return { index: Number(match[1]), count: Number(match[2]) };
}

/** Turn node:util's parse errors into one line naming the flag. */
function parseError(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const flag = unknown[1]!;
    const hint = flag.startsWith('--') ? closest(flag, FLAG_NAMES) : undefined;
    return new UsageError(`unknown option ${flag}${hint ? ` (did you mean ${hint}?)` : ''}; see neglint --help`);
  }
  const missing = /Option '(-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
  if (missing) return new UsageError(`${missing[2]} needs a value; see neglint --help`);
  const ambiguous = /Option '(-\w, )?(--[\w-]+)[^']*' argument is ambiguous/.exec(message);
  if (ambiguous) return new UsageError(`${ambiguous[2]} needs a value (to pass one starting with "-", write ${ambiguous[2]}=VALUE)`);
  const noArg = /Option '(-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noArg) return new UsageError(`${noArg[2]} does not take a value; see neglint --help`);
  return new UsageError(`${message.split('\n')[0]}; see neglint --help`);
}

export interface ParseContext {
  ruleIds: readonly string[];
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
}

/** Whether to colour output: --no-color / --color, then NO_COLOR, FORCE_COLOR, then whether stdout is a terminal. */
export function resolveColor(flags: { color?: boolean; noColor?: boolean }, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  return isTTY;
}

export function parseArgv(argv: string[], context: ParseContext): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseError(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const ruleOverrides: Record<string, SeverityOrOff> = {};
  for (const rule of values.rule ?? []) {
    const [id, severity] = parseRule(rule, context.ruleIds);
    ruleOverrides[id] = severity;
  }

  const stdinCount = positionals.filter((p) => p === '-').length;
  const patterns = positionals.filter((p) => p !== '-');
  if (stdinCount > 1) throw new UsageError('standard input ("-") can be given only once');
  if (stdinCount === 1 && patterns.length > 0) throw new UsageError('standard input ("-") cannot be combined with file paths');
  if (values['stdin-filename'] !== undefined && patterns.length > 0) {
    throw new UsageError('--stdin-filename names standard input: use it with "-", not with file paths');
  }
  if (values['stdin-filename'] === '') throw new UsageError('--stdin-filename needs a file name');
  if (values['update-baseline'] && values.baseline === undefined) throw new UsageError('--update-baseline needs --baseline FILE');
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (values.config === '') throw new UsageError('--config needs a file name');
  if (values['changed-since'] === '') throw new UsageError('--changed-since needs a git ref');
  if (values.baseline === '') throw new UsageError('--baseline needs a file name');
  if (values['shard-by'] !== undefined && values.shard === undefined) throw new UsageError('--shard-by needs --shard I/N');

  const options: RunOptions = {
    patterns,
    stdin: stdinCount === 1 || values['stdin-filename'] !== undefined,
    stdinFilename: values['stdin-filename'],
    format: values.format === undefined ? 'stylish' : oneOf('--format', values.format, REPORTER_NAMES),
    output: values.output,
    configFile: values.config,
    ruleOverrides,
    profile: values.profile === undefined ? undefined : oneOf('--profile', values.profile, PROFILES),
    failOn: values['fail-on'] === undefined ? 'error' : oneOf('--fail-on', values['fail-on'], FAIL_LEVELS),
    maxWarnings: values['max-warnings'] === undefined ? undefined : integer('--max-warnings', values['max-warnings'], -1, 'a whole number (0 or more; -1 for no limit)'),
    quiet: values.quiet ?? false,
    color: resolveColor({ color: values.color, noColor: values['no-color'] }, context.env, context.stdoutIsTTY),
    redact: values.redact ?? false,
    debug: values.debug ?? false,
    progress: !(values['no-progress'] ?? false),
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    changedSince: values['changed-since'],
    concurrency:
      values.concurrency === undefined ? undefined : values.concurrency.trim() === 'auto' ? 'auto' : integer('--concurrency', values.concurrency, 1, 'auto or a whole number of at least 1'),
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    shardBy: values['shard-by'] === undefined ? 'file' : oneOf('--shard-by', values['shard-by'], SHARD_BY),
    merge: values.merge ?? false,
  };
  // ESLint's convention: a negative --max-warnings means no limit.
  if (options.maxWarnings !== undefined && options.maxWarnings < 0) options.maxWarnings = undefined;

  if (values['list-rules']) return { kind: 'list-rules', options };
  if (values['print-config']) return { kind: 'print-config', options };
  if (values.init) {
    if (positionals.length > 0) throw new UsageError('--init writes a config file; it takes no paths (use --config FILE to name the file)');
    return { kind: 'init', options };
  }
  return { kind: 'lint', options };
}
