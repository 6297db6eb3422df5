import type { CueHit } from '../types.js';

/**
 * The first tier: one compiled regular expression over all text.
 *
 * Rules declare cue patterns by category. All patterns are folded into a
 * single alternation so the scan is one pass (V8 runs it at well over
 * 100 MB/s); only at a match do we test which categories apply, with one
 * sticky pattern per category, so overlapping cues of different rules at the
 * same place are all seen.
 */
export interface CueScanner {
  scan(text: string, segment: number, into: CueHit[]): void;
  readonly categories: readonly string[];
}

const wrap = (source: string) => `(?:${source})`;

/** Word boundaries only where the pattern starts or ends with a word character. */
function bounded(source: string): string {
  const startsWord = /^[\w(]/.test(source) && !source.startsWith('(?<!') && !source.startsWith('(?=');
  const endsWord = /[\w)?]$/.test(source);
  return `${startsWord ? '\\b' : ''}${wrap(source)}${endsWord ? '(?![\\w-])' : ''}`;
}

export function compileCues(byCategory: Record<string, readonly string[]>): CueScanner {
  const categories = Object.keys(byCategory).filter((c) => byCategory[c]!.length > 0);
  const perCategory = categories.map((c) => new RegExp(byCategory[c]!.map(bounded).join('|'), 'iuy'));
  const all = [...new Set(categories.flatMap((c) => byCategory[c]!))]
    // Longest first, so "the following claim" wins over "the following" in the union.
    .sort((a, b) => b.length - a.length)
    .map(bounded);
  const union = all.length > 0 ? new RegExp(all.join('|'), 'giu') : null;

  return {
    categories,
    scan(text, segment, into) {
      if (!union) return;
      union.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = union.exec(text)) !== null) {
        const start = m.index;
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
        union.lastIndex = start + 1;
      }
    },
  };
}
