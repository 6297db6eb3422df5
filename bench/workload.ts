/**
 * What the benchmarks share: a deterministic generated chat dataset (the same
 * bytes on every run and machine), the median, and writing one section of
 * bench/RESULTS.md without touching the others.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const bin = join(root, 'bin', 'neglint.js');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function* random(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x / 2147483648;
  }
}

const SUBJECTS = ['The river', 'Our team', 'The museum', 'A new study', 'The city council', 'The recipe', 'This library', 'The train'];
const VERBS = ['opened in', 'improved by', 'moved to', 'reported on', 'grew in', 'closed during', 'expanded across', 'was rebuilt in'];
const OBJECTS = ['1998', 'the spring', 'northern Italy', 'three percent', 'the last decade', 'March', 'two new sites', 'the harbour district'];
const CUED = [
  'Note that the following figures are estimates.',
  'Some people believe this is false, but the records agree.',
  'The claim above comes from the annual report.',
  'The preceding statement is false.',
];

/** Ordinary chat records: six sentences per answer, ~2% of them with a cue word. */
export function generateChat(path: string, mb: number, seed = 42): void {
  const r = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r.next().value! * xs.length)]!;
  const sentence = () => (r.next().value! < 0.02 ? pick(CUED) : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`);
  const lines: string[] = [];
  let bytes = 0;
  while (bytes < mb * 1e6) {
    const line = JSON.stringify({
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: `Tell me about ${pick(OBJECTS)}.` },
        { role: 'assistant', content: Array.from({ length: 6 }, sentence).join(' ') },
      ],
    });
    lines.push(line);
    bytes += line.length + 1;
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Replace (or add) one "## heading" section of bench/RESULTS.md; read right before writing, others own other sections. */
export function writeResultsSection(heading: string, command: string, body: string): void {
  const results = join(root, 'bench', 'RESULTS.md');
  const existing = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmark results\n\nRegenerate with the command named in each section.\n';
  const title = `## ${heading}`;
  const section = `${title}\n\n\`${command}\`\n\n${body}\n`;
  const start = existing.indexOf(title);
  let next: string;
  if (start < 0) next = `${existing.trimEnd()}\n\n${section}`;
  else {
    const after = existing.indexOf('\n## ', start + title.length);
    next = existing.slice(0, start) + section + (after < 0 ? '' : existing.slice(after + 1));
  }
  writeFileSync(results, next);
}
