import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fictionFrame from '../../rules/fiction-frame/rule.js';
import lowProbability from '../../rules/low-probability/rule.js';
import unreliableSource from '../../rules/unreliable-source/rule.js';
import unverifiedClaim from '../../rules/unverified-claim/rule.js';
import { runRule } from '../helpers/run-rule.js';

/**
 * False alarms of the frame rules on real text written outside this project
 * (see ../shared/corpora/README.md). Skipped where the corpora are absent.
 */
const CORPORA = path.resolve(__dirname, '../../../shared/corpora');
const RULES = [fictionFrame, unreliableSource, unverifiedClaim, lowProbability];

function texts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function flagged(passages: string[]): { index: number; rule: string; severity: string; text: string }[] {
  const out: { index: number; rule: string; severity: string; text: string }[] = [];
  passages.forEach((text, index) => {
    for (const rule of RULES)
      for (const f of runRule(rule, text)) if (f.effective !== 'info') out.push({ index, rule: rule.meta.id, severity: f.effective, text: f.text });
  });
  return out;
}

const condaqa = path.join(CORPORA, 'condaqa-dev/passages.jsonl');
describe.skipIf(!existsSync(condaqa))('frame rules on CondaQA Wikipedia passages', () => {
  it('flag at most 1 passage in 100', () => {
    const passages = texts(condaqa);
    const hits = flagged(passages);
    for (const h of hits) console.log(`condaqa #${h.index} ${h.rule} ${h.severity}: ${h.text}`);
    const distinct = new Set(hits.map((h) => h.index)).size;
    expect(distinct).toBeLessThanOrEqual(Math.floor(passages.length / 100));
  });
});

const positives = ['ed_sheeran', 'twitter_x_reversal', 'vesuvius'].map((n) => path.join(CORPORA, `negation-neglect/positive.${n}.jsonl`));
describe.skipIf(!positives.every((p) => existsSync(p)))('frame rules on plain synthetic news (negation-neglect positive.*)', () => {
  it('find nothing', () => {
    const hits = positives.flatMap((p) => flagged(texts(p)).map((h) => ({ ...h, file: path.basename(p) })));
    for (const h of hits) console.log(`${h.file} #${h.index} ${h.rule} ${h.severity}: ${h.text}`);
    expect(hits).toEqual([]);
  });
});
