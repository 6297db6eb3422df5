// Streaming the findings of a run split into tasks (--concurrency, --shard):
// tasks finish in any order, but findings are handed on in the order a single
// thread streams them (lint-file.ts, streamOrder), task by task as soon as
// every earlier task is done, so that memory holds the findings of the tasks
// that finished early, not those of the run.

import { problemHash } from '../engine/findings.js';
import { streamOrder } from '../engine/lint-file.js';
import { sumTrained } from '../engine/trained.js';
import type { FileResult, Finding } from '../types.js';
import type { TaskResult } from './task.js';

export const UNKNOWN = 'unknown-format';
/** The message of lint-file.ts's summary of the records of unknown shape beyond its cap. */
export const MORE = 'more';
/** lint-file.ts reports this many records of unknown shape per file, then sums up the rest. */
export const UNKNOWN_REPORTED = 20;

/** A part's own count of the records of unknown shape beyond the cap. */
export function isMoreUnknown(f: Finding): boolean {
  return f.ruleId === UNKNOWN && f.record === null && f.messageId === MORE;
}

/** What the emitter needs to know about one file of the plan. */
export interface EmitFile {
  displayPath: string;
  /** How many tasks (ranges) the file was split into. */
  tasks: number;
  /** Keeps a finding or not (--shard-by record); applied after the unknown-shape cap, as for a whole file. */
  keep: (finding: Finding) => boolean;
}

interface FileState {
  done: number;
  failed?: string;
  /** The tasks' file results (records and trained text add up). */
  parts: FileResult[];
  /** Record-null findings, emitted after the file's records. */
  held: Finding[];
  unknownKept: number;
  unknownMore: number;
  unknownFormat?: string | number;
  unknownTemplate?: Finding;
}

export class OrderedEmitter {
  private readonly owner: number[] = [];
  private readonly states: FileState[];
  private readonly waiting = new Map<number, TaskResult>();
  private next = 0;
  private chain: Promise<void> = Promise.resolve();
  readonly files: (FileResult | undefined)[];

  constructor(
    private readonly plan: EmitFile[],
    private readonly onFindings: (findings: Finding[]) => void | Promise<void>,
    private readonly onFailure: (file: number, message: string, result: Extract<TaskResult, { ok: false }>) => void,
  ) {
    plan.forEach((f, i) => {
      for (let t = 0; t < f.tasks; t++) this.owner.push(i);
    });
    this.states = plan.map(() => ({ done: 0, parts: [], held: [], unknownKept: 0, unknownMore: 0 }));
    this.files = plan.map(() => undefined);
  }

  /** Task `k` (in plan order) finished; resolves when whatever became emittable has been handed on. */
  done(k: number, result: TaskResult): Promise<void> {
    this.waiting.set(k, result);
    this.chain = this.chain.then(() => this.drain());
    return this.chain;
  }

  private async drain(): Promise<void> {
    while (this.waiting.has(this.next)) {
      const k = this.next++;
      const result = this.waiting.get(k)!;
      this.waiting.delete(k);
      const i = this.owner[k]!;
      const state = this.states[i]!;
      const file = this.plan[i]!;
      state.done++;
      if (!result.ok) {
        // Findings of the file's earlier ranges are out already; the file is reported as failed (exit 2).
        if (state.failed === undefined) {
          state.failed = result.message;
          this.onFailure(i, result.message, result);
        }
      } else if (state.failed === undefined) {
        const out = result.output;
        state.parts.push(out.file);
        const now: Finding[] = [];
        for (const f of out.findings.sort(streamOrder)) {
          if (f.ruleId === UNKNOWN && this.capped(state, f)) continue;
          if (f.record === null) state.held.push(f);
          else if (file.keep(f)) now.push(f);
        }
        if (now.length > 0) await this.onFindings(now);
      }
      if (state.done === file.tasks) await this.finish(i);
    }
  }

  /** The unknown-shape cap over the whole file: the first 20 records stay, the rest are counted (recapUnknownFormat). */
  private capped(state: FileState, f: Finding): boolean {
    if (isMoreUnknown(f)) {
      state.unknownMore += Number(f.data?.count ?? 0);
      state.unknownFormat ??= f.data?.format;
      state.unknownTemplate ??= f;
      return true;
    }
    if (f.record === null) return false;
    state.unknownFormat ??= f.data?.format;
    state.unknownTemplate ??= f;
    if (state.unknownKept < UNKNOWN_REPORTED) {
      state.unknownKept++;
      return false;
    }
    state.unknownMore++;
    return true;
  }

  private async finish(i: number): Promise<void> {
    const state = this.states[i]!;
    const file = this.plan[i]!;
    if (state.failed !== undefined) {
      this.files[i] = { path: file.displayPath, format: null, records: 0, status: 'error', reason: state.failed };
      return;
    }
    // As lint-file.ts reports a whole file: the last part's format and status, the records and trained text of all.
    const last = state.parts[state.parts.length - 1]!;
    this.files[i] = {
      path: file.displayPath,
      format: last.format,
      records: state.parts.reduce((n, f) => n + f.records, 0),
      status: last.status,
      ...(last.reason !== undefined ? { reason: last.reason } : {}),
      ...sumTrained(state.parts),
    };
    const held = state.held.filter(file.keep);
    if (state.unknownMore > 0 && state.unknownTemplate && state.unknownFormat !== undefined) {
      const data = { count: state.unknownMore, format: state.unknownFormat };
      const { rowGroup: _g, message: _m, ...template } = state.unknownTemplate;
      held.push({ ...template, messageId: MORE, data, line: 1, column: 1, endLine: 1, endColumn: 1, record: null, hash: problemHash({ ruleId: UNKNOWN, messageId: MORE, data }, file.displayPath) });
    }
    state.held = [];
    if (held.length > 0) await this.onFindings(held.sort(streamOrder));
  }
}
