// `--redact`: no dataset text in any output. The engine already leaves claim,
// cue and suggestion text out of findings when it lints with `redact`; this is
// the last pass before the reporters, for results that did not come from such
// a lint (shard outputs read back by --merge, a --fix run that needed the text)
// and as a second line of defence: it removes every field that can hold
// dataset text and rewrites messages to their rule's template with the
// placeholders blanked, since rules fill placeholders with quoted text.

import type { Finding, LintResults, RuleMeta } from '../types.js';

const BLANK = '…';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Template {
  pattern: RegExp;
  parts: string[];
}

const compiled = new WeakMap<RuleMeta, Template[]>();

function templatesOf(meta: RuleMeta): Template[] {
  let list = compiled.get(meta);
  if (!list) {
    list = Object.values(meta.messages).map((template) => {
      const parts = template.split(/\{\{\s*\w+\s*\}\}/);
      return { pattern: new RegExp(`^${parts.map(escapeRegExp).join('([\\s\\S]*?)')}$`), parts };
    });
    compiled.set(meta, list);
  }
  return list;
}

/** A rule message with whatever filled its placeholders blanked (numbers stay). */
export function redactMessage(message: string, meta: RuleMeta | undefined, ruleId: string): string {
  if (meta && Object.keys(meta.messages).length > 0) {
    for (const t of templatesOf(meta)) {
      const m = t.pattern.exec(message);
      if (!m) continue;
      return t.parts.reduce((out, part, i) => {
        if (i === 0) return part;
        const value = m[i]!;
        return out + (/^\d+(?:\.\d+)?%?$/.test(value) ? value : BLANK) + part;
      }, '');
    }
    // A message that fits none of its rule's templates: say what the rule checks instead.
    return meta.description;
  }
  switch (ruleId) {
    case 'unknown-format':
      return message.replace(/\(keys: [^)]*\)/, `(keys: ${BLANK})`);
    case 'invalid-record':
      return message.replace(/token '[^']*'/g, `token '${BLANK}'`);
    case 'invalid-directive':
      return message.replace(/^Unknown rule "[^"]*"/, 'Unknown rule id');
    default:
      return message;
  }
}

export function redactFinding(finding: Finding, metas: ReadonlyMap<string, RuleMeta>): Finding {
  const { text: _text, ...rest } = finding;
  return {
    ...rest,
    message: redactMessage(finding.message, metas.get(finding.ruleId), finding.ruleId),
    related: finding.related.map((r) => ({ ...r, text: '' })),
    suggestions: [],
  };
}

/** The results without dataset text. */
export function redactResults(results: LintResults, rules: readonly RuleMeta[]): LintResults {
  const metas = new Map(rules.map((m) => [m.id, m]));
  return { ...results, findings: results.findings.map((f) => redactFinding(f, metas)) };
}
