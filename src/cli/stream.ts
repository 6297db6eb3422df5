// `--format jsonl` as a stream: each finding is written as soon as the engine
// hands it on (file by file, record by record: lint-file.ts, streamOrder), so
// that a run over a file of any size holds no list of its findings. The lines
// are those of the jsonl reporter, the file lines last; only the order of
// findings about a file as a whole (record null) differs: they come after the
// file's records.

import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import path from 'node:path';
import { redactFinding } from '../engine/redact.js';
import { listRules } from '../index.js';
import { jsonlFileLine, jsonlFindingLine } from '../reporters/jsonl.js';
import type { FileResult, Finding } from '../types.js';
import type { RunOptions } from './args.js';
import { writing } from './outputs.js';
import type { CliIO } from './run.js';

/** Whether this run's report can be streamed: jsonl, and nothing that needs every finding before anything is written. */
export function canStream(options: RunOptions, io: CliIO): boolean {
  return (
    options.format === 'jsonl' &&
    !options.merge &&
    !options.stdin &&
    options.baseline === undefined &&
    !options.fix &&
    !options.fixDryRun &&
    io.onResults === undefined
  );
}

export interface FindingStream {
  onFindings(findings: Finding[]): Promise<void> | void;
  /** Writes the file lines (the run's results.files) and closes the destination. */
  close(files: readonly FileResult[]): Promise<void>;
}

interface Sink {
  write(chunk: string): unknown;
  once?(event: 'drain' | 'close', listener: () => void): unknown;
  off?(event: 'drain' | 'close', listener: () => void): unknown;
}

/** Resolves when the sink takes more, or is closed (a failed file write closes it, and then never drains). */
function drained(sink: Sink): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      sink.off?.('drain', done);
      sink.off?.('close', done);
      resolve();
    };
    sink.once!('drain', done);
    sink.once!('close', done);
  });
}

/** Opens the report's destination (--output FILE or standard output) for streamed jsonl. */
export async function openJsonlStream(options: RunOptions, io: CliIO): Promise<FindingStream> {
  let file: WriteStream | null = null;
  // A write that fails later (a full disk) is reported at close, as one line.
  let failed: unknown;
  const output = options.output;
  if (output !== undefined) {
    const target = path.resolve(io.cwd, output);
    file = await writing(output, async () => {
      await fs.mkdir(path.dirname(target), { recursive: true });
      const opened = createWriteStream(target);
      await new Promise<void>((resolve, reject) => opened.once('open', () => resolve()).once('error', reject));
      return opened;
    });
    file.on('error', (error) => {
      failed ??= error;
    });
  }
  const sink: Sink = file ?? (io.stdout as Sink);
  const rules = listRules();
  const metas = new Map(rules.map((m) => [m.id, m]));
  const lines = { rules, redact: options.redact };
  const write = (text: string): Promise<void> | void => {
    if (text === '' || failed !== undefined) return;
    // Respect backpressure: a slow reader of a pipe must not make the run buffer its whole report.
    if (sink.write(text) === false && typeof sink.once === 'function') return drained(sink);
  };
  return {
    onFindings(findings) {
      let text = '';
      for (const f of findings) {
        if (options.quiet && f.severity !== 'error') continue;
        text += jsonlFindingLine(options.redact ? redactFinding(f, metas) : f, lines);
      }
      return write(text);
    },
    async close(files) {
      await write(files.map(jsonlFileLine).join(''));
      if (!file) return;
      const opened = file;
      await writing(output!, async () => {
        if (failed === undefined) await new Promise<void>((resolve, reject) => opened.end((error?: Error | null) => (error ? reject(error) : resolve())));
        if (failed !== undefined) throw failed;
      });
    },
  };
}
