// A dataset file that cannot be read fails the run; one bad byte costs at most
// its record (issue 8, item 2), through the real command line.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { CLAIM, claimRecord, cleanRecord, neglint, onlyDetachedNegation } from './run-real.js';

function tree(files: Record<string, Buffer | string>): string {
  const root = makeTree(onlyDetachedNegation());
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, name), content);
  return root;
}

async function json(argv: string[], root: string) {
  const run = await neglint([...argv, '--format', 'json'], root);
  return { ...run, report: JSON.parse(run.stdout) };
}

describe('unreadable-file', () => {
  const cases: Array<[name: string, bytes: Buffer, reason: RegExp]> = [
    ['corrupt.jsonl.gz', Buffer.from([0x1f, 0x8b, 0x63, 0x6f, 0x72, 0x72, 0x75, 0x70, 0x74]), /^gzip data is corrupt/],
    // Parquet and zstd have readers (issue 9): these are damaged ones, which the reader finds unreadable from the start.
    ['train.parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 0x15), Buffer.from('PAR1')]), /^not a readable Parquet file \(.+\); nothing in it was linted$/],
    ['train.jsonl.zst', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x24, 0x10, 0x81, 0x00, 0x00, 0x7b]), /^zstd data (is corrupt \(.+\)|ends early: the file appears truncated); no record could be read$/],
    ['weights.bin', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7) % 256)), /^binary file/],
    ['u32.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{"text":"x"}\n', 'utf16le')]), /^UTF-32/],
  ];
  for (const [name, bytes, reason] of cases) {
    it(`${name}: an error finding, status error, exit 1 (it was skipped with exit 0)`, async () => {
      const run = await json([name, 'good.jsonl'], tree({ [name]: bytes, 'good.jsonl': `${cleanRecord(1)}\n` }));
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      const file = run.report.files.find((f: { path: string }) => f.path === name);
      expect(file).toMatchObject({ path: name, records: 0, status: 'error' });
      expect(file.reason).toMatch(reason);
      const problems = run.report.findings.filter((f: { ruleId: string }) => f.ruleId === 'unreadable-file');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ severity: 'error', path: name, line: 1, url: expect.stringMatching(/docs\/input-problems\.md#unreadable-file$/) });
      expect(problems[0].message).toMatch(reason);
    });
  }

  it('turned off, the file is reported as skipped and the run passes', async () => {
    const root = tree({ 'x.parquet': Buffer.from('PAR1\u0000\u0000\u0000PAR1'), 'neglint.config.json': JSON.stringify({ rules: { ...JSON.parse(onlyDetachedNegation()['neglint.config.json']!).rules, 'unreadable-file': 'off' } }) });
    const run = await json(['x.parquet'], root);
    expect(run.code).toBe(0);
    expect(run.report.files[0]).toMatchObject({ status: 'skipped' });
    expect(run.report.findings).toEqual([]);
  });

  it('streamed --format jsonl judges it the same way: a finding and a file line, exit 1, nothing on stderr', async () => {
    const root = tree({ 'corrupt.jsonl.gz': Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]), 'broken.parquet': 'PAR1 not really', 'good.jsonl': `${cleanRecord(1)}\n` });
    const run = await neglint(['corrupt.jsonl.gz', 'broken.parquet', 'good.jsonl', '--format', 'jsonl'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.ruleId === 'unreadable-file').map((l) => l.path)).toEqual(['broken.parquet', 'corrupt.jsonl.gz']);
    expect(lines.filter((l) => l.type === 'file').map((l) => [l.path, l.status])).toEqual([
      ['broken.parquet', 'error'],
      ['corrupt.jsonl.gz', 'error'],
      ['good.jsonl', 'linted'],
    ]);
  });

  it('stylish says the file could not be linted and the run fails', async () => {
    const run = await neglint(['corrupt.jsonl.gz'], tree({ 'corrupt.jsonl.gz': Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]) }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('unreadable-file');
    expect(run.stdout).toContain('1 file could not be linted.');
  });
});

describe('decodable encodings and bad bytes', () => {
  it('UTF-16 with a byte order mark is decoded and linted (LE and BE)', async () => {
    const text = `${claimRecord()}\n${cleanRecord(1)}\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const run = await json(['le.jsonl', 'be.jsonl'], tree({ 'le.jsonl': le, 'be.jsonl': be }));
    expect(run.code).toBe(1);
    expect(run.report.files.map((f: { status: string; records: number }) => [f.status, f.records])).toEqual([['linted', 2], ['linted', 2]]);
    expect(run.report.findings.map((f: { ruleId: string; text: string; line: number }) => [f.ruleId, f.text, f.line])).toEqual([
      ['detached-negation', CLAIM, 1],
      ['detached-negation', CLAIM, 1],
    ]);
  });

  it('a NUL byte inside one JSONL record costs that record only (the file was skipped whole)', async () => {
    const bytes = Buffer.concat([Buffer.from(`${cleanRecord(0)}\n{"text": "broken`), Buffer.from([0]), Buffer.from(` record"}\n${claimRecord()}\n`)]);
    const run = await json(['nul.jsonl'], tree({ 'nul.jsonl': bytes }));
    expect(run.code).toBe(1);
    expect(run.report.files[0]).toMatchObject({ status: 'linted', records: 2 });
    expect(run.report.findings.map((f: { ruleId: string; record: number }) => [f.ruleId, f.record])).toEqual([
      ['invalid-record', 1],
      ['detached-negation', 2],
    ]);
  });

  it('a gzip stream with the NUL record inside is read the same way', async () => {
    const bytes = gzipSync(Buffer.concat([Buffer.from('{"text": "a'), Buffer.from([0]), Buffer.from(`"}\n${claimRecord()}\n`)]));
    const run = await json(['nul.jsonl.gz'], tree({ 'nul.jsonl.gz': bytes }));
    expect(run.report.findings.map((f: { ruleId: string; record: number }) => [f.ruleId, f.record])).toEqual([
      ['invalid-record', 0],
      ['detached-negation', 1],
    ]);
  });
});
