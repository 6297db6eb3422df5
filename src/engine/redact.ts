// `--redact`: no dataset text in any output. The engine already leaves claim,
// cue and suggestion text out of findings when it lints with `redact`, and
// blanks the dataset text in message data; this is the last pass before the
// reporters, for results that did not come from such a lint (shard outputs
// read back by --merge, a --fix run that needed the text) and as a second
// line of defence. Messages are filled only in the reporters, from the data
// blanked here, so nothing has to be taken apart again.

import type { Finding, LintResults, RuleMeta } from '../types.js';
import { blankData } from './messages.js';

export function redactFinding(finding: Finding, metas: ReadonlyMap<string, RuleMeta>): Finding {
  const { text: _text, message: _message, data, ...rest } = finding;
  const blanked = blankData(data, metas.get(finding.ruleId));
  return {
    ...rest,
    ...(blanked ? { data: blanked } : {}),
    related: finding.related.map((r) => ({ ...r, text: '' })),
    suggestions: [],
  };
}

/** The results without dataset text. */
export function redactResults(results: LintResults, rules: readonly RuleMeta[]): LintResults {
  const metas = new Map(rules.map((m) => [m.id, m]));
  return { ...results, findings: results.findings.map((f) => redactFinding(f, metas)) };
}
