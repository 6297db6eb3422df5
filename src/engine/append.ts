// Appending and measuring lists whose length grows with the input. Spreading
// them into a call (`push(...list)`, `Math.max(...list)`) puts every element
// on the stack, which overflows at about a hundred thousand: a 2 MB record or
// a file with that many findings would crash the run.

/** Appends `items` to `target` and returns it. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` (`-Infinity` for none), like Math.max without the spread. */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}
