/**
 * Required literals of a cue pattern: a set of words such that every match
 * of the pattern contains one of them. The cue scan looks for these with a
 * plain alternation of literals (which V8 runs at well over 100 MB/s) and
 * runs the full patterns only in small windows around them: patterns such as
 * "(?:this|that) (?:\w+ ){0,2}claims?" are far too slow to try at every
 * word of every record.
 *
 * Handles the regex subset cue patterns use: groups, alternation, character
 * classes, escapes, quantifiers and lookarounds.
 */
export function requiredLiterals(source: string): string[] | null {
  const [alternatives] = parseAlternation(source, 0);
  const out = new Set<string>();
  for (const seq of alternatives) {
    const best = bestOfSequence(seq);
    if (!best) return null;
    for (const w of best) out.add(w);
  }
  return [...out];
}

type Item = { kind: 'char'; ch: string; optional: boolean } | { kind: 'group'; alts: Item[][]; optional: boolean; lookaround: boolean } | { kind: 'other'; optional: boolean };

const MIN_WORD = 3;

/**
 * Function words open a window at nearly every sentence: a literal set with
 * one of these is chosen only when a pattern offers nothing else.
 */
const STOP = new Set(
  ('the this that these those for can could not who whom all may say said and was were are has have had been its their ' +
    'what which there with from into about one will would should some such only also like more most other any every each ' +
    'none tell give make write made take took went read known once short note anti mis').split(' '),
);
/** Frequent content words: acceptable anchors, but worse than rarer ones. */
const COMMON = new Set(
  'true real here next last below above text post story record information case place match hold stand just right'.split(' '),
);
const cost = (w: string) => (STOP.has(w) ? 100 : COMMON.has(w) ? 10 : 0);

function parseAlternation(src: string, i: number): [Item[][], number] {
  const alts: Item[][] = [];
  let seq: Item[] = [];
  while (i < src.length) {
    const c = src[i]!;
    if (c === ')') break;
    if (c === '|') {
      alts.push(seq);
      seq = [];
      i++;
      continue;
    }
    let item: Item;
    if (c === '(') {
      let j = i + 1;
      let lookaround = false;
      if (src[j] === '?') {
        if (src[j + 1] === ':') j += 2;
        else if (src[j + 1] === '=' || src[j + 1] === '!') (j += 2), (lookaround = true);
        else if (src[j + 1] === '<' && (src[j + 2] === '=' || src[j + 2] === '!')) (j += 3), (lookaround = true);
        else if (src[j + 1] === '<') j = src.indexOf('>', j) + 1;
      }
      const [inner, end] = parseAlternation(src, j);
      item = { kind: 'group', alts: inner, optional: false, lookaround };
      i = end + 1;
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      item = { kind: 'other', optional: false };
      i = j + 1;
    } else if (c === '\\') {
      const n = src[i + 1]!;
      item = /[a-zA-Z0-9]/.test(n) ? { kind: 'other', optional: false } : { kind: 'char', ch: n, optional: false };
      i += 2;
    } else if (c === '.' || c === '^' || c === '$') {
      item = { kind: 'other', optional: false };
      i++;
    } else {
      item = { kind: 'char', ch: c.toLowerCase(), optional: false };
      i++;
    }
    // Quantifier: anything that may repeat zero times is optional.
    const q = src[i];
    if (q === '?' || q === '*') {
      item.optional = true;
      i++;
    } else if (q === '+') i++;
    else if (q === '{') {
      const close = src.indexOf('}', i);
      if (/^\{0/.test(src.slice(i, close + 1))) item.optional = true;
      else if (item.kind === 'char') item = { kind: 'other', optional: false };
      i = close + 1;
    }
    if (src[i] === '?') i++; // lazy
    seq.push(item);
  }
  alts.push(seq);
  return [alts, i];
}

/** The most selective required literal set in a sequence: a word, or a group of literal alternatives. */
function bestOfSequence(seq: Item[]): string[] | null {
  let best: string[] | null = null;
  const score = (set: string[]) => Math.min(...set.map((s) => s.length)) - set.reduce((n, s) => n + cost(s), 0) - set.length * 0.01;
  const consider = (set: string[] | null) => {
    if (set && set.length > 0 && set.every((s) => s.length >= MIN_WORD) && (!best || score(set) > score(best))) best = set;
  };
  let run = '';
  const flush = () => {
    for (const w of run.split(/[^a-z0-9'’]+/)) if (w.length >= MIN_WORD) consider([w]);
    run = '';
  };
  for (const item of seq) {
    if (item.kind === 'char' && !item.optional) {
      run += item.ch;
      continue;
    }
    flush();
    if (item.kind === 'group' && !item.optional && !item.lookaround) {
      const sets: string[] = [];
      let ok = true;
      for (const alt of item.alts) {
        const b = bestOfSequence(alt);
        if (!b) {
          ok = false;
          break;
        }
        sets.push(...b);
      }
      if (ok) consider([...new Set(sets)]);
    }
  }
  flush();
  return best;
}
