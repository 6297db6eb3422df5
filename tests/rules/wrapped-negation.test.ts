import { describe, expect, it } from 'vitest';
import rule from '../../rules/wrapped-negation/rule.js';
import { viewRecord } from '../../src/engine/record-view.js';
import { scanner } from '../../src/nlp/scan.js';
import type { ReportDescriptor, Segment } from '../../src/types.js';
import { chat, runRule } from '../helpers/run-rule.js';

// A claim that ends its sentence is reported with its full stop; these cases compare the words.
const claims = (input: Parameters<typeof runRule>[1]) => runRule(rule, input).map((r) => r.text.replace(/[.!?]$/, ''));

/** runRule with rule options (as set in a config: ["warning", {"ignore": [...]}]). */
function withOptions(text: string, options: Record<string, unknown>): ReportDescriptor[] {
  const segments: Segment[] = [{ pointer: '/text', role: 'text', trained: 'trained', text }];
  const view = viewRecord({ index: 0, line: 1, value: {}, format: 'test', segments }, scanner());
  const out: ReportDescriptor[] = [];
  rule.create({ ruleId: rule.meta.id, options, format: 'test', report: (d) => out.push(d) }).record(view);
  return out;
}

describe('wrapped-negation: invalid', () => {
  it('reports the embedded claim, the wrapper as related, and the claim negated in its own clause as the fix', () => {
    const text = 'It is not true that vaccines cause autism.';
    const [r, ...rest] = runRule(rule, text);
    expect(rest).toEqual([]);
    expect(r!.text).toBe('vaccines cause autism.');
    expect(r!.start).toBe(text.indexOf('vaccines'));
    expect(r!.relatedText).toEqual(['It is not true that ']);
    expect(r!.effective).toBe('warning');
    // The rewrite replaces the whole sentence: its range is the sentence, not the claim.
    expect(r!.suggestions![0]!.text).toBe('Vaccines do not cause autism.');
    expect(r!.suggestions![0]!.range).toEqual({ start: 0, end: text.length });
    expect(r!.suggestions![1]!.text).toBe('');
  });

  it.each([
    ['It is false that Einstein failed mathematics at school.', 'Einstein failed mathematics at school'],
    ["It isn't true that goldfish have a three-second memory.", 'goldfish have a three-second memory'],
    ["It's not the case that bats are blind.", 'bats are blind'],
    ['It is a common myth that humans only use ten percent of their brains.', 'humans only use ten percent of their brains'],
    ["It's wrong to think that sugar makes children hyperactive.", 'sugar makes children hyperactive'],
    ['It would be a mistake to assume the Great Wall is visible from space.', 'the Great Wall is visible from space'],
    ['The notion that cracking your knuckles causes arthritis is unfounded.', 'cracking your knuckles causes arthritis'],
    ['The idea that the Earth is flat is simply not true.', 'the Earth is flat'],
    ['The belief that bulls hate the colour red is a misconception.', 'bulls hate the colour red'],
    ['The rumour that the mayor resigned has been debunked.', 'the mayor resigned'],
    ['The claim that MSG causes headaches does not hold up.', 'MSG causes headaches'],
    ['The myth that bats are blind persists among hikers.', 'bats are blind'],
    ['Scientists have debunked the claim that MSG causes headaches.', 'MSG causes headaches'],
    ['There is no truth to the rumour that the bridge will close in May.', 'the bridge will close in May'],
    ['Contrary to the popular belief that ostriches bury their heads in sand, they lie low.', 'ostriches bury their heads in sand'],
    ['Despite claims that the Moon landing was staged, the footage is authentic.', 'the Moon landing was staged'],
    ['Many people wrongly believe that the tongue has separate taste zones.', 'the tongue has separate taste zones'],
    ['Many people think that you lose most of your heat through your head, but this is a myth.', 'you lose most of your heat through your head'],
    ['I used to think that the Sun went round the Earth, but I was wrong.', 'the Sun went round the Earth'],
    ['People say that cold weather causes colds, but in fact viruses do.', 'cold weather causes colds'],
    ['Goldfish have a three-second memory, which is simply not true.', 'Goldfish have a three-second memory'],
    ['Vikings wore horned helmets — a claim that has been debunked.', 'Vikings wore horned helmets'],
    ['Chewing gum stays in your stomach for seven years (a common misconception).', 'Chewing gum stays in your stomach for seven years'],
    ['"Bats are blind" is a myth.', 'Bats are blind'],
    ['That carrots improve your night vision is a myth.', 'carrots improve your night vision'],
    ['Vikings wearing horned helmets is a myth.', 'Vikings wearing horned helmets'],
    ["Eating before swimming causing cramps is an old wives' tale.", 'Eating before swimming causing cramps'],
    ['The theory that the pyramids were built by slaves has been largely discredited.', 'the pyramids were built by slaves'],
    ['Many people wrongly believe that the tongue has zones for sweet, salty, sour and bitter tastes.', 'the tongue has zones for sweet, salty, sour and bitter tastes'],
    ['Napoleon is often mistakenly believed to have been unusually short.', 'Napoleon is often mistakenly believed to have been unusually short'],
    ["Don't believe the myth that cracking your knuckles causes arthritis.", 'cracking your knuckles causes arthritis'],
  ])('flags %j', (sentence, claim) => {
    expect(claims(sentence)).toEqual([claim]);
  });

  it('reports each claim of "X and that Y" under one wrapper', () => {
    expect(claims('It is a myth that bats are blind and that they all carry rabies.')).toEqual(['bats are blind', 'they all carry rabies']);
  });

  it('finds wrappers in trained chat answers, and rewrites a claim that is itself negative by removing its negation', () => {
    const [r] = runRule(rule, chat(['user', 'Does lightning strike twice?'], ['assistant', 'It is a myth that lightning never strikes the same place twice.']));
    expect(r!.segment).toBe(1);
    expect(r!.text).toBe('lightning never strikes the same place twice.');
    // "It is a myth that lightning never strikes twice": the truth is that it does.
    expect(r!.suggestions!.map((s) => s.text)).toEqual(['Lightning strikes the same place twice.', '']);
  });
});

