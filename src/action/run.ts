// The GitHub Action: a thin wrapper around the CLI. Inputs become command-line
// flags, the CLI's main() does all the linting (config, file discovery,
// --changed-since, baseline, --redact, exit status), and this module only
// presents its results the GitHub way: annotations within GitHub's limits, a
// job summary, step outputs and an optional SARIF file. The runner's plumbing
// (inputs, outputs, the summary file, annotation commands) is @actions/core's.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as core from '@actions/core';
import path from 'node:path';
import { main } from '../cli/main.js';
import { exitCodeFor } from '../cli/run.js';
import { toolVersion } from '../cli/version.js';
import { FALLBACK_NOTE } from '../git/changed.js';
import { listRules } from '../index.js';
import { plural } from '../reporters/common.js';
import type { Annotation } from '../reporters/github.js';
import { sarif } from '../reporters/sarif.js';
import type { LintResults, ReporterOptions } from '../types.js';
import { lfsAnnotation, LFS_RULE, planAnnotations, type ExtraAnnotation } from './annotations.js';
import { changeRange, getBooleanInput, getInput, getMultilineInput, InputError, isChangeEvent, splitArgs, type Env } from './inputs.js';
import { jobSummary } from './summary.js';

export interface ActionIO {
  /** The environment of the CLI and of the event (the inputs are read by @actions/core, from process.env). */
  env: Env;
  /** The step's log. */
  stdout: { write(chunk: string): unknown };
  cwd: string;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
type FailLevel = (typeof FAIL_LEVELS)[number];

/** What the action's inputs ask the CLI for. */
export interface ActionPlan {
  argv: string[];
  failOn: FailLevel;
  maxWarnings?: number;
  redact: boolean;
  sarifFile?: string;
  /** What is linted, for people. */
  scope: string;
  /** Notes of the action's own (e.g. no base commit in the event). */
  notes: string[];
}

/**
 * Flags that have an input of their own: given in `args` they would fight
 * with it (the action reads fail-on and max-warnings back for its failure
 * line), so they are refused, naming the input.
 */
const OWN_INPUTS: Record<string, string> = {
  '--config': 'config',
  '-c': 'config',
  '--fail-on': 'fail-on',
  '--max-warnings': 'max-warnings',
  '--baseline': 'baseline',
  '--redact': 'redact',
  '--changed-since': 'only-changed',
  '--concurrency': 'concurrency',
};

/** The `args` input: more neglint flags (`--rule id=warning --profile whole-conversation`), split like a shell would. */
export function extraArgs(value: string): string[] {
  const words = splitArgs('args', value);
  for (const word of words) {
    const flag = word.startsWith('--') ? word.split('=')[0]! : word;
    const input = OWN_INPUTS[flag];
    if (input !== undefined) throw new InputError(`input "args": ${flag} has an input of its own; set "${input}" instead`);
  }
  return words;
}

/** Inputs -> CLI arguments. Throws InputError for a value the CLI would not get to judge. */
export function planFromInputs(env: Env): ActionPlan {
  const argv: string[] = [];
  const notes: string[] = [];
  const config = getInput('config');
  if (config !== '') argv.push('--config', config);
  const failOnInput = getInput('fail-on') || 'error';
  argv.push('--fail-on', failOnInput);
  const maxWarnings = getInput('max-warnings');
  if (maxWarnings !== '') argv.push('--max-warnings', maxWarnings);
  const baseline = getInput('baseline');
  if (baseline !== '') argv.push('--baseline', baseline);
  const redact = getBooleanInput('redact', false);
  if (redact) argv.push('--redact');
  const concurrency = getInput('concurrency');
  if (concurrency !== '') argv.push('--concurrency', concurrency);
  if (env.RUNNER_DEBUG === '1') argv.push('--debug');

  let scope = 'all dataset files';
  if (getBooleanInput('only-changed', true)) {
    const range = changeRange(env);
    if (range) {
      argv.push('--changed-since', range.base);
      scope = `changes since ${range.base.slice(0, 12)} (${range.source})`;
    } else if (isChangeEvent(env)) {
      notes.push(`only-changed: the ${env.GITHUB_EVENT_NAME} event has no base commit; linting all files`);
    }
  }
  argv.push(...extraArgs(getInput('args')));

  const files = getMultilineInput('files');
  if (files.length > 0) scope += ` matching ${files.join(', ')}`;
  argv.push('--', ...files);

  const sarifFile = getInput('sarif-file');
  return {
    argv,
    failOn: (FAIL_LEVELS as readonly string[]).includes(failOnInput) ? (failOnInput as FailLevel) : 'error',
    maxWarnings: /^-?\d+$/.test(maxWarnings) && Number(maxWarnings) >= 0 ? Number(maxWarnings) : undefined,
    redact,
    sarifFile: sarifFile === '' ? undefined : sarifFile,
    scope,
    notes,
  };
}

/** Issues an annotation (a workflow command on the step's log) through @actions/core. */
export function issue(a: Annotation): void {
  const properties: core.AnnotationProperties = {
    title: a.title,
    file: a.file,
    startLine: a.line,
    startColumn: a.col,
    endLine: a.endLine,
    endColumn: a.endColumn,
  };
  if (a.command === 'error') core.error(a.message, properties);
  else if (a.command === 'warning') core.warning(a.message, properties);
  else core.notice(a.message, properties);
}

function lines(chunks: string[]): string[] {
  return chunks
    .join('')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '');
}

