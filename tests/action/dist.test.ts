// dist/action/index.js is committed (the runner does no npm install), so it
// must be what `npm run build:action` makes from the current sources.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { buildAction, defaultOutfile } from '../../scripts/build-action.mjs';
import { tempDir } from '../git/repo.js';

it('dist/action/index.js is up to date with the sources (rebuilt byte for byte)', async () => {
  const fresh = path.join(tempDir('neglint-dist-'), 'action/index.js');
  await buildAction(fresh);
  const again = path.join(tempDir('neglint-dist-'), 'index.js');
  await buildAction(again);
  // Deterministic: two builds, two directories, the same bytes.
  expect(readFileSync(again).equals(readFileSync(fresh))).toBe(true);
  expect(existsSync(defaultOutfile), 'dist/action/index.js is missing: run npm run build:action and commit dist/').toBe(true);
  const stale = !readFileSync(defaultOutfile).equals(readFileSync(fresh));
  expect(stale, 'dist/action/index.js is stale: run `npm run build:action` and commit dist/ with your source change').toBe(false);
}, 60_000);
