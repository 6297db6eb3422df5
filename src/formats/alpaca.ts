// Alpaca: {instruction, input?, output, system?, history?: [[q, a], ...]}, the
// Dolly variant {instruction, context, response}, and the question-answer sets
// shaped like it ({question, answer} as GSM8K and TriviaQA ship,
// {problem, solution}, {query, response}, {prompt, response}). Segments come
// in the order the model sees them: system, history turns, instruction,
// input, output. The answers (output, history answers) are trained. Each
// segment's role is the key it came from, so a field naming a part
// ("answer_label") finds it.

import type { FormatAdapter, Segment, Weight } from '../types.js';
import { isObject, ptr, pushText } from './shared.js';

const INSTRUCTION_KEYS = ['instruction', 'question', 'query', 'problem', 'prompt'];
const OUTPUT_KEYS = ['output', 'response', 'answer', 'solution'];
const INPUT_KEYS = ['input', 'context'];

const keyOf = (value: Record<string, unknown>, keys: string[]) => keys.find((k) => typeof value[k] === 'string');

export const alpaca: FormatAdapter = {
  name: 'alpaca',
  detect: (value) => isObject(value) && keyOf(value, INSTRUCTION_KEYS) !== undefined && keyOf(value, OUTPUT_KEYS) !== undefined,
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
    const instructionKey = keyOf(value, INSTRUCTION_KEYS);
    if (instructionKey) pushText(out, value[instructionKey], ptr('', instructionKey), instructionKey === 'instruction' ? 'instruction' : instructionKey, prompt, turn);
    const inputKey = keyOf(value, INPUT_KEYS);
    if (inputKey) pushText(out, value[inputKey], ptr('', inputKey), 'input', prompt, turn);
    const outputKey = keyOf(value, OUTPUT_KEYS);
    if (outputKey) pushText(out, value[outputKey], ptr('', outputKey), outputKey === 'response' ? 'output' : outputKey, 'trained', turn + 1);
    return out;
  },
};
