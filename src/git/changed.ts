// `--changed-since REF`: which files, and which lines of them, changed between
// a git ref and the working tree. Used by the CLI and (through the CLI) by the
// GitHub Action, which passes the pull request's base commit.
//
// Semantics:
// - The working tree is compared with the merge base of REF and HEAD (what
//   `git diff REF...` shows), so that commits made on REF's branch after this
//   branch forked from it do not count as changes here. When there is no merge
//   base (no HEAD yet, unrelated histories, or a shallow clone that cuts the
//   history between them) the working tree is compared with REF itself.
// - Changed means: added, modified, renamed or copied, staged or not, plus
//   untracked files that .gitignore does not ignore (a new dataset that is not
//   committed yet is a change too). Deleted files are not linted.
// - Lines: the added and modified lines of `git diff -U0`. A deletion between
//   lines x and x+1 is recorded as x + 0.5, so that a multi-line record (a
//   JSON array element, a Markdown document) with a line removed from its middle
//   still counts as changed, while single-line JSONL records around a removed
//   line do not. New, untracked and binary (e.g. gzipped) files change as a whole.
// - A REF that this clone does not have (typically a shallow clone) is not an
//   error: the caller lints everything and says why.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/errors.js';

/** The changed lines of one file, or null when the whole file counts as changed. */
export type ChangedLines = Set<number> | null;

export interface ChangedFiles {
  /** The commit the working tree was compared with. */
  base: string;
  /** The repository's top-level directory (as git reports it). */
  root: string;
  /** Changed files by absolute path (root joined with git's path). */
  files: Map<string, ChangedLines>;
}

export type ChangedSinceResult =
  | { available: true; changes: ChangedFiles; notes: string[] }
  | { available: false; reason: string };

interface GitRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

const GIT_ENV = { GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };

