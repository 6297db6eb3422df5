// Which files a run lints: paths and globs from the command line (default: the
// working directory), .gitignore respected, config include/exclude applied.
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import { globMatcher } from '../config/resolve.js';

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** The path as the user sees it: relative to cwd, forward slashes. */
  displayPath: string;
}

export interface DiscoverOptions {
  /** Config `include`: globs choosing the files a directory expands to (instead of the defaults). */
  include?: string[];
  /** Config `exclude`: globs of files never linted. */
  exclude?: string[];
  /** Directory that `include` and `exclude` globs are relative to (the config's directory); default cwd. */
  base?: string;
}

/** Extensions a directory expands to, for people (messages, --help). */
export const DATASET_EXTENSIONS = ['.jsonl', '.ndjson', '.json', '.csv', '.tsv', '.parquet', '.md', '.txt'] as const;

/** What a directory expands to when the config has no `include`. */
export const DEFAULT_DATASET_GLOBS = [
  '**/*.{jsonl,ndjson,json,csv,tsv,parquet,md,markdown,txt}',
  '**/*.{jsonl,ndjson,json,csv,tsv}.{gz,zst}',
];

/** Never part of a directory's dataset files (dot files and dot directories are skipped too). */
export const DEFAULT_IGNORES = [
  '**/node_modules/**',
  '**/package.json',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/tsconfig*.json',
  '**/neglint.config.json',
];

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function displayPathFor(absolute: string, cwd: string, given?: string): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  if (path.isAbsolute(relative) || (given !== undefined && path.isAbsolute(given) && relative.startsWith('..'))) return toPosix(absolute);
  return toPosix(relative);
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a special file (character device)';
  if (stats.isBlockDevice()) return 'a special file (block device)';
  return 'a special file';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function asDirectoryName(given: string): string {
  const posix = toPosix(given);
  return posix.endsWith('/') ? posix : `${posix}/`;
}

/**
 * Expand paths and globs into a sorted, deduplicated list of files.
 *
 * - A directory expands to its dataset files (`.jsonl`, `.ndjson`, `.json`, `.csv`,
 *   `.tsv`, `.parquet`, `.md`, `.markdown`, `.txt`, gzip or zstd JSON/JSONL/CSV), or to the config's `include`
 *   globs; node_modules, package manifests, tsconfig files and dot directories
 *   are skipped, and so is whatever .gitignore ignores.
 * - An existing file is taken as it is, whatever its extension.
 * - A glob goes through globby with .gitignore respected.
 * - A pattern starting with `!` removes matches of the other patterns.
 *
 * Throws a UsageError (exit 2) for a path that does not exist, a glob that
 * matches nothing, or a directory with no dataset files.
 */
export async function discoverFiles(patterns: string[], cwd: string, options: DiscoverOptions = {}): Promise<DiscoveredFile[]> {
  const root = path.resolve(cwd);
  const base = path.resolve(root, options.base ?? root);
  const excluded = globMatcher(options.exclude ?? []);
  const included = options.include && options.include.length > 0 ? globMatcher(options.include) : null;
  const negated = patterns.filter((p) => p.startsWith('!') && p.length > 1).map((p) => p.slice(1));
  const positive = patterns.filter((p) => !(p.startsWith('!') && p.length > 1));
  const isNegated = negated.length > 0 ? globMatcher(negated) : () => false;
  const isExcluded = (absolute: string) => {
    const fromBase = toPosix(path.relative(base, absolute));
    return excluded(fromBase) || isNegated(toPosix(path.relative(root, absolute)));
  };

  const found = new Map<string, DiscoveredFile>();
  const add = (absolute: string, given?: string) => {
    if (!found.has(absolute)) found.set(absolute, { path: absolute, displayPath: displayPathFor(absolute, root, given) });
  };

  // globby is most of a second's start-up budget: loaded only for a directory or a glob, not for named files.
  const glob = async () => import('globby');
  for (const pattern of positive.length > 0 ? positive : ['.']) {
    const absolute = path.resolve(root, pattern);
    const stats = await statOrNull(absolute);
    if (stats?.isFile()) {
      // Named explicitly: linted whatever its extension; config `exclude` still applies
      // (so a pre-commit hook passing every staged file skips excluded ones quietly).
      if (!isExcluded(absolute)) add(absolute, pattern);
      continue;
    }
    if (stats?.isDirectory()) {
      const { globby } = await glob();
      const files = await globby(included ? ['**/*'] : DEFAULT_DATASET_GLOBS, {
        cwd: absolute,
        absolute: true,
        dot: false,
        gitignore: true,
        onlyFiles: true,
        ignore: DEFAULT_IGNORES,
      });
      const kept = files
        .map((file) => path.resolve(file))
        .filter((file) => !included || included(toPosix(path.relative(base, file))))
        .filter((file) => !isExcluded(file));
      if (kept.length === 0) {
        if (files.length > 0 && !included) throw new UsageError(`all dataset files in "${asDirectoryName(pattern)}" are excluded`);
        const lookedFor = included ? options.include!.join(', ') : DATASET_EXTENSIONS.join(', ');
        throw new UsageError(`no dataset files in "${asDirectoryName(pattern)}" (looked for ${lookedFor})`);
      }
      for (const file of kept) add(file);
      continue;
    }
    // A named pipe is read once and cannot be sniffed and read again, as every reader here does.
    if (stats) throw new UsageError(`"${pattern}" is ${specialKind(stats)}, not a regular file; pipe its content to standard input instead: neglint - < ${pattern}`);
    const { globby, isDynamicPattern } = await glob();
    if (!isDynamicPattern(toPosix(pattern))) throw new UsageError(`no such file or directory: "${pattern}"`);
    const files = await globby(toPosix(pattern), {
      cwd: root,
      absolute: true,
      dot: false,
      gitignore: true,
      onlyFiles: true,
      ignore: ['**/node_modules/**'],
    });
    if (files.length === 0) throw new UsageError(`no files match "${pattern}"`);
    const kept = files.map((file) => path.resolve(file)).filter((file) => !isExcluded(file));
    if (kept.length === 0) throw new UsageError(`all files matching "${pattern}" are excluded by the config`);
    for (const file of kept) add(file);
  }

  return [...found.values()].sort((a, b) => compare(a.displayPath, b.displayPath) || compare(a.path, b.path));
}
