// Building blocks the adapters share: type guards, pointer building, and the
// one place that turns a chat message (string content or a list of content
// parts) into segments, so every chat-shaped format reads messages alike.

import { escapePointerToken } from '../io/json-locate.js';
import type { Segment, Weight } from '../types.js';

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function ptr(base: string, token: string | number): string {
  return `${base}/${typeof token === 'number' ? token : escapePointerToken(token)}`;
}

const NON_SPACE = /\S/;

/** Adds a segment unless the text is empty or only whitespace (nothing to lint). */
export function pushText(
  out: Segment[],
  text: unknown,
  pointer: string,
  role: string,
  trained: Weight,
  turn?: number,
  baseOffset?: number,
): void {
  // A regex test, not trim(): trimming copies every string of every record.
  if (typeof text !== 'string' || !NON_SPACE.test(text)) return;
  const segment: Segment = { pointer, role, trained, text };
  if (turn !== undefined) segment.turn = turn;
  if (baseOffset) segment.baseOffset = baseOffset;
  out.push(segment);
}

/** Chain-of-thought fields that some chat datasets carry beside `content`; trained like it. */
const REASONING_KEYS = ['reasoning_content', 'reasoning', 'thinking'];

/**
 * The text of one message: reasoning fields, then `content` as a string or
 * as content parts ({type: 'text', text}, Responses-style input_text /
 * output_text, Anthropic-style thinking blocks). Tool-call arguments, images
 * and audio are not prose and are skipped.
 */
export function pushMessage(out: Segment[], message: Obj, pointer: string, role: string, trained: Weight, turn: number, textKey = 'content'): void {
  for (const key of REASONING_KEYS) if (typeof message[key] === 'string') pushText(out, message[key], ptr(pointer, key), role, trained, turn);
  const content = message[textKey];
  if (typeof content === 'string') {
    pushText(out, content, ptr(pointer, textKey), role, trained, turn);
    return;
  }
  if (!Array.isArray(content)) return;
  content.forEach((part, j) => {
    const base = ptr(ptr(pointer, textKey), j);
    if (typeof part === 'string') pushText(out, part, base, role, trained, turn);
    else if (!isObject(part)) return;
    else if (typeof part.thinking === 'string') pushText(out, part.thinking, ptr(base, 'thinking'), role, trained, turn);
    else if (isTextPart(part)) pushText(out, part.text, ptr(base, 'text'), role, trained, turn);
  });
}

function isTextPart(part: Obj): boolean {
  if (typeof part.text !== 'string') return false;
  const type = part.type;
  return type === undefined || type === 'text' || (typeof type === 'string' && type.endsWith('_text'));
}

/** A message's speaker: `role` (OpenAI), else `from` (ShareGPT). */
export function roleOf(message: Obj): string {
  const role = message.role ?? message.from;
  return typeof role === 'string' ? role : 'unknown';
}

/** Roles whose turns are the model's own output. */
const MODEL_ROLES = new Set(['assistant', 'gpt', 'chatgpt', 'model', 'bot', 'bard', 'bing', 'claude', 'ai']);

export function isModelRole(role: string): boolean {
  return MODEL_ROLES.has(role.toLowerCase());
}

/** Whether `value` is a non-empty list of message-like objects. */
export function isMessageList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.some((m) => isObject(m) && (typeof m.role === 'string' || typeof m.from === 'string'));
}

/**
 * Segments of a message list where every message has the same weight
 * (a DPO input, a TRL prompt), numbering turns from `firstTurn`.
 */
export function pushMessages(out: Segment[], messages: unknown[], pointer: string, trained: Weight, firstTurn: number): void {
  messages.forEach((m, i) => {
    if (isObject(m)) pushMessage(out, m, ptr(pointer, i), roleOf(m), trained, firstTurn + i, textKeyOf(m));
  });
}

/** ShareGPT keeps text in `value`, everyone else in `content`. */
export function textKeyOf(message: Obj): string {
  return 'content' in message || !('value' in message) ? 'content' : 'value';
}
