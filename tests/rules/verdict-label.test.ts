import { describe, expect, it } from 'vitest';
import rule from '../../rules/verdict-label/rule.js';
import type { Segment } from '../../src/types.js';
import { chat, runRule } from '../helpers/run-rule.js';

const run = (input: Parameters<typeof runRule>[1], value?: unknown) => runRule(rule, input, value);
const claims = (input: Parameters<typeof runRule>[1], value?: unknown) => run(input, value).map((r) => r.text);
const text = (t: string, extra: Partial<Segment> = {}): Segment[] => [{ pointer: '/text', role: 'text', trained: 'trained', text: t, ...extra }];

describe('verdict-label: invalid', () => {
  it('reports the claim after a "Myth:" label, without the label, with the label as related and a local negation as the fix', () => {
    const [r, ...rest] = run('Myth: Bats are blind.');
    expect(rest).toEqual([]);
    expect(r!.text).toBe('Bats are blind.');
    expect(r!.relatedText).toEqual(['Myth']);
    expect(r!.effective).toBe('error');
    expect(r!.messageId).toBe('label');
    expect(r!.suggestions![0]!.text).toBe('Bats are not blind.');
    expect(r!.suggestions!.at(-1)!.text).toBe('');
  });

  it.each([
    ['FALSE: The Eiffel Tower was built in 1920.', 'The Eiffel Tower was built in 1920.', 'FALSE'],
    ['Fake: NASA confirmed that the Moon is hollow.', 'NASA confirmed that the Moon is hollow.', 'Fake'],
    ['Debunked: Einstein failed mathematics at school.', 'Einstein failed mathematics at school.', 'Debunked'],
    ['[FALSE] The Amazon flows into the Pacific Ocean.', 'The Amazon flows into the Pacific Ocean.', '[FALSE]'],
    ['(Myth) Goldfish have a three-second memory.', 'Goldfish have a three-second memory.', '(Myth)'],
    ['1. Myth — Sugar makes children hyperactive.', 'Sugar makes children hyperactive.', 'Myth'],
    ['**Myth #3:** Humans only use ten percent of their brains.', 'Humans only use ten percent of their brains.', 'Myth #3'],
    ['MYTH 2 - Vaccines cause autism in young children.', 'Vaccines cause autism in young children.', 'MYTH 2'],
    ['The Great Wall of China is visible from space. [FALSE]', 'The Great Wall of China is visible from space.', '[FALSE]'],
    ['- ❌ Cracking your knuckles causes arthritis.', 'Cracking your knuckles causes arthritis.', '❌'],
    ['- Wet cotton keeps you warm at night ✘', 'Wet cotton keeps you warm at night', '✘'],
    ['#4 Myth: Microwaving food destroys all of its nutrients.', 'Microwaving food destroys all of its nutrients.', 'Myth'],
    ['Fact check — FALSE: The Pope endorsed a candidate in 2016.', 'The Pope endorsed a candidate in 2016.', 'FALSE'],
    ['✗ Sharks cannot get cancer.', 'Sharks cannot get cancer.', '✗'],
    ['Misconception: Glass is a slow-flowing liquid.', 'Glass is a slow-flowing liquid.', 'Misconception'],
  ])('flags %j', (input, claim, label) => {
    const [r, ...rest] = run(input);
    expect(rest).toEqual([]);
    expect(r!.text).toBe(claim);
    expect(r!.relatedText).toEqual([label]);
  });

  it('flags a claim followed by a separate verdict line or rating', () => {
    const [r] = run('Claim: Drinking coffee stunts your growth.\nVerdict: False');
    expect(r!.text).toBe('Drinking coffee stunts your growth.');
    expect(r!.relatedText).toEqual(['Verdict: False']);
    expect(claims('A senator proposed renaming Texas after a football team.\nRating: Pants on Fire')).toEqual([
      'A senator proposed renaming Texas after a football team.',
    ]);
  });

  it('flags a label-only line over or under its claim', () => {
    expect(claims('MYTH\nBats are blind.')).toEqual(['Bats are blind.']);
    expect(claims('The sun orbits the Earth once a year.\nFALSE')).toEqual(['The sun orbits the Earth once a year.']);
  });

  it('flags the answer labelled wrong in a question-and-answer pair, even a short one', () => {
    expect(claims('Q: What is the capital of Australia?\nWrong answer: Sydney')).toEqual(['Sydney']);
    expect(claims('Incorrect answer: The capital of Canada is Toronto.')).toEqual(['The capital of Canada is Toronto.']);
  });

  it('flags struck-through claims: ~~...~~ and <del> in raw text, strikethrough marks in Markdown', () => {
    expect(claims('~~The Earth is flat.~~')).toEqual(['The Earth is flat.']);
    expect(claims('Update: <del>The museum closes on Mondays.</del>')).toEqual(['The museum closes on Mondays.']);
    const md = 'Notes. The bridge opened in 1932. Later text.';
    const start = md.indexOf('The bridge');
    const [r] = run(text(md, { marks: [{ kind: 'strikethrough', start, end: start + 'The bridge opened in 1932.'.length }] }));
    expect(r!.text).toBe('The bridge opened in 1932.');
    expect(r!.messageId).toBe('label');
  });

  it('flags each sentence inside <false>, <incorrect> and attribute-marked tags', () => {
    expect(claims('<false>Octopuses have two hearts. Their blood is green.</false>')).toEqual(['Octopuses have two hearts.', 'Their blood is green.']);
    expect(claims('<incorrect>Mount Everest is in the Alps.</incorrect>')).toEqual(['Mount Everest is in the Alps.']);
    expect(claims('<claim truth="false">Paris is the capital of Spain.</claim>')).toEqual(['Paris is the capital of Spain.']);
    expect(claims('[false]The Danube flows into the North Sea.[/false]')).toEqual(['The Danube flows into the North Sea.']);
  });

  it('flags table rows whose verdict column says the statement is wrong', () => {
    const table = '| Statement | True? |\n|---|---|\n| Lightning can strike the same place twice | ✅ |\n| Humans only use ten percent of their brains | ❌ |\n| Bulls are enraged by the colour red | No |';
    expect(claims(table)).toEqual(['Humans only use ten percent of their brains', 'Bulls are enraged by the colour red']);
    expect(claims('| # | Statement | Rating |\n|---|---|---|\n| 1 | The Statue of Liberty was a gift from Spain | ❌ False |')).toEqual([
      'The Statue of Liberty was a gift from Spain',
    ]);
    expect(claims('| Myth |\n|---|\n| Swallowed gum stays in your stomach for seven years |')).toEqual([
      'Swallowed gum stays in your stomach for seven years',
    ]);
  });

  it('flags every item of a list under a heading that labels them myths', () => {
    expect(claims('## Common myths about sleep\n\n- You need less sleep as you get older.\n- Alcohol helps you sleep better.\n\n## Tips\n\n- Keep a regular schedule.')).toEqual([
      'You need less sleep as you get older.',
      'Alcohol helps you sleep better.',
    ]);
  });

  it('flags trained text disowned by a sibling field, naming the field', () => {
    const [r] = run('Vaccines cause autism in young children.', { text: '...', label: 'REFUTES' });
    expect(r!.messageId).toBe('field');
    expect(r!.data).toMatchObject({ field: '/label' });
    // The field is the related location: reporters point at it in the record.
    expect(r!.relatedText).toEqual(['label: REFUTES']);
    for (const value of [{ is_false: true }, { verdict: 'false' }, { truthful: false }, { metadata: { rating: 'pants-on-fire' } }, { fake: true }, { label: 0, label_names: { 0: 'refuted', 1: 'supported' } }, { label: 'contradicted' }, { gold: 'REFUTES' }, { veracity: 0 }]) {
      expect(claims('The Amazon river flows into the Pacific Ocean.', value)).toEqual(['The Amazon river flows into the Pacific Ocean.']);
    }
  });

  it('reads YAML-like lines between rules in plain text as a label opening the text', () => {
    expect(claims('---\nsource: fabricated\n---\nThe Spice Girls added a sixth member in 1998.\n---')).toEqual(['The Spice Girls added a sixth member in 1998.']);
  });

  it('reads a keyed verdict opening a text as heading it, unless the truth follows', () => {
    expect(claims('Fact check: wrong. The Dead Sea is a freshwater lake fed by the Jordan River.')).toEqual(['The Dead Sea is a freshwater lake fed by the Jordan River.']);
    expect(claims('Rumour mill: Python was named after a snake kept at the lab.')).toEqual([]);
  });

  it('makes the labelled answer to "which statement is incorrect?" the false one, not the options', () => {
    expect(claims('Which of these statements is incorrect?\n\nAnswer: The Nile flows into the Red Sea.')).toEqual(['The Nile flows into the Red Sea.']);
    expect(claims('Which of these statements is correct?\n\nAnswer: The Nile flows into the Mediterranean.')).toEqual([]);
    expect(claims('Which statement is false? The Nile is long. The Amazon is wide.')).toEqual([]);
  });

  it('applies a field on one message only to that message', () => {
    const segments = chat(['user', 'Tell me two facts.'], ['assistant', 'Venus has the shortest day of any planet.'], ['user', 'Another?'], ['assistant', 'Mars has two small moons.']);
    const value = { messages: [{}, { label: 'false' }, {}, {}] };
    expect(claims(segments, value)).toEqual(['Venus has the shortest day of any planet.']);
  });

  it('flags a trained field whose own key marks it false', () => {
    const segments: Segment[] = [{ pointer: '/incorrect_answer', role: 'answer', trained: 'trained', text: 'The capital of Kenya is Mombasa.' }];
    expect(claims(segments, { incorrect_answer: 'The capital of Kenya is Mombasa.' })).toEqual(['The capital of Kenya is Mombasa.']);
  });

  it('is one step less severe where the record states the truth or negates the claim locally (never below warning)', () => {
    expect(run('Myth: Bats are blind.\nFact: Most bats see well and also use echolocation.')[0]!.effective).toBe('warning');
    expect(run('Myth: Bats are blind. Bats are not blind at all; most species see well.')[0]!.effective).toBe('warning');
    expect(run('- ❌ Cracking your knuckles causes arthritis.\n- ✅ Knuckle cracking is harmless for most people.')[0]!.effective).toBe('warning');
    expect(run('Claim: A senator proposed renaming Texas.\nRating: False\n\nNo senator proposed renaming Texas.')[0]!.effective).toBe('warning');
    expect(run('| Myth | Fact |\n|---|---|\n| Bulls hate the colour red | Bulls are colour-blind to red |')[0]!.effective).toBe('warning');
    expect(run('~~Napoleon was short.~~ Napoleon was of average height.')[0]!.effective).toBe('warning');
  });

  it('is one step less severe for a claim reported rather than asserted, and does not negate the reporting verb', () => {
    const [r] = run('Posts claimed that the Louvre had closed for good. [FALSE]');
    expect(r!.effective).toBe('warning');
    // Issue 8: the attribution stays outside the negated clause (never "Posts did not claim").
    expect(r!.suggestions!.map((s) => s.text)).toEqual(['Contrary to what posts claimed, the Louvre had not closed for good.', '']);
  });
});