/** Runs git; stdout goes to `onStdout` when given (streamed), else it is collected. */
function git(args: string[], cwd: string, onStdout?: (chunk: Buffer) => void): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn('git', ['-c', 'core.quotepath=off', ...args], {
        cwd,
        env: { ...process.env, ...GIT_ENV },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      reject(error);
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => (onStdout ? onStdout(chunk) : out.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

async function gitOrThrow(args: string[], cwd: string): Promise<GitRun> {
  const run = await git(args, cwd);
  if (run.code !== 0) throw new UsageError(`--changed-since: git ${args[0]} failed: ${firstLine(run.stderr) || `exit ${run.code}`}`);
  return run;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** Splits NUL-terminated git output. */
function nulFields(buf: Buffer): string[] {
  const fields = buf.toString('utf8').split('\0');
  if (fields.at(-1) === '') fields.pop();
  return fields;
}

/** Undoes git's C-style quoting of a path ("a\tb", "caf\303\251"). */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else if (next in simple) {
      bytes.push(simple[next]!);
      i++;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Streaming parser of `git diff -U0` output: collects the new-side line numbers
 * of each file's hunks. Content lines (which may be huge dataset records) are
 * skipped without being decoded.
 */
export class HunkParser {
  /** By git path (the new side): changed lines, or null for a file that is new as a whole. */
  readonly files = new Map<string, ChangedLines>();
  private inHunks = false;
  private current: string | null = null;
  private atLineStart = true;
  private skipping = false;
  private partial: Buffer[] = [];

  push(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.atLineStart) {
        const first = chunk[i]!;
        // In hunks, lines starting with + - space or backslash are content.
        this.skipping = this.inHunks && (first === 0x2b || first === 0x2d || first === 0x20 || first === 0x5c);
        this.atLineStart = false;
      }
      const nl = chunk.indexOf(10, i);
      if (nl === -1) {
        if (!this.skipping) this.partial.push(chunk.subarray(i));
        return;
      }
      if (!this.skipping) {
        this.partial.push(chunk.subarray(i, nl));
        this.line(Buffer.concat(this.partial).toString('utf8'));
        this.partial = [];
      }
      this.atLineStart = true;
      i = nl + 1;
    }
  }

  end(): void {
    if (!this.skipping && this.partial.length > 0) this.line(Buffer.concat(this.partial).toString('utf8'));
    this.partial = [];
  }

  private line(text: string): void {
    if (text.startsWith('diff --git ')) {
      this.inHunks = false;
      this.current = null;
      return;
    }
    if (!this.inHunks && text.startsWith('+++ ')) {
      // git appends a tab to names that contain a space.
      const name = unquoteGitPath(text.slice(4).replace(/\t$/, ''));
      this.current = name === '/dev/null' ? null : name.replace(/^b\//, '');
      return;
    }
    const hunk = HUNK.exec(text);
    if (!hunk) return;
    this.inHunks = true;
    if (this.current === null) return;
    const oldStart = Number(hunk[1]);
    const oldCount = hunk[2] === undefined ? 1 : Number(hunk[2]);
    const start = Number(hunk[3]);
    const count = hunk[4] === undefined ? 1 : Number(hunk[4]);
    if (oldStart === 0 && oldCount === 0) {
      // The file was empty or absent: all of it is new.
      this.files.set(this.current, null);
      return;
    }
    let lines = this.files.get(this.current);
    if (lines === null) return;
    if (lines === undefined) this.files.set(this.current, (lines = new Set()));
    if (count === 0) lines.add(start + 0.5);
    for (let n = start; n < start + count; n++) lines.add(n);
  }
}

async function isShallow(root: string): Promise<boolean> {
  const run = await git(['rev-parse', '--is-shallow-repository'], root);
  return run.stdout.toString('utf8').trim() === 'true';
}

/**
 * What changed between `ref` and the working tree of the repository containing
 * `cwd`. Throws a UsageError when git is missing or `cwd` is not in a
 * repository; returns `available: false` (with the reason, for people) when
 * the ref is not in this clone.
 */
export async function changedSince(ref: string, cwd: string): Promise<ChangedSinceResult> {
  let top: GitRun;
  try {
    top = await git(['rev-parse', '--show-toplevel'], cwd);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(code === 'ENOENT' ? '--changed-since needs git, which was not found on PATH' : `--changed-since: could not run git: ${String(error)}`);
  }
  if (top.code !== 0) throw new UsageError(`--changed-since: ${cwd} is not inside a git repository`);
  const root = top.stdout.toString('utf8').trim();

  const verify = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  if (verify.code !== 0) {
    const reason = (await isShallow(root))
      ? `git ref "${ref}" is not available in this shallow clone (fetch more history: git fetch --deepen=N or --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0)`
      : `git ref "${ref}" is not known in this repository`;
    return { available: false, reason };
  }
  const target = verify.stdout.toString('utf8').trim();
  const notes: string[] = [];
  let base = target;
  const mergeBase = await git(['merge-base', target, 'HEAD'], root);
  if (mergeBase.code === 0 && mergeBase.stdout.length > 0) {
    base = mergeBase.stdout.toString('utf8').trim();
  } else {
    const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], root);
    if (head.code === 0) {
      notes.push(
        `no common ancestor of "${ref}" and HEAD${(await isShallow(root)) ? ' in this shallow clone' : ''}; comparing the working tree with "${ref}" itself`,
      );
    }
  }

  const common = ['--no-color', '--no-ext-diff', '--no-textconv', '--ignore-submodules', '--find-renames', '--diff-filter=d'];
  const files = new Map<string, ChangedLines>();

  // Every changed path (NUL-separated, so any file name is safe), and whether git sees it as binary.
  const numstat = await gitOrThrow(['diff', ...common, '--numstat', '-z', base, '--'], root);
  const fields = nulFields(numstat.stdout);
  const binary = new Set<string>();
  for (let i = 0; i < fields.length; i++) {
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(fields[i]!);
    if (!match) continue;
    let name = match[3]!;
    if (name === '') {
      // A rename or copy: the old and new names follow as separate fields.
      name = fields[i + 2] ?? '';
      i += 2;
    }
    if (name === '') continue;
    if (match[1] === '-') binary.add(name);
    files.set(name, new Set());
  }

  // Which lines: new-side line numbers of the zero-context hunks.
  const parser = new HunkParser();
  const patch = await git(['diff', ...common, '-U0', '--src-prefix=a/', '--dst-prefix=b/', base, '--'], root, (chunk) => parser.push(chunk));
  if (patch.code !== 0) throw new UsageError(`--changed-since: git diff failed: ${firstLine(patch.stderr) || `exit ${patch.code}`}`);
  parser.end();
  for (const [name, lines] of parser.files) if (files.has(name)) files.set(name, lines);
  for (const name of binary) files.set(name, null);

  // Untracked, not ignored: new as a whole.
  const untracked = await gitOrThrow(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], root);
  for (const name of nulFields(untracked.stdout)) files.set(name, null);

  const byPath = new Map<string, ChangedLines>();
  for (const [name, lines] of files) byPath.set(path.join(root, ...name.split('/')), lines);
  return { available: true, changes: { base, root, files: byPath }, notes };
}

/** Ends the note that says the ref is not available and everything is linted. */
export const FALLBACK_NOTE = 'linting all files';

/** The part of a run that --changed-since keeps. */
export interface ChangedSelection<F extends { path: string }> {
  files: F[];
  /** Changed lines by file path, for files where only some lines changed. */
  onlyLines: Map<string, Set<number>>;
  /** For people (stderr): why everything is linted, what was compared. */
  notes: string[];
}

async function realpathOrSelf(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Keeps the discovered files that changed since `ref`, with their changed
 * lines. When the ref is not available, keeps every file and says why in `notes`.
 */
export async function selectChanged<F extends { path: string }>(files: F[], ref: string, cwd: string): Promise<ChangedSelection<F>> {
  const result = await changedSince(ref, cwd);
  if (!result.available) {
    return { files, onlyLines: new Map(), notes: [`--changed-since: ${result.reason}; ${FALLBACK_NOTE}`] };
  }
  const { changes } = result;
  const notes = result.notes.map((note) => `--changed-since: ${note}`);
  // Discovered paths are under cwd as given; git's root is a real path. Compare real paths.
  const realRoot = await realpathOrSelf(changes.root);
  const changed = new Map<string, ChangedLines>();
  for (const [file, lines] of changes.files) changed.set(path.join(realRoot, path.relative(changes.root, file)), lines);
  const cwdReal = await realpathOrSelf(cwd);
  const kept: F[] = [];
  const onlyLines = new Map<string, Set<number>>();
  for (const file of files) {
    const relative = path.relative(path.resolve(cwd), file.path);
    const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
    const real = outside ? await realpathOrSelf(file.path) : path.join(cwdReal, relative);
    if (!changed.has(real)) continue;
    kept.push(file);
    const lines = changed.get(real);
    if (lines) onlyLines.set(file.path, lines);
  }
  if (kept.length === 0) notes.push(`--changed-since: no dataset files changed since "${ref}"`);
  return { files: kept, onlyLines, notes };
}
