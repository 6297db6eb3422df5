// Inline directives in Markdown, as HTML comments (ESLint's and
// markdownlint's conventions):
//
//   <!-- neglint-disable-next-line detached-negation -- quoted on purpose -->
//   <!-- neglint-disable-line -->
//   <!-- neglint-disable fiction-frame, unverified-claim -->  ...  <!-- neglint-enable -->
//
// No rule ids means every rule; ids are separated by commas or spaces; text
// after ` -- ` is the reason and is ignored. The comments are found in the raw
// source with a regular expression (the Markdown-to-text step drops HTML), so
// positions are exact; comments inside fenced code blocks are examples, not
// directives. A directive that names an unknown rule disables nothing and is
// reported as an `invalid-directive` warning, so that a typo cannot hide.

import type { Finding } from '../types.js';
import { hashOf } from './findings.js';
import { BLANK } from './messages.js';
import { DOCS_BASE } from './rule-url.js';

export const INVALID_DIRECTIVE = 'invalid-directive';
export const DIRECTIVES_URL = `${DOCS_BASE}/README.md#disabling-rules-inline`;

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  /** 1-based position of the comment's start. */
  line: number;
  column: number;
  /** 1-based position just after the comment's `-->`. */
  endLine: number;
  endColumn: number;
}

const DIRECTIVE = /<!--\s*neglint-(disable-next-line|disable-line|disable|enable)(?=[\s-])([\s\S]*?)-->/g;

/** Line starts of `source`, and a position lookup. */
function positions(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let nl = source.indexOf('\n'); nl !== -1; nl = source.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Offset ranges of fenced code blocks (``` or ~~~), whose content is not Markdown. */
function fencedRanges(source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const fence = /^( {0,3})(`{3,}|~{3,})[^\n]*$/gm;
  let open: { start: number; char: string; length: number } | null = null;
  for (let m = fence.exec(source); m !== null; m = fence.exec(source)) {
    const marker = m[2]!;
    if (open === null) {
      // An opening backtick fence cannot have backticks in its info string.
      if (marker[0] === '`' && m[0].slice(m[1]!.length + marker.length).includes('`')) continue;
      open = { start: m.index, char: marker[0]!, length: marker.length };
    } else if (marker[0] === open.char && marker.length >= open.length && m[0].trim() === marker) {
      ranges.push([open.start, m.index + m[0].length]);
      open = null;
    }
  }
  if (open !== null) ranges.push([open.start, source.length]);
  return ranges;
}

/** The directives of a Markdown source, in order. */
export function parseDirectives(source: string): Directive[] {
  if (!source.includes('neglint-')) return [];
  const at = positions(source);
  const fenced = fencedRanges(source);
  const out: Directive[] = [];
  for (const m of source.matchAll(DIRECTIVE)) {
    const start = m.index!;
    if (fenced.some(([a, b]) => start >= a && start < b)) continue;
    const end = start + m[0].length;
    // `-- reason`: everything after a free-standing double hyphen.
    const body = m[2]!.split(/(?:^|\s)--(?:\s|$)/)[0]!;
    const ruleIds = body.split(/[\s,]+/).filter((id) => id !== '');
    const from = at(start);
    const to = at(end);
    out.push({ kind: m[1] as DirectiveKind, ruleIds, line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
  }
  return out;
}

function before(line: number, column: number, otherLine: number, otherColumn: number): boolean {
  return line < otherLine || (line === otherLine && column < otherColumn);
}

/** Whether directives disable `ruleId` at a position. */
function disabledAt(directives: readonly Directive[], ruleId: string, line: number, column: number): boolean {
  let all = false;
  const rules = new Set<string>(); // disabled, when not `all`
  const except = new Set<string>(); // re-enabled, when `all`
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      if (line === d.endLine + 1 && (d.ruleIds.length === 0 || d.ruleIds.includes(ruleId))) return true;
      continue;
    }
    if (d.kind === 'disable-line') {
      if (line >= d.line && line <= d.endLine && (d.ruleIds.length === 0 || d.ruleIds.includes(ruleId))) return true;
      continue;
    }
    // Range directives count from the end of their comment.
    if (!before(d.endLine, d.endColumn, line, column + 1)) continue;
    if (d.kind === 'disable') {
      if (d.ruleIds.length === 0) {
        all = true;
        rules.clear();
        except.clear();
      } else for (const id of d.ruleIds) all ? except.delete(id) : rules.add(id);
    } else if (d.ruleIds.length === 0) {
      all = false;
      rules.clear();
      except.clear();
    } else for (const id of d.ruleIds) all ? except.add(id) : rules.delete(id);
  }
  return all ? !except.has(ruleId) : rules.has(ruleId);
}

export interface DirectiveOptions {
  /** Every rule and input-problem id; others in a directive are reported. */
  knownRuleIds: readonly string[];
  displayPath: string;
  /** Leave the (dataset-written) unknown id out of the message. */
  redact?: boolean;
}

/**
 * Findings of a Markdown file with its inline directives applied: disabled
 * findings removed, and an `invalid-directive` warning for each unknown rule
 * id a directive names. Returns `findings` itself when the file has no directives.
 */
export function applyDirectives(findings: Finding[], source: string, options: DirectiveOptions): Finding[] {
  const directives = parseDirectives(source);
  if (directives.length === 0) return findings;
  const known = new Set(options.knownRuleIds);
  const kept = findings.filter((f) => !disabledAt(directives, f.ruleId, f.line, f.column));
  for (const d of directives) {
    for (const id of d.ruleIds) {
      if (known.has(id)) continue;
      kept.push({
        ruleId: INVALID_DIRECTIVE,
        severity: 'warning',
        messageId: 'unknownRule',
        // The id is the file's text: blanked under --redact like any other.
        data: { id: options.redact ? BLANK : id, kind: d.kind },
        path: options.displayPath,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        record: null,
        pointer: null,
        start: null,
        end: null,
        trained: null,
        related: [],
        url: DIRECTIVES_URL,
        suggestions: [],
        hash: hashOf(INVALID_DIRECTIVE, d.kind, id),
      });
    }
  }
  return kept;
}
