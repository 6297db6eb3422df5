import type { CueHit } from '../types.js';
import { requiredLiterals } from './anchors.js';

/**
 * The first tier: a pass over all text that must run at tens of MB/s.
 *
 * Rules declare cue patterns by category. Every pattern has required literal
 * words (see anchors.ts); one alternation of all those literals, matched at
 * word starts, finds candidate places, and at each only the patterns that
 * need that literal run, in a small window around it. A pattern shared by
 * several categories runs once; overlapping cues are all reported.
 */
export interface CueScanner {
  scan(text: string, segment: number, into: CueHit[]): void;
  readonly categories: readonly string[];
}

/** How far a full cue pattern may reach before or after its required literal. */
const WINDOW = 160;

/** Word boundaries only where the pattern starts or ends with a word character. */
function bounded(source: string): string {
  const startsWord = /^[\w(]/.test(source) && !source.startsWith('(?<') && !source.startsWith('(?=');
  const endsWord = /[\w)?]$/.test(source);
  return `${startsWord ? '\\b' : ''}(?:${source})${endsWord ? '(?![\\w-])' : ''}`;
}

const WORD = /[\w'’-]+/y;
const MIN_LITERAL = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Pattern {
  // Deliberately without the u flag: it makes V8's matcher about ten times slower here.
  re: RegExp;
  categories: string[];
}

export function compileCues(byCategory: Record<string, readonly string[]>): CueScanner {
  const categories = Object.keys(byCategory).filter((c) => byCategory[c]!.length > 0);
  const bySource = new Map<string, Pattern>();
  for (const c of categories) {
    for (const source of byCategory[c]!) {
      const p = bySource.get(source) ?? { re: new RegExp(bounded(source), 'gi'), categories: [] };
      if (!p.categories.includes(c)) p.categories.push(c);
      bySource.set(source, p);
    }
  }
  const byLiteral = new Map<string, Pattern[]>();
  for (const [source, p] of bySource) {
    const literals = requiredLiterals(source);
    if (!literals) throw new Error(`Cue pattern needs a required literal word of 3+ letters: /${source}/`);
    for (const w of literals) {
      const list = byLiteral.get(w) ?? [];
      list.push(p);
      byLiteral.set(w, list);
    }
  }
  // Literals match at a word start: a stem such as "fabricat" still finds
  // "fabricated", but "lie" does not open a window inside "earlier".
  const anchor = byLiteral.size
    ? new RegExp(`\\b(?:${[...byLiteral.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'gi')
    : null;

  return {
    categories,
    scan(text, segment, into) {
      if (!anchor) return;
      const found = new Map<number, { end: number; categories: Set<string> }>();
      const done = new Set<string>();
      anchor.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = anchor.exec(text)) !== null) {
        const at = m.index;
        // The alternation reports one literal per place, the longest; patterns
        // filed under a shorter stem of the same word ("verif" in "verified")
        // must run too.
        WORD.lastIndex = at;
        const word = (WORD.exec(text)?.[0] ?? m[0]).toLowerCase();
        const patterns = new Set<Pattern>();
        for (let k = MIN_LITERAL; k <= word.length; k++) for (const p of byLiteral.get(word.slice(0, k)) ?? []) patterns.add(p);
        anchor.lastIndex = at + m[0].length;
        if (patterns.size === 0) continue;
        let from = Math.max(0, at - WINDOW);
        // Start the window at a word break, so \b in patterns means what it says.
        while (from > 0 && from < at && /\w/.test(text[from - 1]!)) from++;
        const to = Math.min(text.length, at + m[0].length + WINDOW);
        const window = text.slice(from, to);
        for (const p of patterns) {
          p.re.lastIndex = 0;
          let h: RegExpExecArray | null;
          while ((h = p.re.exec(window)) !== null) {
            const start = from + h.index;
            const end = start + h[0].length;
            if (h[0].length === 0) {
              p.re.lastIndex++;
              continue;
            }
            const key = `${start}:${end}:${p.categories.join(',')}`;
            if (done.has(key)) continue;
            done.add(key);
            const at = found.get(start);
            if (at) {
              at.end = Math.max(at.end, end);
              for (const c of p.categories) at.categories.add(c);
            } else found.set(start, { end, categories: new Set(p.categories) });
          }
        }
      }
      if (found.size === 0) return;
      for (const start of [...found.keys()].sort((a, b) => a - b)) {
        const f = found.get(start)!;
        into.push({ segment, start, end: f.end, text: text.slice(start, f.end), categories: [...f.categories] });
      }
    },
  };
}
