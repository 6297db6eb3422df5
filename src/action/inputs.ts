// Reading a GitHub Action's inputs (through @actions/core, which reads the
// runner's INPUT_* variables) and its event payload.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { parse } from 'shell-quote';

export type Env = Record<string, string | undefined>;

/** An action input is a configuration error of the workflow (exit 2). */
export class InputError extends Error {
  override name = 'InputError';
}

/** An input, trimmed ('' when not set). */
export function getInput(name: string): string {
  return core.getInput(name);
}

/** A YAML 1.2 core-schema boolean (true, True, TRUE, false, ...); `fallback` when empty. */
export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(`input "${name}" must be true or false, got "${value}"`);
  }
}

/** A multi-line input: one entry per non-empty line. */
export function getMultilineInput(name: string): string[] {
  return core.getMultilineInput(name).filter((line) => line !== '');
}

/**
 * A command line given as one string (the `args` input), split as a POSIX
 * shell splits words: quotes, backslash escapes, `#` comments. Nothing is
 * expanded ($VAR stays as written; globs go to neglint, which expands them)
 * and nothing runs: a shell operator such as `|`, `;` or `>` is an error.
 */
export function splitArgs(name: string, value: string): string[] {
  const words: string[] = [];
  for (const entry of parse(value, (key) => `$${key}`)) {
    if (typeof entry === 'string') words.push(entry);
    else if ('comment' in entry) continue;
    else if ('op' in entry && entry.op === 'glob') words.push(entry.pattern);
    else if ('op' in entry) {
      throw new InputError(`input "${name}": "${entry.op}" is a shell operator; the words are passed to neglint, not run by a shell (quote it to pass it literally)`);
    }
  }
  return words;
}

export interface ChangeRange {
  /** The commit to compare the working tree with. */
  base: string;
  /** For people: where the base came from. */
  source: string;
}

const ZERO_SHA = /^0+$/;

function readEvent(env: Env): Record<string, unknown> | null {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return null;
  try {
    const event: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) && !ZERO_SHA.test(value) ? value : undefined;
}

/**
 * The base commit of the change this run is about, from the event payload:
 * a pull request's base SHA, a merge queue group's base SHA, or a push's
 * `before`. Undefined for other events (and for the first push of a branch).
 *
 * The working tree (the PR's merge commit or head, whichever was checked out)
 * is compared with the merge base of this commit and HEAD, so line numbers
 * are those of the checked-out files.
 */
export function changeRange(env: Env): ChangeRange | undefined {
  const event = readEvent(env);
  if (!event) return undefined;
  const name = env.GITHUB_EVENT_NAME ?? '';
  if (name === 'pull_request' || name === 'pull_request_target' || name === 'pull_request_review' || field(event, 'pull_request') !== undefined) {
    const base = sha(field(event, 'pull_request', 'base', 'sha'));
    return base ? { base, source: 'the pull request base' } : undefined;
  }
  if (name === 'merge_group') {
    const base = sha(field(event, 'merge_group', 'base_sha'));
    return base ? { base, source: 'the merge group base' } : undefined;
  }
  if (name === 'push') {
    const base = sha(field(event, 'before'));
    return base ? { base, source: 'the commit before the push' } : undefined;
  }
  return undefined;
}

/** Whether the event is about a change with a base (a pull request, a merge group, a push). */
export function isChangeEvent(env: Env): boolean {
  return ['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group', 'push'].includes(env.GITHUB_EVENT_NAME ?? '');
}
