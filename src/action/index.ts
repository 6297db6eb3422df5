// Entry point of the GitHub Action (bundled into dist/action/ by
// `npm run build:action`; action.yml runs index.js). Sets the exit status
// instead of calling process.exit(), so the log is flushed whole.
import * as core from '@actions/core';
import { runAction } from './run.js';

runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    core.error(error instanceof Error ? error.message : String(error), { title: 'neglint: internal error' });
    process.exitCode = 2;
  },
);
