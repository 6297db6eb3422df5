// Baselines (`--baseline FILE`, `--update-baseline`): adopt neglint on a
// dataset that already has findings, and fail only on new ones.
//
// An entry keys a finding by file, rule and the finding's `hash`, which is a
// hash of the rule id, the normalised claim text and the raw text of the
// record it is in. Line numbers are not part of the key, so records inserted
// or removed above a baselined one leave it baselined; editing the record
// itself makes its findings new (the text a model trains on changed). A
// Markdown or text file is one record, so editing it re-surfaces its findings.
// `count` covers identical findings (duplicate records are common in datasets).
//
// The file is JSON, one entry per line, sorted, so that it diffs and merges
// well in review; it is written atomically (a temporary file, then rename) and
// only when its content changes.

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import type { Finding, LintResults } from '../types.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** The file, relative to the baseline file's directory, with forward slashes. */
  path: string;
  ruleId: string;
  hash: string;
  /** How many identical findings are recorded (at least 1). */
  count: number;
}

export interface Baseline {
  version: 1;
  tool: { name: 'neglint'; version: string };
  entries: BaselineEntry[];
}

/** How finding paths (as reported, relative to cwd) relate to the baseline file's paths. */
export interface BaselineContext {
  /** The working directory the reported paths are relative to. */
  cwd: string;
  /** Absolute path of the baseline file. */
  file: string;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.hash, b.hash);
}

/** A reported path (relative to cwd, or absolute) as the baseline records it: relative to the baseline's directory. */
export function baselinePath(reported: string, context: BaselineContext): string {
  const absolute = path.resolve(context.cwd, reported);
  const relative = path.relative(path.dirname(path.resolve(context.cwd, context.file)), absolute);
  return relative.split(path.sep).join('/');
}

function keyOf(entryPath: string, ruleId: string, hash: string): string {
  return `${entryPath}\u0000${ruleId}\u0000${hash}`;
}

/** Reads and checks a baseline file; null when it does not exist. Throws a UsageError (exit 2) for a broken one. */
export async function readBaseline(file: string): Promise<Baseline | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`cannot read baseline ${file}: ${(error as Error).message}`);
  }
  return parseBaseline(text, file);
}

export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`baseline ${file} is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const bad = (why: string) => new UsageError(`baseline ${file} is not a neglint baseline: ${why}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('expected a JSON object');
  const obj = value as Record<string, unknown>;
  if (obj.version !== BASELINE_VERSION) throw bad(`unsupported version ${JSON.stringify(obj.version)} (expected ${BASELINE_VERSION})`);
  if (!Array.isArray(obj.entries)) throw bad('"entries" must be an array');
  const entries = obj.entries.map((e: unknown, i): BaselineEntry => {
    if (typeof e !== 'object' || e === null) throw bad(`entry ${i} is not an object`);
    const r = e as Record<string, unknown>;
    for (const key of ['path', 'ruleId', 'hash'] as const) {
      if (typeof r[key] !== 'string' || r[key] === '') throw bad(`entry ${i}: "${key}" must be a non-empty string`);
    }
    const count = r.count === undefined ? 1 : r.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw bad(`entry ${i}: "count" must be a whole number of at least 1`);
    return { path: r.path as string, ruleId: r.ruleId as string, hash: r.hash as string, count };
  });
  const tool = obj.tool as { version?: unknown } | undefined;
  return { version: 1, tool: { name: 'neglint', version: typeof tool?.version === 'string' ? tool.version : '' }, entries };
}

export interface ApplyOptions extends BaselineContext {
  /**
   * Reported paths of the files this run linted. Only their entries can be
   * stale: a run over a subset of the files says nothing about the others.
   */
  linted: Iterable<string>;
  /**
   * The run saw only part of each file (--changed-since, --shard by record):
   * an entry that matched nothing may belong to a record that was not linted,
   * so nothing is reported stale.
   */
  partial?: boolean;
}

