// ShareGPT: {conversations: [{from, value}]} (also seen with role/content
// inside `conversations`, and with a top-level `system` string). Model turns
// (gpt, assistant, ...) are trained; human, system, tool turns are context.
// Axolotl's per-turn `weight: 0` masks a model turn, as in OpenAI chat.

import type { FormatAdapter, Segment } from '../types.js';
import { isModelRole, isObject, ptr, pushMessage, pushText, roleOf, textKeyOf } from './shared.js';

export const sharegpt: FormatAdapter = {
  name: 'sharegpt',
  detect: (value) =>
    isObject(value) &&
    Array.isArray(value.conversations) &&
    value.conversations.some((m) => isObject(m) && (typeof m.from === 'string' || typeof m.role === 'string')),
  segments(value, options) {
    const out: Segment[] = [];
    if (!isObject(value) || !Array.isArray(value.conversations)) return out;
    pushText(out, value.system, '/system', 'system', options.wholeConversation ? 'trained' : 'context');
    value.conversations.forEach((m, i) => {
      if (!isObject(m)) return;
      const role = roleOf(m);
      const trained = options.wholeConversation || (isModelRole(role) && m.weight !== 0) ? 'trained' : 'context';
      pushMessage(out, m, ptr('/conversations', i), role, trained, i, textKeyOf(m));
    });
    return out;
  },
};
