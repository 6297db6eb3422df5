// Streaming the findings of a run split into tasks (--concurrency, --shard):
// tasks finish in any order, but findings are handed on in the order a single
// thread streams them (lint-file.ts, streamOrder), task by task as soon as
// every earlier task is done, so that memory holds the findings of the tasks
// that finished early, not those of the run.

import { hashOf } from '../engine/findings.js';
import { streamOrder } from '../engine/lint-file.js';
import type { FileResult, Finding } from '../types.js';
import type { TaskResult } from './task.js';

export const UNKNOWN = 'unknown-format';
export const MORE_UNKNOWN = /^(\d+) more records without the (.+) shape were not linted$/;
/** lint-file.ts reports this many records of unknown shape per file, then sums up the rest. */
export const UNKNOWN_REPORTED = 20;

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
  records: number;
  format: string | null;
  status: FileResult['status'];
  reason?: string;
  /** Record-null findings, emitted after the file's records. */
  held: Finding[];
  unknownKept: number;
  unknownMore: number;
  unknownShape?: string;
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
    this.states = plan.map(() => ({ done: 0, records: 0, format: null, status: 'linted', held: [], unknownKept: 0, unknownMore: 0 }));
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
        state.records += out.file.records;
        state.format = out.file.format;
        state.status = out.file.status;
        state.reason = out.file.reason;
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
    const more = f.record === null ? MORE_UNKNOWN.exec(f.message) : null;
    if (more) {
      state.unknownMore += Number(more[1]);
      state.unknownShape ??= more[2];
      state.unknownTemplate ??= f;
      return true;
    }
    if (f.record === null) return false;
    state.unknownShape ??= /the (\S+) shape/.exec(f.message)?.[1];
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
    this.files[i] = {
      path: file.displayPath,
      format: state.format,
      records: state.records,
      status: state.status,
      ...(state.reason !== undefined ? { reason: state.reason } : {}),
    };
    const held = state.held.filter(file.keep);
    if (state.unknownMore > 0 && state.unknownTemplate && state.unknownShape !== undefined) {
      const message = `${state.unknownMore} more records without the ${state.unknownShape} shape were not linted`;
      const { rowGroup: _g, ...template } = state.unknownTemplate;
      held.push({ ...template, message, line: 1, column: 1, endLine: 1, endColumn: 1, record: null, hash: hashOf(UNKNOWN, message, file.displayPath) });
    }
    state.held = [];
    if (held.length > 0) await this.onFindings(held.sort(streamOrder));
  }
}
