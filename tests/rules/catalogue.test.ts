import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { ruleUrl } from '../../src/engine/rule-url.js';
import { docExamples } from '../helpers/doc-examples.js';

/**
 * Rules are documented and tested together: a rule folder, its list entry,
 * its doc page with Invalid and Valid examples (which examples.test.ts runs),
 * and its fixtures must all exist, or this fails.
 */
const root = join(import.meta.dirname, '../..');
const folders = readdirSync(join(root, 'rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('rule catalogue', () => {
  it('lists every rule folder exactly once, and nothing else', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(folders);
  });

  it('lists every rule in the README rules table with a link to its page', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const id of folders) expect(readme).toContain(`| [${id}](rules/${id}/README.md) |`);
  });

  for (const id of folders) {
    describe(id, () => {
      const rule = rules.find((r) => r.meta.id === id);
      it('has meta that matches its folder', () => {
        expect(rule?.meta.id).toBe(id);
        expect(rule?.meta.url).toBe(ruleUrl(id));
        expect(rule?.meta.description.length).toBeGreaterThan(10);
        expect(['error', 'warning', 'info']).toContain(rule?.meta.severity);
        expect(Object.keys(rule?.meta.messages ?? {}).length).toBeGreaterThan(0);
      });
      it('has a doc page with Invalid and Valid examples', () => {
        const doc = join(root, 'rules', id, 'README.md');
        expect(existsSync(doc), `${doc} is missing`).toBe(true);
        const text = readFileSync(doc, 'utf8');
        expect(text).toMatch(new RegExp(`^# ${id}\\b`, 'm'));
        // examples.test.ts runs each of them through the engine.
        const examples = docExamples(doc);
        expect(examples.filter((e) => e.section === 'Invalid').length, 'Invalid examples').toBeGreaterThanOrEqual(2);
        expect(examples.filter((e) => e.section === 'Valid').length, 'Valid examples').toBeGreaterThanOrEqual(2);
      });
      it('has valid and invalid fixtures', () => {
        for (const kind of ['valid', 'invalid']) {
          const file = join(root, 'fixtures', 'rules', id, `${kind}.jsonl`);
          expect(existsSync(file), `${file} is missing`).toBe(true);
          expect(readFileSync(file, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(5);
        }
      });
    });
  }
});
