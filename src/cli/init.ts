// `neglint --init`: a commented starter config, written only where no config
// would be shadowed or overwritten. The text is JSONC (src/config/json.ts), so
// the comments stay valid; every setting is shown commented out with its
// default, so the file changes nothing until someone edits it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import { CONFIG_FILE_NAMES, PACKAGE_JSON_KEY } from '../config/load.js';
import type { RuleMeta } from '../types.js';
import { writing } from './outputs.js';

/** Where the published schema of a release is (schema/ in the repository, at the release's tag). */
export function schemaUrl(version: string): string {
  return `https://raw.githubusercontent.com/neglint/neglint/v${version}/schema/neglint.config.schema.json`;
}

/** The starter config's text: every rule listed with its default severity, commented out. */
export function starterConfig(rules: readonly RuleMeta[], version: string): string {
  const width = Math.max(...rules.map((r) => r.id.length)) + 3;
  const ruleLines = rules.map((r) => `    // ${`"${r.id}":`.padEnd(width)} "${r.severity}",`);
  return [
    '// neglint config (JSONC: comments and trailing commas are fine).',
    '// Every key is optional; what is commented out below is the default.',
    '// Docs: https://github.com/neglint/neglint#configuration',
    '{',
    `  "$schema": "${schemaUrl(version)}",`,
    '',
    '  // Severity per rule: "off", "info", "warning" or "error" (neglint --list-rules).',
    '  "rules": {',
    ...ruleLines,
    '  },',
    '',
    '  // The files a directory expands to (default: .jsonl .ndjson .json .md .txt, and .gz),',
    '  // and files never linted.',
    '  // "include": ["data/**/*.jsonl"],',
    '  // "exclude": ["eval/**"],',
    '',
    '  // "whole-conversation" when your trainer trains on every turn (no prompt masking).',
    '  // "profile": "default",',
    '',
    '  // Settings for the files matching each entry\'s globs, applied in order.',
    '  "overrides": [',
    '    // { "files": ["data/fiction/**"], "rules": { "fiction-frame": "info" } },',
    '    // { "files": ["data/custom/*.jsonl"], "format": "fields", "fields": { "/body": "trained", "/question": "context" } },',
    '  ],',
    '}',
    '',
  ].join('\n');
}

async function existing(dir: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    if (await fs.stat(path.join(dir, name)).then(() => true, () => false)) return name;
  }
  const pkg = await fs.readFile(path.join(dir, 'package.json'), 'utf8').catch(() => null);
  if (pkg !== null) {
    try {
      const value: unknown = JSON.parse(pkg);
      if (value !== null && typeof value === 'object' && PACKAGE_JSON_KEY in value) return `package.json#${PACKAGE_JSON_KEY}`;
    } catch {
      // not a config
    }
  }
  return undefined;
}

/**
 * Writes the starter config to `target` (default: neglint.config.json in cwd).
 * Refuses when the file exists, and, for the default name, when the directory
 * already has a config that the new file would shadow.
 */
export async function writeStarterConfig(cwd: string, rules: readonly RuleMeta[], version: string, target?: string): Promise<string> {
  const file = path.resolve(cwd, target ?? CONFIG_FILE_NAMES[0]);
  const shown = path.relative(cwd, file) || file;
  if (target === undefined) {
    const found = await existing(cwd);
    if (found !== undefined) throw new UsageError(`--init: ${found} already exists here; refusing to write another config next to it`);
  }
  await writing(shown, async () => {
    try {
      // 'wx': never over an existing file, even one created since the check.
      await fs.writeFile(file, starterConfig(rules, version), { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`--init: ${shown} already exists; refusing to overwrite it`);
      throw error;
    }
  });
  return shown;
}