/** The failure line for exit status 1. */
function failureText(results: LintResults, plan: ActionPlan): string {
  const s = results.summary;
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info finding')}`;
  // The CLI's own rule for the warning limit (its message when only the limit fails the run).
  const limit = exitCodeFor(s, 'never', plan.maxWarnings).message;
  if (exitCodeFor(s, plan.failOn).code === 1) return `neglint found ${counts} (fail-on: ${plan.failOn})${limit ? `; ${limit}` : ''}`;
  return `neglint: ${limit ?? `found ${counts}`}`;
}

/** Runs the action; returns the exit status (0 pass, 1 findings, 2 configuration or internal error). */
export async function runAction(io: ActionIO): Promise<number> {
  const { env } = io;
  const cwd = env.GITHUB_WORKSPACE || io.cwd;
  const write = (text: string) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

  let plan: ActionPlan;
  try {
    plan = planFromInputs(env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    issue({ command: 'error', title: 'neglint: bad input', message: error.message });
    return 2;
  }

  // The CLI does the work; its report goes to the log, its results come back here.
  const out: string[] = [];
  const err: string[] = [];
  let results: LintResults | null = null;
  const code = await main(plan.argv, {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk) },
    cwd,
    env,
    onResults: (r) => {
      results = r;
    },
  });
  const finished = results as LintResults | null;
  const stderrLines = lines(err);
  const notes = [...plan.notes, ...stderrLines.filter((l) => !l.startsWith('    at '))];

  // Dataset text (and file names) in the report must not be read as workflow commands.
  const token = `neglint-${randomBytes(16).toString('hex')}`;
  write(`::stop-commands::${token}`);
  if (out.length > 0) write(out.join(''));
  for (const note of [...plan.notes, ...stderrLines]) write(note);
  write(`::${token}::`);

  const reporterOptions: ReporterOptions = { color: false, quiet: false, redact: plan.redact, cwd, toolVersion: toolVersion(), rules: listRules() };

  // Annotations that are always shown: the failure, the LFS note, the --changed-since notes.
  const extras: ExtraAnnotation[] = [];
  let failure: string | undefined;
  if (code === 2) {
    failure = stderrLines.find((l) => l.startsWith('neglint: ') && !l.includes(FALLBACK_NOTE)) ?? stderrLines[0] ?? 'neglint failed';
    extras.push({ command: 'error', title: 'neglint could not finish', message: failure });
  } else if (code === 1 && finished) {
    failure = failureText(finished, plan);
    extras.push({ command: 'error', title: 'neglint', message: failure });
  }
  for (const note of notes.filter((n) => n.includes('--changed-since') || n.startsWith('only-changed'))) {
    extras.push({ command: 'notice', title: 'neglint: what was linted', message: note });
  }
  const lfs = finished ? lfsAnnotation(finished.findings.filter((f) => f.ruleId === LFS_RULE)) : undefined;
  if (lfs) extras.push(lfs);

  if (finished) {
    const annotations = planAnnotations(finished, extras, reporterOptions);
    for (const annotation of annotations.findings) issue(annotation);
    if (annotations.capNotice) issue(annotations.capNotice);
  }
  // The failure line last, where people look first.
  for (const extra of extras.filter((e) => e.command !== 'error')) issue(extra);
  for (const extra of extras.filter((e) => e.command === 'error')) issue(extra);

  let sarifPath = '';
  if (plan.sarifFile !== undefined && finished) {
    sarifPath = path.resolve(cwd, plan.sarifFile);
    mkdirSync(path.dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, sarif(finished, reporterOptions), 'utf8');
  }

  const fellBack = notes.some((n) => n.includes(FALLBACK_NOTE));
  const summary = jobSummary({
    results: finished,
    rules: reporterOptions.rules,
    code,
    failure,
    notes,
    scope: fellBack ? `all dataset files (the base commit is not available; see the notes)` : plan.scope,
    redact: plan.redact,
  });
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();

  core.setOutput('errors', String(finished?.summary.errors ?? 0));
  core.setOutput('warnings', String(finished?.summary.warnings ?? 0));
  core.setOutput('files', String(finished?.summary.files ?? 0));
  core.setOutput('sarif-file', sarifPath);
  return code;
}
