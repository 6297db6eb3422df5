import { describe, expect, it } from 'vitest';
import { fixture, readAll, tempFile } from './helpers.js';

describe('JSON array reader', () => {
  it('yields multi-line elements with their start line, column and raw text', async () => {
    const { records, problems } = await readAll(fixture('bad/array-multiline.json'));
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.index, r.line, r.column])).toEqual([
      [0, 2, 3],
      [1, 6, 3],
      [2, 7, 3],
    ]);
    expect(records[0]!.raw).toBe('{\n    "instruction": "Name the largest ocean.",\n    "output": "The Pacific Ocean."\n  }');
    expect(records[1]!.value).toEqual({ instruction: 'Name the smallest ocean.', output: 'The Arctic Ocean.' });
    const text = (await import('node:fs')).readFileSync(fixture('bad/array-multiline.json'), 'utf8');
    expect(records[2]!.byteOffset).toBe(Buffer.byteLength(text.slice(0, text.indexOf('{\n    "instruction": "Name a landlocked'))));
  });

  it('reads one pretty-printed object as one record', async () => {
    const { kind, records, problems } = await readAll(fixture('bad/single-object.json'));
    expect(kind).toBe('json');
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]!.index).toBe(0);
    expect(records[0]!.line).toBe(1);
    expect((records[0]!.value as { messages: unknown[] }).messages).toHaveLength(2);
  });

  it('reports a broken element where it breaks and goes on with the next', async () => {
    const text = '[\n  {"a": 1},\n  {"a": 2,},\n  {"a": "three"}\n]\n';
    const { records, problems } = await readAll(tempFile('broken.json', text));
    expect(records.map((r) => r.value)).toEqual([{ a: 1 }, { a: 'three' }]);
    expect(records.map((r) => r.index)).toEqual([0, 2]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: 'invalid-record', line: 3, column: 11, record: 1 });
    expect(problems[0]!.message).toMatch(/^Invalid JSON at line 3 column 11: /);
  });

  it('resynchronises after mismatched brackets', async () => {
    const text = '[\n  {"a": [1, 2},\n  {"b": 3}\n]';
    const { records, problems } = await readAll(tempFile('mismatch.json', text));
    expect(records.map((r) => r.value)).toEqual([{ b: 3 }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(2);
  });

  it('reports a missing comma and still reads both elements', async () => {
    const { records, problems } = await readAll(tempFile('comma.json', '[{"a":1}\n {"a":2}]'));
    expect(records).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/Missing ','/);
    expect(problems[0]).toMatchObject({ line: 2, column: 2 });
  });

  it('reports an array that is not closed as truncated', async () => {
    const { records, problems } = await readAll(tempFile('cut.json', '[\n{"a":1},\n{"a":2'));
    expect(records).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/appears truncated/);
    expect(problems[0]!.line).toBe(3);
  });

  it('stops at content after the array', async () => {
    const { records, problems } = await readAll(tempFile('extra.json', '[{"a":1}]\n{"b":2}\n'));
    expect(records).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/after the end of the JSON array at line 2 column 1/);
  });

  it('counts columns in UTF-16 code units after multi-byte text', async () => {
    const { records } = await readAll(tempFile('emoji.json', '[{"t":"😀é"}, {"t":"x"}]'));
    // `[{"t":"😀é"}, ` is 14 UTF-16 units, so the second element is at column 15.
    expect(records[1]!.column).toBe('[{"t":"😀é"}, '.length + 1);
    expect(records[1]!.byteOffset).toBe(Buffer.byteLength('[{"t":"😀é"}, '));
  });

  it('handles strings with escaped quotes and brackets', async () => {
    const { records, problems } = await readAll(tempFile('esc.json', '[{"t":"a \\"]} b\\\\"}, "plain", 3, null]'));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.value)).toEqual([{ t: 'a "]} b\\' }, 'plain', 3, null]);
  });

  it('reads an array larger than one read chunk', async () => {
    const items = Array.from({ length: 30000 }, (_, i) => ({ instruction: `question ${i}`, output: `answer ${i}` }));
    const { records, problems } = await readAll(tempFile('big.json', JSON.stringify(items, null, 1)));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(30000);
    expect(records[29999]!.value).toEqual(items[29999]);
  });
});
