import { clip } from '../../src/text/clip.js';
import { fencedCode, inRanges, looksLikeCode } from '../../src/text/code.js';
import { ruleUrl } from '../../src/engine/rule-url.js';
import { findWrapped, WRAPPER_CUES, type WrapperKind } from '../../src/nlp/embedded.js';
import { asSentence, isNegative, negateClause } from '../../src/nlp/proposition.js';
import { hitsBySentence } from '../../src/nlp/reach.js';
import type { CueHit, RuleModule, Suggestion } from '../../src/types.js';

/**
 * One sentence that keeps a claim whole under an outer predicate of falsity:
 * "It is not true that X", "The notion that X is unfounded", "X is a common
 * misconception", "Contrary to the belief that X, ...". The study behind
 * neglint found that only negation inside the claim's own clause is learned
 * (0-7% belief); notices in other sentences were not (84-89%). These wrappers
 * were not tested: X stays an intact clause, so the same mechanism likely
 * applies, one step below the proven cases.
 */
const id = 'wrapped-negation';

const KINDS: WrapperKind[] = ['extraposed', 'false-noun', 'noun-predicate', 'refuted', 'contrary', 'belief-adverb', 'belief-denied', 'appositive', 'subject'];

const rule: RuleModule = {
  meta: {
    id,
    description: 'Claims kept whole inside one sentence under an outer negation ("It is not true that X", "X is a myth")',
    severity: 'warning',
    url: ruleUrl(id),
    messages: {
      wrapped:
        'Claim is kept as an intact clause under "{{wrapper}}": training may learn the claim and drop the outer negation. Negate it in its own clause',
    },
    cues: { wrapper: WRAPPER_CUES },
  },
  create(context) {
    const ignore = new Set(Array.isArray(context.options.ignore) ? (context.options.ignore as unknown[]).filter((k): k is string => typeof k === 'string') : []);
    const kinds = new Set(KINDS.filter((k) => !ignore.has(k)));
    return {
      record(record) {
        const bySegment = new Map<number, CueHit[]>();
        for (const h of record.cues) {
          if (!h.categories.includes('wrapper')) continue;
          const seg = record.segments[h.segment]!;
          // Only trained text teaches: claims in prompts and rejected answers are not learned as true.
          if (seg.trained !== 'trained') continue;
          let list = bySegment.get(h.segment);
          if (!list) bySegment.set(h.segment, (list = []));
          list.push(h);
        }
        for (const [segment, hits] of bySegment) {
          const sentences = record.sentences(segment);
          const code = fencedCode(record.segments[segment]!.text);
          const grouped = hitsBySentence(sentences, hits);
          sentences.forEach((s, k) => {
            if (grouped[k]!.length === 0 || s.kind === 'tableRow' || inRanges(code, s.start) || looksLikeCode(s.text)) return;
            for (const w of findWrapped(s.text)) {
              if (!kinds.has(w.kind)) continue;
              const claim = s.text.slice(w.claim.start, w.claim.end);
              const wrapperText = w.wrapper.map((r) => s.text.slice(r.start, r.end).trim()).join(' ... ');
              context.report({
                segment,
                start: s.start + w.claim.start,
                end: s.start + w.claim.end,
                messageId: 'wrapped',
                data: { wrapper: clip(wrapperText), kind: w.kind },
                related: w.wrapper.map((r) => ({ segment, start: s.start + r.start, end: s.start + r.end })),
                suggestions: suggest(claim, s),
              });
            }
          });
        }
      },
    };
  },
};

/**
 * The repair is the claim negated in its own clause, as a sentence that
 * replaces the whole wrapper sentence ("It is not true that bats are blind."
 * -> "Bats are not blind."): the suggestion's range is the sentence, not the
 * reported claim. A claim that is itself negative ("It is a myth that
 * lightning never strikes twice") has no mechanical rewrite.
 */
function suggest(claim: string, sentence: { start: number; end: number }): Suggestion[] {
  const negated = isNegative(claim) ? null : negateClause(claim);
  return [
    ...(negated
      ? [{ description: 'Rewrite the whole sentence as the claim negated in its own clause', text: asSentence(negated), range: { start: sentence.start, end: sentence.end } }]
      : []),
    { description: 'Remove the sentence', text: '', range: { start: sentence.start, end: sentence.end } },
  ];
}


export default rule;
