// dist/action/ is committed (the runner does no npm install), so it must be
// what `npm run build:action` makes from the current sources: the same files,
// byte for byte, and no stale ones.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { buildAction, defaultOutdir } from '../../scripts/build-action.mjs';
import { tempDir } from '../git/repo.js';

function files(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name))]));
}

it('dist/action/ is up to date with the sources (rebuilt byte for byte)', async () => {
  const fresh = path.join(tempDir('neglint-dist-'), 'action');
  await buildAction(fresh);
  const again = path.join(tempDir('neglint-dist-'), 'out');
  await buildAction(again);
  // Deterministic: two builds, two directories, the same files and bytes.
  expect(files(again)).toEqual(files(fresh));
  expect(files(fresh).has('index.js') && files(fresh).has('lint-worker.js') && files(fresh).has('worker.js')).toBe(true);
  expect(existsSync(path.join(defaultOutdir, 'index.js')), 'dist/action/index.js is missing: run npm run build:action and commit dist/').toBe(true);
  const committed = files(defaultOutdir);
  const built = files(fresh);
  expect([...committed.keys()], 'dist/action/ has other files than a build makes: run `npm run build:action` and commit dist/').toEqual([...built.keys()]);
  const stale = [...built].filter(([name, bytes]) => !committed.get(name)?.equals(bytes)).map(([name]) => name);
  expect(stale, 'dist/action/ is stale: run `npm run build:action` and commit dist/ with your source change').toEqual([]);
}, 120_000);
