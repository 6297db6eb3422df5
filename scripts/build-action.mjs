// Bundles the GitHub Action (src/action/index.ts and everything it imports,
// dependencies included) into one ES module, dist/action/index.js, which is
// committed: the runner executes it with no npm install. The output is
// deterministic (same sources, same esbuild -> same bytes); a test rebuilds it
// into a temporary directory and fails when the committed copy is stale.
//
//   npm run build:action            writes dist/action/index.js
//   node scripts/build-action.mjs OUTFILE
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultOutfile = path.join(repoRoot, 'dist/action/index.js');

/** Builds the action bundle into `outfile` (absolute, or relative to the repository). */
export async function buildAction(outfile = defaultOutfile) {
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['src/action/index.ts'],
    outfile: path.resolve(repoRoot, outfile),
    bundle: true,
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
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await buildAction(process.argv[2] ?? defaultOutfile);
}
