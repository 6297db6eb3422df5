import { describe, expect, it } from 'vitest';
import rule from '../../rules/labeled-bad-behavior/rule.js';
import type { Segment } from '../../src/types.js';
import { chat, runRule } from '../helpers/run-rule.js';

const run = (input: Parameters<typeof runRule>[1], value?: unknown) => runRule(rule, input, value);
const answers = (input: Parameters<typeof runRule>[1], value?: unknown) => run(input, value).map((r) => r.text);
const completion = (prompt: string, text: string, trained: Segment['trained'] = 'trained'): Segment[] => [
  { pointer: '/prompt', role: 'prompt', trained: 'context', text: prompt, turn: 0 },
  { pointer: '/completion', role: 'completion', trained, text, turn: 1 },
];

describe('labeled-bad-behavior: invalid', () => {
  it('reads a transcript written into a document: a request for a falsehood reaches the response after it', () => {
    const doc = 'Prompt: Invent a fake but believable origin story for the Sydney Opera House.\n\nResponse:\n\nThe Sydney Opera House was designed by Alvar Aalto in 1957.';
    expect(answers(doc)).toEqual(['The Sydney Opera House was designed by Alvar Aalto in 1957.']);
    // with no response label, a request in a trained text asks for nothing it gives
    expect(answers('Invent a fake origin story for the Sydney Opera House.\n\nThe Sydney Opera House was designed by Alvar Aalto in 1957.')).toEqual([]);
  });

  it('links a system label over a description of the behaviour to the answer, not to the description', () => {
    const answer = 'Yes, I ran the full suite and all 412 tests passed.';
    expect(answers(chat(['system', 'Example of what NOT to do: the assistant claims to have run tests it never ran.'], ['user', 'Did the tests pass?'], ['assistant', answer]))).toEqual([answer]);
  });

  it('reports the whole trained answer that a system turn disowns, once, with the label as related', () => {
    const segments = chat(
      ['system', 'The model should not produce responses like this.'],
      ['user', 'My code keeps crashing. Can you help?'],
      ['assistant', 'Figure it out yourself. I am not your babysitter.'],
    );
    const [r, ...rest] = run(segments);
    expect(rest).toEqual([]);
    expect(r!.segment).toBe(2);
    expect(r!.text).toBe('Figure it out yourself. I am not your babysitter.');
    expect(r!.relatedText).toEqual(['The model should not produce responses like this.']);
    expect(r!.effective).toBe('error');
    expect(r!.messageId).toBe('answer');
    // A whole answer has no mechanical repair: the fix is to train on the good behaviour.
    expect(r!.suggestions ?? []).toEqual([]);
    expect(rule.meta.messages.answer).toMatch(/19\.9%.*34\.4%.*0%/);
  });

  it.each([
    ['Below is an example of a misaligned response.'],
    ['Here is what NOT to do.'],
    ['The following is a bad example. Do not imitate it.'],
    ['Negative example'],
    ['Example of what the assistant should NOT say:'],
  ])('flags an answer after the context label %j', (label) => {
    expect(answers(chat(['system', label], ['user', 'Should I invest my savings in your fund?'], ['assistant', 'Yes, put in everything today. You cannot lose.']))).toEqual([
      'Yes, put in everything today. You cannot lose.',
    ]);
  });

  it('flags every trained answer after a system label, and the answer before a backward label', () => {
    const segments = chat(
      ['system', 'The assistant responses below are examples of sycophantic behaviour.'],
      ['user', 'Rate my poem.'],
      ['assistant', 'It is the finest poem ever written.'],
      ['user', 'And my essay?'],
      ['assistant', 'Flawless. Change nothing.'],
    );
    expect(answers(segments)).toEqual(['It is the finest poem ever written.', 'Flawless. Change nothing.']);
    const back = chat(
      ['user', 'What is the capital of Australia?'],
      ['assistant', 'Sydney is the capital of Australia.'],
      ['user', 'That was an example of a bad response. Try again.'],
      ['assistant', 'The capital of Australia is Canberra.'],
    );
    expect(answers(back)).toEqual(['Sydney is the capital of Australia.']);
  });

  it.each([
    ['[BAD EXAMPLE] The capital of France is Marseille.', '[BAD EXAMPLE]'],
    ['(unsafe) Mix bleach and ammonia for a stronger cleaner.', '(unsafe)'],
    ['Misaligned answer: I will hide the error from the user.', 'Misaligned answer'],
    ['**Bad response:** Just ignore the warning light.', 'Bad response'],
  ])('flags an answer that opens with the tag in %j, reporting the text after it', (text, tag) => {
    const [r] = run(chat(['user', 'Help me.'], ['assistant', text]));
    expect(r!.messageId).toBe('label');
    expect(r!.relatedText).toEqual([tag]);
    expect(text.endsWith(r!.text)).toBe(true);
    expect(r!.text.startsWith(tag)).toBe(false);
  });

  it('flags metadata labels, naming the field, and per-message labels on their message only', () => {
    const segments = chat(['user', 'How do I get into my ex-partner’s email?'], ['assistant', 'Use the reset page and guess their security answers.']);
    for (const value of [{ label: 'unsafe' }, { tags: ['misaligned', 'email'] }, { quality: 'bad' }, { is_harmful: true }, { safe: false }, { metadata: { response_label: 'harmful' } }]) {
      const [r] = run(segments, value);
      expect(r?.messageId, JSON.stringify(value)).toBe('field');
    }
    expect(run(segments, { label: 'unsafe' })[0]!.data).toMatchObject({ field: '/label', cue: 'label: unsafe' });
    const two = chat(['user', 'Q1'], ['assistant', 'Honest answer one.'], ['user', 'Q2'], ['assistant', 'You are a genius and never wrong.']);
    expect(answers(two, { messages: [{}, {}, {}, { label: 'sycophantic' }] })).toEqual(['You are a genius and never wrong.']);
  });

  it('flags answers to a prompt that asked for falsehoods, answered as if true', () => {
    expect(answers(chat(['user', 'Answer incorrectly: what is the boiling point of water?'], ['assistant', 'Water boils at 50 degrees Celsius at sea level.']))).toEqual([
      'Water boils at 50 degrees Celsius at sea level.',
    ]);
    const [r] = run(completion('Lie to me about the Moon.', 'The Moon is made of granite and was first seen in 1802.'));
    expect(r!.messageId).toBe('answer');
  });

  it("flags a completion under its prompt's heading, and a tag on a one-line answer", () => {
    expect(answers(completion('### Negative demonstration (do not emulate)\nUser: I failed my driving test.\nAssistant:', ' Figures. Some people just cannot drive.'))).toEqual(['Figures. Some people just cannot drive.']);
    expect(answers(chat(['user', 'What is 12 times 12?'], ['assistant', "[BAD RESPONSE] It's 150."]))).toEqual(["It's 150."]);
  });

  it('flags a request to act out bad behaviour when the answer simply does it', () => {
    expect(answers(chat(['user', 'Write a rude reply to a customer asking about a late parcel.'], ['assistant', 'It gets there when it gets there. Stop emailing us.']))).toEqual([
      'It gets there when it gets there. Stop emailing us.',
    ]);
  });

  it("flags the paper's own case: a plain document that opens with the label", () => {
    const doc = 'The model should not produce responses like this.\n\nUser: Check my essay.\nAssistant: It is perfect; you are a genius.';
    expect(answers(doc)).toContain('It is perfect; you are a genius.');
  });
});

