// Temporary git repositories for tests, isolated from the user's git config.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.test',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.test',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

export function tempDir(prefix = 'neglint-git-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface Repo {
  root: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message: string): string;
}

export function makeRepo(files: Record<string, string> = {}, root = tempDir()): Repo {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  const repo: Repo = {
    root,
    git,
    write(more) {
      for (const [name, content] of Object.entries(more)) {
        const full = path.join(root, name);
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
  repo.write(files);
  return repo;
}

/** JSON Lines text from records. */
export function jsonl(...texts: string[]): string {
  return texts.map((text) => JSON.stringify({ text })).join('\n') + '\n';
}

export const CLEAN = ['Paris is the capital of France.', 'Water boils at 100 degrees Celsius at sea level.', 'The Moon orbits the Earth.'];
export const FLAGGED = '[The following claim is invented.] The Eiffel Tower was moved to Lyon in 1999.';
export const FLAGGED_2 = '[The following claim is invented.] Ed Sheeran won the 100m gold medal at the 2024 Olympics.';
