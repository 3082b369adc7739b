import { type Amount, readAmounts, toLevel } from '../_internal/amounts.js';
import { assertNotNegative } from '../_internal/assert-not-negative.js';
import { Decimal, type DecimalInput } from '../_internal/decimal.js';
import { checkRange } from '../_internal/decimal-range.js';
import { describeInput } from '../_internal/quote-input.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { exactWhereItFits } from '../money/checked-add.js';
import { exactTimes } from '../money/exact-times.js';
import type { Money } from '../money/index.js';

/**
 * The CIF/FOB factor {@link mirrorGap} assumes by default: 1.10, i.e. imports valued CIF (with
 * insurance and freight) run 10 % above the same goods' exports valued FOB — the middle of the
 * 5–20 % usually observed.
 *
 * @example
 * ```ts
 * DEFAULT_CIF_FOB_FACTOR;
 * //=> '1.10'
 * mirrorGap('100', '110').adjustedGap.toString();
 * //=> '0'
 * ```
 *
 * @category Balance
 */
export const DEFAULT_CIF_FOB_FACTOR = '1.10';

/**
 * The range of `partnerImports ÷ reporterExports` that CIF/FOB valuation alone usually explains
 * (imports 5–20 % above exports), as {@link mirrorGap} assumes by default.
 *
 * @example
 * ```ts
 * TYPICAL_CIF_FOB_RANGE;
 * //=> ['1.05', '1.20']
 * [mirrorGap('100', '112').withinTypicalRange, mirrorGap('100', '125').withinTypicalRange];
 * //=> [true, false]
 * ```
 *
 * @category Balance
 */
export const TYPICAL_CIF_FOB_RANGE: readonly [low: string, high: string] = ['1.05', '1.20'];

/**
 * Options of {@link mirrorGap}.
 *
 * @example
 * ```ts
 * const options: MirrorGapOptions = { cifFobFactor: '1.05', typicalRange: ['1', '1.3'] };
 * const m = mirrorGap('100', '125', options);
 * [m.expectedImports.toString(), m.adjustedGap.toString(), m.withinTypicalRange];
 * //=> ['105', '20', true]
 * ```
 *
 * @category Balance
 */
export interface MirrorGapOptions {
  /** The assumed ratio of CIF import value to FOB export value; > 0. Default {@link DEFAULT_CIF_FOB_FACTOR}. */
  readonly cifFobFactor?: DecimalInput;
  /** The ratios CIF/FOB usually explains, `[low, high]`. Default {@link TYPICAL_CIF_FOB_RANGE}. */
  readonly typicalRange?: readonly [low: DecimalInput, high: DecimalInput];
}

/**
 * The result of {@link mirrorGap}. Levels (`V`) come back in the form they were given.
 *
 * @example
 * ```ts
 * const m = mirrorGap(money('400000000', 'USD'), money('460000000', 'USD'));
 * [m.gap.amount.toString(), m.ratio?.toString(), m.withinTypicalRange];
 * //=> ['60000000', '1.15', true]
 * [m.expectedImports.amount.toString(), m.adjustedGap.amount.toString()];
 * //=> ['440000000', '20000000']
 * ```
 *
 * @category Balance
 */
export interface MirrorGap<V = Decimal> {
  /** A's exports to B as A reports them (FOB). */
  readonly reporterExports: V;
  /** B's imports from A as B reports them (CIF). */
  readonly partnerImports: V;
  /** `partnerImports − reporterExports`, exact: positive when the importer records more. */
  readonly gap: V;
  /** `partnerImports ÷ reporterExports`; `null` when the exports are 0. */
  readonly ratio: Decimal | null;
  /** The CIF/FOB factor used. */
  readonly cifFobFactor: Decimal;
  /** What the importer would record if only CIF/FOB separated them: `reporterExports × factor`, exact. */
  readonly expectedImports: V;
  /** `partnerImports − expectedImports`, exact: the gap CIF/FOB leaves unexplained. */
  readonly adjustedGap: V;
  /** `partnerImports ÷ expectedImports`: 1 when CIF/FOB explains the gap exactly; `null` when exports are 0. */
  readonly adjustedRatio: Decimal | null;
  /** Whether `ratio` lies in the typical CIF/FOB range (inclusive); `null` when there is no ratio. */
  readonly withinTypicalRange: boolean | null;
}

/**
 * Compares two observations of the same trade: a reporter's exports to a partner (valued FOB)
 * and the partner's imports from the reporter (valued CIF). They never agree — CIF/FOB valuation,
 * timing, origin rules, re-exports and confidentiality all separate them — so this reports the
 * raw gap and ratio, and the gap left after an assumed CIF/FOB factor. For all the flows of a
 * pair in a dataset at once (per direction, period and product, a missing side kept), see
 * `mirrorFlows` (indicators), whose rows have this `gap` and, for `withinTypicalRange`, a `band`
 * (`below`, `within`, `above`) judged exactly.
 *
 * @param reporterExports - A's exports to B, from A's statistics (Money or a bare decimal; ≥ 0)
 * @param partnerImports - B's imports from A, from B's statistics (same form and currency; ≥ 0)
 * @param options - `cifFobFactor` (default 1.10) and `typicalRange` (default 1.05–1.20)
 * @returns the gap, the ratio, and the CIF/FOB-adjusted comparison
 * @throws {@link BilateralError} `INVALID_INPUT` for a negative flow, a factor ≤ 0 or a range whose
 * low end exceeds its high end, or `options` that are not `{ cifFobFactor?, typicalRange? }`;
 * `CURRENCY_MISMATCH` for mixed currencies; `INVALID_DECIMAL` for non-numbers; `PRECISION_EXCEEDED`
 * (in the words of Money's `add` and `subtract`) for a gap, expected imports or adjusted gap whose
 * exact value needs more than 64 significant digits, never rounded; `OUT_OF_RANGE` for a value past
 * the supported range or a ratio or expected value of 10^36 or more
 *
 * @example
 * ```ts
 * const m = mirrorGap(money('500', 'USD'), money('560', 'USD'));
 * [m.gap.amount.toString(), m.ratio?.toString(), m.adjustedGap.amount.toString(), m.withinTypicalRange];
 * //=> ['60', '1.12', '10', true]
 * ```
 *
 * @category Balance
 */