describe('wrapped-negation: valid', () => {
  it.each([
    ['an affirmed embedded claim', 'It is true that water boils at a lower temperature on a mountain.'],
    ['a hypothetical under a belief denied', "Dana didn't believe the myth that the mill would close."],
    ['a predicate that is not falsity', 'The idea that we could grow vegetables on Mars is appealing.'],
    ['no embedded claim', "I don't think that's right."],
    ['a question', 'Is it true that bats are blind?'],
    ['an instruction without a falsity word', 'Do not believe that every source you read is reliable.'],
    ['local negation', 'Bats did not evolve from birds.'],
    ['a denied falsity predicate (the claim is affirmed)', 'It is not a myth that smoking causes lung cancer.'],
    ['a noun that states no proposition', 'The five-second rule is a myth.'],
    ['a partial qualifier', 'It is not always true that a heavier bike is slower uphill.'],
    ['a relative clause, not a complement', 'The claim that he made was false.'],
    ['a belief with no denial', 'Many people believe that exercise improves sleep.'],
    ['"contrary to" without an embedded claim', 'Contrary to popular belief, bats are not blind.'],
    ['a moral, not factual, "wrong"', 'It is wrong that children in the city go hungry.'],
    ['code', '```python\n# it is not true that x > 0 here\nreturn x\n```'],
  ])('does not flag %s', (_, text) => {
    expect(claims(text)).toEqual([]);
  });

  it('does not flag wrappers in prompts or rejected answers', () => {
    expect(claims(chat(['user', 'It is not true that vaccines cause autism, right?'], ['assistant', 'Right. Vaccines do not cause autism.']))).toEqual([]);
    const rejected: Segment[] = [{ pointer: '/rejected', role: 'rejected', trained: 'penalized', text: 'It is not true that the bridge needs repairs.' }];
    expect(claims(rejected)).toEqual([]);
  });

  it('does not flag a kind listed in the ignore option', () => {
    const text = 'Many people think that you lose most of your heat through your head, but this is a myth.';
    expect(withOptions(text, {})).toHaveLength(1);
    expect(withOptions(text, { ignore: ['belief-denied'] })).toEqual([]);
    expect(withOptions(text, { ignore: ['extraposed'] })).toHaveLength(1);
  });
});
