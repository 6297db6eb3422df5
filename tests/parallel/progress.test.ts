// LintProgress (issue 10) with the readers and splitting of issue 9: the
// records and bytes a run reports add up to the file whether it is read in one
// thread, in JSON Lines byte ranges or in runs of Parquet row groups, no call
// moves backwards, and each file is finished once, with the counts one thread gives.
import { copyFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lintFiles, listFormats, listRules } from '../../src/index.js';
import { readParquet } from '../../src/io/parquet.js';
import { lintFilesParallel } from '../../src/parallel/index.js';
import type { FileResult, LintProgress } from '../../src/types.js';
import { makeTree } from '../config/tmp.js';
import { awkwardJsonl, repo } from './data.js';

function recorder() {
  const advances: Array<{ path: string; records: number; bytes: number }> = [];
  const done: FileResult[] = [];
  const progress: LintProgress = {
    advance: (path, records, bytes) => void advances.push({ path, records, bytes }),
    fileDone: (file) => void done.push(file),
  };
  const total = (file: string) =>
    advances.filter((a) => a.path === file).reduce((sum, a) => ({ records: sum.records + a.records, bytes: sum.bytes + a.bytes }), { records: 0, bytes: 0 });
  return { advances, done, progress, total };
}

async function setup() {
  const root = makeTree({ 'big.jsonl': awkwardJsonl(1500, { unknown: 40 }) });
  copyFileSync(path.join(repo, 'fixtures/formats/tables/chat.parquet'), path.join(root, 'chat.parquet'));
  const config = await loadConfig({ cwd: root, knownRules: listRules().map((m) => ({ id: m.id, severity: m.severity })), knownFormats: listFormats() });
  const files = ['big.jsonl', 'chat.parquet'].map((f) => ({ path: path.join(root, f), displayPath: f }));
  return { root, config, files };
}

describe('progress through ranges and row groups', () => {
  it('reports every record and the bytes read, from one thread or from tasks, and finishes each file once with its counts', async () => {
    const { root, config, files } = await setup();
    const one = recorder();
    const single = await lintFiles({ patterns: [], cwd: root, files, config, progress: one.progress });
    const split = recorder();
    await lintFilesParallel({ cwd: root, files, config, concurrency: 3, chunkBytes: 400, inThisThread: true, progress: split.progress });

    const size = statSync(files[0]!.path).size;
    let parquetBytes = 0;
    for await (const item of readParquet(files[1]!.path)) if (!('ruleId' in item)) parquetBytes += item.raw.length;
    for (const run of [one, split]) {
      expect(run.advances.every((a) => a.records >= 0 && a.bytes >= 0)).toBe(true);
      expect(run.done).toEqual(single.files);
      // JSON Lines: every byte of the file but what follows the last record read (its newline, the truncated last line).
      const big = run.total('big.jsonl');
      expect(big.records).toBe(single.files[0]!.records);
      expect(big.bytes).toBeGreaterThan(size * 0.99);
      expect(big.bytes).toBeLessThanOrEqual(size);
      // Parquet has no byte offsets: each row counts its JSON, in one thread as in runs of row groups.
      expect(run.total('chat.parquet')).toEqual({ records: single.files[1]!.records, bytes: parquetBytes });
    }
    // The tasks were really ranges and runs of row groups, each reporting its own part.
    expect(split.advances.filter((a) => a.path === 'big.jsonl').length).toBeGreaterThan(5);
    expect(split.advances.filter((a) => a.path === 'chat.parquet').length).toBeGreaterThan(1);
    expect(split.advances.filter((a) => a.path === 'chat.parquet').every((a) => a.bytes > 0)).toBe(true);
  });
});