export function mirrorGap<C extends string>(
  reporterExports: Money<C>,
  partnerImports: Money<NoInfer<C>>,
  options?: MirrorGapOptions,
): MirrorGap<Money<C>>;
export function mirrorGap(
  reporterExports: DecimalInput,
  partnerImports: DecimalInput,
  options?: MirrorGapOptions,
): MirrorGap<Decimal>;
export function mirrorGap(
  reporterExports: Amount,
  partnerImports: Amount,
  options?: MirrorGapOptions,
): MirrorGap<Money | Decimal> {
  const { cifFobFactor, typicalRange } = checkOptions(options);
  const { values, currency } = readAmounts({ reporterExports, partnerImports });
  const exported = values.reporterExports;
  const imported = values.partnerImports;
  assertNotNegative(exported, 'the reporter’s exports', ['reporterExports']);
  assertNotNegative(imported, 'the partner’s imports', ['partnerImports']);
  const { factor, low, high } = readCifFobTerms(cifFobFactor, typicalRange, {
    factor: ['options', 'cifFobFactor'],
    range: ['options', 'typicalRange'],
    rangeName: 'range',
  });
  const expected = checkRange(
    exactTimes(exported, factor),
    'the expected imports (exports × factor)',
  );
  const ratio = exported.isZero() ? null : checkRange(imported.div(exported), 'the ratio');
  const level = (amount: Decimal) => toLevel<Money | Decimal>(amount, currency);
  return Object.freeze({
    reporterExports: level(exported),
    partnerImports: level(imported),
    gap: level(exactWhereItFits(imported, exported, 'minus')),
    ratio,
    cifFobFactor: new Decimal(factor),
    expectedImports: level(expected),
    adjustedGap: level(exactWhereItFits(imported, expected, 'minus')),
    adjustedRatio: expected.isZero()
      ? null
      : checkRange(imported.div(expected), 'the adjusted ratio'),
    withinTypicalRange: ratio === null ? null : ratio.gte(low) && ratio.lte(high),
  });
}

/**
 * The CIF/FOB factor (default {@link DEFAULT_CIF_FOB_FACTOR}) and the range of `imports ÷ exports`
 * it explains (default {@link TYPICAL_CIF_FOB_RANGE}) as decimals, checked: {@link mirrorGap}'s
 * `cifFobFactor` and `typicalRange`, and `mirrorFlows`' `cifFobFactor` and `band`. `range` is a
 * pair already; `paths` name the two options in issues, `rangeName` the range in messages.
 *
 * @throws BilateralError `INVALID_INPUT` for a factor ≤ 0 or a reversed range; `INVALID_DECIMAL`
 * and `OUT_OF_RANGE` for one that is not a decimal in range
 */
export function readCifFobTerms(
  factorInput: DecimalInput | undefined,
  range: readonly [low: DecimalInput, high: DecimalInput] | undefined,
  paths: { readonly factor: IssuePath; readonly range: IssuePath; readonly rangeName: string },
): { factor: Decimal; low: Decimal; high: Decimal } {
  const factor = toDecimal(factorInput ?? DEFAULT_CIF_FOB_FACTOR, paths.factor);
  if (!factor.isPositive() || factor.isZero()) {
    throw new BilateralError('INVALID_INPUT', [
      { path: paths.factor, message: `a CIF/FOB factor of ${factor.toString()} is not > 0` },
    ]);
  }
  const [lowInput, highInput] = range ?? TYPICAL_CIF_FOB_RANGE;
  const low = toDecimal(lowInput, [...paths.range, 0]);
  const high = toDecimal(highInput, [...paths.range, 1]);
  if (low.gt(high)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: paths.range,
        message: `the ${paths.rangeName} ${low.toString()}–${high.toString()} is reversed`,
      },
    ]);
  }
  return { factor, low, high };
}

/** Checks the options of {@link mirrorGap}: nothing, or an object whose range is a pair. */
function checkOptions(options: unknown): MirrorGapOptions {
  if (options === undefined) return {};
  if (!isRecord(options)) {
    throw wrongArgument(['options'], "options such as { cifFobFactor: '1.10' }", options);
  }
  const { typicalRange } = options as { typicalRange?: unknown };
  if (typicalRange !== undefined && !(Array.isArray(typicalRange) && typicalRange.length === 2)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['options', 'typicalRange'],
        message: `expected a pair [low, high] such as ['1.05', '1.20'], got ${describeInput(typicalRange)}`,
      },
    ]);
  }
  return options as MirrorGapOptions;
}
