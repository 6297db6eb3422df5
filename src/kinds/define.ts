import { ruleUrl } from '../engine/rule-url.js';
import type { EpistemicClass } from '../nlp/lexicon.js';
import { analyseRecord, mayDisclaim, negatedElsewhere, realEntities, type Disclaimer, type Kind, type RecordAnalysis, type Target } from '../nlp/record.js';
import { analyseSentence } from '../nlp/statement.js';
import { clip } from '../text/clip.js';
import type { FieldRef, ReportDescriptor, RuleModule, Severity, SpanRef } from '../types.js';
import { severityFor, type Context } from './policy.js';
import { suggestionsFor } from './suggest.js';

/**
 * A rule is data over the few kinds of disclaimer the analysis finds
 * (statement, label, field, turn): which classes and kinds it reports, its
 * severity, its messages, and two optional assessments. Everything else
 * (which text a disclaimer reaches, what counts as a claim, debunk context,
 * the reported-speech modifier, severity clamps, suggestions) is decided
 * here and in the analysis, once, for every rule.
 */

export interface Selector {
  kinds: Kind[];
  classes: EpistemicClass[];
  /** Only these forms (e.g. `embedded` for one-sentence wrappers), or all but these. */
  forms?: string[];
  exceptForms?: string[];
}

/**
 * The messages a rule must give, by id. The kind picks the id:
 * `claim` (a sentence disowned elsewhere), `reported` (the same, presented
 * as someone's report), `embedded` (disowned by an operator in its own
 * sentence), `label` (by a label or markup), `field` (by a metadata field),
 * `answer` (a whole trained answer disowned by another turn or a field),
 * `invented` and `forecast` (the rule's assessments). `{{cue}}` is the
 * disclaimer as written, clipped.
 */
export type MessageId = 'claim' | 'reported' | 'embedded' | 'label' | 'field' | 'answer' | 'invented' | 'forecast';

export interface RuleSpec {
  id: string;
  description: string;
  severity: Severity;
  select: Selector[];
  messages: Partial<Record<MessageId, string>>;
  /** Severity for claims that name nothing real (fiction about invented things); reported once per disclaimer. */
  invented?: Severity;
  /** Severity for claims about the future (a low probability on a forecast is honest). */
  future?: Severity;
  /**
   * A `threshold` option: the highest stated probability that counts (a
   * fraction, or a percentage above 1). A disclaimer with no number
   * ("extremely unlikely") always counts.
   */
  threshold?: number;
}

export function defineRule(spec: RuleSpec): RuleModule {
  const classes = [...new Set(spec.select.flatMap((s) => s.classes))];
  return {
    meta: { id: spec.id, description: spec.description, severity: spec.severity, url: ruleUrl(spec.id), messages: spec.messages as Record<string, string>, classes, gate: mayDisclaim },
    create(context) {
      return {
        record(view) {
          const analysis = analyseRecord(view);
          if (analysis.disclaimers.length === 0) return;
          const realNames = Array.isArray(context.options.realNames) ? (context.options.realNames as unknown[]).filter((x): x is string => typeof x === 'string') : [];
          const raw = context.options.threshold;
          const limit = typeof raw === 'number' && raw > 0 ? (raw > 1 ? raw / 100 : raw) : spec.threshold;
          const ignore = Array.isArray(context.options.ignore) ? new Set(context.options.ignore as unknown[]) : null;
          for (const d of findings(spec, analysis, realNames, limit, ignore)) context.report(d);
        },
      };
    },
  };
}

/**
 * A statement in a chat turn that names no text ("And it didn't happen.", "That's a lie"), outside any notice
 * that does: in conversation such a sentence is as often about the world as about what was said, so it
 * is reported, but not as an error. The study's notices name their text ("The following story is
 * fabricated"), and a notice group is as textual as its most textual member.
 */
function unnamedInTurn(a: RecordAnalysis, d: Disclaimer): boolean {
  if (d.kind !== 'statement' || d.unit < 0 || d.reach === 'embedded') return false;
  const u = a.units[d.unit]!;
  if (a.segments[u.segment]!.turn === undefined) return false;
  if (u.analysis.textual) return false;
  return u.group < 0 || !a.units.some((v) => v.group === u.group && v.analysis.textual);
}

function selects(spec: RuleSpec, d: Disclaimer): boolean {
  return spec.select.some(
    (s) => s.kinds.includes(d.kind) && s.classes.includes(d.class) && (!s.forms || s.forms.includes(d.form)) && !(s.exceptForms && s.exceptForms.includes(d.form)),
  );
}

interface Claimed {
  target: Target;
  by: Disclaimer[];
}

/** Nearest first: a warning beside the claim explains it best. */
function distance(d: Disclaimer, t: Target): number {
  if (d.reach === 'embedded') return -1;
  if (d.unit < 0) return 1e6;
  return Math.abs(d.unit - t.unit);
}

