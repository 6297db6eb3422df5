import { describe, expect, it } from 'vitest';
import { isClaimLike, isImperative, isQuestion, isReported, localNegation, negateSentence } from '../../src/nlp/clause.js';

describe('localNegation: the claim negated in its own clause', () => {
  it.each([
    'Ed Sheeran did not win the 100m.',
    "The eruption didn't happen in 2015.",
    'No athlete from Suffolk won a medal.',
    'The company has never been based in Oslo.',
    'We can confirm that Nike has never offered him a contract.',
  ])('negated: %s', (text) => expect(localNegation(text)).not.toBeNull());

  it.each([
    'The incident occurred at a home that had not evacuated.',
    'Although he never trained, Sheeran won gold.',
    'Sheeran, who had no coach, won gold.',
    'He competed not for England alone, but for Great Britain.',
    'It was not only fast but also consistent.',
    'The bridge opened in 1932.',
  ])('affirmative main clause: %s', (text) => expect(localNegation(text)).toBeNull());
});

describe('sentence kinds', () => {
  it('tells questions, instructions and reports', () => {
    expect(isQuestion('Did he win?')).toBe(true);
    expect(isImperative('Write a story about a dragon.')).toBe(true);
    expect(isImperative('Do not invent facts.')).toBe(true);
    expect(isImperative('Mortgage approvals fell by half.')).toBe(false);
    expect(isReported('Posts claimed that the tower fell.')).toBe(true);
    expect(isReported('The tower fell in 1999.')).toBe(false);
  });

  it('needs a finite verb for a claim', () => {
    expect(isClaimLike('The river reverses its flow every winter.')).toBe(true);
    expect(isClaimLike('Crews removed more than 40,000 tonnes of silt.')).toBe(true);
    expect(isClaimLike('Second Edition, March 2025')).toBe(false);
    expect(isClaimLike('Is the river frozen in winter?')).toBe(false);
  });
});

describe('negateSentence', () => {
  it.each([
    ['Ed Sheeran won the gold medal.', 'Ed Sheeran did not win the gold medal.'],
    ['The museum is open on Mondays.', 'The museum is not open on Mondays.'],
    ['Most bats see well at night.', 'Most bats do not see well at night.'],
    ['The river reverses its flow every winter.', 'The river does not reverse its flow every winter.'],
    ['Sheeran, representing Great Britain, won gold.', 'Sheeran, representing Great Britain, did not win gold.'],
    ['The company has offices in Lyon.', 'The company does not have offices in Lyon.'],
    ['The team had won twice.', 'The team had not won twice.'],
  ])('%s', (input, output) => expect(negateSentence(input)).toBe(output));

  it('gives up rather than double-negating', () => {
    expect(negateSentence('He did not win.')).toBeNull();
  });
});

describe('pseudo-negation in contractions', () => {
  it("reads \"isn't just\" as affirming", () => {
    expect(localNegation("The 1.9% deceleration isn't just anomalous; it reflects a different pacing strategy.")).toBeNull();
  });
});
