import { type Amount, assertPositiveBase, readAmounts } from '../_internal/amounts.js';
import { assertNotNegative } from '../_internal/assert-not-negative.js';
import { checkPair } from '../_internal/check-pair.js';
import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { preciseDifference, preciseSum } from '../_internal/precise-sum.js';
import type { Money } from '../money/index.js';

/**
 * Exports and imports of one period, as {@link growthContributions} takes them.
 *
 * @example
 * ```ts
 * const nineMonths: FlowPair<Money<'USD'>> = {
 *   exports: money('491900000', 'USD'),
 *   imports: money('1000000000', 'USD'),
 * };
 * tradeBalance(nineMonths).turnover.amount.toString();
 * //=> '1491900000'
 * ```
 *
 * @category Growth
 */
export interface FlowPair<T> {
  /** The reporter's exports to the partner. */
  readonly exports: T;
  /** The reporter's imports from the partner. */
  readonly imports: T;
}

/**
 * The result of {@link growthContributions}. All three are decimal fractions: multiply by 100 for
 * percentage points.
 *
 * @example
 * ```ts
 * const c: GrowthContributions = growthContributions(
 *   { exports: '491.9', imports: '1000' }, // Jan–Sep 2024, US$ million
 *   { exports: '396.7', imports: '792.4' }, // Jan–Sep 2023, implied by +24 % and +26.2 %
 * );
 * [c.exports.toFixed(3), c.imports.toFixed(3), c.total.toFixed(3)];
 * //=> ['0.080', '0.175', '0.255']
 * ```
 *
 * @category Growth
 */
export interface GrowthContributions {
  /** `(X₁ − X₀) ÷ (X₀ + M₀)`: what the change in exports added to turnover growth. */
  readonly exports: Decimal;
  /** `(M₁ − M₀) ÷ (X₀ + M₀)`: what the change in imports added to turnover growth. */
  readonly imports: Decimal;
  /**
   * Turnover growth `(T₁ − T₀) ÷ T₀`, computed as `exports.plus(imports)`, so the two
   * contributions add up to it exactly in Decimal arithmetic. It agrees with
   * `growthRate(T₁, T₀)` to 63 significant digits (each term is rounded to 64).
   */
  readonly total: Decimal;
}

/**
 * How much exports and imports each contributed to the growth of turnover (exports + imports):
 * the change in each flow divided by the previous turnover. Contributions are decimal fractions
 * (`0.0347` = 3.47 percentage points) and sum to the total turnover growth.
 *
 * @param current - exports and imports of the current period (Money of one currency, or bare decimals)
 * @param previous - exports and imports of the base period, in the same form
 * @returns the contribution of exports, of imports, and their sum (the turnover growth)
 * @throws {@link BilateralError} `NON_POSITIVE_BASE` when previous turnover is 0;
 * `INVALID_INPUT` for a negative flow or a pair that is not `{ exports, imports }`;
 * `CURRENCY_MISMATCH` for mixed currencies; `OUT_OF_RANGE` for a value past the supported range or
 * a contribution of 10^36 or more
 *
 * @example
 * ```ts
 * const c = growthContributions(
 *   { exports: '159.6', imports: '179' },
 *   { exports: '150', imports: '126.3' },
 * );
 * [c.exports.toFixed(4), c.imports.toFixed(4), c.total.toFixed(4)];
 * //=> ['0.0347', '0.1907', '0.2255']
 * ```
 *
 * @category Growth
 */
export function growthContributions<C extends string>(
  current: FlowPair<Money<C>>,
  previous: FlowPair<Money<NoInfer<C>>>,
): GrowthContributions;
export function growthContributions(
  current: FlowPair<DecimalInput>,
  previous: FlowPair<DecimalInput>,
): GrowthContributions;
export function growthContributions(
  current: FlowPair<Amount>,
  previous: FlowPair<Amount>,
): GrowthContributions {
  checkPair(current, ['current']);
  checkPair(previous, ['previous']);
  const paths = {
    currentExports: ['current', 'exports'],
    currentImports: ['current', 'imports'],
    previousExports: ['previous', 'exports'],
    previousImports: ['previous', 'imports'],
  } as const;
  const { values } = readAmounts(
    {
      currentExports: current.exports,
      currentImports: current.imports,
      previousExports: previous.exports,
      previousImports: previous.imports,
    },
    [],
    paths,
  );
  for (const key of Object.keys(paths) as (keyof typeof paths)[]) {
    assertNotNegative(values[key], paths[key].join(' '), paths[key]);
  }
  const base = preciseSum(values.previousExports, values.previousImports);
  assertPositiveBase(base, 'the previous turnover (exports + imports)', ['previous']);
  const exports = checkRange(
    preciseDifference(values.currentExports, values.previousExports).div(base),
    'the contribution of exports',
  );
  const imports = checkRange(
    preciseDifference(values.currentImports, values.previousImports).div(base),
    'the contribution of imports',
  );
  return Object.freeze({ exports, imports, total: exports.plus(imports) });
}
