// Messages are templates with `{{placeholders}}` (a rule's meta.messages) and
// the data a report fills them with. Findings carry the id and the data; the
// text is made only where it is shown (reporters), so --redact blanks the
// data there instead of trying to take a filled message apart again.

import type { MessageData, RuleMeta } from '../types.js';

/** What a blanked value reads as. */
export const BLANK = '…';

export function fillTemplate(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => (k in data ? String(data[k]) : `{{${k}}}`));
}

/**
 * The data without dataset text: numbers stay, strings are blanked, except
 * the keys the rule declares as its own (`meta.toolData`: a format name, a
 * parser's reason) which never hold dataset text.
 */
export function blankData(data: MessageData | undefined, meta?: Pick<RuleMeta, 'toolData'>): MessageData | undefined {
  if (data === undefined) return undefined;
  const keep = new Set(meta?.toolData ?? []);
  const out: MessageData = {};
  for (const [k, v] of Object.entries(data)) out[k] = typeof v === 'number' || keep.has(k) ? v : BLANK;
  return out;
}
