// `--format jsonl` as a stream: each finding is written as soon as the engine
// hands it on (file by file, record by record: lint-file.ts, streamOrder), so
// that a run over a file of any size holds no list of its findings. The lines
// are those of the jsonl reporter; only the order of findings about a file as
// a whole (record null) differs: they come after the file's records.

import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import path from 'node:path';
import { redactFinding } from '../engine/redact.js';
import { listRules } from '../index.js';
import { toJsonFinding } from '../reporters/common.js';
import type { Finding } from '../types.js';
import type { RunOptions } from './args.js';
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
  close(): Promise<void>;
}

interface Sink {
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Opens the report's destination (--output FILE or standard output) for streamed jsonl. */
export async function openJsonlStream(options: RunOptions, io: CliIO): Promise<FindingStream> {
  let file: WriteStream | null = null;
  if (options.output !== undefined) {
    const target = path.resolve(io.cwd, options.output);
    await fs.mkdir(path.dirname(target), { recursive: true });
    file = createWriteStream(target);
    await new Promise<void>((resolve, reject) => file!.once('open', () => resolve()).once('error', reject));
  }
  const sink: Sink = file ?? (io.stdout as Sink);
  const metas = new Map(listRules().map((m) => [m.id, m]));
  return {
    onFindings(findings) {
      let text = '';
      for (const f of findings) {
        if (options.quiet && f.severity !== 'error') continue;
        text += `${JSON.stringify(toJsonFinding(options.redact ? redactFinding(f, metas) : f, { lossless: true }))}\n`;
      }
      if (text === '') return;
      // Respect backpressure: a slow reader of a pipe must not make the run buffer its whole report.
      if (sink.write(text) === false && typeof sink.once === 'function') return new Promise<void>((resolve) => sink.once!('drain', resolve));
    },
    close: () => (file ? new Promise<void>((resolve, reject) => file!.end((error?: Error | null) => (error ? reject(error) : resolve()))) : Promise.resolve()),
  };
}
