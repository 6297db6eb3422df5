import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/io/read.js';
import { sniffFile } from '../../src/io/sniff.js';
import { fixture, readAll, tempFile } from './helpers.js';

describe('sniffFile', () => {
  it.each([
    ['openai-chat.jsonl', 'jsonl'],
    ['alpaca.json', 'json'],
    ['bad/array-multiline.json', 'json'],
    ['bad/single-object.json', 'json'],
    ['bad/jsonl-named.json', 'jsonl'],
    ['document.md', 'markdown'],
    ['document.txt', 'text'],
    ['bad/lfs-pointer.jsonl', 'lfs-pointer'],
    ['bad/empty.jsonl', 'empty'],
    ['bad/whitespace.jsonl', 'empty'],
    ['bad/bom-crlf.jsonl', 'jsonl'],
    ['bad/invalid-utf8.jsonl', 'jsonl'],
  ])('%s is %s', async (name, kind) => {
    expect((await sniffFile(fixture(name))).kind).toBe(kind);
  });

  it('explains empty files', async () => {
    expect(await sniffFile(fixture('bad/empty.jsonl'))).toEqual({ kind: 'empty', gzip: false, problem: 'empty file (0 bytes)' });
    expect((await sniffFile(fixture('bad/whitespace.jsonl'))).problem).toBe('empty file (only whitespace)');
  });

  it('finds binary files by NUL bytes', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x15, 0x04, 0, 0x12, 0x34, 0x80, 0xff, 0x00]);
    const result = await sniffFile(tempFile('data.png', bytes));
    expect(result.kind).toBe('binary');
    expect(result.problem).toMatch(/binary file/);
  });

  it('names Parquet and zstd data inside gzip, which no reader takes, by their magic bytes', async () => {
    const parquet = Buffer.from([0x50, 0x41, 0x52, 0x31, 0, 0, 0x15, 0x04, 0, 0x12, 0x34, 0x80, 0xff, 0x00]);
    const result = await sniffFile(tempFile('data.parquet.gz', gzipSync(parquet)));
    expect(result).toMatchObject({ kind: 'binary', gzip: true });
    expect(result.problem).toMatch(/^a Parquet file inside gzip or on standard input, which neglint cannot read: pass the \.parquet file itself/);
    const zst = await sniffFile(tempFile('data.jsonl.zst.gz', gzipSync(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x04, 0x58, 0x61, 0, 0]))));
    expect(zst.problem).toMatch(/^zstd-compressed data inside gzip, which neglint cannot read/);
    expect((await sniffFile(tempFile('data.bz2', Buffer.from('BZh91AY&SY\x00\x01', 'latin1')))).problem).toBe('bzip2-compressed data, which neglint cannot read: convert it to JSON Lines first');
  });

  it('finds binary files by NUL bytes throughout', async () => {
    const bytes = Buffer.alloc(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0 : 0x41 + (i % 20);
    const result = await sniffFile(tempFile('blob.jsonl', bytes));
    expect(result.kind).toBe('binary');
    expect(result.problem).toMatch(/binary file/);
  });

  it('does not call a JSON Lines file binary for one NUL byte in its first 8 KB', async () => {
    const text = Buffer.from('{"text":"a\u0000b"}\n{"text":"fine"}\n');
    expect(text.includes(0)).toBe(true);
    expect(await sniffFile(tempFile('one-nul.jsonl', text))).toEqual({ kind: 'jsonl', gzip: false });
  });

  it('names UTF-16 without a byte order mark and UTF-32', async () => {
    expect((await sniffFile(tempFile('le.jsonl', Buffer.from('{"text":"hello there"}\n', 'utf16le')))).problem).toMatch(/^UTF-16LE text without a byte order mark/);
    const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]);
    expect((await sniffFile(tempFile('u32.jsonl', utf32))).problem).toMatch(/^UTF-32/);
  });

  it('knows Parquet by its magic or its name (a damaged one is then unreadable, not skipped), zstd by its magic, CSV and TSV by name', async () => {
    const parquetish = Buffer.from([0x50, 0x41, 0x52, 0x31, 0, 0, 0x15, 0x04, 0, 0x12, 0x34, 0x80, 0xff, 0x00]);
    expect(await sniffFile(tempFile('data.bin', parquetish))).toEqual({ kind: 'parquet', gzip: false });
    expect((await sniffFile(tempFile('data.parquet', Buffer.from([0, 1, 2, 3, 4])))).kind).toBe('parquet');
    expect((await sniffFile(tempFile('data.parquet', 'version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 3\n'))).kind).toBe('lfs-pointer');
    expect(await sniffFile(fixture('tables/chat.jsonl.zst'))).toEqual({ kind: 'jsonl', gzip: false, zstd: true });
    expect((await sniffFile(fixture('tables/alpaca.csv'))).kind).toBe('csv');
    expect((await sniffFile(fixture('tables/alpaca.tsv'))).kind).toBe('tsv');
  });

  it('finds binary files without NUL bytes by their non-text bytes', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + ((i * 37) % 0x7f);
    expect((await sniffFile(tempFile('blob.jsonl', bytes))).kind).toBe('binary');
  });

  it('decodes UTF-16 with a byte order mark (issue 8: it was skipped as binary)', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"hi"}\n', 'utf16le')]);
    expect(await sniffFile(tempFile('u16.jsonl', le))).toEqual({ kind: 'jsonl', gzip: false, encoding: 'utf-16le' });
    const be = Buffer.from(le.toString('utf16le'), 'utf16le').swap16();
    expect(await sniffFile(tempFile('u16be.jsonl', be))).toEqual({ kind: 'jsonl', gzip: false, encoding: 'utf-16be' });
  });

  it('decodes UTF-16 inside zstd too (each layer as it would be alone)', async () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"hi"}\n{"text":"there"}\n', 'utf16le')]);
    // One zstd frame holding the bytes as a raw block (RFC 8878: single segment, 1-byte content size).
    const header = (text.length << 3) | 1;
    const frame = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, text.length, header & 0xff, (header >> 8) & 0xff, header >> 16]), text]);
    const file = tempFile('u16.jsonl.zst', frame);
    expect(await sniffFile(file)).toEqual({ kind: 'jsonl', gzip: false, zstd: true, encoding: 'utf-16le' });
    const { records, problems } = await readAll(file);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.line, r.value])).toEqual([[1, { text: 'hi' }], [2, { text: 'there' }]]);
  });

  it('sniffs inside gzip', async () => {
    expect(await sniffFile(tempFile('a.jsonl.gz', gzipSync('{"text":"x"}\n')))).toEqual({ kind: 'jsonl', gzip: true });
    expect(await sniffFile(tempFile('a.json.gz', gzipSync('[{"text":"x"}]')))).toEqual({ kind: 'json', gzip: true });
    expect(await sniffFile(tempFile('notes.md.gz', gzipSync('# Title\n')))).toEqual({ kind: 'markdown', gzip: true });
  });

  it('reports corrupt gzip as not lintable', async () => {
    const result = await sniffFile(tempFile('bad.jsonl.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05])));
    expect(result.kind).toBe('binary');
    expect(result.gzip).toBe(true);
    expect(result.problem).toMatch(/gzip/);
  });

  it('lets a Markdown extension win over a leading [ or {', async () => {
    expect((await sniffFile(tempFile('links.md', '[Home](/) | [Docs](/docs)\n\nText.\n'))).kind).toBe('markdown');
  });

  it('uses content when the extension says nothing', async () => {
    expect((await sniffFile(tempFile('data', '{"a":1}\n{"a":2}\n'))).kind).toBe('jsonl');
    expect((await sniffFile(tempFile('data', '[\n{"a":1}\n]\n'))).kind).toBe('json');
    expect((await sniffFile(tempFile('README', 'Just some words.\n'))).kind).toBe('text');
  });

  it('skips leading whitespace longer than the head', async () => {
    expect((await sniffFile(tempFile('late.jsonl', ' '.repeat(20000) + '\n{"a":1}\n'))).kind).toBe('jsonl');
  });

  it('accepts content passed in instead of a file', async () => {
    expect(await sniffFile('-', '{"a":1}\n')).toEqual({ kind: 'jsonl', gzip: false });
    expect((await sniffFile('stdin.md', '# Title\n')).kind).toBe('markdown');
  });
});

describe('special files', () => {
  it('turns an LFS pointer into one lfs-pointer problem', async () => {
    const { items, problems } = await readAll(fixture('bad/lfs-pointer.jsonl'));
    expect(items).toHaveLength(1);
    expect(problems).toEqual([
      {
        ruleId: 'lfs-pointer',
        messageId: 'pointer',
        message:
          'Git LFS pointer, not the data: fetch LFS objects (git lfs pull, or actions/checkout with lfs: true) to lint this file',
        line: 1,
        column: 1,
        record: null,
      },
    ]);
  });

  it('yields nothing for empty and binary files', async () => {
    expect((await readAll(fixture('bad/empty.jsonl'))).items).toEqual([]);
    expect((await readAll(tempFile('b.bin', Buffer.from([0, 1, 2, 3])))).items).toEqual([]);
  });

  it('reads content passed in instead of a file', async () => {
    const items = [];
    for await (const item of readRecords('-', { kind: 'jsonl', gzip: false }, '{"a":1}\n\n{"a":2}\n')) items.push(item);
    expect(items.map((i) => ('line' in i ? i.line : 0))).toEqual([1, 3]);
  });
});
