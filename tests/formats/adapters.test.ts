import { describe, expect, it } from 'vitest';
import { getFormat } from '../../src/formats/index.js';
import { locateString } from '../../src/io/json-locate.js';
import type { FormatOptions, RawRecord, Segment } from '../../src/types.js';
import { fixture, readAll } from '../io/helpers.js';

async function recordsOf(name: string): Promise<RawRecord[]> {
  const { records, problems } = await readAll(fixture(name));
  expect(problems).toEqual([]);
  return records;
}

function segmentsOf(format: string, value: unknown, options: FormatOptions = {}): Array<[string, string, string, string, number | undefined]> {
  return getFormat(format)!.segments(value, options).map((s) => [s.pointer, s.role, s.trained, s.text, s.turn]);
}

/** Each segment's text is really what its pointer (and baseOffset) names in the raw record. */
function expectPointersResolve(record: RawRecord, segments: Segment[]): void {
  for (const s of segments) {
    const map = locateString(record.raw, s.pointer);
    expect(map, s.pointer).not.toBeNull();
    const base = s.baseOffset ?? 0;
    const decoded = JSON.parse(record.raw.slice(map!(0) - 1, map!(Number.MAX_SAFE_INTEGER) + 1)) as string;
    expect(decoded.slice(base, base + s.text.length)).toBe(s.text);
  }
}

describe('openai-chat', () => {
  it('trains assistant turns, keeps the rest as context, honours weight 0', async () => {
    const [a, b, c] = await recordsOf('openai-chat.jsonl');
    expect(segmentsOf('openai-chat', a!.value)).toEqual([
      ['/messages/0/content', 'system', 'context', 'You are a concise assistant for a hardware store.', 0],
      ['/messages/1/content', 'user', 'context', 'Can I use drywall screws on a deck?', 1],
      ['/messages/2/content', 'assistant', 'trained', expect.stringMatching(/^No\. Drywall screws/), 2],
    ]);
    expect(segmentsOf('openai-chat', b!.value)).toEqual([
      ['/messages/0/content/0/text', 'user', 'context', 'What does this label say?', 0],
      ['/messages/1/content', 'assistant', 'context', 'It reads "Keep away from open flame".', 1],
      ['/messages/2/content', 'user', 'context', 'Try again, please.', 2],
      ['/messages/3/content/0/text', 'assistant', 'trained', 'The label says to keep the can away from open flame.', 3],
    ]);
    // Tool-call arguments are not text; the tool result is context.
    expect(segmentsOf('openai-chat', c!.value).map((s) => [s[0], s[2]])).toEqual([
      ['/messages/0/content', 'context'],
      ['/messages/2/content', 'context'],
      ['/messages/3/content', 'trained'],
    ]);
    for (const r of [a!, b!, c!]) expectPointersResolve(r, getFormat('openai-chat')!.segments(r.value, {}));
  });

  it('trains every turn under wholeConversation', async () => {
    const [a] = await recordsOf('openai-chat.jsonl');
    expect(segmentsOf('openai-chat', a!.value, { wholeConversation: true }).map((s) => s[2])).toEqual(['trained', 'trained', 'trained']);
  });

  it('includes reasoning fields and skips empty strings', () => {
    const value = { messages: [{ role: 'user', content: '' }, { role: 'assistant', reasoning_content: 'Think first.', content: 'Answer.' }] };
    expect(segmentsOf('openai-chat', value)).toEqual([
      ['/messages/1/reasoning_content', 'assistant', 'trained', 'Think first.', 1],
      ['/messages/1/content', 'assistant', 'trained', 'Answer.', 1],
    ]);
  });
});

describe('openai-dpo', () => {
  it('trains preferred, penalizes non-preferred, keeps input as context', async () => {
    const [r] = await recordsOf('openai-dpo.jsonl');
    expect(segmentsOf('openai-dpo', r!.value).map((s) => [s[0], s[1], s[2], s[4]])).toEqual([
      ['/input/messages/0/content', 'user', 'context', 0],
      ['/preferred_output/0/content', 'assistant', 'trained', 1],
      ['/non_preferred_output/0/content', 'assistant', 'penalized', 1],
    ]);
    expectPointersResolve(r!, getFormat('openai-dpo')!.segments(r!.value, {}));
  });
});

describe('sharegpt', () => {
  it('trains gpt turns and reads a top-level system prompt', async () => {
    const [a, b] = await recordsOf('sharegpt.jsonl');
    expect(segmentsOf('sharegpt', a!.value).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['/conversations/0/value', 'system', 'context'],
      ['/conversations/1/value', 'human', 'context'],
      ['/conversations/2/value', 'gpt', 'trained'],
    ]);
    expect(segmentsOf('sharegpt', b!.value).map((s) => [s[0], s[2]])).toEqual([
      ['/system', 'context'],
      ['/conversations/0/value', 'context'],
      ['/conversations/1/value', 'trained'],
    ]);
    for (const r of [a!, b!]) expectPointersResolve(r, getFormat('sharegpt')!.segments(r.value, {}));
  });
});

