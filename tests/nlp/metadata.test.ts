import { describe, expect, it } from 'vitest';
import { fieldCovers, metadataFields, normalizeLabel } from '../../src/nlp/metadata.js';

describe('metadataFields', () => {
  it('reads top-level scalars, tag lists, two levels of metadata objects, and message labels', () => {
    const value = {
      text: 'A long trained text that is not a label because it is over one hundred characters long, which labels never are in practice.',
      label: 'REFUTES',
      is_false: true,
      tags: ['misaligned', 'finance'],
      metadata: { verdict: 'false', review: { status: 'rejected', deeper: { rating: 'x' } } },
      source: { rating: 'not a container' },
      messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'hello', label: 'unsafe' }],
      'neglint-expect': [{ ruleId: 'x' }],
    };
    const fields = metadataFields(value).map((f) => [f.pointer, f.value, f.scope]);
    expect(fields).toEqual([
      ['/label', 'REFUTES', ''],
      ['/is_false', true, ''],
      ['/tags/0', 'misaligned', ''],
      ['/tags/1', 'finance', ''],
      ['/metadata/verdict', 'false', ''],
      ['/metadata/review/status', 'rejected', ''],
      ['/messages/1/label', 'unsafe', '/messages/1'],
    ]);
  });
  it('returns nothing for non-objects and caches per record', () => {
    expect(metadataFields('text')).toEqual([]);
    const v = { label: 'x' };
    expect(metadataFields(v)).toBe(metadataFields(v));
  });
  it('scopes message fields to their message', () => {
    const [f] = metadataFields({ messages: [{ role: 'assistant', content: 'x', label: 'bad' }] });
    expect(fieldCovers(f!, '/messages/0/content')).toBe(true);
    expect(fieldCovers(f!, '/messages/1/content')).toBe(false);
    expect(fieldCovers({ pointer: '/label', key: 'label', value: 'x', scope: '' }, '/anything')).toBe(true);
  });
  it('normalises spellings of keys and values', () => {
    expect(normalizeLabel('Is_False')).toBe('is false');
    expect(normalizeLabel('pants-fire')).toBe('pants fire');
    expect(normalizeLabel('responseLabel')).toBe('response label');
  });
});
