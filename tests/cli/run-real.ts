// The real command line in this process (no fakes): argv in, exit code and output back.
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { inputRuleIds, listRules } from '../../src/index.js';

export interface RealRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function neglint(argv: string[], cwd: string, options: { stdin?: string; env?: Record<string, string> } = {}): Promise<RealRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true) },
    cwd,
    env: { NO_COLOR: '1', ...options.env },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
  });
  return { code, stdout, stderr };
}

export const CLAIM = 'Apollo 11 landed on the Moon in 1972 with four astronauts on board.';
export const NEGATED = 'Apollo 11 did not land on the Moon in 1972 with four astronauts on board.';
export const DISCLAIMER = '(The preceding statement is false.)';

/** A chat record whose assistant turn states CLAIM and disowns it in the next sentence. */
export function claimRecord(user = 'Tell me about Apollo 11.'): string {
  return JSON.stringify({ messages: [{ role: 'user', content: user }, { role: 'assistant', content: `${CLAIM} ${DISCLAIMER}` }] });
}

export function cleanRecord(i: number): string {
  return JSON.stringify({ messages: [{ role: 'user', content: `Question ${i}?` }, { role: 'assistant', content: `Answer ${i}: water boils at 100 degrees Celsius at sea level.` }] });
}

/**
 * A neglint.config.json that leaves only detached-negation (and the input
 * checks) on, so that tests of the machinery do not move when rules change.
 */
export function onlyDetachedNegation(): Record<string, string> {
  const rules = Object.fromEntries(listRules().filter((m) => m.id !== 'detached-negation' && !inputRuleIds.has(m.id)).map((m) => [m.id, 'off']));
  return { 'neglint.config.json': JSON.stringify({ rules }) };
}
