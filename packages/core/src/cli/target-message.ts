import { rateDigits, roundedRate, yearOnYearDigits } from '../growth/rate-digits.js';
import type { CheckedTargetEvaluation } from '../targets/evaluate-target.js';
import { targetVerdict } from '../targets/evaluate-target.js';
import type { Target } from '../targets/target.js';
import { aboutPercent } from './about-percent.js';

/**
 * An evaluation's verdict as `bilateral report` writes it: `evaluateTarget`'s message, with the
 * growth to date written with the digits its two figures support, as the growth table writes a
 * computed rate (`rateDigits`, `roundedRate`): "about +30 %" for "US$2.2 billion" on US$1.65
 * billion, not "+33.3 %"; exact figures, and over a year a base implied by the current figure's
 * own published rate, keep one decimal ("+25.5 %").
 *
 * @example
 * ```ts
 * targetMessage(growthBand2024, evaluateTarget(growthBand2024, series));
 * //=> '2024: about +30 % a year since 2023 against a band of 10.0–15.0 % a year: met'
 * ```
 */
export function targetMessage(target: Target, evaluation: CheckedTargetEvaluation): string {
  const { base, current, elapsedYears, growthToDate } = evaluation;
  // Over a year, a base implied by the current figure's own published rate gives it back exactly.
  const digits =
    elapsedYears > 1 ? rateDigits(current, base, elapsedYears) : yearOnYearDigits(current, base);
  const { rate, decimals } = roundedRate(growthToDate, digits);
  if (decimals >= 1) return targetVerdict(target, evaluation);
  return targetVerdict(target, evaluation, aboutPercent(rate, 'en'));
}
