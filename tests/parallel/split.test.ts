import { problemMessage } from '../../src/engine/input-rules.js';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { discoverFiles } from '../../src/engine/discover.js';
import { lintFiles, listFormats, listRules } from '../../src/index.js';
import { planChunks, readChunk, readChunkBatches } from '../../src/parallel/chunks.js';
import { yielding } from '../../src/parallel/task.js';
import { lintFilesParallel } from '../../src/parallel/index.js';
import { readJsonLines } from '../../src/io/jsonl.js';
import { makeTree } from '../config/tmp.js';
import { awkwardJsonl, chatRecord, workerBuilt } from './data.js';

async function setup(files: Record<string, string>) {
  const root = makeTree(files);
  const config = await loadConfig({ cwd: root, knownRules: listRules().map((m) => ({ id: m.id, severity: m.severity })), knownFormats: listFormats() });
  const found = await discoverFiles(['.'], root, {});
  return { root, config, files: found };
}

async function whole(file: string) {
  const items = [];
  for await (const item of readJsonLines((async function* () { yield readFileSync(file); })())) items.push(item);
  return items;
}

describe('planChunks and readChunk', () => {
  it('ranges read back exactly the records, numbers and problems of the whole file', async () => {
    for (const bom of [false, true]) {
      const { root } = await setup({ 'a.jsonl': awkwardJsonl(700, { bom }) });
      const file = path.join(root, 'a.jsonl');
      // Invalid UTF-8 in records all through the file: its problems name the line and the record.
      const bytes = readFileSync(file);
      for (let at = bytes.indexOf('Record 1', 0); at !== -1; at = bytes.indexOf('Record 1', at + 5000)) bytes[at + 2] = 0xff;
      writeFileSync(file, bytes);
      const size = statSync(file).size;
      for (const parts of [2, 3, 7, 40]) {
        const chunks = await planChunks(file, size, parts);
        expect(chunks.length).toBeGreaterThan(1);
        expect(chunks[0]!.start).toBe(0);
        expect(chunks.at(-1)!.end).toBe(size);
        const items = [];
        for (const chunk of chunks) for await (const item of readChunk(file, chunk)) items.push(item);
        const expected = await whole(file);
        expect(expected.filter((i) => 'ruleId' in i && /invalid UTF-8/.test(problemMessage(i))).length).toBeGreaterThan(3);
        expect(items).toEqual(expected);
      }
    }
  });
});

