import { describe, expect, it } from 'vitest';
import { locateString, locateValue, parsePointer } from '../../src/io/json-locate.js';
import { lineColumnAt, lineIndex } from '../../src/io/positions.js';

/** Checks that every decoded offset maps to the raw position of the same character. */
function expectExactMap(raw: string, pointer: string, decoded: string): (o: number) => number {
  const map = locateString(raw, pointer);
  expect(map).not.toBeNull();
  for (let o = 0; o < decoded.length; o++) {
    const at = map!(o);
    const ch = decoded[o]!;
    const rawCh = raw[at]!;
    if (rawCh === '\\') {
      // An escape: decoding it from here must give the same character.
      const esc = raw.slice(at, raw[at + 1] === 'u' ? at + 6 : at + 2);
      expect(JSON.parse(`"${esc}"`)).toBe(ch);
    } else expect(rawCh).toBe(ch);
  }
  return map!;
}

describe('locateString', () => {
  it('maps offsets through escapes', () => {
    const value = { messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: 'He said "no".\nThen\tleft \\ back' }] };
    const raw = JSON.stringify(value);
    const decoded = value.messages[1]!.content;
    const map = expectExactMap(raw, '/messages/1/content', decoded);
    // The decoded length maps to the closing quote.
    expect(raw[map(decoded.length)]).toBe('"');
    expect(map(decoded.length)).toBe(raw.lastIndexOf('"'));
  });

  it('maps \\u escapes and surrogate pairs, escaped or not', () => {
    const raw = '{"text": "caf\\u00e9 \\ud83d\\ude00 ok 😀 end"}';
    const decoded = JSON.parse(raw).text as string;
    expect(decoded).toBe('café 😀 ok 😀 end');
    const map = expectExactMap(raw, '/text', decoded);
    // The second half of an escaped surrogate pair maps to its own \u escape.
    const pair = decoded.indexOf('\ud83d');
    expect(map(pair)).toBe(raw.indexOf('\\ud83d'));
    expect(map(pair + 1)).toBe(raw.indexOf('\\ude00'));
    expect(map(decoded.indexOf('end'))).toBe(raw.indexOf('end'));
  });

  it('follows RFC 6901 escapes in the pointer', () => {
    const raw = '{"a/b": {"c~d": ["zero", "one"]}, "x": 1}';
    expect(parsePointer('/a~1b/c~0d/1')).toEqual(['a/b', 'c~d', '1']);
    const map = locateString(raw, '/a~1b/c~0d/1');
    expect(map!(0)).toBe(raw.indexOf('one'));
  });

  it('matches keys written with escapes, and skips look-alike text in strings', () => {
    const raw = '{"note": "\\"text\\": \\"decoy\\"", "te\\u0078t": "real"}';
    expect(locateString(raw, '/text')!(0)).toBe(raw.indexOf('real'));
  });

  it('uses the last of duplicate keys, as JSON.parse does', () => {
    const raw = '{"text": "first", "text": "second"}';
    expect(locateString(raw, '/text')!(0)).toBe(raw.indexOf('second'));
  });

  it('returns null when the pointer does not lead to a string', () => {
    const raw = '{"a": [1, {"b": null}], "s": "x"}';
    expect(locateString(raw, '/a')).toBeNull();
    expect(locateString(raw, '/a/1/b')).toBeNull();
    expect(locateString(raw, '/a/5')).toBeNull();
    expect(locateString(raw, '/missing')).toBeNull();
    expect(locateString(raw, '/a/01')).toBeNull();
    expect(locateString(raw, 's')).toBeNull();
  });

  it('locates a whole-document string and any value range', () => {
    const raw = '"just a string"';
    expect(locateString(raw, '')!(5)).toBe(6);
    const obj = '{ "a" : [ 1 , {"b": true} ] }';
    const r = locateValue(obj, '/a/1')!;
    expect(obj.slice(r.start, r.end)).toBe('{"b": true}');
  });

  it('works on pretty-printed elements spanning lines', () => {
    const raw = '{\n    "instruction": "Name it.",\n    "output": "The \\"Pacific\\" Ocean."\n  }';
    const map = locateString(raw, '/output')!;
    const decoded = 'The "Pacific" Ocean.';
    const at = map(decoded.indexOf('Ocean'));
    // The record starts at line 2, column 3 of its file.
    expect(lineColumnAt(raw, at, 2, 3)).toEqual({ line: 4, column: raw.split('\n')[2]!.indexOf('Ocean') + 1 });
  });

  it('locates every element of a record, then of the next, from what it walked of each', () => {
    // Offsets walked in one record are reused for its other pointers and never for another record.
    const records = [0, 1].map((r) => JSON.stringify({ id: r, messages: Array.from({ length: 50 + r * 7 }, (_, i) => ({ role: 'user', content: `r${r} m${i}` })), tail: r }));
    for (const r of [0, 1, 0]) {
      const raw = records[r]!;
      const n = JSON.parse(raw).messages.length as number;
      for (let i = n - 1; i >= 0; i -= 3) {
        const at = locateValue(raw, `/messages/${i}/content`)!;
        expect(JSON.parse(raw.slice(at.start, at.end))).toBe(`r${r} m${i}`);
      }
      expect(locateValue(raw, `/messages/${n}`)).toBeNull();
      expect(raw.slice(locateValue(raw, '/tail')!.start, locateValue(raw, '/tail')!.end)).toBe(String(r));
    }
  });

  it('stays fast on a long string full of escapes', () => {
    const decoded = 'line\n'.repeat(200_000);
    const raw = JSON.stringify({ text: decoded });
    const started = Date.now();
    const map = locateString(raw, '/text')!;
    expect(map(decoded.length - 1)).toBe(raw.length - 4);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('positions', () => {
  it('counts lines and UTF-16 columns from a base position', () => {
    const raw = 'ab😀c\r\nsecond line';
    expect(lineColumnAt(raw, 0, 5, 10)).toEqual({ line: 5, column: 10 });
    expect(lineColumnAt(raw, raw.indexOf('c'), 5, 10)).toEqual({ line: 5, column: 14 });
    expect(lineColumnAt(raw, raw.indexOf('second'), 5, 10)).toEqual({ line: 6, column: 1 });
    expect(lineColumnAt(raw, raw.indexOf('line'), 1, 1)).toEqual({ line: 2, column: 8 });
  });

  it('lineIndex agrees with lineColumnAt', () => {
    const raw = 'one\ntwo\r\n\nfour 😀 x\n';
    const at = lineIndex(raw, 3, 4);
    for (let o = 0; o <= raw.length; o++) expect(at(o)).toEqual(lineColumnAt(raw, o, 3, 4));
  });
});
