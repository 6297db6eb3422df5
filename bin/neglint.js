#!/usr/bin/env node
// The neglint command. It sets process.exitCode and returns instead of calling
// process.exit(), so a large report written to a pipe is flushed whole first.
import { main } from '../lib/src/cli/main.js';
import { ioReason } from '../lib/src/cli/outputs.js';

// A report that cannot be written (a full disk, a closed pipe, an I/O error)
// is a failed run: one line and exit 2, whatever the lint found. Stream
// errors arrive as events after the write returned, so the code is set here too.
let outputFailed = false;
process.stdout.on('error', (error) => {
  if (outputFailed) return;
  outputFailed = true;
  process.stderr.write(`neglint: cannot write standard output: ${ioReason(error)}\n`);
  process.exitCode = 2;
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
}).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (error) => {
    process.stderr.write(`neglint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
