// Which findings become annotations. GitHub shows at most 10 error, 10 warning
// and 10 notice annotations per step and drops the rest silently, so the most
// important go first and the run says how many were left out. The annotations
// themselves come from the github reporter (same text); the action issues them
// through @actions/core.
import { githubAnnotations, type Annotation, type WorkflowCommand } from '../reporters/github.js';
import { plural } from '../reporters/common.js';
import type { Finding, LintResults, ReporterOptions, Severity } from '../types.js';

/** GitHub's per-step limit, per annotation kind. */
export const ANNOTATION_LIMIT = 10;

export const LFS_RULE = 'lfs-pointer';

export function commandFor(severity: Severity): WorkflowCommand {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most important first: errors, warnings, infos; then by rule, file, line, column. */
export function byImportance(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compare(a.ruleId, b.ruleId) ||
    compare(a.path, b.path) ||
    a.line - b.line ||
    a.column - b.column
  );
}

/** An annotation the action adds besides the findings (the failure line, the LFS note, ...). */
export type ExtraAnnotation = Annotation;

export interface AnnotationPlan {
  /** Finding annotations, most important first. */
  findings: Annotation[];
  /** The "N more were not annotated" notice, when some were left out. */
  capNotice?: Annotation;
  omitted: Record<WorkflowCommand, number>;
}

/** The one annotation for every Git LFS pointer file (they are never linted as text). */
export function lfsAnnotation(pointers: Finding[]): ExtraAnnotation | undefined {
  if (pointers.length === 0) return undefined;
  const worst = [...pointers].sort(byImportance)[0]!;
  const paths = [...new Set(pointers.map((f) => f.path))].sort(compare);
  const shown = paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');
  const command = commandFor(worst.severity);
  return {
    command,
    title: 'neglint: Git LFS pointers were not linted',
    message:
      `${plural(paths.length, 'file is a Git LFS pointer', 'files are Git LFS pointers')}, not the data, and ${paths.length === 1 ? 'was' : 'were'} not linted: ${shown}. ` +
      'Fetch the LFS objects before linting: set `lfs: true` on actions/checkout (with: lfs: true), or run git lfs pull.',
  };
}

/**
 * Plans the finding annotations within GitHub's limits, leaving room for the
 * extras (which are always shown) and for the notice that says what was left out.
 */
export function planAnnotations(results: LintResults, extras: ExtraAnnotation[], options: ReporterOptions): AnnotationPlan {
  const findings = results.findings.filter((f) => f.ruleId !== LFS_RULE).sort(byImportance);
  const byCommand: Record<WorkflowCommand, Finding[]> = { error: [], warning: [], notice: [] };
  for (const f of findings) byCommand[commandFor(f.severity)].push(f);
  const room = (command: WorkflowCommand, reserved: number) =>
    Math.max(0, ANNOTATION_LIMIT - extras.filter((e) => e.command === command).length - reserved);

  const omittedWith = (noticeReserve: number): Record<WorkflowCommand, number> => ({
    error: Math.max(0, byCommand.error.length - room('error', 0)),
    warning: Math.max(0, byCommand.warning.length - room('warning', 0)),
    notice: Math.max(0, byCommand.notice.length - room('notice', noticeReserve)),
  });
  let omitted = omittedWith(0);
  const anyOmitted = (o: Record<WorkflowCommand, number>) => o.error + o.warning + o.notice > 0;
  const reserve = anyOmitted(omitted) ? 1 : 0;
  omitted = omittedWith(reserve);

  const selected = [
    ...byCommand.error.slice(0, room('error', 0)),
    ...byCommand.warning.slice(0, room('warning', 0)),
    ...byCommand.notice.slice(0, room('notice', reserve)),
  ];
  const annotations = githubAnnotations({ ...results, files: [], findings: selected }, { ...options, quiet: false });
  const plan: AnnotationPlan = { findings: annotations, omitted };
  if (anyOmitted(omitted)) {
    const parts = [
      omitted.error > 0 ? plural(omitted.error, 'error') : '',
      omitted.warning > 0 ? plural(omitted.warning, 'warning') : '',
      omitted.notice > 0 ? plural(omitted.notice, 'info finding') : '',
    ].filter((p) => p !== '');
    const total = omitted.error + omitted.warning + omitted.notice;
    plan.capNotice = {
      command: 'notice',
      title: 'neglint: more findings than annotations',
      message:
        `${plural(total, 'more finding')} ${total === 1 ? 'was' : 'were'} not annotated (${parts.join(', ')}): ` +
        `GitHub shows at most ${ANNOTATION_LIMIT} error, ${ANNOTATION_LIMIT} warning and ${ANNOTATION_LIMIT} notice annotations per step. ` +
        'See the job summary, the log above or the SARIF report for all of them.',
    };
  }
  return plan;
}
