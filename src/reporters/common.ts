// Helpers shared by the reporters. Everything here is pure: no I/O, no
// process state, no clock.

import { posix, win32 } from 'node:path';
import { blankData, fillTemplate } from '../engine/messages.js';
import type { Finding, LintResults, RelatedLocation, ReporterOptions, RuleMeta, Severity } from '../types.js';

/** A finding is redacted (`--redact`) when its claim text is absent. */
export function isRedacted(finding: Finding): boolean {
  return typeof finding.text !== 'string';
}

/** The text of a related location, or undefined when redacted or absent. */
export function relatedText(finding: Finding, related: RelatedLocation): string | undefined {
  if (isRedacted(finding)) return undefined;
  const text = (related as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
}

/** The text of the cue the finding depends on (`related[0]`), when there is one and it is not redacted. */
export function cueText(finding: Finding): string | undefined {
  const first = finding.related[0];
  return first === undefined ? undefined : relatedText(finding, first);
}

const metaIndex = new WeakMap<readonly RuleMeta[], Map<string, RuleMeta>>();

function metaOf(rules: readonly RuleMeta[], id: string): RuleMeta | undefined {
  let byId = metaIndex.get(rules);
  if (!byId) metaIndex.set(rules, (byId = new Map(rules.map((m) => [m.id, m]))));
  return byId.get(id);
}

/**
 * The one place a finding's message is made: its rule's template filled with
 * its data, the data's dataset text blanked under --redact. A message given
 * as text (a finding made outside the engine, with no template) is shown as
 * it is, except under --redact, where the rule's description stands in for it.
 */
export function findingMessage(finding: Finding, options: { rules: readonly RuleMeta[]; redact?: boolean }): string {
  const meta = metaOf(options.rules, finding.ruleId);
  const template = meta?.messages[finding.messageId];
  if (template !== undefined) return fillTemplate(template, options.redact ? blankData(finding.data, meta) : finding.data);
  if (options.redact) return meta?.description ?? finding.ruleId;
  return finding.message ?? finding.messageId;
}

/** The findings a reporter shows: all of them, or only errors under `quiet`. */
export function visibleFindings(results: LintResults, options: ReporterOptions): Finding[] {
  return options.quiet ? results.findings.filter((f) => f.severity === 'error') : results.findings;
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** SARIF-style level for a severity. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

// ---------------------------------------------------------------- JSON shape

export interface JsonRelated {
  pointer: string;
  start: number;
  end: number;
  line: number;
  column?: number;
  text?: string;
}

export interface JsonSuggestion {
  description: string;
  text?: string;
  /** Present (false) when --fix never applies it. */
  fixable?: false;
}

/** One finding in the JSON output shape (DESIGN.md, "JSON output", version 1), keys in the design's order. */
export type JsonFinding = Omit<Finding, 'related' | 'suggestions' | 'hash' | 'message'> & {
  /** Filled from the template (findingMessage). */
  message: string;
  related: JsonRelated[];
  suggestions: JsonSuggestion[];
  hash?: string;
};

export interface JsonFindingOptions {
  rules: readonly RuleMeta[];
  redact?: boolean;
  /**
   * Keep everything a Finding holds, so that it can be read back
   * (`jsonl`, the shard merge format): adds `related[].column` and `hash`.
   * Without it (the `json` format) `hash` appears only on redacted findings.
   */
  lossless: boolean;
}

/**
 * A finding as a plain object in the design's key order. Redacted findings
 * (no `text`) carry no dataset text at all: no claim, no cue text and no
 * suggestion text (a rewrite repeats the claim); they carry `hash` instead so
 * that they can still be matched.
 */
export function toJsonFinding(finding: Finding, options: JsonFindingOptions): JsonFinding {
  const redacted = isRedacted(finding);
  const related = finding.related.map((r) => {
    const text = relatedText(finding, r);
    const rel: JsonRelated = {
      pointer: r.pointer,
      start: r.start,
      end: r.end,
      line: r.line,
      ...(options.lossless && typeof r.column === 'number' ? { column: r.column } : {}),
      ...(text !== undefined ? { text } : {}),
    };
    return rel;
  });
  const suggestions: JsonSuggestion[] = finding.suggestions.map((s) => ({
    description: s.description,
    ...(redacted ? {} : { text: s.text }),
    ...(s.fixable === false ? { fixable: false as const } : {}),
  }));
  const withHash = (options.lossless || redacted) && typeof finding.hash === 'string';
  const data = options.redact ? blankData(finding.data, metaOf(options.rules, finding.ruleId)) : finding.data;
  const out: JsonFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: findingMessage(finding, options),
    messageId: finding.messageId,
    ...(data !== undefined && Object.keys(data).length > 0 ? { data } : {}),
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    record: finding.record ?? null,
    ...(typeof finding.rowGroup === 'number' ? { rowGroup: finding.rowGroup } : {}),
    pointer: finding.pointer ?? null,
    start: finding.start ?? null,
    end: finding.end ?? null,
    trained: finding.trained ?? null,
    ...(redacted ? {} : { text: finding.text }),
    related,
    url: finding.url,
    suggestions,
    ...(withHash ? { hash: finding.hash } : {}),
  };
  return out;
}

// ---------------------------------------------------------------- text for terminals and logs

// C0 and C1 controls (ESC among them), DEL, line/paragraph separators, the
// bidirectional marks, overrides and isolates ("Trojan Source"): dataset text
// and file names must not be able to move the cursor, recolour the terminal
// or reorder what a reviewer sees.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same without tab, line feed and carriage return, for text shown on several lines.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Makes untrusted text safe and one-line for a terminal: controls become visible escapes (`\u001b`, `\u202e`). */
export function sanitizeInline(text: string): string {
  return text.replace(UNSAFE_CHARS, (ch) => {
    switch (ch) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return ' ';
      default:
        return escapeChar(ch);
    }
  });
}

