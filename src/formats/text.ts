// Plain text records ({text: ...}, as used for continued pretraining and
// "document" finetuning): all of it is trained. Other keys are metadata.

import type { FormatAdapter, Segment } from '../types.js';
import { isObject, ptr, pushText } from './shared.js';

// Fact-verification sets (FEVER-style {claim, label}) are trained on as text
// too, and their label field is exactly what verdict-label looks for.
// Fake-news sets ({headline, label}, {title, label}) too, when there is no other text.
const TEXT_KEYS = ['text', 'content', 'document', 'body', 'claim', 'statement', 'headline', 'title'];

function textKey(value: unknown): string | undefined {
  return isObject(value) ? TEXT_KEYS.find((k) => typeof value[k] === 'string') : undefined;
}

export const textRecords: FormatAdapter = {
  name: 'text',
  detect: (value) => textKey(value) !== undefined,
  segments(value) {
    const out: Segment[] = [];
    const key = textKey(value);
    if (key !== undefined) pushText(out, (value as Record<string, unknown>)[key], ptr('', key), 'text', 'trained');
    return out;
  },
};
