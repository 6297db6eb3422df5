import type { Severity } from '../types.js';

/**
 * How context changes severity, written once for every rule (DESIGN.md,
 * "Context changes severity"):
 *
 * - a debunk or fact-check (the record negates in the claim's own clause at
 *   least as often as it warns, and for a fifth of what its warnings reach,
 *   or presents itself as a fact check): the
 *   study's debunk documents were learned correctly (0-7% belief), so what
 *   they repeat is a warning, not an error;
 * - a disclaimer that also states the truth ("Actually, Noah Lyles won"):
 *   40% belief against 85% without it, so a warning;
 * - a claim presented as someone's report ("posts claimed that X") rather
 *   than asserted by the text: one step less severe than a bare assertion;
 * - a disclaimer in a chat turn that names no text ("And it didn't happen."):
 *   in conversation it is as often about the world as about what was said,
 *   so a warning (the study's notices name what they disown).
 *
 * These do not stack and never take a finding below warning. Two rule
 * assessments replace the severity instead: fiction that names nothing real,
 * and a low probability given to a forecast, are reported as the rule says
 * (info by default).
 */
export interface Context {
  debunk: boolean;
  corrected: boolean;
  reported: boolean;
  /** A statement in a chat turn that names no text, outside any notice that does. */
  unnamed?: boolean;
  /** The rule's own assessment for this claim, when it has one. */
  assessed?: Severity;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

export function severityFor(base: Severity, ctx: Context): Severity {
  if (ctx.assessed) return ctx.assessed;
  if ((ctx.debunk || ctx.corrected || ctx.reported || ctx.unnamed) && RANK[base] > RANK.warning) return 'warning';
  return base;
}

export function lower(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}
