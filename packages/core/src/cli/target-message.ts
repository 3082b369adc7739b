import { Decimal } from '../_internal/decimal.js';
import { growthToDateDigits } from '../growth/rate-digits.js';
import { bandDecimals } from '../targets/band-decimals.js';
import type { CheckedTargetEvaluation } from '../targets/evaluate-target.js';
import { targetVerdict } from '../targets/evaluate-target.js';
import type { Target } from '../targets/target.js';
import { computedJson } from './json-numbers.js';
import { type WrittenRate, writtenRate } from './written-rate.js';

/** A target's growth to date as `bilateral report --json` gives it, and as its line writes it. */
export interface TargetGrowth extends WrittenRate {
  /** The growth to date, exact (12 significant digits), a fraction. */
  readonly computed: string;
  /** The significant digits its two figures support (`growthToDateDigits`), null when exact. */
  readonly digits: number | null;
}

/**
 * An evaluation's growth to date with the digits its two figures support (`growthToDateDigits`),
 * written as the growth table writes a computed rate (`writtenRate`): "about +30 %" for "US$2.2
 * billion" on US$1.65 billion, "+10.3 %" (half up) for exact figures.
 *
 * @example
 * ```ts
 * targetGrowth(evaluateTarget(growthBand2024, series));
 * //=> { computed: '0.333333333333', digits: 2, rounded: '0.3', text: 'about +30 %' }
 * ```
 */
export function targetGrowth(evaluation: CheckedTargetEvaluation): TargetGrowth {
  const computed = computedJson(evaluation.growthToDate);
  const digits = growthToDateDigits(evaluation) ?? null;
  return { computed, digits, ...writtenRate(computed, digits, 'en') };
}

/** A band's rate in percent with `decimals` decimals, halves up as the widgets: `0.1` → `10`. */
function bandRate(rate: Decimal, decimals: number): string {
  return rate.times(100).toFixed(decimals, Decimal.ROUND_HALF_UP);
}

/**
 * A growth band's rates with the decimals the dataset wrote them with, one at most
 * ({@link bandDecimals}, the widgets' rule: a source's "10–15 %" stays so), one rate when its
 * ends are equal.
 *
 * @example
 * ```ts
 * bandText(new Decimal('0.1'), new Decimal('0.15')); //=> '10–15 %'
 * bandText(new Decimal('0.105'), new Decimal('0.15')); //=> '10.5–15.0 %'
 * ```
 */
export function bandText(lower: Decimal, upper: Decimal): string {
  const decimals = bandDecimals(lower, upper);
  if (lower.eq(upper)) return `${bandRate(upper, decimals)} %`;
  return `${bandRate(lower, decimals)}–${bandRate(upper, decimals)} %`;
}

/**
 * An evaluation's verdict as `bilateral report` writes it: `targetVerdict` with the growth to
 * date as {@link targetGrowth} writes it (`growth`, when the caller has it already) and a growth
 * band's rates as the dataset gave them ({@link bandText}).
 *
 * @example
 * ```ts
 * targetMessage(growthBand2024, evaluateTarget(growthBand2024, series));
 * //=> '2024: about +30 % a year since 2023 against a band of 10–15 % a year: met'
 * ```
 */
export function targetMessage(
  target: Target,
  evaluation: CheckedTargetEvaluation,
  growth: TargetGrowth = targetGrowth(evaluation),
): string {
  const band = target.kind === 'level' ? undefined : bandText(target.band.lower, target.band.upper);
  return targetVerdict(target, evaluation, growth.text, band);
}
