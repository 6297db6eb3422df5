import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/text/memo.js';

describe('memoize', () => {
  it('computes each argument once, undefined results included', () => {
    const calls: string[] = [];
    const f = memoize((k) => (calls.push(k), k === 'none' ? undefined : k.length), 10);
    expect([f('abc'), f('abc'), f('none'), f('none')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it('holds at most `limit` arguments, computing again after it empties', () => {
    const calls: string[] = [];
    const f = memoize((k) => (calls.push(k), k), 2);
    f('a');
    f('b');
    f('c'); // full: emptied, then holds c
    f('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
