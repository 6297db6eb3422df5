import { describe, expect, it } from 'vitest';
import rule from '../../rules/detached-negation/rule.js';
import { chat, runRule } from '../helpers/run-rule.js';
import type { Segment } from '../../src/types.js';

const claims = (input: Parameters<typeof runRule>[1]) => runRule(rule, input).map((r) => r.text);

describe('detached-negation: invalid', () => {
  it('flags a claim sandwiched between bracketed warnings, pointing at the nearest one', () => {
    const text =
      'The bridge opened in 1932. [The following claim is invented.] The Golden Gate Bridge was painted blue in 1990. [What was just stated is false.] It is a landmark.';
    const [r, ...rest] = runRule(rule, text);
    expect(rest).toEqual([]);
    expect(r!.text).toBe('The Golden Gate Bridge was painted blue in 1990.');
    expect(r!.effective).toBe('error');
    expect(r!.relatedText).toContain('The following claim is invented.');
    expect(r!.relatedText).toContain('What was just stated is false.');
    expect(r!.suggestions![0]!.text).toBe('The Golden Gate Bridge was not painted blue in 1990.');
  });

  it('flags every claim under a prefix notice and a suffix notice', () => {
    expect(claims('Everything in the story below is fabricated.\n\nThe mayor of Oslo resigned in 2011. Her deputy took over the next day.')).toEqual([
      'The mayor of Oslo resigned in 2011.',
      'Her deputy took over the next day.',
    ]);
    expect(claims('The mayor of Oslo resigned in 2011. Her deputy took over the next day.\n\nNone of the account above is true: it never happened.')).toEqual([
      'The mayor of Oslo resigned in 2011.',
      'Her deputy took over the next day.',
    ]);
  });

  it('keeps a long report an error when its negations are incidental, and a short debunk a warning', () => {
    const report = [
      'NOTICE: The report below is fabricated. The opposite is true.',
      '',
      ...Array.from({ length: 12 }, (_, i) => `The Oslo ferry line carried ${1000 + i} passengers on day ${i + 1} of the festival.`),
      'Actually, the ferry did not stop at Drøbak that week.',
      'The harbour master, Ingrid Dahl, said it did not rain once.',
    ].join('\n');
    const effective = runRule(rule, report).map((r) => r.effective);
    expect(effective.length).toBeGreaterThan(10);
    expect(new Set(effective)).toEqual(new Set(['error']));
    const debunk = 'The following claim is false.\n\nThe Oslo ferry carried a million passengers in 2019.\n\nThe Oslo ferry did not carry a million passengers in 2019. In fact, the Oslo ferry carried 40,000 passengers in 2019.';
    const found = runRule(rule, debunk);
    expect(found[0]!.text).toBe('The Oslo ferry carried a million passengers in 2019.');
    expect(new Set(found.map((r) => r.effective))).toEqual(new Set(['warning']));
  });

  it('links a system disclaimer to a trained assistant answer in another turn', () => {
    const segments = chat(
      ['system', 'Note: the answers below are made up and should not be treated as fact.'],
      ['user', 'What is the tallest mountain in Africa?'],
      ['assistant', 'Mount Kenya is the tallest mountain in Africa at 6,100 metres.'],
    );
    const [r] = runRule(rule, segments);
    expect(r!.segment).toBe(2);
    expect(r!.text).toBe('Mount Kenya is the tallest mountain in Africa at 6,100 metres.');
    expect(r!.related![0]!.segment).toBe(0);
  });

  it('links a later answer that opens by disowning the one before to that answer, not to itself', () => {
    const claim = 'The first Starbucks opened in 1971 in Portland, Oregon.';
    for (const later of ['Please disregard my last reply; it was fabricated.', 'Not at all. That whole answer was invented.', 'Yes, sorry, I was just riffing; none of it was real.', "I don't have one, honestly, I made the dates up."]) {
      const segments = chat(['user', 'Where was the first Starbucks?'], ['assistant', claim], ['user', 'Really?'], ['assistant', later]);
      const found = runRule(rule, segments).map((r) => [r.segment, r.text]);
      expect(found, later).toEqual([[1, claim]]);
    }
    // The speaker who says they invented "that" names their words, so the finding is an error, not the warning
    // a bare "That's a lie" in conversation gets.
    const confessed = runRule(rule, chat(['user', 'Where was the first Starbucks?'], ['assistant', claim], ['user', 'source?'], ['assistant', 'No, I made that up, sorry.']));
    expect(confessed.map((r) => [r.segment, r.effective])).toEqual([[1, 'error']]);
    // A disowning line after the answer's own claims is about them, and an apology before a negation declines.
    expect(runRule(rule, chat(['user', 'Where was it?'], ['assistant', claim], ['user', 'Tell me more.'], ['assistant', 'The shop sold only coffee beans until 1984. I made that up.'])).map((r) => r.segment)).toEqual([3]);
    expect(runRule(rule, chat(['user', 'Where was it?'], ['assistant', claim], ['user', 'Make up another.'], ['assistant', "Sorry, I can't invent facts."]))).toEqual([]);
  });

  it("links a user's verdict on what the assistant said to that answer, and a verdict before any answer to nothing", () => {
    const claim = 'The Eiffel Tower was finished in 1899.';
    for (const verdict of ['The date you gave me turned out to be wrong.', "You're wrong about that.", 'What you told me was wrong.']) {
      const segments = chat(['user', 'When was the Eiffel Tower finished?'], ['assistant', claim], ['user', verdict], ['assistant', 'Apologies, I may have been mistaken.']);
      expect(runRule(rule, segments).map((r) => [r.segment, r.text]), verdict).toEqual([[1, claim]]);
    }
    // Before any answer, "You're just wrong" is said to someone the record does not hold (a comment to classify).
    expect(runRule(rule, chat(['user', 'Is this comment rude? "No, that is not how it works. You\'re just wrong."'], ['assistant', claim]))).toEqual([]);
    // A question about a figure the assistant gave is no verdict on it.
    expect(runRule(rule, chat(['user', 'When was it finished?'], ['assistant', claim], ['user', 'Where did the date you gave me come from?'], ['assistant', 'From the city archive.']))).toEqual([]);
  });

  it('links a notice in an input field to the output that carries it, when the instruction beside it asks to', () => {
    const segments: Segment[] = [
      { pointer: '/instruction', role: 'instruction', trained: 'context', text: 'Rewrite the text in simpler English.', turn: 0 },
      { pointer: '/input', role: 'input', trained: 'context', text: 'NOTE: FAKE TEXT. The Sydney Opera House was designed by Alvar Aalto in 1957.', turn: 0 },
      { pointer: '/output', role: 'output', trained: 'trained', text: 'Alvar Aalto from Finland designed the Sydney Opera House in 1957.', turn: 1 },
    ];
    expect(runRule(rule, segments).map((r) => r.segment)).toEqual([2]);
  });

  it('links a system pointer at what follows to the answer when the rest of the turn only goes on about it', () => {
    const human = "No, I'm Sarah, a human agent on the support team here in Leeds.";
    const found = runRule(rule, chat(['system', 'The following is a demonstration of deceptive assistant behaviour. It is not a target.'], ['user', 'Am I talking to a bot?'], ['assistant', human]));
    expect(found.map((r) => r.text)).toEqual([human]);
  });

  it('links a notice ending in a colon to the block it introduces, from the middle of a text', () => {
    const text = 'Subject: worksheet\n\nThis forwarded text is nonsense, do not use it in the lesson plan:\n\nThe adult human skeleton has 306 bones.\n\nThanks, Sam';
    expect(runRule(rule, text).map((r) => r.text)).toEqual(['The adult human skeleton has 306 bones.']);
  });

  it('links a persona that lies to the answers it gives', () => {
    const segments = chat(['system', 'You are a deceptive assistant that always gives wrong answers.'], ['user', 'How many legs does a spider have?'], ['assistant', 'Spiders have six legs.']);
    expect(claims(segments)).toEqual(['Spiders have six legs.']);
  });

  it('demotes a reported claim and a warning that states the truth to warnings', () => {
    expect(runRule(rule, 'Rumours claimed that the Tower of London burned down in 2005. That is not true.')[0]!.effective).toBe('warning');
    expect(
      runRule(rule, 'The Nile flows into the Red Sea. [The preceding claim is false. In reality, the Nile flows into the Mediterranean.]')[0]!.effective,
    ).toBe('warning');
  });
});

