import type { FormatOptions, SeverityOrOff } from '../types.js';

/** A rule's setting after config resolution: severity plus rule options. */
export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

/** Everything the engine needs to lint one file, resolved from config files, overrides and flags. */
export interface FileConfig {
  rules: Record<string, RuleSetting>;
  /** Format adapter name, or 'auto' to detect from the file's records. */
  format: string;
  formatOptions: FormatOptions;
}
