// --format jsonl streams findings as records are linted: in one fixed order
// (records in order, findings about the file as a whole after them), the
// same with workers and ranges as in one thread (tests/parallel/cli.test.ts),
// and never as one list.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintFile } from '../../src/engine/lint-file.js';
import type { Finding } from '../../src/types.js';
import { neglint } from '../cli/run-real.js';
import { makeTree } from '../config/tmp.js';
import { datasetTree, repo, workerBuilt } from './data.js';

const built = workerBuilt;
const tree = datasetTree;

/** A jsonl output's finding lines and its file lines (`type: "file"`, after the findings). */
function parse(stdout: string) {
  const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  const first = lines.findIndex((l) => l.type === 'file');
  const findings = first < 0 ? lines : lines.slice(0, first);
  const files = first < 0 ? [] : lines.slice(first);
  expect(files.every((l) => l.type === 'file')).toBe(true);
  return { findings, files: files.map(({ type: _t, ...file }) => file) };
}

const key = (f: { path: string; record: number | null; line: number; column: number; ruleId: string; message: string }) =>
  `${f.path}|${f.record}|${f.line}|${f.column}|${f.ruleId}|${f.message}`;

describe('--format jsonl streaming', () => {
  it('writes the findings of the json report, records in order, file-wide findings after each file, then the file lines', async () => {
    const root = tree();
    const json = JSON.parse((await neglint(['data', '--format', 'json'], root)).stdout);
    const jsonl = await neglint(['data', '--format', 'jsonl'], root);
    expect(jsonl.code).toBe(1);
    const { findings: streamed, files } = parse(jsonl.stdout);
    expect(streamed.map(key).sort()).toEqual(json.findings.map(key).sort());
    // The jsonl reporter's file lines (issue 8), trained text included (issue 10), as the json report lists the files.
    expect(files).toEqual(json.files);
    expect(files.every((f) => typeof f.trainedChars === 'number')).toBe(true);
    for (const file of ['data/a.jsonl', 'data/big.jsonl']) {
      const mine = streamed.filter((f) => f.path === file);
      const firstNull = mine.findIndex((f) => f.record === null);
      const records = mine.slice(0, firstNull < 0 ? mine.length : firstNull).map((f) => f.record);
      expect(records).toEqual([...records].sort((a, b) => a - b));
      if (firstNull >= 0) expect(mine.slice(firstNull).every((f) => f.record === null)).toBe(true);
    }
    // Files in the sorted order, as in every report.
    const paths = [...new Set(streamed.map((f) => f.path))];
    expect(paths).toEqual([...paths].sort());
  });

  it('--output FILE, --quiet and --redact apply to the stream as to the report', async () => {
    const root = tree();
    const whole = await neglint(['data', '--format', 'jsonl', '--quiet', '--redact', '--output', 'out/report.jsonl'], root);
    expect(whole.stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    const { findings: lines, files } = parse(readFileSync(path.join(root, 'out/report.jsonl'), 'utf8'));
    expect(files.map((f) => f.path)).toEqual(['data/a.jsonl', 'data/b.jsonl', 'data/big.jsonl', 'data/notes.md']);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every((f) => f.severity === 'error' && f.text === undefined)).toBe(true);
  });

  it.skipIf(!built)('file lines sum the trained text of ranges and record shards as one thread counts it, and --merge keeps it', async () => {
    const root = tree();
    const one = parse((await neglint(['data', '--format', 'jsonl', '--concurrency', '1'], root)).stdout);
    expect(one.files.find((f) => f.path === 'data/big.jsonl').flaggedTrainedChars).toBeGreaterThan(0);
    const ranges = await neglint(['data', '--format', 'jsonl', '--concurrency', '2'], root, { env: { NEGLINT_CHUNK_BYTES: '16000' } });
    expect(parse(ranges.stdout).files).toEqual(one.files);
    expect(ranges.stdout).toBe((await neglint(['data', '--format', 'jsonl', '--concurrency', '1'], root)).stdout);
    for (const shardBy of ['record', 'file']) {
      const names: string[] = [];
      for (let i = 1; i <= 3; i++) {
        const run = await neglint(['data', '--format', 'jsonl', '--shard', `${i}/3`, '--shard-by', shardBy, '--concurrency', '2'], root, { env: { NEGLINT_CHUNK_BYTES: '16000' } });
        names.push(`${shardBy}-${i}.jsonl`);
        writeFileSync(path.join(root, names.at(-1)!), run.stdout);
      }
      const merged = JSON.parse((await neglint(['--merge', ...names, '--format', 'json'], root)).stdout);
      expect(merged.files, shardBy).toEqual(one.files);
    }
  }, 60_000);

  it('hands findings on record by record, not at the end of the file', async () => {
    const root = tree();
    const calls: Finding[][] = [];
    const out = await lintFile({
      path: path.join(root, 'data/big.jsonl'),
      displayPath: 'data/big.jsonl',
      config: { rules: {}, format: 'auto', formatOptions: {} },
      rules,
      onFindings: (list) => {
        calls.push(list);
      },
    });
    expect(out.findings).toEqual([]);
    expect(calls.length).toBeGreaterThan(50);
    const order = calls.flat().map((f) => f.record ?? Infinity);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.skipIf(!built)('splits a Parquet file by row groups between workers, and shards CSV and Parquet by record, with the same report', async () => {
    const root = makeTree({});
    for (const name of ['chat.parquet', 'chat.csv']) copyFileSync(path.join(repo, 'fixtures/formats/tables', name), path.join(root, name));
    for (const format of ['json', 'jsonl']) {
      const one = await neglint(['chat.parquet', '--format', format, '--concurrency', '1'], root);
      const two = await neglint(['chat.parquet', '--format', format, '--concurrency', '2'], root, { env: { NEGLINT_CHUNK_BYTES: '500' } });
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout).toMatch(/"rowGroup": ?2/);
    }
    const whole = await neglint(['chat.parquet', 'chat.csv', '--format', 'jsonl'], root);
    writeFileSync(path.join(root, 'whole.jsonl'), whole.stdout);
    for (let i = 1; i <= 2; i++) {
      const run = await neglint(['chat.parquet', 'chat.csv', '--format', 'jsonl', '--shard', `${i}/2`, '--shard-by', 'record'], root);
      writeFileSync(path.join(root, `s${i}.jsonl`), run.stdout);
    }
    const merged = await neglint(['--merge', 's1.jsonl', 's2.jsonl', '--format', 'json'], root);
    const expected = await neglint(['--merge', 'whole.jsonl', '--format', 'json'], root);
    expect(merged.stdout).toBe(expected.stdout);
  }, 60_000);
});