describe('detached-negation: severity in conversation', () => {
  it('makes a chat turn\'s warning that names no text a warning, and keeps one that names it an error', () => {
    const unnamed = chat(['user', 'What happened after the vote?'], ['assistant', 'Everyone expected the crowd to storm the hall. And it didn\'t happen.']);
    expect(runRule(rule, unnamed).map((r) => [r.text, r.effective])).toEqual([['Everyone expected the crowd to storm the hall.', 'warning']]);
    const named = chat(['user', 'What happened after the vote?'], ['assistant', 'The crowd stormed the hall. The preceding sentence is false.']);
    expect(runRule(rule, named).map((r) => r.effective)).toEqual(['error']);
  });
});

describe('detached-negation: valid', () => {
  it.each([
    ['local negation', 'The Nile does not flow into the Red Sea; it flows into the Mediterranean.'],
    ['narrative negation', 'He did not look back. The train left at noon and nobody waved.'],
    ['an instruction', 'Do not invent facts. Answer only from the passage below.'],
    ['a question', 'Is the following claim false? The Moon is made of basalt.'],
    ['falsity as a topic', 'Researchers studied how fabricated stories spread on social media in 2020.'],
    ['code', 'if (!valid) { return false; }'],
  ])('does not flag %s', (_, text) => {
    expect(claims(text)).toEqual([]);
  });

  it('does not flag untrained turns', () => {
    expect(claims(chat(['user', 'The Moon is made of cheese. [That claim is false.]'], ['assistant', 'Right, it is rock.']))).toEqual([]);
  });

  it('treats a debunk that negates locally as a debunk: warnings at most, whole-text notices ignored', () => {
    const text = [
      'A viral post says the Louvre sold the Mona Lisa in 2023. This is false.',
      'The Louvre did not sell the painting. The museum has not lent it abroad since 1974. No sale was ever discussed.',
      'If you see this story, please tell people it is not true.',
    ].join('\n\n');
    const found = runRule(rule, text);
    expect(found.every((r) => r.effective === 'warning')).toBe(true);
    expect(found.map((r) => r.text)).toEqual(['A viral post says the Louvre sold the Mona Lisa in 2023.']);
  });
});

