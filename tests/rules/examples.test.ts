import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintFile } from '../../src/engine/lint-file.js';
import { docExamples, type DocExample } from '../helpers/doc-examples.js';

/**
 * Every example on a rule's doc page runs through the whole engine: those
 * under "Invalid" must get a warning or an error from that rule, those under
 * "Valid" must not. The catalogue test fails when a page has none.
 */
const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'neglint-doc-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ids = readdirSync(join(root, 'rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

let n = 0;
async function findingsOf(example: DocExample, ruleId: string) {
  // A text example is one document (a .txt file would be one record per line): it is a {"text"} record.
  const ext = example.lang === 'markdown' ? 'md' : 'jsonl';
  const record = example.lang === 'json' ? JSON.parse(example.code) : example.lang === 'text' ? { text: example.code } : null;
  const body = record ? `${JSON.stringify(record)}\n` : `${example.code}\n`;
  const path = join(dir, `example-${n++}.${ext}`);
  writeFileSync(path, body);
  const { findings } = await lintFile({ path, displayPath: path, config: { rules: {}, format: 'auto', formatOptions: {} }, rules });
  return findings.filter((f) => f.ruleId === ruleId && f.severity !== 'info');
}

describe.each(ids)('%s doc page examples', (id) => {
  const examples = docExamples(join(root, 'rules', id, 'README.md'));
  it.each(examples.filter((e) => e.section === 'Invalid').map((e) => [e.line, e] as const))('Invalid example at README.md:%i is flagged', async (_, example) => {
    const found = await findingsOf(example, id);
    expect(found.length, `not flagged by ${id}:\n${example.code}`).toBeGreaterThan(0);
  });
  it.each(examples.filter((e) => e.section === 'Valid').map((e) => [e.line, e] as const))('Valid example at README.md:%i is not flagged', async (_, example) => {
    const found = await findingsOf(example, id);
    expect(found.map((f) => `${f.severity}: ${f.text ?? f.message}`), `flagged by ${id}:\n${example.code}`).toEqual([]);
  });
});
