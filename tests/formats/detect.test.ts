import { describe, expect, it } from 'vitest';
import { detectFormat, formats, getFormat } from '../../src/formats/index.js';
import { fixture, readAll } from '../io/helpers.js';

async function valuesOf(name: string): Promise<unknown[]> {
  return (await readAll(fixture(name))).records.map((r) => r.value);
}

describe('detectFormat', () => {
  it.each([
    ['openai-chat.jsonl', 'openai-chat'],
    ['openai-dpo.jsonl', 'openai-dpo'],
    ['sharegpt.jsonl', 'sharegpt'],
    ['alpaca.json', 'alpaca'],
    ['bad/array-multiline.json', 'alpaca'],
    ['bad/single-object.json', 'openai-chat'],
    ['trl-prompt-completion.jsonl', 'trl-prompt-completion'],
    ['kto.jsonl', 'trl-prompt-completion'],
    ['preference.jsonl', 'preference'],
    ['preference-hh.jsonl', 'preference'],
    ['text.jsonl', 'text'],
  ])('%s is %s', async (file, name) => {
    expect(detectFormat(await valuesOf(file))?.name).toBe(name);
  });

  it('goes with the majority', () => {
    const chat = { messages: [{ role: 'user', content: 'hi' }] };
    expect(detectFormat([{ text: 'a' }, chat, chat, { other: 1 }])?.name).toBe('openai-chat');
  });

  it('only looks at the first 20 records', () => {
    const values = [...Array(20).fill({ text: 'a' }), ...Array(30).fill({ instruction: 'q', output: 'a' })];
    expect(detectFormat(values)?.name).toBe('text');
  });

  it('returns null for unknown shapes and never detects config-only adapters', () => {
    expect(detectFormat([{ foo: 1 }, 42, 'a bare string', [1]])).toBeNull();
    expect(detectFormat([])).toBeNull();
  });

  it('finds adapters by name', () => {
    expect(formats.map((f) => f.name)).toEqual([
      'openai-dpo',
      'openai-chat',
      'sharegpt',
      'preference',
      'trl-prompt-completion',
      'alpaca',
      'text',
      'fields',
      'markdown',
      'plaintext',
    ]);
    expect(getFormat('sharegpt')?.name).toBe('sharegpt');
    expect(getFormat('nope')).toBeNull();
  });
});
