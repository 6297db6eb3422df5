// Progress on a terminal: a bar on stderr while a run reads its files
// (records, MB read, MB/s, the percent of bytes when every file's size is
// known), one line per finished file when there are several, and a closing
// line. Drawn by cli-progress (redraws at a fixed rate, so records are counted
// at any speed without flooding the terminal); only when stderr is a
// terminal, never in a pipe, a file or a CI log, and never with --no-progress.
import type CliProgress from 'cli-progress';
import { sanitizeInline, truncate } from '../reporters/common.js';
import type { FileResult, LintProgress } from '../types.js';

/** What progress is drawn on: a terminal's stderr (process.stderr in bin/neglint.js). */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressFile {
  displayPath: string;
  /** Size on disk; undefined when it says nothing about the bytes read (gzip, standard input). */
  size?: number;
}

export interface TerminalProgress extends LintProgress {
  /** Removes the bar and prints the closing line; call before the report is written. */
  stop(): void;
}

/** Whether a run draws progress: stderr is a terminal that can move its cursor, and nobody said --no-progress. */
export function wantsProgress(stream: ProgressStream | undefined, enabled: boolean, env: Record<string, string | undefined>): stream is ProgressStream {
  return enabled && stream !== undefined && stream.isTTY === true && env.TERM !== 'dumb';
}

const MB = 1024 * 1024;

function mb(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}

function records(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'record' : 'records'}`;
}

function rate(bytes: number, seconds: number): string {
  return `${(seconds > 0 ? bytes / MB / seconds : 0).toFixed(1)} MB/s`;
}

/** Records read, MB and MB/s: the part of every line that is the same. */
function rateText(n: number, bytes: number, seconds: number): string {
  return `${records(n)} | ${mb(bytes)} MB | ${rate(bytes, seconds)}`;
}

// cli-progress and its 16 modules load only for a run that draws a bar: never in a pipe or a file.
let cliProgress: typeof CliProgress | undefined;

export async function createProgress(stream: ProgressStream, files: readonly ProgressFile[], now: () => number = Date.now): Promise<TerminalProgress> {
  cliProgress ??= (await import('cli-progress')).default;
  const started = now();
  const sizes = new Map(files.map((f) => [f.displayPath, f.size]));
  const totalBytes = files.every((f) => f.size !== undefined) ? files.reduce((n, f) => n + f.size!, 0) : undefined;
  const state = { records: 0, bytes: 0, filesDone: 0, current: files[0]?.displayPath ?? '' };
  const perFile = new Map<string, { records: number; bytes: number; started: number }>();
  // Files are read one after another (or, with workers, reported as their parts finish): a file starts when the previous one is done.
  let lastDone = started;
  const many = files.length > 1;

  const line = (): string => {
    const seconds = (now() - started) / 1000;
    const where = many ? ` | file ${Math.min(state.filesDone + 1, files.length)}/${files.length}` : '';
    const name = state.current === '' ? '' : ` ${truncate(sanitizeInline(state.current), 40)}`;
    if (totalBytes !== undefined && totalBytes > 0) {
      const done = Math.min(1, state.bytes / totalBytes);
      const width = 20;
      const full = Math.round(done * width);
      const percent = String(Math.floor(done * 100)).padStart(3);
      return (
        `${'█'.repeat(full)}${'░'.repeat(width - full)} ${percent}% | ${mb(state.bytes)}/${mb(totalBytes)} MB | ` +
        `${records(state.records)} | ${rate(state.bytes, seconds)}${where}${name}`
      );
    }
    return `${rateText(state.records, state.bytes, seconds)}${where}${name}`;
  };

  const multibar = new cliProgress.MultiBar({
    stream: stream as unknown as NodeJS.WritableStream,
    format: () => line(),
    fps: 8,
    clearOnComplete: true,
    hideCursor: false,
    // cli-progress would catch SIGINT to tidy up, which keeps Ctrl-C from stopping the run.
    gracefulExit: false,
    linewrap: false,
  });
  const bar = multibar.create(1, 0);

  const entry = (path: string) => {
    let e = perFile.get(path);
    if (!e) perFile.set(path, (e = { records: 0, bytes: 0, started: lastDone }));
    return e;
  };

  return {
    advance(path, records, bytes) {
      state.current = path;
      state.records += records;
      state.bytes += bytes;
      const e = entry(path);
      e.records += records;
      e.bytes += bytes;
      bar.update(0);
    },
    fileDone(file: FileResult) {
      const e = entry(file.path);
      // The whole file was read: count its size, whatever the record offsets said.
      const size = sizes.get(file.path);
      if (size !== undefined && size > e.bytes) {
        state.bytes += size - e.bytes;
        e.bytes = size;
      }
      state.filesDone++;
      if (many) {
        const mark = file.status === 'error' ? '✗' : file.status === 'skipped' ? '-' : '✓';
        const status = file.status === 'linted' ? '' : ` (${file.status}${file.reason ? `: ${truncate(sanitizeInline(file.reason), 80)}` : ''})`;
        multibar.log(`${mark} ${sanitizeInline(file.path)}  ${rateText(file.records, e.bytes, (now() - e.started) / 1000)}${status}\n`);
      }
      lastDone = now();
      bar.update(0);
    },
    stop() {
      // cli-progress writes logged lines on its next redraw, and stop() does not redraw.
      multibar.update();
      multibar.stop();
      const seconds = (now() - started) / 1000;
      stream.write(`neglint: ${many ? `${files.length} files, ` : ''}${rateText(state.records, state.bytes, seconds)} in ${seconds.toFixed(1)} s\n`);
    },
  };
}
