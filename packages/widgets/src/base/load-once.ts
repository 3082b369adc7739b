/**
 * A loader that runs `load` once per page: the first call starts it and every later call gets the
 * same promise, so that all the elements waiting for a chunk draw when it arrives, in one task;
 * after a failure (the chunk could not load) the next call tries again.
 *
 * @param load - loads the module (an `import()`) and keeps what the page reads of it
 * @returns the loader
 * @example
 * ```ts
 * let drawGauge: typeof targetGauge | undefined;
 * const loadGauge = loadOnce(() =>
 *   import('./target-gauge.js').then(({ targetGauge }) => (drawGauge = targetGauge)),
 * );
 * await loadGauge(); // drawGauge is set; a second call loads nothing
 * ```
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
