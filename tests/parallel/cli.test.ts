import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { neglint } from '../cli/run-real.js';
import { awkwardJsonl, datasetTree, workerBuilt } from './data.js';

const built = workerBuilt;
const tree = datasetTree;

describe.skipIf(!built)('--concurrency', () => {
  it('gives the same JSON report, and the same streamed jsonl, as one worker, also when a large file is split into ranges', async () => {
    const root = tree();
    for (const format of ['json', 'jsonl']) {
      const one = await neglint(['data', '--format', format], root);
      expect(one.code).toBe(1);
      expect(one.stdout.split('"ruleId"').length).toBeGreaterThan(100);
      for (const n of ['2', '3']) {
        const many = await neglint(['data', '--format', format, '--concurrency', n], root, { env: { NEGLINT_CHUNK_BYTES: '16000' } });
        expect(many.stderr).toBe(one.stderr);
        expect(many.code).toBe(one.code);
        expect(many.stdout).toBe(one.stdout);
      }
    }
  }, 60_000);
});

describe('--shard and --merge', () => {
  for (const shardBy of ['file', 'record']) {
    it(`shards by ${shardBy}, merged, report what one run reports`, async () => {
      const root = tree();
      const whole = await neglint(['data', '--format', 'jsonl'], root);
      writeFileSync(path.join(root, 'whole.jsonl'), whole.stdout);
      const names: string[] = [];
      for (let i = 1; i <= 3; i++) {
        const run = await neglint(['data', '--format', 'jsonl', '--shard', `${i}/3`, '--shard-by', shardBy], root);
        expect(run.stderr).toBe('');
        names.push(`shard-${i}.jsonl`);
        writeFileSync(path.join(root, names.at(-1)!), run.stdout);
      }
      const expected = await neglint(['--merge', 'whole.jsonl', '--format', 'json'], root);
      const merged = await neglint(['--merge', ...names, '--format', 'json'], root);
      expect(merged.code).toBe(1);
      expect(JSON.parse(merged.stdout).findings).toEqual(JSON.parse(expected.stdout).findings);
      expect(JSON.parse(merged.stdout).summary).toEqual(JSON.parse(expected.stdout).summary);
      if (shardBy === 'file') {
        // The shards are disjoint: no finding twice. (By record, each shard caps its own
        // unknown-shape reports and --merge caps them again per file.)
        const lines = names.flatMap((n) => readFileSync(path.join(root, n), 'utf8').split('\n').filter(Boolean));
        expect(lines.length).toBe(whole.stdout.split('\n').filter(Boolean).length);
      }
      expect(JSON.parse(merged.stdout).findings.filter((f: { message: string }) => /more records without/.test(f.message)).length).toBe(1);
    });
  }

  it('--merge reports in any format and fails on a line that is not a finding', async () => {
    const root = makeTree({ 'a.jsonl': '{"nope": true}\n' });
    const bad = await neglint(['--merge', 'a.jsonl'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^neglint: --merge: a\.jsonl, line 1: not a neglint finding/);
    writeFileSync(path.join(root, 'empty.jsonl'), '');
    const empty = await neglint(['--merge', 'empty.jsonl', '--format', 'sarif'], root);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout).runs[0].results).toEqual([]);
  });

  it('refuses combinations that mean nothing', async () => {
    const root = tree();
    const cases: Array<[string[], RegExp]> = [
      [['data', '--shard-by', 'record'], /--shard-by needs --shard/],
      [['data', '--shard', '1/2', '--shard-by', 'line'], /--shard-by must be one of file\|record/],
      [['--merge'], /--merge needs the --format jsonl outputs/],
      [['--merge', 'x.jsonl', '--fix'], /--merge combines shard outputs; --fix applies to a lint run/],
      [['data', '--shard', '1/2', '--baseline', 'b.json', '--update-baseline'], /--update-baseline needs every finding/],
      [['data', '--shard', '1/2', '--shard-by', 'record', '--fix'], /several shards write the same copy/],
      [['data', '--fix', '--fix-dry-run'], /cannot be used together/],
    ];
    for (const [argv, message] of cases) {
      const run = await neglint(argv, root);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(message);
    }
  });
});

describe('--merge carries the shards files (issue 8, item 3)', () => {
  for (const shardBy of ['file', 'record']) {
    it(`by ${shardBy}: a shard's unreadable file fails the merge, whose report is the single run's`, async () => {
      const root = makeTree({
        'data/a.jsonl': awkwardJsonl(40),
        'data/b.jsonl.gz': '\u001f\u008bnot really gzip',
        'data/c.jsonl': awkwardJsonl(30),
        'data/empty.jsonl': '',
      });
      writeFileSync(path.join(root, 'data/b.jsonl.gz'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad]));
      const names: string[] = [];
      for (let i = 1; i <= 2; i++) {
        const run = await neglint(['data', '--format', 'jsonl', '--shard', `${i}/2`, '--shard-by', shardBy], root);
        names.push(`shard-${i}.jsonl`);
        writeFileSync(path.join(root, names.at(-1)!), run.stdout);
      }
      for (const format of ['json', 'stylish']) {
        const single = await neglint(['data', '--format', format], root);
        const merged = await neglint(['--merge', ...names, '--format', format], root);
        expect(single.code).toBe(1);
        expect(merged.code).toBe(1);
        expect(merged.stderr).toBe(single.stderr);
        expect(merged.stdout).toBe(single.stdout);
      }
      const report = JSON.parse((await neglint(['--merge', ...names, '--format', 'json'], root)).stdout);
      expect(report.summary.files).toBe(4);
      expect(report.files.map((f: { path: string; status: string }) => `${f.path}:${f.status}`)).toEqual([
        'data/a.jsonl:linted', 'data/b.jsonl.gz:error', 'data/c.jsonl:linted', 'data/empty.jsonl:skipped',
      ]);
      expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'unreadable-file').map((f: { path: string }) => f.path)).toEqual(['data/b.jsonl.gz']);
    });
  }

  it('a merge of shards that only skipped files says how many files, not "0 files"', async () => {
    const root = makeTree({ 'data/x.parquet': 'PAR1\u0000\u0000PAR1' });
    const shard = await neglint(['data/x.parquet', '--format', 'jsonl', '--shard', '1/1'], root);
    expect(shard.code).toBe(1);
    writeFileSync(path.join(root, 's.jsonl'), shard.stdout);
    const merged = await neglint(['--merge', 's.jsonl', '--format', 'html'], root);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toContain('<dd data-total="files">1</dd>');
    expect(merged.stdout).toContain('<dd data-total="records">0</dd>');
    expect(merged.stdout).toContain('1 file could not be linted');
  });
});
