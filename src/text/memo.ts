/**
 * A function of a string, remembered for the last `limit` distinct
 * arguments at most. The analysis asks the same question of the same
 * sentence, key or word many times per record; memory must stay flat on a
 * file of unique text, so the store is emptied when full (cheaper than
 * LRU bookkeeping on the hot path, and a refill costs only recomputation).
 */
export function memoize<T>(compute: (key: string) => T, limit: number): ((key: string) => T) & { peek(key: string): T | undefined } {
  const store = new Map<string, T>();
  const get = (key: string): T => {
    let v = store.get(key);
    if (v === undefined && !store.has(key)) {
      v = compute(key);
      if (store.size >= limit) store.clear();
      store.set(key, v);
    }
    return v as T;
  };
  // What is remembered, computing nothing: a cheaper question can use a stored answer to a dearer one.
  return Object.assign(get, { peek: (key: string) => store.get(key) });
}
