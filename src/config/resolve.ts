// Per-file config: rule defaults, then the base config, then each matching
// override in order, then command-line flags.
import picomatch from 'picomatch';
import type { FileConfig, RuleSetting } from '../engine/config-types.js';
import type { SeverityOrOff, Weight } from '../types.js';
import type { ConfigOverride, LoadedConfig, Profile, RuleSettingInput } from './types.js';

export interface ResolveOptions {
  /** `--rule id=severity` flags, applied last. */
  ruleOverrides?: Record<string, SeverityOrOff>;
  /** `--profile`, applied last. */
  profile?: Profile;
  /** A format chosen outside the config (`lintText`'s `format`), applied last. */
  format?: string;
}

type Matcher = (relPath: string) => boolean;

/**
 * Compile globs the way .gitignore and ESLint's overrides read them: relative
 * to the config's directory; a glob without a slash matches a file name at any
 * depth; a glob naming a directory matches everything under it.
 */
export function globMatcher(globs: readonly string[]): Matcher {
  if (globs.length === 0) return () => false;
  const expanded: string[] = [];
  for (let glob of globs) {
    if (glob.startsWith('./')) glob = glob.slice(2);
    if (glob.endsWith('/')) {
      expanded.push(glob.slice(0, -1).includes('/') ? `${glob}**` : `**/${glob}**`);
      continue;
    }
    expanded.push(glob);
    if (glob.endsWith('**')) continue;
    // a directory: everything under it (a bare name names a directory at any depth)
    expanded.push(glob.includes('/') ? `${glob}/**` : `**/${glob}/**`);
  }
  // picomatch's own `basename` option also applies to globs with slashes, so split them here.
  const bare = expanded.filter((glob) => !glob.includes('/'));
  const slashed = expanded.filter((glob) => glob.includes('/')).map((glob) => (glob.startsWith('/') ? glob.slice(1) : glob));
  const matchName = bare.length > 0 ? picomatch(bare, { dot: true }) : () => false;
  const matchPath = slashed.length > 0 ? picomatch(slashed, { dot: true }) : () => false;
  return (relPath: string) => {
    const normal = relPath.replace(/\\/g, '/').replace(/^\.\//, '');
    return matchPath(normal) || matchName(normal.slice(normal.lastIndexOf('/') + 1));
  };
}

const matcherCache = new WeakMap<object, { files: Matcher; excluded: Matcher }>();

function overrideMatchers(override: ConfigOverride) {
  let cached = matcherCache.get(override);
  if (!cached) {
    cached = { files: globMatcher(override.files), excluded: globMatcher(override.excludedFiles ?? []) };
    matcherCache.set(override, cached);
  }
  return cached;
}

/** Indices of the overrides that apply to `relPath` (relative to the config's directory). */
export function matchingOverrides(loaded: LoadedConfig, relPath: string): number[] {
  const out: number[] = [];
  (loaded.config.overrides ?? []).forEach((override, index) => {
    const { files, excluded } = overrideMatchers(override);
    if (files(relPath) && !excluded(relPath)) out.push(index);
  });
  return out;
}

function applyRules(target: Record<string, RuleSetting>, rules: Record<string, RuleSettingInput> | undefined): void {
  for (const [id, input] of Object.entries(rules ?? {})) {
    const previous = target[id];
    if (typeof input === 'string') {
      // A bare severity keeps options set earlier (ESLint's behaviour).
      target[id] = { severity: input, options: previous?.options ?? {} };
    } else {
      target[id] = { severity: input[0], options: input.length > 1 ? { ...(input[1] as Record<string, unknown>) } : (previous?.options ?? {}) };
    }
  }
}

/**
 * The FileConfig for one file. `relPath` is the file's path relative to the
 * config's directory (`loaded.baseDir`), with forward slashes.
 */
export function resolveFileConfig(loaded: LoadedConfig, relPath: string, options: ResolveOptions = {}): FileConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of loaded.knownRules) rules[rule.id] = { severity: rule.severity, options: {} };

  const { config } = loaded;
  applyRules(rules, config.rules);
  let format = config.format ?? 'auto';
  let fields: Record<string, Weight> = { ...(config.fields ?? {}) };
  let profile: Profile = config.profile ?? 'default';

  for (const index of matchingOverrides(loaded, relPath)) {
    const override = config.overrides![index]!;
    applyRules(rules, override.rules);
    if (override.format !== undefined) format = override.format;
    if (override.fields !== undefined) fields = { ...fields, ...override.fields };
    if (override.profile !== undefined) profile = override.profile;
  }

  for (const [id, severity] of Object.entries(options.ruleOverrides ?? {})) {
    rules[id] = { severity, options: rules[id]?.options ?? {} };
  }
  if (options.profile !== undefined) profile = options.profile;
  if (options.format !== undefined) format = options.format;

  const formatOptions: FileConfig['formatOptions'] = { wholeConversation: profile === 'whole-conversation' };
  if (Object.keys(fields).length > 0) formatOptions.fields = fields;
  return { rules, format, formatOptions };
}
