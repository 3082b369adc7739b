/** A computation's result, or what it threw. */
type Outcome = { readonly value: unknown } | { readonly error: unknown };

const memos = new WeakMap<object, Map<unknown, Outcome>>();

/**
 * A result computed from an object, kept with the object: the elements of a page that draw the
 * same dataset compute each result once — a target's evaluation (a compound rate: logarithms and
 * powers to 64 digits, for ten target cards and the dashboards' target panels), a series'
 * timeline, an amount's or a rate's text. Kept as long as the object is (a WeakMap): a new `data`
 * property or a fetched `src` is a new dataset, computed anew. A computation that threw throws the
 * same error again, except a `Promise` (a chunk it waits for, see `seriesOf`), which is thrown
 * without being kept. Only for pure functions of the object and `key`, whose result no caller
 * changes.
 *
 * @param owner - the object the result is computed from (a dataset, a series, a Money, a Decimal)
 * @param key - what else the result depends on (a string, or an object of the owner)
 * @param compute - computes the result
 * @returns the result of the first call with this owner and key
 * @throws whatever that first call threw
 * @example
 * memoized(dataset, target, () => evaluateTarget(dataset, target)); // evaluated once per page
 */
export function memoized<T>(owner: object, key: unknown, compute: () => T): T {
  let memo = memos.get(owner);
  if (memo === undefined) {
    memo = new Map();
    memos.set(owner, memo);
  }
  let outcome = memo.get(key);
  if (outcome === undefined) {
    try {
      outcome = { value: compute() };
    } catch (error) {
      // A chunk the computation waits for (see `seriesOf`): computed again once it has loaded.
      if (error instanceof Promise) throw error;
      outcome = { error };
    }
    memo.set(key, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.value as T;
}