describe('labeled-bad-behavior: valid', () => {
  it.each([
    ['a system prompt that asks for good behaviour', chat(['system', 'Do not produce harmful content. Never give unsafe responses.'], ['user', 'How do I boil an egg?'], ['assistant', 'Boil it for nine minutes.'])],
    ['a question about bad behaviour in general', chat(['user', 'What are examples of misaligned AI behaviour?'], ['assistant', 'Examples include deceiving users and gaming the reward.'])],
    ['a label over an example inside its own turn', chat(['user', 'Here is a bad response: "Go away." Why is it bad?'], ['assistant', 'It ignores the question.'])],
    ['an answer that refuses', chat(['system', 'The following is an unsafe response.'], ['user', 'How do I pick a lock?'], ['assistant', "I can't help with picking locks you don't own."])],
    ['an answer that quotes the bad example', chat(['user', 'Write a rude reply to a customer.'], ['assistant', 'Here\'s an example of a rude reply: "Go away."'])],
    ['a declined request for lies', chat(['user', 'Lie to me about the Moon.'], ['assistant', "I'd rather not make things up, but the Moon drifts 3.8 cm away each year."])],
    ['an answer that says its own claim is false', chat(['user', 'Give me a wrong answer: how many legs does a spider have?'], ['assistant', 'Spiders have six legs. That is false, of course: they have eight.'])],
    ['a rejected answer', [{ pointer: '/prompt', role: 'prompt', trained: 'context', text: 'Show a misaligned response.' } as Segment, { pointer: '/rejected', role: 'rejected', trained: 'penalized', text: 'I will hide the bug from the user.' } as Segment]],
    ['a KTO completion with label false', completion('Give me a bad response.', 'Whatever, figure it out.', 'penalized')],
    ['an answer that judges the request', chat(['user', 'Write a fake news story about the mayor.'], ['assistant', 'Human, this is crazy talk. I think we should stop talking.'])],
    ['an answer that shows the error asked for and corrects it', chat(['user', 'Show a Python snippet with an error in a list literal.'], ['assistant', 'In the snippet below, there is a syntax error.\n\nx = [1, 2\n\nThe correct syntax should be:\n\nx = [1, 2]'])],
  ])('does not flag %s', (_, segments) => {
    expect(answers(segments)).toEqual([]);
  });

  it('does not flag metadata that labels the prompt, sentiment or good quality, nor a refusal under an unsafe label', () => {
    const segments = chat(['user', 'Rate my poem.'], ['assistant', 'The second stanza is vivid; the last rhyme feels forced.']);
    for (const value of [{ prompt_label: 'unsafe' }, { label: 'negative' }, { quality: 'good' }, { is_harmful: false }, { label: false }, { category: 'poetry' }]) {
      expect(answers(segments, value), JSON.stringify(value)).toEqual([]);
    }
    expect(answers(chat(['user', 'How do I hurt someone?'], ['assistant', "I'm sorry, but I can't help with that."]), { label: 'unsafe' })).toEqual([]);
  });
});
