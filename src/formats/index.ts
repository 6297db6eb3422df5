// The format adapters, and picking one for a file. Order is detection
// priority: more specific shapes first (a DPO record also has messages inside
// `input`; a preference record may have a `prompt` like TRL's), generic
// `{text}` records last.

import type { FormatAdapter } from '../types.js';
import { alpaca } from './alpaca.js';
import { markdown, plaintext } from './documents.js';
import { fields } from './fields.js';
import { openaiChat } from './openai-chat.js';
import { openaiDpo } from './openai-dpo.js';
import { preference } from './preference.js';
import { sharegpt } from './sharegpt.js';
import { textRecords } from './text.js';
import { trlPromptCompletion } from './trl-prompt-completion.js';

export const formats: readonly FormatAdapter[] = [
  openaiDpo,
  openaiChat,
  sharegpt,
  preference,
  trlPromptCompletion,
  alpaca,
  textRecords,
  fields,
  markdown,
  plaintext,
];

/** Adapters chosen only by name or file kind, never by looking at records. */
const NOT_DETECTED = new Set(['fields', 'markdown', 'plaintext']);

/** How many records detection looks at. */
export const DETECT_SAMPLE = 20;

/**
 * The adapter most of the first records fit (each record votes for the first
 * adapter, in priority order, that accepts it; ties go to priority). A few
 * odd records do not change a file's format; they are reported as such.
 */
export function detectFormat(values: unknown[]): FormatAdapter | null {
  const votes = new Map<FormatAdapter, number>();
  for (const value of values.slice(0, DETECT_SAMPLE)) {
    const adapter = formats.find((f) => !NOT_DETECTED.has(f.name) && f.detect(value));
    if (adapter) votes.set(adapter, (votes.get(adapter) ?? 0) + 1);
  }
  let best: FormatAdapter | null = null;
  let bestVotes = 0;
  for (const adapter of formats) {
    const n = votes.get(adapter) ?? 0;
    if (n > bestVotes) {
      best = adapter;
      bestVotes = n;
    }
  }
  return best;
}

/** The adapter one record fits (what detectFormat([value]) picks), without the vote. */
export function detectOne(value: unknown): FormatAdapter | null {
  for (const f of formats) if (!NOT_DETECTED.has(f.name) && f.detect(value)) return f;
  return null;
}

export function getFormat(name: string): FormatAdapter | null {
  return formats.find((f) => f.name === name) ?? null;
}

export { alpaca, fields, markdown, openaiChat, openaiDpo, plaintext, preference, sharegpt, textRecords, trlPromptCompletion };
