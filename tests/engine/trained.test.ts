// FileResult.trainedChars / flaggedTrainedChars: the trained text a file
// holds and the part of it in flagged records, the same whether the file is
// linted whole, in ranges by workers, or in record shards merged back.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { makeTree } from '../config/tmp.js';
import { CLAIM, DISCLAIMER, cleanRecord, claimRecord, neglint, onlyDetachedNegation } from '../cli/run-real.js';

describe('trained text per file', () => {
  it('counts the trained segments (the assistant turn, not the prompt) and those of flagged records', async () => {
    const clean = cleanRecord(1);
    const flagged = claimRecord();
    const results = await lintText(`${clean}\n${flagged}\n`, { filename: 'a.jsonl', config: JSON.parse(onlyDetachedNegation()['neglint.config.json']!) });
    const answer = (line: string) => (JSON.parse(line).messages[1].content as string).length;
    expect(results.findings.map((f) => f.record)).toEqual([1]);
    expect(results.files[0]).toMatchObject({ records: 2, trainedChars: answer(clean) + answer(flagged), flaggedTrainedChars: `${CLAIM} ${DISCLAIMER}`.length });
  });

  it('a Markdown file whose only finding a directive disables is not flagged', async () => {
    const md = `<!-- neglint-disable-next-line detached-negation -->\n${CLAIM} ${DISCLAIMER}\n`;
    const results = await lintText(md, { filename: 'n.md', config: JSON.parse(onlyDetachedNegation()['neglint.config.json']!) });
    expect(results.findings).toEqual([]);
    expect(results.files[0]!.trainedChars).toBeGreaterThan(0);
    expect(results.files[0]!.flaggedTrainedChars).toBe(0);
  });

  it('workers (byte ranges) and record shards merged give the counts of a single run', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? claimRecord(`Q${i}?`) : cleanRecord(i)));
    const root = makeTree({ ...onlyDetachedNegation(), 'data.jsonl': `${lines.join('\n')}\n` });
    const files = async (args: string[], env?: Record<string, string>) => JSON.parse((await neglint(['data.jsonl', '--format', 'json', ...args], root, { env })).stdout).files;
    const single = await files([]);
    expect(single[0].flaggedTrainedChars).toBeGreaterThan(0);
    expect(await files(['--concurrency', '2'], { NEGLINT_CHUNK_BYTES: '4096' })).toEqual(single);
    for (const i of [1, 2, 3]) await neglint(['data.jsonl', '--shard', `${i}/3`, '--shard-by', 'record', '--format', 'jsonl', '-o', `s${i}.jsonl`], root);
    const merged = JSON.parse((await neglint(['--merge', 's1.jsonl', 's2.jsonl', 's3.jsonl', '--format', 'json'], root)).stdout).files;
    expect(merged).toEqual(single);
    expect(path.basename(merged[0].path)).toBe('data.jsonl');
  });
});
