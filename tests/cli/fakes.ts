// Stand-ins for the engine, the rule list and the reporters, so CLI tests check
// the CLI alone. The fake engine reports one finding for each `@rule-id` token
// in a file, at the configured severity; a file containing THROW makes it throw.
import { readFile } from 'node:fs/promises';
import type { FileConfig } from '../../src/engine/config-types.js';
import type { Finding, LintResults, ReporterOptions, RuleMeta, RuleModule } from '../../src/types.js';

function meta(id: string, severity: RuleMeta['severity'], description: string): RuleMeta {
  return { id, severity, description, url: `https://example.test/${id}`, messages: {}, cues: {} };
}

export const fakeRules: RuleModule[] = [
  { meta: meta('detached-negation', 'error', 'A claim whose negation is in another sentence'), create: () => ({ record() {} }) },
  { meta: meta('wrapped-negation', 'warning', 'A claim kept intact under an outer negation'), create: () => ({ record() {} }) },
  { meta: meta('fiction-frame', 'error', 'Factual claims inside a fiction frame'), create: () => ({ record() {} }) },
];

export interface FakeCall {
  path: string;
  displayPath: string;
  config: FileConfig;
  redact?: boolean;
  text?: string;
}
export const calls: FakeCall[] = [];

export async function lintFile(input: FakeCall & { rules: RuleModule[] }): Promise<{ file: LintResults['files'][number]; findings: Finding[] }> {
  calls.push({ path: input.path, displayPath: input.displayPath, config: input.config, redact: input.redact, text: input.text });
  const text = input.text ?? (await readFile(input.path, 'utf8'));
  if (text.includes('THROW')) throw new Error('the fake engine was told to throw');
  const findings: Finding[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/@([a-z-]+)/g)) {
      const ruleId = match[1]!;
      const severity = input.config.rules[ruleId]?.severity;
      if (!severity || severity === 'off') continue;
      findings.push({
        ruleId,
        severity,
        message: `fake ${ruleId}`,
        path: input.displayPath,
        line: index + 1,
        column: match.index! + 1,
        endLine: index + 1,
        endColumn: match.index! + match[0].length + 1,
        record: index,
        pointer: '/text',
        start: match.index!,
        end: match.index! + match[0].length,
        trained: 'trained',
        ...(input.redact ? {} : { text: line }),
        related: [],
        url: `https://example.test/${ruleId}`,
        suggestions: [],
        hash: `${ruleId}:${index}`,
      });
    }
  });
  const records = lines.filter((line) => line.trim() !== '').length;
  return { file: { path: input.displayPath, format: 'text', records, status: 'linted' }, findings };
}

/** Every reporter prints the results as JSON with the options it got, so tests can read them back. */
export function getReporter(name: string) {
  return (results: LintResults, options: ReporterOptions) =>
    JSON.stringify({ reporter: name, color: options.color, quiet: options.quiet, toolVersion: options.toolVersion, results });
}
