// Table formats (CSV, TSV, Parquet string columns) keep a chat conversation
// as JSON text in one cell. Which cells are read as JSON is decided here,
// once for every table reader, so that the record reaching the format
// adapters is the one a JSON Lines file would hold.
//
// Only the columns the adapters read as structure, and only when the parsed
// value has a chat shape: an Alpaca `input` that happens to be a JSON object
// the instruction talks about stays the string it is.

import { isMessageList, isObject } from './shared.js';

const JSON_COLUMNS: ReadonlySet<string> = new Set([
  'messages',
  'conversations',
  'chosen',
  'rejected',
  'prompt',
  'completion',
  'history',
  'input',
  'preferred_output',
  'non_preferred_output',
]);

/** Whether a parsed cell has a shape the chat adapters read: messages, {messages}, or [[question, answer], ...]. */
function chatShaped(value: unknown): boolean {
  if (isMessageList(value)) return true;
  if (isObject(value)) return isMessageList(value.messages);
  return Array.isArray(value) && value.length > 0 && value.every((pair) => Array.isArray(pair) && pair.every((x) => typeof x === 'string'));
}

/** A cell's value for the record: parsed JSON for a chat-shaped cell of a structured column, else the text. */
export function cellValue(column: string, text: string): unknown {
  if (!JSON_COLUMNS.has(column)) return text;
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const c = text.charCodeAt(i);
  if (c !== 91 /* [ */ && c !== 123 /* { */) return text;
  try {
    const value: unknown = JSON.parse(text);
    return chatShaped(value) ? value : text;
  } catch {
    return text;
  }
}
