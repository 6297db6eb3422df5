// Entry point of the GitHub Action (bundled into dist/action/index.js by
// `npm run build:action`; action.yml runs it). Sets the exit status instead of
// calling process.exit(), so the log is flushed whole.
import { escapeData } from '../reporters/github.js';
import { runAction } from './run.js';

runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`::error title=neglint: internal error::${escapeData(message)}\n`);
    process.exitCode = 2;
  },
);
