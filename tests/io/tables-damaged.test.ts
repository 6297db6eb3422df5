// Damaged and awkward table and zstd files: each problem is reported where it
// is, the rest of the file is still linted, and a file that cannot be read
// fails the run.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { neglint } from '../cli/run-real.js';
import { makeTree } from '../config/tmp.js';
import { lintFiles, listRules } from '../../src/index.js';
import { findingMessage } from '../../src/reporters/common.js';
import type { Finding } from '../../src/types.js';
import { fixture, readAll, tempFile } from './helpers.js';

/** A finding's message as the reporters fill it (messages are templates since issue 8). */
const message = (f: Finding) => findingMessage(f, { rules: listRules() });

async function lintOne(file: string) {
  return lintFiles({ patterns: [], files: [{ path: file, displayPath: path.basename(file) }], config: {} });
}

describe('damaged Parquet', () => {
  it('a file that is not Parquet at all is unreadable-file (error), and the run fails', async () => {
    const file = tempFile('broken.parquet', 'PAR1 this is not really a parquet file');
    const results = await lintOne(file);
    expect(results.files[0]).toMatchObject({ status: 'error', records: 0 });
    expect(results.findings.map((f) => [f.ruleId, f.severity])).toEqual([['unreadable-file', 'error']]);
    expect(message(results.findings[0]!)).toMatch(/^not a readable Parquet file \(.+\); nothing in it was linted$/);
    const run = await neglint([file, '--format', 'json'], path.dirname(file));
    expect(run.code).toBe(1);
  });

  it('a truncated file (its footer cut off) is unreadable-file', async () => {
    const bytes = readFileSync(fixture('tables/chat.parquet'));
    const results = await lintOne(tempFile('cut.parquet', bytes.subarray(0, bytes.length - 40)));
    expect(results.findings.map((f) => f.ruleId)).toEqual(['unreadable-file']);
  });

  it('a damaged row group costs that group only: the others are linted', async () => {
    const { parquetMetadata } = await import('hyparquet');
    const bytes = Buffer.from(readFileSync(fixture('tables/chat.parquet')));
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    // Overwrite the compressed pages of row group 1 (rows 5-9) with garbage.
    for (const column of metadata.row_groups[1]!.columns) {
      const start = Number(column.meta_data!.data_page_offset);
      bytes.fill(0xab, start + 8, start + Number(column.meta_data!.total_compressed_size));
    }
    const results = await lintOne(tempFile('damaged.parquet', bytes));
    const damaged = results.findings.filter((f) => f.ruleId === 'unreadable-file');
    expect(damaged.map((f) => [f.record, f.rowGroup, f.line])).toEqual([[5, 1, 6]]);
    expect(message(damaged[0]!)).toMatch(/^row group 1 \(rows 5-9\) cannot be read \(.+\); its rows were not linted$/);
    const claims = results.findings.filter((f) => f.ruleId === 'detached-negation').map((f) => f.record);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((r) => r! < 5 || r! >= 10)).toBe(true);
    expect(results.files[0]!.records).toBe(7);
  });

  it('cannot come from standard input', async () => {
    const run = await neglint(['-', '--stdin-filename', 'x.parquet'], makeTree({}), { stdin: 'PAR1' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Parquet cannot be read from standard input/);
  });
});

describe('damaged zstd', () => {
  it('a truncated .jsonl.zst keeps the records before the cut and reports unreadable-file after them', async () => {
    const bytes = readFileSync(fixture('tables/chat.jsonl.zst'));
    const results = await lintOne(tempFile('cut.jsonl.zst', bytes.subarray(0, Math.floor(bytes.length * 0.6))));
    const problems = results.findings.filter((f) => f.ruleId === 'unreadable-file');
    expect(problems.length).toBe(1);
    expect(message(problems[0]!)).toMatch(/^zstd data ends early: the file appears truncated; /);
  });

  it('garbage after the zstd magic is unreadable-file, not a skipped binary file', async () => {
    const bytes = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(64, 0xff)]);
    const results = await lintOne(tempFile('junk.jsonl.zst', bytes));
    // Not a record could be read: the file's status is error, as for any unreadable file (issue 8).
    expect(results.files[0]).toMatchObject({ status: 'error', records: 0, reason: expect.stringMatching(/^zstd data is corrupt/) });
    expect(results.findings.map((f) => [f.ruleId, f.severity])).toEqual([['unreadable-file', 'error']]);
    expect(message(results.findings[0]!)).toMatch(/^zstd data is corrupt .*; no record could be read$/);
  });

  it('reads concatenated zstd frames as one stream', async () => {
    const one = readFileSync(fixture('tables/chat.jsonl.zst'));
    const { records } = await readAll(tempFile('twice.jsonl.zst', Buffer.concat([one, one])));
    expect(records.length).toBe(24);
    expect(records[12]!.line).toBe(13);
  });
});

