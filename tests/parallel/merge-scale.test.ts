import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { neglint } from '../cli/run-real.js';

// --merge grouped findings by file by copying the file's list for every
// finding: 60k findings of one file took 46 s. At 200k this never finishes
// within the test's limit; appended in place it is a fraction of a second.
function finding(i: number, file: string): string {
  return JSON.stringify({
    ruleId: 'detached-negation', severity: 'warning', message: 'm', path: file,
    line: i + 1, column: 1, endLine: i + 1, endColumn: 5, record: i, pointer: '/text',
    start: 0, end: 4, trained: 'trained', text: 'abcd', related: [], url: '', suggestions: [], hash: `h${i}`,
  });
}

describe('--merge at scale', () => {
  it('merges 200k findings of one file, in record order', async () => {
    const root = makeTree({});
    const n = 200_000;
    // Two shards, interleaved by record, so the merge has to sort.
    const shard = (r: number) => Array.from({ length: n / 2 }, (_, k) => finding(2 * k + r, 'data/big.jsonl')).join('\n');
    writeFileSync(path.join(root, 's1.jsonl'), shard(0));
    writeFileSync(path.join(root, 's2.jsonl'), shard(1));
    const merged = await neglint(['--merge', 's1.jsonl', 's2.jsonl', '--format', 'jsonl', '--fail-on', 'never'], root);
    expect(merged.stderr).toBe('');
    const records = merged.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).record as number);
    expect(records.length).toBe(n);
    expect(records.every((r, i) => r === i)).toBe(true);
  }, 60_000);
});
