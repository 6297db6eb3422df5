// Reading a GitHub Action's inputs (INPUT_* variables) and its event payload.
// Small on purpose: what @actions/core does for inputs, without the dependency.
import { readFileSync } from 'node:fs';

export type Env = Record<string, string | undefined>;

/** An action input is a configuration error of the workflow (exit 2). */
export class InputError extends Error {
  override name = 'InputError';
}

/** An input as the runner passes it: `INPUT_<NAME>`, upper case, spaces as underscores; trimmed. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The YAML 1.2 core-schema booleans, as @actions/core reads them; `fallback` when empty. */
export function getBooleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false, got "${value}"`);
}

/** A multi-line input: one entry per non-empty line. */
export function getMultilineInput(env: Env, name: string): string[] {
  return getInput(env, name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
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
