/**
 * The parse-only floor, run as its own process (so that, like the CLI, it
 * pays Node's start-up): read the file in 1 MB chunks, split it into lines,
 * decode and JSON.parse each. What any linter of JSON Lines must at least do.
 *
 *   node lib/bench/floor.js FILE
 */
import { createReadStream } from 'node:fs';

let records = 0;
let pending: Buffer[] = [];
for await (const chunk of createReadStream(process.argv[2]!, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
  let start = 0;
  for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
    let line = chunk.subarray(start, nl);
    if (pending.length > 0) {
      line = Buffer.concat([...pending, line]);
      pending = [];
    }
    if (line.length > 0) {
      JSON.parse(line.toString('utf8'));
      records++;
    }
    start = nl + 1;
  }
  if (start < chunk.length) pending.push(chunk.subarray(start));
}
if (pending.length > 0) {
  JSON.parse(Buffer.concat(pending).toString('utf8'));
  records++;
}
if (records === 0) process.exitCode = 1;
