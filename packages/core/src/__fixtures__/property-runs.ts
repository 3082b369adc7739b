/**
 * How many runs the property tests make: `ci` (the default, what `pnpm test` runs) or `full`
 * (`BILATERAL_PROPERTY_RUNS=full`, what `pnpm test:properties` runs). Anything else is refused, so
 * a misspelt setting never runs the small counts unnoticed.
 */
const setting = process.env.BILATERAL_PROPERTY_RUNS ?? 'ci';
if (setting !== 'ci' && setting !== 'full') {
  throw new Error(`BILATERAL_PROPERTY_RUNS is "${setting}"; use "ci" (the default) or "full"`);
}

/** Whether the property tests run their full counts (`pnpm test:properties`). */
export const fullPropertyRuns = setting === 'full';

/**
 * The fast-check settings of one property: a fixed seed, and `runs.ci` runs in `pnpm test`
 * (sized so the test takes well under a second on an idle machine and stays far from the 5 s
 * timeout with twice the load) or `runs.full` (at least 1,000) under `pnpm test:properties`.
 */
export function propertyRuns(
  seed: number,
  runs: { readonly ci: number; readonly full: number },
): { readonly seed: number; readonly numRuns: number } {
  return { seed, numRuns: fullPropertyRuns ? runs.full : runs.ci };
}

/**
 * The timeout of a property test whose runs cost seconds on a loaded machine (big Decimal work per
 * run, or a whole reconciliation): 30 s in `pnpm test`, where such a test takes 1.4–2.8 s at load
 * 11–16 on 2 cores (measured 2026-12-03); 600 s under `pnpm test:properties`, as
 * its `--testTimeout` (an explicit timeout overrides that option). Use with {@link propertyRuns}.
 *
 * @example
 * ```ts
 * it('always says inconsistent …', () => {
 *   fc.assert(fc.property(trade, check), RECONCILE_RUNS);
 * }, PROPERTY_TIMEOUT);
 * ```
 */
export const PROPERTY_TIMEOUT = fullPropertyRuns ? 600_000 : 30_000;
