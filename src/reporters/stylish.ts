// `--format stylish` (the default): findings grouped by file, one aligned line
// each, like ESLint's stylish, with the claim, the cue it depends on and the
// rule's doc page on the lines below. Dataset text is shown one-line, with
// control characters made visible, and shortened.

import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { FileResult, Finding, LintResults, Reporter, ReporterOptions, Severity } from '../types.js';
import { maxOf } from '../engine/append.js';
import { countSeverities, cueText, findingMessage, isRedacted, plural, sanitizeInline, truncate, visibleFindings } from './common.js';

/** Longest claim or cue shown, in UTF-16 units (the JSON formats always carry the whole text). */
export const MAX_TEXT = 300;

interface Group {
  path: string;
  file?: FileResult;
  findings: Finding[];
}

function groupByPath(results: LintResults, findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>();
  const get = (path: string): Group => {
    let g = groups.get(path);
    if (g === undefined) {
      g = { path, findings: [] };
      groups.set(path, g);
    }
    return g;
  };
  // File order first (the engine sorts by file), then any path only findings name.
  for (const file of results.files) {
    const g = get(file.path);
    g.file ??= file;
  }
  for (const f of findings) get(f.path).findings.push(f);
  return [...groups.values()];
}

function where(f: Finding): string | undefined {
  const parts: string[] = [];
  if (f.record !== null && f.record !== undefined) parts.push(`record ${f.record}`);
  if (f.pointer !== null && f.pointer !== undefined && f.pointer !== '') parts.push(sanitizeInline(f.pointer));
  if (f.trained !== null && f.trained !== undefined) parts.push(`(${f.trained})`);
  return parts.length === 0 ? undefined : parts.join(' ');
}

/** `line:column`; a Parquet row has no lines, so it is named by row (0-based, as `record`) and row group. */
function position(f: Finding): string {
  if (typeof f.rowGroup === 'number' && f.record !== null) return `row ${f.record} (group ${f.rowGroup})`;
  return `${f.line}:${f.column}`;
}

export const stylish: Reporter = (results: LintResults, options: ReporterOptions): string => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const severityColor: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    info: c.cyan,
  };
  const findings = visibleFindings(results, options);
  const showStatus = (file: FileResult | undefined): boolean =>
    file !== undefined && (file.status === 'error' || (file.status === 'skipped' && !options.quiet));

  const out: string[] = [];
  let skipped = 0;
  let failed = 0;
  for (const group of groupByPath(results, findings)) {
    const status = showStatus(group.file) ? group.file : undefined;
    if (status?.status === 'skipped') skipped++;
    if (status?.status === 'error') failed++;
    if (group.findings.length === 0 && status === undefined) continue;

    out.push('', c.underline(sanitizeInline(group.path)));
    if (status !== undefined) {
      const label = status.status === 'error' ? c.red('error') : c.yellow('skipped');
      const reason = status.reason ? sanitizeInline(status.reason) : status.status === 'error' ? 'could not be linted' : 'not linted';
      out.push(`  ${label}  ${reason}`);
    }
    if (group.findings.length === 0) continue;

    const rows = group.findings.map((f) => ({
      f,
      pos: position(f),
      message: sanitizeInline(findingMessage(f, options)),
    }));
    // Terminal columns, not UTF-16 units: a message quoting CJK text or an
    // emoji from the data would otherwise push the rule ids out of line.
    const widths = rows.map((r) => stringWidth(r.message));
    const posWidth = maxOf(rows.map((r) => r.pos.length));
    const sevWidth = maxOf(rows.map((r) => r.f.severity.length));
    const msgWidth = maxOf(widths);
    const indent = ' '.repeat(2 + posWidth + 2 + sevWidth + 2);
    const detail = (label: string, value: string): string => `${indent}${c.dim(label.padEnd(7))}${value}`;

    for (const [i, { f, pos, message }] of rows.entries()) {
      out.push(
        `  ${c.dim(pos.padEnd(posWidth))}  ${severityColor[f.severity](f.severity.padEnd(sevWidth))}  ` +
          `${message}${' '.repeat(msgWidth - widths[i]!)}  ${c.dim(sanitizeInline(f.ruleId))}`,
      );
      if (!isRedacted(f)) {
        out.push(detail('claim', c.dim(truncate(sanitizeInline(f.text ?? ''), MAX_TEXT))));
        const cue = cueText(f);
        if (cue !== undefined && cue !== '') {
          const at = f.related[0] !== undefined && f.related[0].line !== f.line ? c.dim(` (line ${f.related[0].line})`) : '';
          out.push(detail('cue', `${c.dim(truncate(sanitizeInline(cue), MAX_TEXT))}${at}`));
        }
      } else if (f.hash && f.start !== null) {
        // Input problems have no claim to hide; only redacted claims show a hash.
        out.push(detail('hash', c.dim(`${sanitizeInline(f.hash)} (text redacted)`)));
      }
      const loc = where(f);
      if (loc !== undefined) out.push(detail('in', c.dim(loc)));
      if (f.suggestions.length > 0) {
        out.push(detail('fix', c.dim(f.suggestions.map((s) => sanitizeInline(s.description)).join('; '))));
      }
      if (f.url !== '') out.push(detail('docs', c.dim(sanitizeInline(f.url))));
    }
  }

  const tail: string[] = [];
  if (findings.length > 0) {
    const counts = countSeverities(findings);
    const text =
      `✖ ${plural(findings.length, 'problem')} ` +
      `(${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')})`;
    const color = counts.errors > 0 ? c.red.bold : counts.warnings > 0 ? c.yellow.bold : c.cyan.bold;
    tail.push(color(text));
  }
  if (skipped > 0 || failed > 0) {
    const parts: string[] = [];
    if (skipped > 0) parts.push(`${plural(skipped, 'file')} skipped`);
    if (failed > 0) parts.push(`${plural(failed, 'file')} could not be linted`);
    tail.push(`${findings.length === 0 ? 'No problems; ' : ''}${parts.join(', ')}.`);
  }
  if (results.baselined !== undefined && results.baselined > 0) {
    tail.push(c.dim(`${plural(results.baselined, 'finding')} hidden by the baseline.`));
  }
  if (results.staleBaseline !== undefined && results.staleBaseline > 0) {
    tail.push(
      c.dim(`${plural(results.staleBaseline, 'baseline entry', 'baseline entries')} matched nothing (--update-baseline prunes them).`),
    );
  }
  if (out.length === 0 && tail.length === 0) return '';
  return `${[...out, '', ...tail].join('\n').replace(/^\n/, '')}\n`;
};
