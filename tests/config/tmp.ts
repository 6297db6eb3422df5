// Temporary directory trees for tests. Each tree gets its own `.git` directory
// (unless told otherwise) so config discovery never climbs out of it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Write `files` (path -> content; a path ending in `/` makes a directory) under a new temp dir. */
export function makeTree(files: Record<string, string>, options: { git?: boolean } = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'neglint-test-'));
  made.push(root);
  if (options.git !== false) mkdirSync(path.join(root, '.git'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    if (name.endsWith('/')) {
      mkdirSync(full, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}
