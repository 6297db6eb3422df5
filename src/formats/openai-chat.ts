// OpenAI chat fine-tuning records: {messages: [{role, content, weight?}]}.
// The trainer masks everything but assistant turns, and `weight: 0` masks an
// assistant turn too (it is shown as an example of what not to continue).

import type { FormatAdapter, Segment } from '../types.js';
import { isMessageList, isModelRole, isObject, ptr, pushMessage, roleOf } from './shared.js';

export const openaiChat: FormatAdapter = {
  name: 'openai-chat',
  detect: (value) => isObject(value) && isMessageList(value.messages),
  segments(value, options) {
    const out: Segment[] = [];
    if (!isObject(value) || !Array.isArray(value.messages)) return out;
    value.messages.forEach((m, i) => {
      if (!isObject(m)) return;
      const role = roleOf(m);
      // Trainers that do not mask prompts (TRL's default for `messages`) also
      // ignore OpenAI's `weight`, so under wholeConversation every turn counts.
      const trained = options.wholeConversation || (isModelRole(role) && m.weight !== 0) ? 'trained' : 'context';
      pushMessage(out, m, ptr('/messages', i), role, trained, i);
    });
    return out;
  },
};
