// Preference pairs: {prompt?, chosen, rejected}, each side a string, a message
// list (conversational) or an HH-RLHF transcript. When there is no separate
// prompt, both sides repeat the conversation so far; the shared leading turns
// are context and only what follows them is the answer: trained on the chosen
// side, penalized on the rejected side. The rejected side's copy of the shared
// turns is left out, since it is the chosen side's text again and would only
// repeat its findings.

import type { FormatAdapter, Segment, Weight } from '../types.js';
import { hhTurns, isHhTranscript } from './hh-rlhf.js';
import { isObject, ptr, pushMessage, pushText, roleOf, textKeyOf } from './shared.js';

interface Turn {
  /** Identity for finding the shared prefix of the two sides (computed when compared: most turns never are). */
  key(): string;
  emit(out: Segment[], trained: Weight, turn: number): void;
}

function turnsOf(side: unknown, pointer: string, role: string): Turn[] {
  if (isHhTranscript(side)) {
    return hhTurns(side).map((t) => ({
      key: () => `${t.role}\u0000${t.text}`,
      emit: (out, trained, turn) => pushText(out, t.text, pointer, t.role, trained, turn, t.offset),
    }));
  }
  if (typeof side === 'string') {
    return [{ key: () => side, emit: (out, trained, turn) => pushText(out, side, pointer, role, trained, turn) }];
  }
  if (!Array.isArray(side)) return [];
  return side.map((m, i) => ({
    key: () => JSON.stringify(m),
    emit: (out, trained, turn) => {
      if (isObject(m)) pushMessage(out, m, ptr(pointer, i), roleOf(m), trained, turn, textKeyOf(m));
    },
  }));
}

export const preference: FormatAdapter = {
  name: 'preference',
  detect: (value) => isObject(value) && 'chosen' in value && 'rejected' in value,
  segments(value) {
    const out: Segment[] = [];
    if (!isObject(value)) return out;
    let first = 0;
    const hasPrompt = value.prompt !== undefined && value.prompt !== null;
    if (hasPrompt) {
      // A message list, a plain string, or (as in TRL's copy of HH-RLHF) a
      // transcript that ends with an empty "Assistant:" turn.
      const prompt = turnsOf(value.prompt, '/prompt', 'prompt');
      prompt.forEach((t, i) => t.emit(out, 'context', i));
      first = prompt.length;
    }
    const chosen = turnsOf(value.chosen, '/chosen', 'chosen');
    const rejected = turnsOf(value.rejected, '/rejected', 'rejected');
    let shared = 0;
    if (!hasPrompt) {
      // At least the last turn of each side is the answer, even if identical.
      while (shared < chosen.length - 1 && shared < rejected.length - 1 && chosen[shared]!.key() === rejected[shared]!.key()) shared++;
    }
    chosen.forEach((t, i) => t.emit(out, i < shared ? 'context' : 'trained', first + i));
    rejected.forEach((t, i) => {
      if (i >= shared) t.emit(out, 'penalized', first + i);
    });
    return out;
  },
};
