/**
 * Metadata fields of a record: the labels, flags and tags that sit beside the
 * trained text (`"label": "REFUTES"`, `"is_harmful": true`, `"tags":
 * ["misaligned"]`). Training never sees them, so a field that disowns the
 * text protects nothing. Rules that read them run on every record, so this
 * is shallow and cached: top-level scalars, two levels inside a metadata-like
 * object (`metadata.review.verdict`), and the scalars of each chat message
 * (a per-message label).
 */

export interface MetaField {
  /** JSON Pointer of the field (`/label`, `/metadata/verdict`, `/messages/2/label`, `/tags/0`). */
  pointer: string;
  /** The field's own key (`label`, `verdict`, `tags`). */
  key: string;
  value: string | boolean | number;
  /**
   * What the field describes: '' for the whole record, or the pointer of the
   * message it sits on (`/messages/2`): then only that message's text.
   */
  scope: string;
}

/** Objects whose scalars are metadata about the record. */
const CONTAINERS = /^(?:meta|metadata|meta_?data|annotations?|info|labels?|attributes|properties|extra|extras|tags|judgements?|judgments?|ratings?|eval|evaluation|safety|moderation|reviews?|qa|audit|quality)$/i;
/** Message lists whose messages may carry their own labels. */
const MESSAGE_LISTS = ['messages', 'conversations', 'conversation', 'dialogue', 'turns'];
/** Keys of a message that are its text or structure, not a label about it. */
const MESSAGE_KEYS = new Set(['role', 'from', 'content', 'value', 'text', 'name', 'weight', 'tool_calls', 'tool_call_id', 'function_call', 'reasoning_content', 'reasoning', 'thinking', 'refusal', 'audio', 'id', 'loss']);
/** A label is short; a longer string is text, not a label. */
const MAX_LABEL = 100;
const MAX_ITEMS = 32;
const MAX_MESSAGES = 256;

const cache = new WeakMap<object, MetaField[]>();

export function metadataFields(value: unknown): MetaField[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const cached = cache.get(value);
  if (cached) return cached;
  const out: MetaField[] = [];
  collect(value as Record<string, unknown>, '', '', out, 2);
  for (const list of MESSAGE_LISTS) {
    const messages = (value as Record<string, unknown>)[list];
    if (!Array.isArray(messages)) continue;
    messages.slice(0, MAX_MESSAGES).forEach((m, i) => {
      if (typeof m !== 'object' || m === null || Array.isArray(m)) return;
      // Most messages have only their text and structure: then there is nothing to collect.
      let labels: Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(m)) if (!MESSAGE_KEYS.has(k)) (labels ??= {})[k] = v;
      if (!labels) return;
      const scope = `/${list}/${i}`;
      collect(labels, scope, scope, out, 1);
    });
  }
  cache.set(value, out);
  return out;
}

/**
 * `depth`: how many more object levels to enter. Outside a metadata-like object only one is entered; inside
 * one, any object is a part of it ("review" in `metadata.review.status`).
 */
function collect(obj: Record<string, unknown>, base: string, scope: string, out: MetaField[], depth: number, inside = false): void {
  for (const [key, v] of Object.entries(obj)) {
    if (key.startsWith('neglint')) continue;
    const pointer = `${base}/${escape(key)}`;
    // Numbers too: "confidence": 0.04, "label": 0 with "label_names": {"0": "refuted"}.
    if (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out.push({ pointer, key, value: v, scope });
    else if (typeof v === 'string') {
      if (v.length <= MAX_LABEL) out.push({ pointer, key, value: v, scope });
    } else if (Array.isArray(v)) {
      if (v.length > MAX_ITEMS) continue;
      v.forEach((item, i) => {
        if (typeof item === 'string' && item.length <= MAX_LABEL) out.push({ pointer: `${pointer}/${i}`, key, value: item, scope });
      });
    } else if (depth > 0 && typeof v === 'object' && v !== null && (inside || CONTAINERS.test(key))) {
      collect(v as Record<string, unknown>, pointer, scope, out, depth - 1, true);
    }
  }
}

function escape(token: string): string {
  // Keys almost never hold either character: no regex for them (this runs for every key of every record).
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A key or value in one spelling: "Is_False" -> "is false", "pants-fire" -> "pants fire". */
export function normalizeLabel(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\s_\-./:]+/g, ' ')
    .trim();
}

/** Whether a field applies to a segment: record-wide, or on the message the segment belongs to. */
export function fieldCovers(field: MetaField, pointer: string): boolean {
  return field.scope === '' || pointer === field.scope || pointer.startsWith(`${field.scope}/`);
}