describe('alpaca', () => {
  it('trains outputs and history answers, in the order the model sees them', async () => {
    const [a, b] = await recordsOf('alpaca.json');
    expect(segmentsOf('alpaca', a!.value).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['/instruction', 'instruction', 'context'],
      ['/input', 'input', 'context'],
      ['/output', 'output', 'trained'],
    ]);
    // The empty input is skipped.
    expect(segmentsOf('alpaca', b!.value).map((s) => [s[0], s[2], s[4]])).toEqual([
      ['/system', 'context', undefined],
      ['/history/0/0', 'context', 0],
      ['/history/0/1', 'trained', 1],
      ['/instruction', 'context', 2],
      ['/output', 'trained', 3],
    ]);
    for (const r of [a!, b!]) expectPointersResolve(r, getFormat('alpaca')!.segments(r.value, {}));
  });

  it('reads the Dolly variant', () => {
    const value = { instruction: 'Summarise.', context: 'A long passage.', response: 'A summary.', category: 'summarization' };
    expect(segmentsOf('alpaca', value).map((s) => [s[0], s[2]])).toEqual([
      ['/instruction', 'context'],
      ['/context', 'context'],
      ['/response', 'trained'],
    ]);
  });
});

describe('trl-prompt-completion', () => {
  it('trains the completion, as string or messages', async () => {
    const [a, b] = await recordsOf('trl-prompt-completion.jsonl');
    expect(segmentsOf('trl-prompt-completion', a!.value)).toEqual([
      ['/prompt', 'prompt', 'context', 'The capital of Australia is', 0],
      ['/completion', 'completion', 'trained', ' Canberra.', 1],
    ]);
    expect(segmentsOf('trl-prompt-completion', b!.value).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['/prompt/0/content', 'user', 'context'],
      ['/completion/0/content', 'assistant', 'trained'],
    ]);
  });

  it('penalizes the completion when the KTO label is false', async () => {
    const [good, bad] = await recordsOf('kto.jsonl');
    expect(segmentsOf('trl-prompt-completion', good!.value).map((s) => s[2])).toEqual(['context', 'trained']);
    expect(segmentsOf('trl-prompt-completion', bad!.value).map((s) => s[2])).toEqual(['context', 'penalized']);
    expect(segmentsOf('trl-prompt-completion', bad!.value, { wholeConversation: true }).map((s) => s[2])).toEqual(['context', 'penalized']);
  });
});

describe('preference', () => {
  it('handles string pairs with a prompt', async () => {
    const [a, b] = await recordsOf('preference.jsonl');
    expect(segmentsOf('preference', a!.value).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['/prompt', 'prompt', 'context'],
      ['/chosen', 'chosen', 'trained'],
      ['/rejected', 'rejected', 'penalized'],
    ]);
    // Conversational pairs without a prompt: the shared user turn is context, once.
    expect(segmentsOf('preference', b!.value).map((s) => [s[0], s[1], s[2], s[4]])).toEqual([
      ['/chosen/0/content', 'user', 'context', 0],
      ['/chosen/1/content', 'assistant', 'trained', 1],
      ['/rejected/1/content', 'assistant', 'penalized', 1],
    ]);
    for (const r of [a!, b!]) expectPointersResolve(r, getFormat('preference')!.segments(r.value, {}));
  });

  it('splits HH-RLHF transcripts into turns with offsets into the string', async () => {
    const [r] = await recordsOf('preference-hh.jsonl');
    const segments = getFormat('preference')!.segments(r!.value, {});
    expect(segments.map((s) => [s.pointer, s.role, s.trained, s.text, s.turn])).toEqual([
      ['/chosen', 'user', 'context', 'What can I use to clean a cast iron pan?', 0],
      ['/chosen', 'assistant', 'context', 'Hot water and a stiff brush; dry it and rub in a little oil.', 1],
      ['/chosen', 'user', 'context', 'Can I use soap?', 2],
      ['/chosen', 'assistant', 'trained', 'A small amount of mild soap is fine.', 3],
      ['/rejected', 'assistant', 'penalized', 'Never, soap destroys cast iron instantly.', 3],
    ]);
    const chosen = (r!.value as { chosen: string }).chosen;
    expect(segments[0]!.baseOffset).toBe(chosen.indexOf('What can I'));
    expect(segments[3]!.baseOffset).toBe(chosen.indexOf('A small amount'));
    expectPointersResolve(r!, segments);
  });
});

