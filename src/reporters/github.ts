// `--format github`: GitHub Actions workflow commands, one per finding, which
// GitHub shows as annotations on the pull request's changed files.

import type { Finding, LintResults, Reporter, ReporterOptions } from '../types.js';
import { cueText, findingMessage, isRedacted, resolvePath, sanitizeBlock, sanitizeInline, visibleFindings } from './common.js';

/** Escapes a workflow command's message (the part after `::`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`file=`, `title=`, ...). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type WorkflowCommand = 'error' | 'warning' | 'notice';

/** One workflow command line (without the newline); properties with undefined values are left out. */
export function workflowCommand(
  command: WorkflowCommand,
  properties: ReadonlyArray<readonly [string, string | number | undefined]>,
  message: string,
): string {
  const props = properties
    .filter((p): p is readonly [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props === '' ? '' : ` ${props}`}::${escapeData(message)}`;
}

function commandFor(severity: Finding['severity']): WorkflowCommand {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

function annotationPath(path: string, cwd: string): string {
  // GitHub wants the path relative to the repository root (the workspace, where the CLI runs).
  return sanitizeInline(resolvePath(path, cwd).path);
}

function positive(n: number): number | undefined {
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

// Every piece of text has its controls made visible before the workflow-command
// escaping (which keeps line breaks, as %0A): GitHub renders the annotation,
// and a bidi override or an escape sequence in a claim must not reach it raw.
function annotationText(f: Finding, options: ReporterOptions): string {
  const lines = [sanitizeBlock(findingMessage(f, options))];
  if (!isRedacted(f)) {
    lines.push(`Claim: ${sanitizeBlock(f.text ?? '')}`);
    const cue = cueText(f);
    if (cue !== undefined && cue !== '') lines.push(`Cue: ${sanitizeBlock(cue)}`);
  }
  if (f.url !== '') lines.push(`Rule: ${sanitizeInline(f.ruleId)} ${sanitizeInline(f.url)}`);
  return lines.join('\n');
}

/** One annotation: what a workflow command carries, before it is written (the Action issues it through @actions/core). */
export interface Annotation {
  command: WorkflowCommand;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
}

/** The workflow command line of an annotation (properties in GitHub's documented order). */
export function formatAnnotation(a: Annotation): string {
  return workflowCommand(
    a.command,
    [
      ['file', a.file],
      ['line', a.line],
      ['col', a.col],
      ['endLine', a.endLine],
      ['endColumn', a.endColumn],
      ['title', a.title],
    ],
    a.message,
  );
}

/** The annotations of the results: files that were skipped or failed, then each finding. */
export function githubAnnotations(results: LintResults, options: ReporterOptions): Annotation[] {
  const out: Annotation[] = [];
  for (const file of results.files) {
    if (file.status === 'linted') continue;
    if (options.quiet && file.status !== 'error') continue;
    const what = file.status === 'error' ? 'could not be linted' : 'skipped';
    out.push({
      command: file.status === 'error' ? 'error' : 'notice',
      file: annotationPath(file.path, options.cwd),
      title: `neglint: file ${what}`,
      message: sanitizeInline(`${file.path} ${what}${file.reason ? `: ${file.reason}` : ''}`),
    });
  }
  for (const f of visibleFindings(results, options)) {
    const line = positive(f.line);
    const endLine = positive(f.endLine);
    out.push({
      command: commandFor(f.severity),
      file: annotationPath(f.path, options.cwd),
      line,
      col: line === undefined ? undefined : positive(f.column),
      endLine: line === undefined || endLine === undefined || endLine < line ? undefined : endLine,
      endColumn: line === undefined || endLine === undefined ? undefined : positive(f.endColumn),
      title: `neglint(${sanitizeInline(f.ruleId)})`,
      message: annotationText(f, options),
    });
  }
  return out;
}

export function githubLines(results: LintResults, options: ReporterOptions): string[] {
  return githubAnnotations(results, options).map(formatAnnotation);
}

export const github: Reporter = (results, options) => githubLines(results, options).map((l) => `${l}\n`).join('');
