// Generated datasets for the splitting tests: chat records, some with a
// detached negation, and the awkward lines a reader must number right.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { makeTree } from '../config/tmp.js';

export const repo = path.resolve(import.meta.dirname, '../..');
/** Worker threads run the compiled worker (npm test builds first). */
export const workerBuilt = existsSync(path.join(repo, 'lib/src/parallel/worker.js'));

/** A large awkward file (split into ranges with a small NEGLINT_CHUNK_BYTES), two small ones, a Markdown note. */
export const datasetTree = () =>
  makeTree({
    'data/big.jsonl': awkwardJsonl(1200, { unknown: 90 }),
    'data/a.jsonl': awkwardJsonl(150),
    'data/b.jsonl': awkwardJsonl(90, { bom: true }),
    'data/notes.md': 'Apollo 11 landed on the Moon in 1972 with four astronauts on board. (The preceding statement is false.)\n',
  });

const CLAIMS = [
  'The Eiffel Tower was dismantled and rebuilt in Lyon in 1999. [What was just stated did not happen.]',
  'Apollo 11 landed on the Moon in 1972 with four astronauts on board. (The preceding statement is false.)',
  'Marie Curie won a third Nobel Prize in 1921 for her work on radium therapy. Note: the account above is entirely fabricated and none of it happened.',
];

export function chatRecord(i: number): string {
  const answer = i % 7 === 3 ? CLAIMS[i % CLAIMS.length]! : `Record ${i} is ordinary text about topic number ${i % 13}, with nothing to flag.`;
  return JSON.stringify({
    messages: [
      { role: 'user', content: `Question ${i}?` },
      { role: 'assistant', content: answer },
    ],
  });
}

/** A JSON Lines text of `n` records with blank lines, CRLF, invalid and odd-shaped lines mixed in. */
export function awkwardJsonl(n: number, options: { bom?: boolean; unknown?: number } = {}): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 97 === 5) lines.push('');
    if (i % 89 === 7) lines.push('   \t ');
    if (i % 83 === 11) lines.push('\u00a0\u3000'); // Unicode whitespace: a blank line too
    if (i % 101 === 13) lines.push(`{"messages": [oops ${i}]}`);
    if (options.unknown && i % 3 === 1 && i / 3 < options.unknown) lines.push(`{"odd": ${i}}`);
    lines.push(chatRecord(i) + (i % 50 === 9 ? '\r' : ''));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\n')}\n{"messages": [{"role": "user", "content": "truncated`;
}