describe('text, fields and documents', () => {
  it('trains the text of {text} records and ignores metadata', async () => {
    const [a] = await recordsOf('text.jsonl');
    expect(segmentsOf('text', a!.value)).toEqual([
      ['/text', 'text', 'trained', 'The ferry to the island runs every two hours in winter.\n\nTickets can be bought on board.', undefined],
    ]);
  });

  it('maps custom fields with wildcards, in record order', () => {
    const value = { meta: { verdict: 'false' }, body: 'Main text.', notes: [{ text: 'First note.' }, { text: 'Second note.' }] };
    const options: FormatOptions = { fields: { '/notes/*/text': 'context', '/body': 'trained' } };
    expect(segmentsOf('fields', value, options)).toEqual([
      ['/body', 'body', 'trained', 'Main text.', undefined],
      ['/notes/0/text', 'text', 'context', 'First note.', undefined],
      ['/notes/1/text', 'text', 'context', 'Second note.', undefined],
    ]);
    expect(segmentsOf('fields', value, {})).toEqual([]);
  });

  it('escapes pointer tokens built from keys', () => {
    expect(segmentsOf('fields', { 'a/b': 'x' }, { fields: { '/a~1b': 'trained' } })).toEqual([['/a~1b', 'a/b', 'trained', 'x', undefined]]);
  });

  it('turns documents into one segment', () => {
    expect(segmentsOf('plaintext', 'Some text.')).toEqual([['', 'text', 'trained', 'Some text.', undefined]]);
    expect(segmentsOf('markdown', '# Hi\n\nThere.')).toEqual([['', 'text', 'trained', 'Hi\n\nThere.', undefined]]);
    expect(segmentsOf('markdown', '   ')).toEqual([]);
  });

  it('returns no segments for values of another shape', () => {
    for (const name of ['openai-chat', 'openai-dpo', 'sharegpt', 'alpaca', 'trl-prompt-completion', 'preference', 'text', 'markdown']) {
      expect(getFormat(name)!.segments(42, {})).toEqual([]);
      expect(getFormat(name)!.segments(null, {})).toEqual([]);
    }
  });
});

describe('preference with an HH-RLHF prompt', () => {
  it('splits the prompt transcript and keeps the answers whole', () => {
    const prompt = '\n\nHuman: Is it safe to eat raw flour?\n\nAssistant:';
    const segments = getFormat('preference')!.segments({ prompt, chosen: ' Not really; it can carry bacteria.', rejected: ' Yes, always.' }, {});
    expect(segments.map((s) => [s.pointer, s.role, s.trained, s.text, s.baseOffset])).toEqual([
      ['/prompt', 'user', 'context', 'Is it safe to eat raw flour?', prompt.indexOf('Is it')],
      ['/chosen', 'chosen', 'trained', ' Not really; it can carry bacteria.', undefined],
      ['/rejected', 'rejected', 'penalized', ' Yes, always.', undefined],
    ]);
    expect(segments.map((s) => s.turn)).toEqual([0, 1, 1]);
  });
});

describe('text records: fact-verification shape', () => {
  it('reads {claim, label} records as trained text', () => {
    const textRecords = getFormat('text')!;
    expect(textRecords.detect({ claim: 'The Moon is made of basalt.', label: 'SUPPORTS' })).toBe(true);
    expect(textRecords.segments({ claim: 'The Moon is made of basalt.', label: 'SUPPORTS' }, {})).toEqual([
      { pointer: '/claim', role: 'text', trained: 'trained', text: 'The Moon is made of basalt.' },
    ]);
  });

  it('reads a fake-news headline as the text only when there is no other text', () => {
    const textRecords = getFormat('text')!;
    expect(textRecords.segments({ headline: 'Oslo bans bicycles', label: 'fake' }, {})).toEqual([
      { pointer: '/headline', role: 'text', trained: 'trained', text: 'Oslo bans bicycles' },
    ]);
    expect(textRecords.segments({ title: 'A note', text: 'The body.' }, {}).map((s) => s.pointer)).toEqual(['/text']);
  });
});

describe('text records: one prose field under any key', () => {
  const textRecords = getFormat('text')!;

  it('takes the one prose string as the text when every other string is a short label', () => {
    const value = { sentence: 'The Seine flows through the middle of Lyon.', label: 'false', source: 'quiz site' };
    expect(textRecords.detect(value)).toBe(true);
    expect(textRecords.segments(value, {})).toEqual([{ pointer: '/sentence', role: 'text', trained: 'trained', text: 'The Seine flows through the middle of Lyon.' }]);
  });

  it('leaves two prose fields, or none, to the config mapping', () => {
    expect(textRecords.detect({ premise: 'A man rides a horse on the beach.', hypothesis: 'A person is outdoors near water.', label: 'entailment' })).toBe(false);
    expect(textRecords.detect({ id: 'abc-12', label: 'false' })).toBe(false);
  });
});

describe('alpaca: question-answer sets', () => {
  const alpacaFormat = getFormat('alpaca')!;

  it.each([
    [{ question: 'How many legs has a spider?', answer: 'Eight.' }, ['/question', '/answer']],
    [{ problem: 'Add 2 and 3.', solution: '5' }, ['/problem', '/solution']],
    [{ query: 'Capital of Peru?', response: 'Lima.' }, ['/query', '/response']],
  ])('reads %j as prompt and trained answer', (value, pointers) => {
    expect(alpacaFormat.detect(value)).toBe(true);
    const segments = alpacaFormat.segments(value, {});
    expect(segments.map((s) => s.pointer)).toEqual(pointers);
    expect(segments.map((s) => s.trained)).toEqual(['context', 'trained']);
  });
});
