import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/nlp/anchors.js';
import { compileCues } from '../../src/nlp/cue-scan.js';
import type { CueHit } from '../../src/types.js';

describe('requiredLiterals', () => {
  it('finds a word every match must contain', () => {
    expect(requiredLiterals('fabricat(?:ed|ion)')).toEqual(['fabricat']);
    expect(requiredLiterals('(?:the|this) following')).toEqual(['following']);
    expect(requiredLiterals('(?:a |an )?(?:myth|hoax)')).toEqual(['myth', 'hoax']);
  });
  it('prefers rare words to function words', () => {
    expect(requiredLiterals('(?:this|that) (?:\\w+ ){0,2}(?:claims?|statements?)')).toEqual(['claim', 'statement']);
  });
  it('refuses a pattern with no required word', () => {
    expect(requiredLiterals('\\d+%')).toBeNull();
  });
});

describe('compileCues', () => {
  const scan = (text: string, cues: Record<string, string[]>) => {
    const hits: CueHit[] = [];
    compileCues(cues).scan(text, 0, hits);
    return hits.map((h) => [h.text, h.categories.sort()]);
  };

  it('reports overlapping cues of different categories', () => {
    expect(scan('We know this is entirely false.', { referent: ['this is (?:\\w+ )?false'], falsity: ['false'] })).toEqual([
      ['this is entirely false', ['referent']],
      ['false', ['falsity']],
    ]);
  });

  it('runs patterns filed under a stem where a longer literal also matches', () => {
    expect(scan('It has not been independently verified.', { a: ['verified by'], b: ['not been (?:\\w+ )?verif\\w*'] })).toEqual([
      ['not been independently verified', ['b']],
    ]);
  });

  it('matches at word starts only', () => {
    expect(scan('The earlier report stands.', { falsity: ['lie'] })).toEqual([]);
  });

  it('merges categories that share a pattern', () => {
    expect(scan('See below.', { a: ['below'], b: ['below'] })).toEqual([['below', ['a', 'b']]]);
  });

  it('rejects a cue pattern without a required word', () => {
    expect(() => compileCues({ bad: ['\\d+%'] })).toThrow(/required literal/);
  });
});
