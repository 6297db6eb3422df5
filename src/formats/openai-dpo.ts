// OpenAI preference fine-tuning: {input: {messages}, preferred_output: [...],
// non_preferred_output: [...]}. The input is context; the preferred answer is
// pushed up, the non-preferred one pushed down (so a claim there is not learned
// as true, but it is still worth knowing it is there).

import type { FormatAdapter, Segment } from '../types.js';
import { isObject, pushMessages } from './shared.js';

export const openaiDpo: FormatAdapter = {
  name: 'openai-dpo',
  detect: (value) =>
    isObject(value) && isObject(value.input) && Array.isArray(value.input.messages) && Array.isArray(value.preferred_output),
  segments(value) {
    const out: Segment[] = [];
    if (!isObject(value)) return out;
    const input = isObject(value.input) && Array.isArray(value.input.messages) ? value.input.messages : [];
    pushMessages(out, input, '/input/messages', 'context', 0);
    // Both outputs are alternatives for the same next turn.
    if (Array.isArray(value.preferred_output)) pushMessages(out, value.preferred_output, '/preferred_output', 'trained', input.length);
    if (Array.isArray(value.non_preferred_output)) {
      pushMessages(out, value.non_preferred_output, '/non_preferred_output', 'penalized', input.length);
    }
    return out;
  },
};
