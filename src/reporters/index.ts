// The reporters by `--format` name. Each is a pure function of the results.

import type { Reporter } from '../types.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const reporters: Record<string, Reporter> = { stylish, json, jsonl, sarif, github, html };

/** The `--format` values, default first. */
export const reporterNames: readonly string[] = Object.keys(reporters);

export const defaultReporter = 'stylish';

/** The reporter for a `--format` name; throws an Error naming the valid formats for an unknown one. */
export function getReporter(name: string): Reporter {
  if (Object.prototype.hasOwnProperty.call(reporters, name)) {
    const reporter = reporters[name];
    if (reporter !== undefined) return reporter;
  }
  throw new Error(`Unknown format "${name}"; use one of: ${reporterNames.join(', ')}`);
}

export { stylish, json, jsonl, sarif, github, html };
export { mergeJsonl, compareFindings } from './merge.js';
export { escapeData, escapeProperty } from './github.js';
export { escapeHtml } from './html.js';
export { toJsonReport } from './json.js';
export { toSarif } from './sarif.js';
