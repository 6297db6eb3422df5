import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture, readAll, tempFile } from './helpers.js';

describe('JSON Lines reader', () => {
  it('reports a malformed line at its line and column and keeps reading', async () => {
    const { kind, records, problems } = await readAll(fixture('bad/malformed.jsonl'));
    expect(kind).toBe('jsonl');
    // Line 3 is blank: not a record, but lines are still counted.
    expect(records.map((r) => [r.index, r.line])).toEqual([
      [0, 1],
      [1, 2],
      [3, 5],
    ]);
    expect(problems).toHaveLength(1);
    const p = problems[0]!;
    expect(p.ruleId).toBe('invalid-record');
    expect(p.line).toBe(4);
    expect(p.record).toBe(2);
    // `{"text":"The third one has a trailing comma",}`: the `}` is column 47.
    const rawLine = '{"text":"The third one has a trailing comma",}';
    expect(p.column).toBe(rawLine.indexOf('}', 40) + 1);
    expect(p.message).toBe(`Invalid JSON at column ${p.column}: Expected double-quoted property name (record 2)`);
  });

  it('keeps raw text, byte offsets and values', async () => {
    const { records } = await readAll(fixture('bad/malformed.jsonl'));
    expect(records[0]!.raw).toBe('{"text":"The first record is fine."}');
    expect(records[0]!.byteOffset).toBe(0);
    expect(records[1]!.byteOffset).toBe(Buffer.byteLength(records[0]!.raw) + 1);
    expect(records[2]!.value).toEqual({ text: 'The fourth one is fine again.' });
    expect(records[2]!.column).toBe(1);
  });

  it('says a file is truncated when its last line breaks off', async () => {
    const { records, problems } = await readAll(fixture('bad/truncated.jsonl'));
    expect(records).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.record).toBe(2);
    expect(problems[0]!.message).toMatch(/appears truncated/);
  });

  it('does not call a complete last line without newline truncated', async () => {
    const { records, problems } = await readAll(tempFile('x.jsonl', '{"text":"a"}\n{"text":"b"}'));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.value)).toEqual([{ text: 'a' }, { text: 'b' }]);
  });

  it('strips a BOM and CRLF, and skips blank lines', async () => {
    const { records, problems } = await readAll(fixture('bad/bom-crlf.jsonl'));
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.index, r.line, r.raw])).toEqual([
      [0, 1, '{"text":"Starts with a byte order mark."}'],
      [1, 2, '{"text":"Windows line endings."}'],
      [2, 4, '{"text":"After a blank line."}'],
    ]);
    expect(records[0]!.byteOffset).toBe(3);
  });

  it('reports invalid UTF-8 once per line and still yields the record', async () => {
    const { records, problems } = await readAll(fixture('bad/invalid-utf8.jsonl'));
    expect(records).toHaveLength(3);
    expect((records[1]!.value as { text: string }).text).toBe('Caf\uFFFD au lait, written in Latin-1.');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('invalid UTF-8 bytes replaced with U+FFFD at line 2');
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.column).toBe('{"text":"Caf'.length + 1);
  });

  it('accepts a real U+FFFD in valid UTF-8 without a problem', async () => {
    const { problems } = await readAll(tempFile('ok.jsonl', '{"text":"already replaced: \uFFFD"}\n'));
    expect(problems).toEqual([]);
  });

  it('finds the column of an error V8 reports without a position', async () => {
    const { problems } = await readAll(tempFile('t.jsonl', '{"text":"ok"}\n{"text": tru}\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.column).toBe('{"text": tru'.length + 1);
    expect(problems[0]!.message).toMatch(/^Invalid JSON at column 13: Unexpected token '}' \(record 1\)$/);
  });

  it('yields values that are not objects as records', async () => {
    const { records, problems } = await readAll(tempFile('t.jsonl', '{"a":1}\n42\n[1,2]\n'));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.value)).toEqual([{ a: 1 }, 42, [1, 2]]);
  });

  it('reads gzip-compressed JSON Lines', async () => {
    const text = '{"text":"one"}\n{"text":"two"}\n{"text":"three"}\n';
    const path = tempFile('data.jsonl.gz', gzipSync(text));
    const { kind, gzip, records } = await readAll(path);
    expect(kind).toBe('jsonl');
    expect(gzip).toBe(true);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[2]!.byteOffset).toBe(text.indexOf('{"text":"three"}'));
  });

  it('reports a truncated gzip stream and keeps the records before it', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ text: `record number ${i} ${'x'.repeat(i % 50)}` }));
    const gz = gzipSync(lines.join('\n') + '\n');
    const { records, problems } = await readAll(tempFile('cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2))));
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(2000);
    expect(problems.at(-1)!.message).toMatch(/gzip data ends early: the file appears truncated/);
  });

  it('handles lines that span many read chunks', async () => {
    // Several 1 MiB chunks per line, with multi-byte characters on the boundaries.
    const big = 'é'.repeat(700_000);
    const text = `{"text":"${big}"}\n{"text":"small"}\n{"text":"${big}"}`;
    const { records, problems } = await readAll(tempFile('multi.jsonl', text));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect((records[0]!.value as { text: string }).text).toBe(big);
    expect(records[2]!.byteOffset).toBe(Buffer.byteLength(`{"text":"${big}"}\n{"text":"small"}\n`));
  });

  it('reads a 50 MB single record', async () => {
    const body = 'The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil((50 * 1024 * 1024) / 45));
    const path = tempFile('huge.jsonl', `{"text":"a"}\n{"text":"${body}"}\n{"text":"z"}\n`);
    const { records, problems } = await readAll(path);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(3);
    expect(records[1]!.line).toBe(2);
    expect((records[1]!.value as { text: string }).text.length).toBe(body.length);
    expect(records[2]!.value).toEqual({ text: 'z' });
  }, 60_000);
});

describe('JSON error messages', () => {
  it('never quotes the record and never repeats the position', async () => {
    const { problems } = await readAll(tempFile('m.jsonl', '{"a":1} {"b":2}\n{"a": nope}\n'));
    expect(problems.map((p) => p.message)).toEqual([
      'Invalid JSON at column 9: Unexpected non-whitespace character after JSON (record 0)',
      // V8 names the first character that cannot continue `null`; the column points at it.
      "Invalid JSON at column 8: Unexpected token 'o' (record 1)",
    ]);
  });
});
