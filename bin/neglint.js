#!/usr/bin/env node
// The neglint command. It sets process.exitCode and returns instead of calling
// process.exit(), so a large report written to a pipe is flushed whole first.
import { main } from '../lib/src/cli/main.js';

// `neglint ... | head`: a reader that goes away early is not an error.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') return;
  throw error;
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`neglint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
