import { compromiseTables, has, infinitiveOf } from './pos.js';
import { structureOf } from './structure.js';
import { isNegatedContraction } from './tokens.js';

/**
 * The local-negation rewrite: the claim with the negation inside its own
 * clause, which training learns correctly. "Ed Sheeran won the gold medal."
 * -> "Ed Sheeran did not win the gold medal." Null where no main verb is
 * found (the repair is then to remove the claim).
 */
export function negateClaim(text: string): string | null {
  const s = structureOf(text);
  const c = s.clauses.find((x) => x.head >= 0);
  if (!c) return null;
  const { tokens } = s;
  const head = tokens[c.head]!;
  const after = (i: number, insert: string) => text.slice(0, tokens[i]!.end) + insert + text.slice(tokens[i]!.end);
  const replace = (i: number, by: string) => text.slice(0, tokens[i]!.start) + matchCase(tokens[i]!.text, by) + text.slice(tokens[i]!.end);
  if (c.negated) return removeNegation(text);
  const norm = head.norm;
  if (/^(?:it|that|this|there|here|what|he|she|they|you|we|i)'(?:s|re|m|ve|ll|d)$/.test(norm)) return after(c.head, ' not');
  if (/^(?:has|have|had)$/.test(norm)) {
    const next = tokens[c.head + 1];
    if (next && (has(next, 'part') || has(next, 'past') || next.norm === 'been')) return after(c.head, ' not');
    return replace(c.head, `${norm === 'had' ? 'did' : norm === 'has' ? 'does' : 'do'} not have`);
  }
  if (has(head, 'cop') || has(head, 'aux') || has(head, 'modal')) return after(c.head, ' not');
  const past = has(head, 'past');
  const inf = infinitiveOf(head.text);
  if (!inf) return null;
  const aux = past ? 'did' : /s$/.test(norm) && !/ss$/.test(norm) ? 'does' : 'do';
  return replace(c.head, `${aux} not ${inf}`);
}

/** For a claim that carries its own negation and is labelled false ("Sea level rise is not going to happen"). */
function removeNegation(text: string): string | null {
  const s = structureOf(text);
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm === 'not' || t.norm === 'never') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // "did not win" -> "won"
      if (prev && /^(?:do|does|did)$/.test(prev.norm) && next && has(next, 'inf')) {
        const c = compromiseTables().verb.conjugate(next.norm, compromiseTables().model);
        const form = prev.norm === 'did' ? c.PastTense : prev.norm === 'does' ? c.PresentTense : c.Infinitive;
        if (!form) return null;
        return text.slice(0, prev.start) + matchCase(prev.text, form) + text.slice(next.end);
      }
      return text.slice(0, t.start).replace(/\s+$/, '') + text.slice(t.end);
    }
    if (isNegatedContraction(t.norm) && t.norm !== 'cannot') {
      const base = t.text.replace(/n['’]t$/i, '').replace(/^wo$/i, 'will').replace(/^ca$/i, 'can');
      return text.slice(0, t.start) + base + text.slice(t.end);
    }
  }
  return null;
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** "Posts claimed that the tower was moved" -> "Contrary to what posts claimed, the tower was not moved": the attribution stays outside the negated clause. */
export function negateReported(text: string): string | null {
  const m = /^(.*?\b(?:claim(?:ed|s)?|said|say|says|alleged|allege[sd]?|suggested|insisted|asserted|reported|stated|believed?|believes|think|thinks|thought|wrote|posted|argued)\b)\s+(?:that\s+)?(.+)$/i.exec(text);
  if (!m) return null;
  const negated = negateClaim(m[2]!);
  if (!negated) return null;
  const who = m[1]!.replace(/^./, (c) => c.toLowerCase());
  return `Contrary to what ${who}, ${negated.replace(/^./, (c) => c.toLowerCase())}`;
}
