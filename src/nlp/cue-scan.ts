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
  // The alternation reports one literal per place, the longest; every shorter
  // literal that matches there is a prefix of it ("verif" of "verified"), so
  // each literal carries the patterns of its literal prefixes too.
  const patternsAt = new Map<string, Pattern[]>();
  for (const w of byLiteral.keys()) {
    const set = new Set<Pattern>();
    for (let k = MIN_LITERAL; k <= w.length; k++) for (const p of byLiteral.get(w.slice(0, k)) ?? []) set.add(p);
    patternsAt.set(w, [...set]);
  }
  // Literals match at a word start: a stem such as "fabricat" still finds
  // "fabricated", but "lie" does not open a window inside "earlier".
  const anchor = byLiteral.size
    ? new RegExp(`\\b(?:${[...patternsAt.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`, 'gi')
    : null;

  return {
    categories,
    scan(text, segment, into) {
      if (!anchor) return;
      // First collect, per pattern, the windows around its literals (merged
      // where they overlap), then run each pattern once per window: in dense
      // text the same pattern would otherwise rescan the same characters.
      // Most segments have no literal at all: allocate only on the first.
      let windows: Map<Pattern, number[]> | undefined;
      anchor.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = anchor.exec(text)) !== null) {
        const at = m.index;
        const patterns = patternsAt.get(m[0].toLowerCase())!;
        anchor.lastIndex = at + m[0].length;
        let from = Math.max(0, at - WINDOW);
        // Start the window at a word break, so \b in patterns means what it says.
        while (from > 0 && from < at && /\w/.test(text[from - 1]!)) from++;
        const to = Math.min(text.length, at + m[0].length + WINDOW);
        for (const p of patterns) {
          windows ??= new Map();
          const list = windows.get(p);
          if (!list) windows.set(p, [from, to]);
          else if (from <= list[list.length - 1]!) list[list.length - 1] = Math.max(list[list.length - 1]!, to);
          else list.push(from, to);
        }
      }
      if (!windows) return;
      const found = new Map<number, { end: number; categories: Set<string> }>();
      for (const [p, list] of windows) {
        for (let w = 0; w < list.length; w += 2) {
          const from = list[w]!;
          const slice = text.slice(from, list[w + 1]!);
          p.re.lastIndex = 0;
          let h: RegExpExecArray | null;
          while ((h = p.re.exec(slice)) !== null) {
            if (h[0].length === 0) {
              p.re.lastIndex++;
              continue;
            }
            const start = from + h.index;
            const end = start + h[0].length;
            const at = found.get(start);
            if (at) {
              at.end = Math.max(at.end, end);
              for (const c of p.categories) at.categories.add(c);
            } else found.set(start, { end, categories: new Set(p.categories) });
          }
        }
      }
      for (const start of [...found.keys()].sort((a, b) => a - b)) {
        const f = found.get(start)!;
        into.push({ segment, start, end: f.end, text: text.slice(start, f.end), categories: [...f.categories] });
      }
    },
  };
}
