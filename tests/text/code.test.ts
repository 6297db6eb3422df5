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
    'for i in range(10):',
    'import numpy as np',
    'echo "Error: File does not exist."',
    'else:',
  ])('code: %s', (line) => expect(looksLikeCode(line)).toBe(true));

  it.each([
    'The bridge opened in 1932.',
    'It is not true that bats are blind.',
    'If you see this story, tell people it is false.',
    'Return the book to the library by Friday.',
    // a keyword that opens English sentences too, with prose's punctuation after it
    "for a spot-the-error quiz, write a paragraph with wrong dates and DON'T mark which ones are wrong",
    'Let me know - thanks!',
    'Continue my novel from where Erik arrives at the plant.',
    'Print the results for me.',
  ])('prose: %s', (line) => expect(looksLikeCode(line)).toBe(false));

  it('finds fenced blocks, closed or not', () => {
    const text = 'Intro.\n```\ncode\n```\nMore.\n~~~\nopen';
    expect(fencedCode(text).map((r) => text.slice(r.start, r.end))).toEqual(['```\ncode\n```', '~~~\nopen']);
  });
});
