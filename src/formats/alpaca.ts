// Alpaca: {instruction, input?, output, system?, history?: [[q, a], ...]}, and
// the Dolly variant {instruction, context, response}. Segments come in the
// order the model sees them: system, history turns, instruction, input,
// output. The answers (output, history answers) are trained.

import type { FormatAdapter, Segment, Weight } from '../types.js';
import { isObject, ptr, pushText } from './shared.js';

const OUTPUT_KEYS = ['output', 'response'];
const INPUT_KEYS = ['input', 'context'];

export const alpaca: FormatAdapter = {
  name: 'alpaca',
  detect: (value) => isObject(value) && typeof value.instruction === 'string' && OUTPUT_KEYS.some((k) => typeof value[k] === 'string'),
  segments(value, options) {
    const out: Segment[] = [];
    if (!isObject(value)) return out;
    // Trainers with train_on_inputs put the loss on the prompt side too.
    const prompt: Weight = options.wholeConversation ? 'trained' : 'context';
    pushText(out, value.system, '/system', 'system', prompt);
    let turn = 0;
    if (Array.isArray(value.history)) {
      value.history.forEach((pair, k) => {
        if (!Array.isArray(pair)) return;
        pushText(out, pair[0], ptr(ptr('/history', k), 0), 'user', prompt, turn++);
        pushText(out, pair[1], ptr(ptr('/history', k), 1), 'assistant', 'trained', turn++);
      });
    }
    pushText(out, value.instruction, '/instruction', 'instruction', prompt, turn);
    const inputKey = INPUT_KEYS.find((k) => typeof value[k] === 'string');
    if (inputKey) pushText(out, value[inputKey], ptr('', inputKey), 'input', prompt, turn);
    const outputKey = OUTPUT_KEYS.find((k) => typeof value[k] === 'string');
    if (outputKey) pushText(out, value[outputKey], ptr('', outputKey), 'output', 'trained', turn + 1);
    return out;
  },
};
