#!/usr/bin/env node
// The neglint command. It sets process.exitCode and returns instead of calling
// process.exit(), so a large report written to a pipe is flushed whole first.
import v8 from 'node:v8';

// A run calls a large body of analysis code (the clause, referent and label
// finders) some thousands of times, and on V8's default budget its optimizing
// compiler compiled the biggest of those functions again and again as their
// feedback filled in: about a fifth of a lint's CPU time went to compiling.
// A budget six times the default (67,584) optimizes each function later, with
// fuller feedback, and less often (CPU time of a full lint of the ordinary
// corpus down by about a fifth, of a 58 MB file too). It changes when code is
// compiled, never what it computes. Set before any of neglint's code runs,
// hence the imports below are dynamic; worker threads share the flag.
v8.setFlagsFromString('--interrupt-budget=400000');

const { main } = await import('../lib/src/cli/main.js');
const { ioReason } = await import('../lib/src/cli/outputs.js');

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
