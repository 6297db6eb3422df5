import type { CueHit } from '../types.js';
import { requiredLiterals } from './anchors.js';

/**
 * The first tier: a pass over all text that must run at tens of MB/s.
 *
 * Rules declare cue patterns by category. Every pattern has required literal
 * words (see anchors.ts); one alternation of those literals finds candidate
 * places, and only a small window around each is searched with the full
 * patterns. At each match we test every category's sticky pattern, so
 * overlapping cues of different rules at the same place are all seen.
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileCues(byCategory: Record<string, readonly string[]>): CueScanner {
  const categories = Object.keys(byCategory).filter((c) => byCategory[c]!.length > 0);
  const perCategory = categories.map((c) => new RegExp(byCategory[c]!.map(bounded).join('|'), 'iy'));
  const patterns = [...new Set(categories.flatMap((c) => byCategory[c]!))];
  const literals = new Set<string>();
  for (const p of patterns) {
    const req = requiredLiterals(p);
    if (!req) throw new Error(`Cue pattern needs a required literal word of ${3}+ letters: /${p}/`);
    for (const w of req) literals.add(w);
  }
  const anchor = literals.size ? new RegExp([...literals].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gi') : null;
  const union = patterns.length ? new RegExp(patterns.sort((a, b) => b.length - a.length).map(bounded).join('|'), 'gi') : null;

  const scanWindow = (text: string, from: number, to: number, segment: number, into: CueHit[]) => {
    // Search a copy of the window (lookbehinds and \b see no further, which is
    // harmless: the window starts at a word break) and map offsets back.
    const slice = text.slice(from, to);
    union!.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = union!.exec(slice)) !== null) {
      const start = from + m.index;
      let end = start + m[0].length;
      const found: string[] = [];
      for (let i = 0; i < perCategory.length; i++) {
        const re = perCategory[i]!;
        re.lastIndex = start;
        const hit = re.exec(text);
        if (hit) {
          found.push(categories[i]!);
          end = Math.max(end, start + hit[0].length);
        }
      }
      into.push({ segment, start, end, text: text.slice(start, end), categories: found });
      // Cues overlap ("this is entirely false" is a referent holding a falsity
      // word): resume at the next position, not after the match.
      union!.lastIndex = m.index + 1;
    }
  };

  return {
    categories,
    scan(text, segment, into) {
      if (!anchor || !union) return;
      anchor.lastIndex = 0;
      let winStart = -1;
      let winEnd = -1;
      let m: RegExpExecArray | null;
      while ((m = anchor.exec(text)) !== null) {
        let from = Math.max(0, m.index - WINDOW);
        while (from > 0 && /\w/.test(text[from - 1]!)) from++;
        const to = Math.min(text.length, m.index + m[0].length + WINDOW);
        if (from <= winEnd) winEnd = Math.max(winEnd, to);
        else {
          if (winEnd > 0) scanWindow(text, winStart, winEnd, segment, into);
          winStart = from;
          winEnd = to;
        }
        anchor.lastIndex = m.index + m[0].length;
      }
      if (winEnd > 0) scanWindow(text, winStart, winEnd, segment, into);
    },
  };
}
