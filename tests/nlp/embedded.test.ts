import { describe, expect, it } from 'vitest';
import { clauseEnd, findWrapped } from '../../src/nlp/embedded.js';

const claims = (s: string) => findWrapped(s).map((w) => [w.kind, s.slice(w.claim.start, w.claim.end)]);
const wrappers = (s: string) => findWrapped(s).map((w) => w.wrapper.map((r) => s.slice(r.start, r.end).trim()));

describe('findWrapped', () => {
  it.each([
    ['It is not true that vaccines cause autism.', 'extraposed', 'vaccines cause autism'],
    ['It is a common myth that goldfish forget everything.', 'extraposed', 'goldfish forget everything'],
    ['The myth that bats are blind persists.', 'false-noun', 'bats are blind'],
    ['The notion that shaving thickens hair is unfounded.', 'noun-predicate', 'shaving thickens hair'],
    ['Historians have refuted the claim that Vikings wore horned helmets.', 'refuted', 'Vikings wore horned helmets'],
    ['Contrary to the belief that bulls hate red, they are colour-blind to it.', 'contrary', 'bulls hate red'],
    ['Many people mistakenly believe that dogs see only in grey.', 'belief-adverb', 'dogs see only in grey'],
    ['Some say that the drug is dangerous, but experts disagree.', 'belief-denied', 'the drug is dangerous'],
    ['Goldfish have a short memory, which is false.', 'appositive', 'Goldfish have a short memory'],
    ['That carrots improve night vision is a myth.', 'subject', 'carrots improve night vision'],
  ])('%s', (sentence, kind, claim) => {
    expect(claims(sentence)).toEqual([[kind, claim]]);
  });

  it('reports the wrapper words on both sides of the claim', () => {
    expect(wrappers('The notion that shaving thickens hair is unfounded.')).toEqual([['notion that', 'is unfounded']]);
    expect(wrappers('Some say that the drug is dangerous, but experts disagree.')).toEqual([['Some say that', 'but experts disagree']]);
  });

  it.each([
    'It is true that bats can see.',
    'It is not a myth that smoking causes cancer.',
    "It's no myth that the sea is rising.",
    'The claim that is false appears below.',
    'The claim that he made was false.',
    'Is it true that bats are blind?',
    'The five-second rule is a myth.',
    'It is not necessarily true that bigger is better.',
    'The idea that we could live on Mars is exciting.',
  ])('finds nothing in %j', (sentence) => {
    expect(claims(sentence)).toEqual([]);
  });
});

describe('clauseEnd', () => {
  it('ends a clause before the next finite verb, keeping relative clauses and verb groups inside', () => {
    const a = 'bats are blind persists among hikers';
    expect(a.slice(0, clauseEnd(a))).toBe('bats are blind ');
    const b = 'people who eat carrots see better at night is false';
    expect(b.slice(0, clauseEnd(b)).trim()).toBe('people who eat carrots see better at night');
    const c = 'the moon landing has been faked by NASA';
    expect(c.slice(0, clauseEnd(c))).toBe(c);
  });
  it('ends at a clause break, or at the first comma when asked', () => {
    const a = 'bats are blind; they are not';
    expect(a.slice(0, clauseEnd(a))).toBe('bats are blind');
    const b = 'bats are blind, they say';
    expect(b.slice(0, clauseEnd(b, 'comma'))).toBe('bats are blind');
  });
});

describe('relative clauses after an adverb', () => {
  it('does not read "a myth that probably came from ..." as a wrapped claim', () => {
    expect(findWrapped('The story is a popular myth that probably came from a misread grading scale.')).toEqual([]);
  });
});
