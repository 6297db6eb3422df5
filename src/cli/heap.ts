// How far the collector lets a thread's heap grow when worker threads lint.
//
// V8 lets the old generation grow to up to four times what survived its last
// full collection before it collects again (on a machine with this much
// memory). Linting keeps little alive (about 45 MB a thread: the lexicon,
// compiled code, bounded caches) but promotes much that dies soon after, so
// each thread's heap swings up to 200 MB and more; two threads side by side
// peaked above 500 MB on 200 MB of real records. Growth bounded to three
// quarters of what survived kept both near 310 MB for about 1% more CPU time
// (half: 300 MB for 4% more), in more frequent full collections, which V8
// marks mostly on its helper threads.
//
// The setting is the process's (every isolate's), so the CLI sets it only
// when it starts worker threads: one thread keeps V8's default, whose peak
// stays under the target (bench/RESULTS.md, "Memory") and which costs less
// collection. A flag V8 does not know is reported by V8 on stderr and
// otherwise ignored, so it is set only on the Node versions known to have it.
import { setFlagsFromString } from 'node:v8';

/** Growth of the old generation between full collections, in percent of what survived the last. */
export const THREADED_HEAP_GROWING_PERCENT = 75;

let bounded = false;

/** Bounds heap growth for the rest of the process (idempotent). */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20 || major > 24) return;
  setFlagsFromString(`--heap-growing-percent=${THREADED_HEAP_GROWING_PERCENT}`);
}
