// The demo dataset and every rule's invalid fixtures through --fix (issue 8):
// the fixed copies, linted again, flag nothing that was fixed and nothing
// new; no notice or label of a fixed claim remains; records without a fix
// are byte-identical; and a second pass writes nothing. Only the two rules
// whose suggestions carry the notice edits so far (detached-negation and
// verdict-label) are on: the other rules' rewrites are still the old ones.
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { neglint } from '../cli/run-real.js';
import { inputRuleIds, listRules } from '../../src/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

interface Found {
  ruleId: string;
  record: number | null;
  line: number;
  text: string;
  related: Array<{ text: string }>;
  suggestions: Array<{ text: string }>;
}

function inputs(): string {
  const off = listRules().filter((m) => !['detached-negation', 'verdict-label'].includes(m.id) && !inputRuleIds.has(m.id));
  const root = makeTree({ 'neglint.config.json': JSON.stringify({ rules: Object.fromEntries(off.map((m) => [m.id, 'off'])) }) });
  for (const name of readdirSync(path.join(repo, 'fixtures/demo'))) cpSync(path.join(repo, 'fixtures/demo', name), path.join(root, `demo-${name}`));
  for (const rule of readdirSync(path.join(repo, 'fixtures/rules'))) {
    for (const name of readdirSync(path.join(repo, 'fixtures/rules', rule)).filter((n) => n.startsWith('invalid'))) {
      cpSync(path.join(repo, 'fixtures/rules', rule, name), path.join(root, `${rule}-${name}`));
    }
  }
  return root;
}

const normal = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

describe('--fix over the demo dataset and every invalid fixture', () => {
  it('keeps the meaning: fixed claims stay fixed, their notices go, nothing else changes', async () => {
    const root = inputs();
    const originals = readdirSync(root).filter((n) => !n.startsWith('.') && n !== 'neglint.config.json');
    const report = JSON.parse((await neglint([...originals, '--format', 'json'], root)).stdout);
    const run = await neglint([...originals, '--fix'], root);
    expect(run.code).toBe(1);
    const copies = originals.map((n) => n.replace(/\.(\w+)$/, '.fixed.$1')).filter((n) => existsSync(path.join(root, n)));
    expect(copies.length).toBeGreaterThanOrEqual(5);
    const after = JSON.parse((await neglint([...copies, '--format', 'json'], root)).stdout);

    const key = (f: Found) => `${f.ruleId}\u0000${normal(f.text ?? '')}`;
    const originalKeys = new Set((report.findings as Found[]).map(key));
    // Nothing new: every finding in a copy was already a finding of its input (one the fix left alone).
    for (const f of after.findings as Found[]) expect(originalKeys.has(key(f)), `${f.ruleId}: ${f.text}`).toBe(true);

    for (const name of copies) {
      const input = name.replace('.fixed.', '.');
      const oldText = readFileSync(path.join(root, input), 'utf8');
      const newText = readFileSync(path.join(root, name), 'utf8');
      const mine = (report.findings as Found[]).filter((f) => (f as unknown as { path: string }).path === input);
      const json = /\.jsonl$/.test(input);
      const oldRecords = json ? oldText.split('\n') : [oldText];
      const newRecords = json ? newText.split('\n') : [newText];
      expect(newRecords.length).toBe(oldRecords.length);
      oldRecords.forEach((old, i) => {
        const here = mine.filter((f) => (json ? f.record === i : true));
        const rewritten = here.filter((f) => f.suggestions[0] && f.suggestions[0].text !== '' && newRecords[i]!.includes(JSON.stringify(f.suggestions[0].text).slice(1, -1)));
        if (rewritten.length === 0) {
          // A record without a fix is byte-identical.
          expect(newRecords[i], `${name} record ${i}`).toBe(old);
          return;
        }
        // The claim is gone, and so is the notice or label it depended on (long enough to be unambiguous).
        const record = json ? JSON.stringify(JSON.parse(newRecords[i]!)) : newRecords[i]!;
        for (const f of rewritten.filter((g) => g.ruleId === 'detached-negation' || g.ruleId === 'verdict-label')) {
          for (const r of f.related.filter((x) => x.text.length > 12)) expect(record.includes(JSON.stringify(r.text).slice(1, -1)), `${name} ${i}: ${r.text}`).toBe(false);
        }
      });
    }

    // A second pass over the copies writes nothing.
    const second = await neglint([...copies, '--fix'], root);
    expect(second.stderr).not.toMatch(/wrote /);
    expect(readdirSync(root).filter((n) => n.includes('.fixed.fixed.'))).toEqual([]);
  }, 60_000);
});
