// Where a run writes (--output, --fix copies, a baseline) and what goes wrong
// there. An output is never written over an input: paths can spell one file in
// many ways (a symlink, a hard link that DVC's cache or `cp -al` made, `./a/../b`),
// so files are compared by device and inode, not by name. A failed write is
// one line and exit 2, like any other I/O error.

import { promises as fs } from 'node:fs';
import { UsageError } from '../config/errors.js';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As reported. */
  displayPath: string;
}

/** Device and inode of every input that exists, keyed `dev:ino`, each naming the input. */
export type InputIdentities = Map<string, string>;

function identity(stats: { dev: number; ino: number }): string {
  return `${stats.dev}:${stats.ino}`;
}

export async function inputIdentities(inputs: readonly InputFile[]): Promise<InputIdentities> {
  const out: InputIdentities = new Map();
  for (const input of inputs) {
    const stats = await fs.stat(input.path).catch(() => null);
    if (stats) out.set(identity(stats), input.displayPath);
  }
  return out;
}

/**
 * Throws a UsageError when `target` (absolute) is one of the inputs, whatever
 * its spelling. `what` names the output to the user ("--output report.json").
 * A target that does not exist yet is no input.
 */
export async function refuseInputAsOutput(target: string, what: string, inputs: InputIdentities): Promise<void> {
  const stats = await fs.stat(target).catch(() => null);
  if (!stats) return;
  const input = inputs.get(identity(stats));
  if (input === undefined) return;
  const same = what.endsWith(` ${input}`) ? '' : ` (the same file as ${input})`;
  throw new UsageError(`${what}${same} is one of the files being linted; refusing to overwrite it`);
}

/** "EACCES: permission denied" from Node's "EACCES: permission denied, open '/x'" (the path is said elsewhere). */
export function ioReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = (e?.message ?? String(error)).split('\n')[0]!;
  if (typeof e?.code === 'string' && typeof e.syscall === 'string') {
    const cut = message.indexOf(`, ${e.syscall}`);
    if (cut > 0) return message.slice(0, cut);
  }
  return message;
}

/** The one-line error for a write that failed: `cannot write <where>: <reason>`. */
export function writeError(where: string, error: unknown): UsageError {
  return new UsageError(`cannot write ${where}: ${ioReason(error)}`);
}

/** Runs a write and turns its I/O error into the one-line UsageError. */
export async function writing<T>(where: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (typeof (error as NodeJS.ErrnoException)?.code === 'string') throw writeError(where, error);
    throw error;
  }
}