describe('awkward CSV', () => {
  it('a row with the wrong number of fields is invalid-record at its line; the other rows are linted', async () => {
    const file = tempFile('rows.csv', 'text,source\n"A first row, quoted",web\nonly one field\n"third\nrow, two lines",book\nlast,row\n');
    const { records, problems } = await readAll(file);
    expect(records.map((r) => [r.index, r.line, (r.value as { text: string }).text])).toEqual([
      [0, 2, 'A first row, quoted'],
      [2, 4, 'third\nrow, two lines'],
      [3, 6, 'last'],
    ]);
    expect(problems.map((p) => [p.ruleId, p.line, p.record, p.message])).toEqual([
      ['invalid-record', 3, 1, 'CSV row at line 3 has 1 field, the header has 2; not linted (record 1)'],
    ]);
  });

  it('an unclosed quote is reported at the line where reading stops', async () => {
    const { records, problems } = await readAll(tempFile('open.csv', 'text\nfine\n"never closed\nmore\n'));
    expect(records.map((r) => r.value)).toEqual([{ text: 'fine' }]);
    expect(problems.map((p) => p.ruleId)).toEqual(['invalid-record']);
    expect(problems[0]!.message).toMatch(/^a quoted CSV field is never closed .* at line \d+; the rows after it could not be read$/);
  });

  it('parses chat JSON only in chat columns, and only when it has a chat shape', async () => {
    const file = tempFile('mixed.csv', 'instruction,input,output\nConvert to YAML,"{""a"": 1}",a: 1\n');
    const { records } = await readAll(file);
    expect(records[0]!.value).toEqual({ instruction: 'Convert to YAML', input: '{"a": 1}', output: 'a: 1' });
  });
});

describe('reporting rows of Parquet files', () => {
  it('stylish names row and row group; json, jsonl and sarif carry rowGroup; --merge keeps it', async () => {
    const root = makeTree({});
    copyFileSync(fixture('tables/chat.parquet'), path.join(root, 'chat.parquet'));
    const stylish = await neglint(['chat.parquet'], root);
    expect(stylish.stdout).toMatch(/^ {2}row 1 \(group 0\) +error/m);
    const json = JSON.parse((await neglint(['chat.parquet', '--format', 'json'], root)).stdout);
    expect(json.findings[0]).toMatchObject({ record: 1, rowGroup: 0, line: 2 });
    const sarif = JSON.parse((await neglint(['chat.parquet', '--format', 'sarif'], root)).stdout);
    expect(sarif.runs[0].results[0].properties).toMatchObject({ record: 1, rowGroup: 0 });
    const jsonl = await neglint(['chat.parquet', '--format', 'jsonl'], root);
    writeFileSync(path.join(root, 'shard.jsonl'), jsonl.stdout);
    const merged = JSON.parse((await neglint(['--merge', 'shard.jsonl', '--format', 'json'], root)).stdout);
    expect(merged.findings.map((f: { rowGroup?: number }) => f.rowGroup)).toEqual(json.findings.map((f: { rowGroup?: number }) => f.rowGroup));
  });

  it('--fix refuses CSV, Parquet and zstd files, saying so, and writes nothing', async () => {
    const root = makeTree({});
    for (const name of ['chat.parquet', 'chat.csv', 'chat.jsonl.zst']) copyFileSync(fixture(`tables/${name}`), path.join(root, name));
    const run = await neglint(['chat.parquet', 'chat.csv', 'chat.jsonl.zst', '--fix'], root);
    for (const what of ['PARQUET', 'CSV', 'zstd-compressed']) expect(run.stderr).toContain(`--fix does not support ${what} files`);
    expect(run.stderr).toMatch(/nothing to fix/);
  });
});