describe('lintFilesParallel', () => {
  it('splitting a big file into ranges gives the same results as linting it whole', async () => {
    const { root, config, files } = await setup({ 'big.jsonl': awkwardJsonl(1500, { unknown: 40 }), 'small.jsonl': awkwardJsonl(30) });
    const expected = await lintFiles({ patterns: [], cwd: root, files, config });
    expect(expected.findings.filter((f) => f.ruleId === 'detached-negation').length).toBeGreaterThan(100);
    expect(expected.findings.some((f) => f.ruleId === 'unknown-format' && f.record === null)).toBe(true);
    expect(expected.findings.some((f) => f.ruleId === 'invalid-record')).toBe(true);
    const split = await lintFilesParallel({ cwd: root, files, config, concurrency: 3, chunkBytes: 20_000, inThisThread: true });
    expect(split).toEqual(expected);
  });

  it('a file of mixed shapes split into ranges: records of another shape than the first ones get the format they fit, as whole', async () => {
    // Chat records first (the file's detected format), then alpaca records: a
    // range that starts among the latter must not report them as unknown.
    const alpaca = (i: number) =>
      JSON.stringify({ instruction: `Tell me about item ${i}.`, input: '', output: 'Apollo 11 landed on the Moon in 1972 with four astronauts on board. (The preceding statement is false.)' });
    const lines = [...Array.from({ length: 400 }, (_, i) => chatRecord(i)), ...Array.from({ length: 400 }, (_, i) => alpaca(i))];
    const { root, config, files } = await setup({ 'mixed.jsonl': `${lines.join('\n')}\n` });
    const expected = await lintFiles({ patterns: [], cwd: root, files, config });
    expect(expected.findings.filter((f) => f.record! >= 400 && f.ruleId === 'detached-negation').length).toBeGreaterThan(100);
    expect(expected.findings.some((f) => f.ruleId === 'unknown-format')).toBe(false);
    const split = await lintFilesParallel({ cwd: root, files, config, concurrency: 2, chunkBytes: 20_000, inThisThread: true });
    expect(split).toEqual(expected);
  });

  it('tells onWorkers once, only when it starts worker threads', async () => {
    const { root, config, files } = await setup({ 'a.jsonl': awkwardJsonl(40), 'b.jsonl': awkwardJsonl(30) });
    let told = 0;
    const onWorkers = () => void told++;
    const one = await lintFilesParallel({ cwd: root, files, config, concurrency: 1, onWorkers });
    await lintFilesParallel({ cwd: root, files, config, concurrency: 2, inThisThread: true, onWorkers });
    expect(told).toBe(0);
    if (!workerBuilt) return;
    expect(await lintFilesParallel({ cwd: root, files, config, concurrency: 2, onWorkers })).toEqual(one);
    expect(told).toBe(1);
  });

  it('shards by file and by record partition the findings, and together equal one run', async () => {
    const { root, config, files } = await setup({
      'a.jsonl': awkwardJsonl(300),
      'b.jsonl': awkwardJsonl(200),
      'c.md': 'Apollo 11 landed on the Moon in 1972 with four astronauts on board. (The preceding statement is false.)\n',
      'd.jsonl': awkwardJsonl(100),
    });
    const expected = await lintFiles({ patterns: [], cwd: root, files, config });
    const key = (f: { path: string; line: number; column: number; ruleId: string; message: string }) => `${f.path}:${f.line}:${f.column}:${f.ruleId}:${f.message}`;
    for (const shardBy of ['file', 'record'] as const) {
      const parts = [];
      for (let index = 1; index <= 3; index++) {
        parts.push(await lintFilesParallel({ cwd: root, files, config, shard: { index, count: 3 }, shardBy }));
      }
      const merged = parts.flatMap((p) => p.findings.map(key)).sort();
      expect(merged).toEqual(expected.findings.map(key).sort());
      if (shardBy === 'file') {
        // File i-1 modulo 3: a.jsonl and d.jsonl in shard 1, b.jsonl in 2, c.md in 3.
        expect(parts.map((p) => p.files.map((f) => f.path))).toEqual([['a.jsonl', 'd.jsonl'], ['b.jsonl'], ['c.md']]);
      } else {
        // Every shard reads the JSON Lines files; the Markdown file goes to one shard.
        expect(parts.map((p) => p.files.map((f) => f.path))).toEqual([['a.jsonl', 'b.jsonl', 'd.jsonl'], ['a.jsonl', 'b.jsonl', 'd.jsonl'], ['a.jsonl', 'b.jsonl', 'c.md', 'd.jsonl']]);
        for (const [i, p] of parts.entries()) {
          expect(p.findings.every((f) => f.record === null || f.record % 3 === i)).toBe(true);
        }
      }
    }
  });
});

describe('yielding', () => {
  it('hands on the same records and problems, in order, in pieces', async () => {
    const { root } = await setup({ 'a.jsonl': awkwardJsonl(3000) });
    const file = path.join(root, 'a.jsonl');
    const chunk = (await planChunks(file, statSync(file).size, 1))[0]!;
    const plain = [];
    for await (const batch of readChunkBatches(file, chunk)) plain.push(...batch);
    const pieces = [];
    for await (const batch of yielding(readChunkBatches(file, chunk))) pieces.push(batch);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.flat()).toEqual(plain);
  });
});
