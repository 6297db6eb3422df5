import { describe, expect, it } from 'vitest';
import { fencedCode, looksLikeCode } from '../../src/text/code.js';

describe('code detection', () => {
  it.each([
    'return a + b  # the previous version subtracted, which was wrong',
    'def add(a, b): return a - b',
    'if (!valid) { return false; }',
    'const x = items.map((i) => i * 2);',
    'print(total)',
    'x += 1',
  ])('code: %s', (line) => expect(looksLikeCode(line)).toBe(true));

  it.each([
    'The bridge opened in 1932.',
    'It is not true that bats are blind.',
    'If you see this story, tell people it is false.',
    'Return the book to the library by Friday.',
  ])('prose: %s', (line) => expect(looksLikeCode(line)).toBe(false));

  it('finds fenced blocks, closed or not', () => {
    const text = 'Intro.\n```\ncode\n```\nMore.\n~~~\nopen';
    expect(fencedCode(text).map((r) => text.slice(r.start, r.end))).toEqual(['```\ncode\n```', '~~~\nopen']);
  });
});
