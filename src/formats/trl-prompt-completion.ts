// TRL prompt-completion: {prompt, completion} as strings or message lists,
// and its KTO form with a boolean `label`. The completion is what the loss
// reaches; with `label: false` (KTO) it is an example to move away from.

import type { FormatAdapter, Segment, Weight } from '../types.js';
import { isObject, pushMessages, pushText } from './shared.js';

const isText = (v: unknown): boolean => typeof v === 'string' || Array.isArray(v);

export const trlPromptCompletion: FormatAdapter = {
  name: 'trl-prompt-completion',
  detect: (value) => isObject(value) && isText(value.prompt) && isText(value.completion),
  segments(value, options) {
    const out: Segment[] = [];
    if (!isObject(value)) return out;
    const kto = value.label === false;
    const prompt: Weight = options.wholeConversation && !kto ? 'trained' : 'context';
    const completion: Weight = kto ? 'penalized' : 'trained';
    let turn = 0;
    if (Array.isArray(value.prompt)) {
      pushMessages(out, value.prompt, '/prompt', prompt, 0);
      turn = value.prompt.length;
    } else {
      pushText(out, value.prompt, '/prompt', 'prompt', prompt, 0);
      turn = 1;
    }
    if (Array.isArray(value.completion)) pushMessages(out, value.completion, '/completion', completion, turn);
    else pushText(out, value.completion, '/completion', 'completion', completion, turn);
    return out;
  },
};