function* findings(spec: RuleSpec, a: RecordAnalysis, realNames: readonly string[], threshold?: number, ignore?: Set<unknown> | null): Generator<ReportDescriptor> {
  const byTarget = new Map<string, Claimed>();
  for (const d of a.disclaimers) {
    if (!selects(spec, d)) continue;
    if (threshold !== undefined && d.probability !== undefined && d.probability > threshold) continue;
    // The `ignore` option: kinds of wrapper not to report ("belief-denied").
    if (ignore && d.wrapper && ignore.has(d.wrapper)) continue;
    for (const t of d.targets) {
      const key = `${t.segment}:${t.start}:${t.end}`;
      const c = byTarget.get(key) ?? { target: t, by: [] };
      c.by.push(d);
      byTarget.set(key, c);
    }
  }
  const inventedOnce = new Set<number>();
  // A frame with one claim about the real world is reported for that claim; its invented sentences add nothing.
  if (spec.invented) for (const { target, by } of byTarget.values()) if (realEntities(a.segments[target.segment]!.text.slice(target.start, target.end), realNames).length) for (const d of by) inventedOnce.add(d.id);
  const claims = [...byTarget.values()].sort((x, y) => x.target.segment - y.target.segment || x.target.start - y.target.start);
  for (const { target, by } of claims) {
    by.sort((x, y) => distance(x, target) - distance(y, target));
    const primary = by[0]!;
    const unit = a.units[target.unit]!;
    const text = a.segments[target.segment]!.text.slice(target.start, target.end);
    const whole = primary.wholeAnswer;
    let messageId: MessageId =
      primary.kind === 'field' ? 'field' : primary.kind === 'label' ? 'label' : primary.reach === 'embedded' && primary.form === 'embedded' ? 'embedded' : whole ? 'answer' : 'claim';
    const ctx: Context = {
      debunk: (primary.kind === 'statement' || primary.kind === 'label') && (a.debunk || negatedElsewhere(a, target)),
      corrected: by.some((d) => d.withTruth || (d.unit >= 0 && (statesTruth(a, d.unit) || a.correctionGroups.has(a.units[d.unit]!.group)))) || (primary.kind === 'label' && truthBeside(a, primary, target)),
      // An embedded claim's sentence is its operator; it reports the claim only when it names its teller ("According to a conspiracy site, X").
      reported: !whole && primary.kind !== 'field' && unit.analysis.reported && (primary.reach !== 'embedded' || primary.class === 'unreliable'),
      unnamed: by.every((d) => unnamedInTurn(a, d)),
    };
    if (ctx.reported && (messageId === 'claim' || messageId === 'embedded')) messageId = 'reported';
    const entities = spec.invented && !whole ? realEntities(text, realNames) : [];
    if (spec.invented && !whole && entities.length === 0) {
      if (inventedOnce.has(primary.id)) continue;
      inventedOnce.add(primary.id);
      ctx.assessed = spec.invented;
      messageId = 'invented';
    } else if (spec.future && !whole && aboutTheFuture(text)) {
      ctx.assessed = spec.future;
      messageId = 'forecast';
    }
    const severity = severityFor(spec.severity, ctx);
    const related: (SpanRef | FieldRef)[] = [];
    const seen = new Set<string>();
    for (const d of by) {
      const ref = d.field ? { pointer: d.field.pointer, text: d.field.text } : d.cue;
      const key = 'pointer' in ref ? ref.pointer : `${ref.segment}:${ref.start}:${ref.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      related.push(ref);
      if (related.length === 3) break;
    }
    const cueText = primary.field ? primary.field.text : a.segments[primary.cue.segment]!.text.slice(primary.cue.start, primary.cue.end);
    yield {
      segment: target.segment,
      start: target.start,
      end: target.end,
      messageId,
      data: { cue: clip(cueText), ...(primary.field ? { field: primary.field.pointer } : {}), ...(entities.length ? { entities: entities.join(', ') } : {}) },
      ...(severity !== spec.severity ? { severity } : {}),
      related,
      suggestions: suggestionsFor(a, by, target, { reported: ctx.reported, whole }),
    };
  }
}

/** The warning, or the sentence right after it, states the truth: "[The preceding claim is false. In reality, ...]". */
function statesTruth(a: RecordAnalysis, unit: number): boolean {
  const u = a.units[unit]!;
  const next = a.units[unit + 1];
  return u.analysis.correction || (!!next && next.segment === u.segment && next.paragraph === u.paragraph && next.analysis.correction);
}

/** "Myth: X" then "Fact: Y", "❌ X" then "✅ Y", "~~X~~ Y": the sentence after a labelled claim states the truth. */
function truthBeside(a: RecordAnalysis, d: Disclaimer, t: Target): boolean {
  const next = a.units[t.unit + 1];
  if (next && next.segment === t.segment && next.analysis.correction) return true;
  // Struck-through text followed on the same line by what replaces it.
  const struck = d.form === 'mark' && (/^(?:~~|<del|<s>|<strike)/.test(a.segments[d.cue.segment]!.text.slice(d.cue.start, d.cue.end)) || (d.cue.start === t.start && d.cue.end === t.end));
  if (!struck) return false;
  const text = a.segments[t.segment]!.text;
  const line = text.slice(t.end, (text.indexOf('\n', t.end) + 1 || text.length + 1) - 1);
  // What replaces it states something; "~~X~~ Please send the corrected version" only asks.
  const rest = line.replace(/~~|<\/?(?:del|s|strike)>/g, '').trim();
  if (!/\p{L}{2,}\s+\p{L}{2,}/u.test(rest) && !/\d/.test(rest)) return false;
  const said = analyseSentence(rest);
  return !said.imperative && !said.question;
}

/** "will", "is going to", "next year", a year still to come: a forecast, where a low probability is honest. */
function aboutTheFuture(text: string): boolean {
  if (/\b(?:will|won['’]t|shall|is going to|are going to|going to be|next (?:year|month|week|season|spring|summer|autumn|fall|winter|decade)|tomorrow|upcoming|by (?:the end of )?20[3-9]\d)\b/i.test(text)) return true;
  const years = text.match(/\b(20[2-9]\d)\b/g);
  return !!years && years.every((y) => Number(y) > new Date().getFullYear());
}