/** Like sanitizeInline, but keeps tabs and line breaks (text shown as a block, such as an HTML cell). */
export function sanitizeBlock(text: string): string {
  return text.replace(UNSAFE_IN_BLOCK, escapeChar);
}

/** Each line of `text` made safe, its line breaks kept (stderr, where file names appear). */
export function sanitizeLines(text: string): string {
  return text.split('\n').map(sanitizeInline).join('\n');
}

/** Shortens text to at most `max` UTF-16 units plus an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

// ---------------------------------------------------------------- paths

export interface ResolvedPath {
  /** Forward-slash path relative to cwd when `relative`; otherwise an absolute path with forward slashes. */
  path: string;
  relative: boolean;
  /** Windows-style (drive letter or UNC) path. */
  windows: boolean;
}

const WIN_ABSOLUTE = /^(?:[A-Za-z]:[\\/]|\\\\)/;

/**
 * A path as given on the command line, expressed relative to `cwd` with
 * forward slashes when it lies inside `cwd` (or is already relative), or as
 * an absolute forward-slash path otherwise. Pure: never consults the process.
 */
export function resolvePath(path: string, cwd: string): ResolvedPath {
  const windows = WIN_ABSOLUTE.test(path) || WIN_ABSOLUTE.test(cwd);
  const flavor = windows ? win32 : posix;
  const toSlash = (p: string): string => (windows ? p.replace(/\\/g, '/') : p);
  if (flavor.isAbsolute(path)) {
    if (flavor.isAbsolute(cwd)) {
      const rel = flavor.relative(cwd, path);
      if (rel !== '' && !flavor.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${flavor.sep}`)) {
        return { path: toSlash(rel), relative: true, windows };
      }
    }
    return { path: toSlash(flavor.normalize(path)), relative: false, windows };
  }
  let rel = toSlash(flavor.normalize(path));
  if (rel.startsWith('./')) rel = rel.slice(2);
  return { path: rel, relative: true, windows };
}

function encodeSegments(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** A `file:` URI for an absolute forward-slash path (POSIX, drive letter or UNC). */
export function fileUri(absolute: string, windows: boolean): string {
  if (windows) {
    if (absolute.startsWith('//')) {
      // UNC: //server/share/dir -> file://server/share/dir
      const [server = '', ...rest] = absolute.slice(2).split('/');
      return `file://${encodeURIComponent(server)}/${encodeSegments(rest.join('/'))}`;
    }
    const drive = absolute.slice(0, 2); // "C:"
    return `file:///${drive}${encodeSegments(absolute.slice(2))}`;
  }
  return `file://${encodeSegments(absolute)}`;
}

/** A relative URI reference for a relative forward-slash path. */
export function relativeUri(relative: string): string {
  return encodeSegments(relative);
}