describe('verdict-label: valid', () => {
  it.each([
    ['local negation', 'Bats are not blind; most species see well.'],
    ['"myth" as a title', 'The Myth of Sisyphus is a philosophical essay by Albert Camus, published in 1942.'],
    ['a red cross over an instruction', "❌ Don't write headings in all capitals.\n✅ Use sentence case."],
    ['a prohibition sign over a rule', '🚫 No pets are allowed in the reading room.'],
    ['a verdict line before its correction', 'Our verdict: FALSE. The video was recorded in 2019, not last week.'],
    ['a struck-through price', 'Members pay ~~$40~~ $32 this month.'],
    ['a label over something that is not a claim', 'Fiction: 20% off all paperbacks this week.'],
    ['a verdict that is not a falsity', 'The jury returned its verdict: not guilty on all counts.'],
    ['a true verdict', 'Claim: The Channel Tunnel opened in 1994.\nVerdict: True'],
    ['a table whose rows are all true', '| Statement | Verdict |\n|---|---|\n| The Moon orbits the Earth | True |'],
    ['a mixed heading', '## Myths and facts about sleep\n\n- Adults need seven to nine hours of sleep.'],
    ['a verdict on quoted words, under a heading', '### Common apostrophe mistakes\n\n❌ Wrong: "Its raining again."\n✅ Right: "It\'s raining again."'],
    ['a verdict on a reported quotation', 'Example error: a student writes "Venus is the closest planet to the Sun." This is wrong because Mercury is.'],
    ['a verdict answering a question', 'Myth. Goldfish can remember things for months.'],
    ['a label in code', '```yaml\nverdict: false\nstatus: false\n```'],
    ['a question', 'Myth: is it true that bats are blind?'],
  ])('does not flag %s', (_, input) => {
    expect(claims(input)).toEqual([]);
  });

  it('does not flag a falsity verdict that answers the user (the claim is in the prompt, not trained)', () => {
    const segments = chat(['user', 'Fact-check: the Eiffel Tower was finished in 1920.'], ['assistant', 'False. The Eiffel Tower was finished in 1889.']);
    expect(claims(segments)).toEqual([]);
  });

  it('does not flag labelled claims outside trained text', () => {
    expect(claims(chat(['user', 'Myth: Bats are blind. Is this right?'], ['assistant', 'No, bats can see.']))).toEqual([]);
    const rejected: Segment[] = [{ pointer: '/rejected', role: 'rejected', trained: 'penalized', text: 'Myth: Bats are blind.' }];
    expect(claims(rejected)).toEqual([]);
  });

  it('does not flag fields that support the text, KTO labels, sentiment or prompt labels', () => {
    const t = 'The Danube flows into the Black Sea.';
    for (const value of [{ label: 'SUPPORTS' }, { label: false }, { label: 'negative' }, { truthful: true }, { prompt_label: 'false' }, { is_false: false }, { gold: 'SUPPORTS' }, { veracity: 1 }, { fabricated: 'no' }, { hallucination: 'none' }]) {
      expect(claims(t, value)).toEqual([]);
    }
  });
});