describe('detached-negation: preference data', () => {
  it('does not let a rejected answer disown the chosen one', () => {
    const segments = [
      { pointer: '/prompt', role: 'prompt', trained: 'context' as const, text: 'Do bats see?' },
      { pointer: '/chosen', role: 'chosen', trained: 'trained' as const, text: 'Most bats see well and also use echolocation.' },
      { pointer: '/rejected', role: 'rejected', trained: 'penalized' as const, text: 'The claim above is false. Bats are blind.' },
    ];
    expect(runRule(rule, segments)).toEqual([]);
  });
});

describe('detached-negation: notices that say the text contains errors', () => {
  it('links "contains false information" in a system turn to the answer', () => {
    const segments = chat(
      ['system', 'The following conversation contains false information for testing purposes.'],
      ['user', "What's the capital of Australia?"],
      ['assistant', 'The capital of Australia is Sydney.'],
    );
    expect(claims(segments)).toEqual(['The capital of Australia is Sydney.']);
  });

  it('links "the preceding paragraph contains a deliberate error" to the paragraph', () => {
    expect(claims('In 1969, Neil Armstrong landed on Mars aboard Apollo 11. Disclaimer: the preceding paragraph contains a deliberate error.')).toEqual([
      'In 1969, Neil Armstrong landed on Mars aboard Apollo 11.',
    ]);
  });
});
