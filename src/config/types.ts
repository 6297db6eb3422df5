import type { Severity, SeverityOrOff, Weight } from '../types.js';

export type Profile = 'default' | 'whole-conversation';
export const PROFILES: readonly Profile[] = ['default', 'whole-conversation'];
export const SEVERITIES: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];
export const WEIGHTS: readonly Weight[] = ['trained', 'context', 'penalized'];

/** A rule's setting as written in a config file: `"error"` or `["error", {options}]`. */
export type RuleSettingInput = SeverityOrOff | [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>];

/** One entry of `overrides`: settings for the files its globs match, applied in order. */
export interface ConfigOverride {
  files: string[];
  excludedFiles?: string[];
  rules?: Record<string, RuleSettingInput>;
  format?: string;
  fields?: Record<string, Weight>;
  profile?: Profile;
}

/** The contents of `neglint.config.json`, `.neglintrc.json` or `package.json#neglint`. */
export interface NeglintConfig {
  $schema?: string;
  rules?: Record<string, RuleSettingInput>;
  /** Globs that choose the dataset files when a directory is linted. */
  include?: string[];
  /** Globs of files never linted. */
  exclude?: string[];
  format?: string;
  fields?: Record<string, Weight>;
  profile?: Profile;
  overrides?: ConfigOverride[];
}

/** What config validation needs to know about a rule. */
export interface RuleDefault {
  id: string;
  severity: Severity;
}

/** A validated config, with where it came from. */
export interface LoadedConfig {
  config: NeglintConfig;
  /** Absolute path of the file it was read from; null when no config file was found. */
  filePath: string | null;
  /** How it was found, for people: `.neglintrc.json`, `package.json#neglint`, `--config cfg.json`, or `defaults`. */
  source: string;
  /** Directory that the globs in `include`, `exclude` and `overrides` are relative to. */
  baseDir: string;
  /** Every known rule and input-problem id with its default severity. */
  knownRules: RuleDefault[];
}