export interface ApplyResult {
  /** Findings the baseline does not hide, in their original order. */
  findings: Finding[];
  /** Findings hidden. */
  baselined: number;
  /** Recorded findings (entry counts) in linted files that no finding matched. */
  stale: number;
}

/** Hides findings recorded in the baseline, each entry up to its count. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, options: ApplyOptions): ApplyResult {
  const left = new Map<string, number>();
  for (const e of baseline.entries) {
    const key = keyOf(e.path, e.ruleId, e.hash);
    left.set(key, (left.get(key) ?? 0) + e.count);
  }
  const kept: Finding[] = [];
  let baselined = 0;
  for (const f of findings) {
    const key = keyOf(baselinePath(f.path, options), f.ruleId, f.hash);
    const n = left.get(key) ?? 0;
    if (n > 0 && f.hash !== '') {
      left.set(key, n - 1);
      baselined++;
    } else kept.push(f);
  }
  let stale = 0;
  if (!options.partial) {
    const linted = new Set([...options.linted].map((p) => baselinePath(p, options)));
    for (const e of baseline.entries) {
      if (!linted.has(e.path)) continue;
      const key = keyOf(e.path, e.ruleId, e.hash);
      const n = left.get(key) ?? 0;
      // Entries with the same key share one pool: count the leftover once.
      if (n > 0) {
        stale += n;
        left.set(key, 0);
      }
    }
  }
  return { findings: kept, baselined, stale };
}

export interface UpdateOptions extends ApplyOptions {
  toolVersion: string;
}

/**
 * The baseline that records `findings` (all of them, before any baseline is
 * applied). Entries of files this run did not lint are kept as they were; in
 * a partial run the entries of linted files are kept too, and counts only grow.
 */
export function buildBaseline(findings: readonly Finding[], previous: Baseline | null, options: UpdateOptions): Baseline {
  const counts = new Map<string, BaselineEntry>();
  const add = (e: BaselineEntry, merge: 'sum' | 'max') => {
    const key = keyOf(e.path, e.ruleId, e.hash);
    const had = counts.get(key);
    if (!had) counts.set(key, { ...e });
    else had.count = merge === 'sum' ? had.count + e.count : Math.max(had.count, e.count);
  };
  for (const f of findings) {
    if (f.hash === '') continue;
    add({ path: baselinePath(f.path, options), ruleId: f.ruleId, hash: f.hash, count: 1 }, 'sum');
  }
  if (previous) {
    const linted = new Set([...options.linted].map((p) => baselinePath(p, options)));
    for (const e of previous.entries) {
      if (options.partial || !linted.has(e.path)) add(e, 'max');
    }
  }
  return { version: 1, tool: { name: 'neglint', version: options.toolVersion }, entries: [...counts.values()].sort(compareEntries) };
}

/** The file's text: stable key order, one entry per line, a final newline. */
export function formatBaseline(baseline: Baseline): string {
  const entries = [...baseline.entries].sort(compareEntries).map((e) => `    ${JSON.stringify({ path: e.path, ruleId: e.ruleId, hash: e.hash, count: e.count })}`);
  return [
    '{',
    `  "version": ${baseline.version},`,
    `  "tool": ${JSON.stringify({ name: baseline.tool.name, version: baseline.tool.version })},`,
    entries.length === 0 ? '  "entries": []' : `  "entries": [\n${entries.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}

/**
 * Writes `text` to `file` through a temporary file in the same directory and
 * a rename, so a reader never sees half a baseline. Returns false, leaving the
 * file alone, when it already holds exactly this text.
 */
export async function writeFileAtomic(file: string, text: string): Promise<boolean> {
  const current = await fs.readFile(file, 'utf8').catch(() => null);
  if (current === text) return false;
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return true;
}

/** The results with the baseline's findings hidden, and the counts reporters print. */
export function withBaseline(results: LintResults, applied: ApplyResult): LintResults {
  const summary = { ...results.summary, errors: 0, warnings: 0, infos: 0 };
  for (const f of applied.findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return { ...results, findings: applied.findings, summary, baselined: applied.baselined, staleBaseline: applied.stale };
}
