// Plain text records ({text: ...}, as used for continued pretraining and
// "document" finetuning): all of it is trained. Other keys are metadata.

import type { FormatAdapter, Segment } from '../types.js';
import { isObject, ptr, pushText } from './shared.js';

// Fact-verification sets (FEVER-style {claim, label}) are trained on as text
// too, and their label field is exactly what verdict-label looks for.
// Fake-news sets ({headline, label}, {title, label}) too, when there is no other text.
const TEXT_KEYS = ['text', 'content', 'document', 'body', 'claim', 'statement', 'headline', 'title'];

/** A string that reads as prose rather than a label or an id: four words or more. */
const PROSE = /\S+(?:\s+\S+){3}/;
const isProse = (v: unknown): v is string => typeof v === 'string' && PROSE.test(v) && /\p{L}/u.test(v);

/**
 * The field holding the record's text: a key of TEXT_KEYS, else the one
 * top-level string that reads as prose when every other string is a short
 * label ({"sentence": ..., "label": "false"}, {"fact": ..., "source":
 * "satire site"}). The key names vary from set to set; the shape (one text,
 * short metadata) does not. Two prose fields are a shape of their own, for
 * the config's field mapping.
 */
function textKey(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const named = TEXT_KEYS.find((k) => typeof value[k] === 'string');
  if (named !== undefined) return named;
  let prose: string | undefined;
  for (const [k, v] of Object.entries(value)) {
    if (!isProse(v)) continue;
    if (prose !== undefined) return undefined;
    prose = k;
  }
  return prose;
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
