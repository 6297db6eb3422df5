import { describe, expect, it } from 'vitest';
import { asSentence, hasVerb, isNegative, looksPropositional, negateClause, sharesTopic } from '../../src/nlp/proposition.js';
import { fencedCode, inRanges } from '../../src/text/code.js';

describe('looksPropositional', () => {
  it.each(['vaccines cause autism', 'Bats are blind', 'MSG causes headaches', 'Drinking coffee stunts your growth', 'Einstein failed maths at school'])(
    'accepts a short clause: %s',
    (t) => expect(looksPropositional(t)).toBe(true),
  );
  it.each(['the Tooth Fairy', '20% off all novels this week', 'Is it true that bats are blind?', 'Sydney', 'Free shipping on orders over $50'])(
    'rejects a non-proposition: %s',
    (t) => expect(looksPropositional(t)).toBe(false),
  );
  it('counts words, not punctuation, against the minimum', () => {
    expect(looksPropositional('he lied', 2)).toBe(true);
    expect(looksPropositional('he lied', 3)).toBe(false);
  });
  it('finds verbs the lexicon misses through the tagger', () => {
    expect(hasVerb('goldfish forget everything')).toBe(true);
    expect(hasVerb('a three-second memory')).toBe(false);
  });
});

describe('negateClause', () => {
  it.each([
    ['vaccines cause autism', 'vaccines do not cause autism'],
    ['Einstein failed math in school', 'Einstein did not fail math in school'],
    ['humans only use 10% of their brains', 'humans do not use only 10% of their brains'],
    ['cracking your knuckles causes arthritis', 'cracking your knuckles does not cause arthritis'],
    ['we swallow eight spiders a year', 'we do not swallow eight spiders a year'],
    ['MSG causes headaches', 'MSG does not cause headaches'],
    ['goldfish have a three-second memory', 'goldfish do not have a three-second memory'],
    ['the moon landing has been faked', 'the moon landing has not been faked'],
    ['bats always fly left out of caves', 'bats do not always fly left out of caves'],
    ['Bats are blind.', 'Bats are not blind.'],
    ['all swans are white', 'not all swans are white'],
    ['Every bird can fly', 'Not every bird can fly'],
  ])('%s -> %s', (input, output) => expect(negateClause(input)).toBe(output));

  it('gives up on clauses that are already negative or have no verb', () => {
    expect(negateClause('lightning never strikes twice')).toBeNull();
    expect(negateClause('the Tooth Fairy')).toBeNull();
    expect(isNegative("bats can't see")).toBe(true);
  });
});

describe('helpers', () => {
  it('asSentence capitalises, unquotes and ends with one full stop', () => {
    expect(asSentence('"vaccines do not cause autism",')).toBe('Vaccines do not cause autism.');
  });
  it('sharesTopic needs a shared content word', () => {
    expect(sharesTopic('Bats are blind.', 'Most bats see well.')).toBe(true);
    expect(sharesTopic('Bats are blind.', 'It is not.')).toBe(false);
  });
  it('fencedCode finds fenced blocks, closed or not', () => {
    const text = 'a\n```js\nx\n```\nb\n~~~\ny';
    const ranges = fencedCode(text);
    expect(ranges).toHaveLength(2);
    expect(inRanges(ranges, text.indexOf('x'))).toBe(true);
    expect(inRanges(ranges, text.indexOf('b'))).toBe(false);
    expect(inRanges(ranges, text.indexOf('y'))).toBe(true);
  });
});
