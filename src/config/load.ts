// Config discovery and loading. Like ESLint and markdownlint-cli2: from the
// working directory upward, the first of `neglint.config.json`,
// `.neglintrc.json`, `package.json#neglint` wins; the search stops after the
// directory holding `.git` (the repository root) or at the filesystem root.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.js';
import { JsonSyntaxError, parseJson } from './json.js';
import { loadConfigValidator, schemaOptionsFor, validateConfig } from './schema.js';
import type { LoadedConfig, NeglintConfig, RuleDefault } from './types.js';

export const CONFIG_FILE_NAMES = ['neglint.config.json', '.neglintrc.json'] as const;
export const PACKAGE_JSON_KEY = 'neglint';

export interface LoadConfigOptions {
  cwd: string;
  /** `--config FILE`: read this file and skip discovery. */
  configFile?: string;
  /** Known rule and input-problem ids with their default severities. */
  knownRules: RuleDefault[];
  /** Known format adapter names; when given, `format` is checked against them. */
  knownFormats?: string[];
}

export interface FoundConfigFile {
  path: string;
  /** `package.json`: the config is its `neglint` key. */
  inPackageJson: boolean;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** How to name a config file to the user: relative to cwd when that is shorter. */
export function displayConfigPath(file: string, cwd: string, inPackageJson = false): string {
  const relative = path.relative(cwd, file);
  const shown = relative !== '' && !path.isAbsolute(relative) && relative.split(path.sep).filter((p) => p === '..').length <= 2 ? toPosix(relative) : file;
  return inPackageJson ? `${shown}#${PACKAGE_JSON_KEY}` : shown;
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Parses a config file: JSONC (comments, trailing commas), except package.json, which npm reads as strict JSON. */
function parseOrThrow(text: string, shownAs: string, strict: boolean): unknown {
  try {
    return parseJson(text, { strict });
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new ConfigError(`config error in ${shownAs}: ${error.message}`);
    throw error;
  }
}

/**
 * Find the config file that applies to `cwd` without reading rule settings.
 * A package.json counts only when it has a `neglint` key.
 */
export async function findConfigFile(cwd: string): Promise<FoundConfigFile | null> {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      try {
        if ((await fs.stat(candidate)).isFile()) return { path: candidate, inPackageJson: false };
      } catch {
        // not here
      }
    }
    const packageJson = path.join(dir, 'package.json');
    const text = await readIfExists(packageJson);
    if (text !== null) {
      const value = parseOrThrow(text, displayConfigPath(packageJson, cwd), true);
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && PACKAGE_JSON_KEY in value)
        return { path: packageJson, inPackageJson: true };
    }
    if (await exists(path.join(dir, '.git'))) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Read and validate one config file. */
export async function readConfigFile(
  found: FoundConfigFile,
  options: { cwd: string; knownRules: RuleDefault[]; knownFormats?: string[]; viaFlag?: boolean },
): Promise<LoadedConfig> {
  const shownAs = displayConfigPath(found.path, options.cwd, found.inPackageJson);
  if ((await fs.stat(found.path).catch(() => null))?.isDirectory()) {
    throw new ConfigError(`${options.viaFlag ? '--config ' : 'config file '}${shownAs} is a directory; give the path of a config file (e.g. ${toPosix(path.join(shownAs, CONFIG_FILE_NAMES[0]))})`);
  }
  let text: string | null;
  try {
    text = await readIfExists(found.path);
  } catch (error) {
    throw new ConfigError(`cannot read config file ${shownAs}: ${(error as Error).message}`);
  }
  if (text === null) throw new ConfigError(`config file not found: ${shownAs}`);
  let value = parseOrThrow(text, shownAs, path.basename(found.path) === 'package.json');
  if (found.inPackageJson) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !(PACKAGE_JSON_KEY in value))
      throw new ConfigError(`config error in ${displayConfigPath(found.path, options.cwd)}: no "${PACKAGE_JSON_KEY}" key`);
    value = (value as Record<string, unknown>)[PACKAGE_JSON_KEY];
  }
  await loadConfigValidator();
  const config = validateConfig(value, shownAs, schemaOptionsFor(options.knownRules, options.knownFormats));
  return {
    config,
    filePath: found.path,
    source: options.viaFlag ? `--config ${shownAs}` : shownAs,
    baseDir: path.dirname(found.path),
    knownRules: options.knownRules,
  };
}

/** The config that applies when no config file exists. */
export function defaultConfig(cwd: string, knownRules: RuleDefault[]): LoadedConfig {
  return { config: {}, filePath: null, source: 'defaults (no config file found)', baseDir: path.resolve(cwd), knownRules };
}

/**
 * Validate a config object given in code (the library API). `source` names it in
 * error messages.
 */
export function configFromObject(
  config: NeglintConfig,
  options: { cwd: string; knownRules: RuleDefault[]; knownFormats?: string[]; source?: string },
): LoadedConfig {
  const source = options.source ?? 'the config object';
  return {
    config: validateConfig(config, source, schemaOptionsFor(options.knownRules, options.knownFormats)),
    filePath: null,
    source,
    baseDir: path.resolve(options.cwd),
    knownRules: options.knownRules,
  };
}

/** `--config FILE` if given, otherwise discovery from `cwd` upward, otherwise the defaults. */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd);
  if (options.configFile !== undefined) {
    const file = path.resolve(cwd, options.configFile);
    const inPackageJson = path.basename(file) === 'package.json';
    return readConfigFile({ path: file, inPackageJson }, { ...options, cwd, viaFlag: true });
  }
  const found = await findConfigFile(cwd);
  if (!found) return defaultConfig(cwd, options.knownRules);
  return readConfigFile(found, { ...options, cwd });
}
