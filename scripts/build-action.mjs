// Bundles the GitHub Action (src/action/index.ts and everything it imports,
// dependencies included) into ES modules in dist/action/, which is committed:
// the runner executes index.js with no npm install. For the `concurrency`
// input the worker threads need files of their own: lint-worker.js (the lint
// task, src/parallel/worker.ts) and worker.js (piscina's thread script, which
// piscina looks for beside itself); code they share is split into chunk files.
// The output is deterministic (same sources, same esbuild -> same bytes); a
// test rebuilds it into a temporary directory and fails when the committed
// copy is stale.
//
//   npm run build:action            writes dist/action/
//   node scripts/build-action.mjs OUTDIR
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultOutdir = path.join(repoRoot, 'dist/action');

/** Builds the action bundle into `outdir` (absolute, or relative to the repository), replacing what was there. */
export async function buildAction(outdir = defaultOutdir) {
  const target = path.resolve(repoRoot, outdir);
  rmSync(target, { recursive: true, force: true });
  await build({
    absWorkingDir: repoRoot,
    entryPoints: {
      index: 'src/action/index.ts',
      'lint-worker': 'src/parallel/worker.ts',
      worker: 'node_modules/piscina/dist/worker.js',
    },
    outdir: target,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    inject: ['scripts/action-shims.mjs'],
    // piscina's optional native module for thread priorities (it goes on without it; niceIncrement is never set).
    external: ['@napi-rs/nice'],
    bundle: true,
    // ES builds first: jsonc-parser's CommonJS entry is a UMD wrapper whose require()s esbuild cannot follow.
    mainFields: ['module', 'main'],
    platform: 'node',
    format: 'esm',
    // The bundle must run on every Node the package supports, not only the runner's.
    target: 'node20',
    // CommonJS dependencies bundled into an ES module may require() Node built-ins.
    banner: { js: "import { createRequire as __neglintCreateRequire } from 'node:module';\nconst require = __neglintCreateRequire(import.meta.url);" },
    legalComments: 'eof',
    charset: 'utf8',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
    tsconfig: path.join(repoRoot, 'tsconfig.json'),
    // compromise is bundled: src/nlp/compromise.ts imports the bundled copy, not the package's CommonJS build.
    define: { NEGLINT_BUNDLED: 'true' },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await buildAction(process.argv[2] ?? defaultOutdir);
}
