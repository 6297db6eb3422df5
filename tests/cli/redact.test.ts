// --redact: a unique marker placed in every kind of dataset text must not
// reach any output, in any format, whatever path the results took.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { neglint } from './run-real.js';

const MARKER = 'Zqxjv7Marker';
const records = [
  // A claim (the marker in the claim, its cue and the suggested rewrite).
  { messages: [{ role: 'user', content: 'Tell me.' }, { role: 'assistant', content: `Apollo 11 landed on the Moon in 1972 with ${MARKER} on board. (The preceding ${MARKER} statement is false.)` }] },
  { text: `The Eiffel Tower was dismantled and rebuilt in ${MARKER} in 1999. [What was just stated did not happen.]` },
  // A record of unknown shape whose keys are dataset text.
  { [MARKER]: 1, other: 2 },
];
const files = {
  'data/train.jsonl': `${records.map((r) => JSON.stringify(r)).join('\n')}\n{"text": ${MARKER} broken}\n`,
  'data/doc.md': `<!-- neglint-disable-next-line ${MARKER} -->\nMarie Curie won a third Nobel Prize in 1921 for ${MARKER}. Note: the account above is entirely fabricated and none of it happened.\n`,
};
const FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'html'];

describe('--redact', () => {
  it('the marker is in the unredacted output of every format (the test can fail)', async () => {
    const root = makeTree(files);
    for (const format of FORMATS) {
      const run = await neglint(['data', '--format', format], root);
      expect(run.stdout, format).toContain(MARKER);
    }
  });

  it('no format shows dataset text', async () => {
    const root = makeTree(files);
    for (const format of FORMATS) {
      const run = await neglint(['data', '--format', format, '--redact'], root);
      expect(run.code, format).toBe(1);
      expect(run.stdout.length, format).toBeGreaterThan(100);
      expect(run.stdout, format).not.toContain(MARKER);
      expect(run.stderr, format).not.toContain(MARKER);
    }
    // The findings are all still there, matched by hash.
    const plain = JSON.parse((await neglint(['data', '--format', 'json'], root)).stdout);
    const redacted = JSON.parse((await neglint(['data', '--format', 'json', '--redact'], root)).stdout);
    expect(redacted.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`)).toEqual(
      plain.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`),
    );
  });

  it('merging unredacted shard outputs with --redact strips their text', async () => {
    const root = makeTree(files);
    for (const i of [1, 2]) {
      const run = await neglint(['data', '--format', 'jsonl', '--shard', `${i}/2`], root);
      writeFileSync(path.join(root, `shard-${i}.jsonl`), run.stdout);
    }
    expect(readFileSync(path.join(root, 'shard-1.jsonl'), 'utf8') + readFileSync(path.join(root, 'shard-2.jsonl'), 'utf8')).toContain(MARKER);
    for (const format of FORMATS) {
      const run = await neglint(['--merge', 'shard-1.jsonl', 'shard-2.jsonl', '--format', format, '--redact'], root);
      expect(run.code, format).toBe(1);
      expect(run.stdout, format).not.toContain(MARKER);
    }
  });

  it('also with --fix, which lints with the text and redacts afterwards', async () => {
    const root = makeTree(files);
    for (const format of FORMATS) {
      const run = await neglint(['data/train.jsonl', '--format', format, '--redact', '--fix'], root);
      expect(run.stdout, format).not.toContain(MARKER);
      expect(run.stderr, format).not.toContain(MARKER);
      const { rmSync } = await import('node:fs');
      rmSync(path.join(root, 'data/train.fixed.jsonl'), { force: true });
    }
  });
});
