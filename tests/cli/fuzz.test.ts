// Seeded fuzzing of the fixture files (issue 8): every mutant is linted
// through the real command line without a crash or a hang, and no record that
// is still valid JSON is lost: each is counted, each broken line costs its
// own record only (one invalid-record finding there) and never the file.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { neglint } from './run-real.js';

const repo = path.resolve(import.meta.dirname, '../..');
const SEED = 0x5eed8;
const MUTANTS = 120;

/** mulberry32: small, seeded, the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sources(): string[] {
  const out: string[] = [];
  const add = (dir: string) => {
    for (const name of readdirSync(path.join(repo, dir))) if (name.endsWith('.jsonl')) out.push(path.join(repo, dir, name));
  };
  add('fixtures/formats');
  add('fixtures/demo');
  for (const rule of readdirSync(path.join(repo, 'fixtures/rules'))) add(`fixtures/rules/${rule}`);
  return out.sort();
}

const NASTY = [[0], [0xff], [0xc3], [0xe2, 0x80, 0xae], [0x1b, 0x5b, 0x32, 0x4a], [0x0d], [0x22], [0x5c], [0x7b], [0x7d], [0x0a], [0xef, 0xbb, 0xbf]];

/** A few byte-level mutations: replace, insert, delete, truncate a line, duplicate a line. */
function mutate(bytes: Buffer, rand: () => number): Buffer {
  let b = Buffer.from(bytes);
  const n = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(rand() * b.length);
    const nasty = Buffer.from(NASTY[Math.floor(rand() * NASTY.length)]!);
    switch (Math.floor(rand() * 5)) {
      case 0:
        b = Buffer.concat([b.subarray(0, at), nasty, b.subarray(at + 1)]);
        break;
      case 1:
        b = Buffer.concat([b.subarray(0, at), nasty, b.subarray(at)]);
        break;
      case 2:
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1 + Math.floor(rand() * 8))]);
        break;
      case 3: {
        const nl = b.indexOf(10, at);
        b = nl === -1 ? b.subarray(0, at) : Buffer.concat([b.subarray(0, at), b.subarray(nl)]);
        break;
      }
      default: {
        const start = b.lastIndexOf(10, at) + 1;
        const end = b.indexOf(10, at);
        const line = b.subarray(start, end === -1 ? b.length : end + 1);
        b = Buffer.concat([b.subarray(0, start), line, line, b.subarray(start)]);
      }
    }
  }
  return b;
}

/** What the JSON Lines reader must make of the bytes: for each non-blank line, whether it is a record. */
function expected(bytes: Buffer): boolean[] {
  const out: boolean[] = [];
  let lines = bytes.toString('utf8').split('\n');
  if (lines[0]!.startsWith('\uFEFF')) lines = [lines[0]!.slice(1), ...lines.slice(1)];
  for (let line of lines) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') continue;
    try {
      JSON.parse(line);
      out.push(true);
    } catch {
      out.push(false);
    }
  }
  return out;
}

describe('fuzzed fixtures', () => {
  it(`${MUTANTS} seeded mutants: no crash, no hang, no lost valid record`, async () => {
    const rand = random(SEED);
    const files = sources();
    const root = makeTree({});
    for (let i = 0; i < MUTANTS; i++) {
      const source = files[Math.floor(rand() * files.length)]!;
      const bytes = mutate(readFileSync(source), rand);
      const name = `m${i}.jsonl`;
      writeFileSync(path.join(root, name), bytes);
      const run = await neglint([name, '--format', 'json'], root);
      const what = `mutant ${i} of ${path.relative(repo, source)} (seed ${SEED})`;
      expect(run.stderr, what).toBe('');
      expect([0, 1], what).toContain(run.code);
      const report = JSON.parse(run.stdout);
      const lines = expected(bytes);
      if (lines.length === 0) continue;
      expect(report.files[0].status, what).toBe('linted');
      expect(report.files[0].records, what).toBe(lines.filter(Boolean).length);
      const invalid = new Set(
        (report.findings as Array<{ ruleId: string; record: number | null }>).filter((f) => f.ruleId === 'invalid-record' && f.record !== null).map((f) => f.record),
      );
      lines.forEach((ok, index) => {
        if (!ok) expect(invalid.has(index), `${what}: line record ${index} is broken and must be reported`).toBe(true);
      });
    }
  }, 120_000);
});
