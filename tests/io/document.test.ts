import { describe, expect, it } from 'vitest';
import { fixture, readAll, tempFile } from './helpers.js';

describe('document reader', () => {
  it('reads a text file as one record with CRLF kept', async () => {
    const { records, problems } = await readAll(fixture('document.txt'));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ index: null, line: 1, column: 1, byteOffset: 0 });
    expect(records[0]!.raw).toContain('\r\n');
    expect(records[0]!.value).toBe(records[0]!.raw);
  });

  it('strips a BOM', async () => {
    const { records } = await readAll(tempFile('bom.md', '\uFEFF# Title\n'));
    expect(records[0]!.raw).toBe('# Title\n');
    expect(records[0]!.byteOffset).toBe(3);
  });

  it('reports invalid UTF-8 per line', async () => {
    const bytes = Buffer.concat([Buffer.from('line one\nna'), Buffer.from([0xef, 0xff]), Buffer.from('ve\nline three\n')]);
    const { records, problems } = await readAll(tempFile('latin.txt', bytes));
    expect(records).toHaveLength(1);
    expect(problems).toEqual([
      { ruleId: 'invalid-record', messageId: 'utf8Document', data: { line: 2 }, message: 'invalid UTF-8 bytes replaced with U+FFFD at line 2', line: 2, column: 3, record: null },
    ]);
  });
});
