import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintFile } from '../../src/engine/lint-file.js';

/**
 * markdownlint-style fixtures: every invalid record carries its expected
 * findings inline under "neglint-expect"; valid records must get no warning or
 * error from any rule. The whole engine runs, from reader to finding.
 */
const root = join(import.meta.dirname, '../..');
const fixtureRoot = join(root, 'fixtures', 'rules');
const ids = existsSync(fixtureRoot) ? readdirSync(fixtureRoot).sort() : [];

interface Expect {
  ruleId: string;
  text: string;
  severity: string;
}

async function lint(path: string) {
  return lintFile({ path, displayPath: path, config: { rules: {}, format: 'auto', formatOptions: {} }, rules });
}

describe.each(ids)('%s fixtures', (id) => {
  it('invalid.jsonl: each record gets exactly its expected findings', async () => {
    const path = join(fixtureRoot, id, 'invalid.jsonl');
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
    const { findings } = await lint(path);
    lines.forEach((line, index) => {
      const expected = (JSON.parse(line)['neglint-expect'] ?? []) as Expect[];
      expect(expected.length, `record ${index} of ${id}/invalid.jsonl has no neglint-expect`).toBeGreaterThan(0);
      const got = findings
        .filter((f) => f.record === index && f.severity !== 'info')
        .map((f) => ({ ruleId: f.ruleId, text: f.text, severity: f.severity }));
      const want = expected.filter((e) => e.severity !== 'info');
      expect(got, `record ${index}: ${line.slice(0, 120)}`).toEqual(expect.arrayContaining(want));
      expect(got.length, `record ${index}: unexpected extra findings ${JSON.stringify(got)}`).toBe(want.length);
    });
  });

  it('valid.jsonl: no warning or error from any rule', async () => {
    const path = join(fixtureRoot, id, 'valid.jsonl');
    const { findings } = await lint(path);
    const loud = findings.filter((f) => f.severity !== 'info');
    expect(loud.map((f) => `${f.line}: ${f.ruleId} ${f.text ?? f.message}`)).toEqual([]);
  });
});
