// Custom record shapes, mapped in the config: {"/body": "trained",
// "/notes/*/text": "context"}. A `*` token matches any array index or object
// key. Strings are taken in the order they appear in the record, whatever the
// order of the mapping; the first pattern that matches a string decides its
// weight. Never auto-detected: it exists for shapes the other adapters miss.

import { escapePointerToken, parsePointer } from '../io/json-locate.js';
import type { FormatAdapter, Segment, Weight } from '../types.js';
import { pushText } from './shared.js';

interface Pattern {
  tokens: string[];
  weight: Weight;
  role: string;
}

function compile(fields: Record<string, Weight>): Pattern[] {
  const out: Pattern[] = [];
  for (const [pointer, weight] of Object.entries(fields)) {
    const tokens = parsePointer(pointer);
    if (!tokens) continue;
    // The role is the last named field: "/turns/*/text" -> "text".
    const named = tokens.filter((t) => t !== '*' && !/^\d+$/.test(t));
    out.push({ tokens, weight, role: named[named.length - 1] ?? 'text' });
  }
  return out;
}

function matches(pattern: string[], path: string[]): boolean {
  if (pattern.length !== path.length) return false;
  for (let i = 0; i < path.length; i++) if (pattern[i] !== '*' && pattern[i] !== path[i]) return false;
  return true;
}

/** Whether some pattern could still match below `path`. */
function couldMatch(patterns: Pattern[], path: string[]): boolean {
  return patterns.some((p) => p.tokens.length > path.length && matches(p.tokens.slice(0, path.length), path));
}

export const fields: FormatAdapter = {
  name: 'fields',
  // A record fits when a mapped pointer holds text in it.
  detect: (value, options) => options !== undefined && fields.segments(value, options).length > 0,
  segments(value, options) {
    const out: Segment[] = [];
    const patterns = compile(options.fields ?? {});
    if (patterns.length === 0) return out;
    const walk = (node: unknown, path: string[]): void => {
      if (typeof node === 'string') {
        const p = patterns.find((q) => matches(q.tokens, path));
        if (p) pushText(out, node, path.map((t) => '/' + escapePointerToken(t)).join(''), p.role, p.weight);
        return;
      }
      if (typeof node !== 'object' || node === null || !couldMatch(patterns, path)) return;
      if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, String(i)]));
      else for (const [k, child] of Object.entries(node)) walk(child, [...path, k]);
    };
    walk(value, []);
    return out;
  },
};
