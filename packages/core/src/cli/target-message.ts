import { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { growthToDateDigits } from '../growth/rate-digits.js';
import { formatPeriod } from '../period/format-period.js';
import { bandDecimals } from '../targets/band-decimals.js';
import type { CheckedTargetEvaluation } from '../targets/evaluate-target.js';
import { percent } from '../targets/internal/window.js';
import type { Target } from '../targets/target.js';
import { computedJson } from './json-numbers.js';
import { REPORT_WORDS, type ReportWords } from './report-words/index.js';
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
 * billion" on US$1.65 billion, "+10.3 %" (half up) for exact figures; `text` in `locale`.
 *
 * @example
 * ```ts
 * const [growthBand2024] = vietnamLaos.targets;
 * const series = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * targetGrowth(evaluateTarget(growthBand2024, series));
 * //=> { computed: '0.333333333333', digits: 2, rounded: '0.3', text: 'about +30 %' }
 * targetGrowth(evaluateTarget(growthBand2024, series), 'vi').text; //=> 'khoảng +30%'
 * ```
 */
export function targetGrowth(
  evaluation: CheckedTargetEvaluation,
  locale: Locale = 'en',
): TargetGrowth {
  const computed = computedJson(evaluation.growthToDate);
  const digits = growthToDateDigits(evaluation) ?? null;
  return { computed, digits, ...writtenRate(computed, digits, locale) };
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
 * An evaluation's verdict as `bilateral report` writes it, in the words of `words` (in English,
 * `targetVerdict`'s sentence): the growth to date as {@link targetGrowth} writes it in the
 * words' language (`growth`, when the caller has it already) and a growth band's rates as the
 * dataset gave them ({@link bandText}); its numbers in English notation, for the text's
 * `localNumbers`.
 *
 * @example
 * ```ts
 * const [growthBand2024] = vietnamLaos.targets;
 * const series = datasetSeries(vietnamLaos, {
 *   reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year',
 * });
 * const evaluation = evaluateTarget(growthBand2024, series);
 * targetMessage(growthBand2024, evaluation);
 * //=> '2024: about +30 % a year since 2023 against a band of 10–15 % a year: met'
 * targetMessage(growthBand2024, evaluation, undefined, REPORT_WORDS.vi);
 * //=> '2024: khoảng +30% mỗi năm kể từ 2023, mục tiêu 10–15 % mỗi năm: đạt'
 * ```
 */
export function targetMessage(
  target: Target,
  evaluation: CheckedTargetEvaluation,
  growth?: TargetGrowth,
  words: ReportWords = REPORT_WORDS.en,
): string {
  const { base, current, elapsedYears, yearsLeft, status } = evaluation;
  const rate = (growth ?? targetGrowth(evaluation, words.locale)).text;
  const band =
    target.kind === 'level'
      ? words.levelBand(percent(evaluation.band.lower))
      : words.growthBand(bandText(target.band.lower, target.band.upper));
  const period = formatPeriod(current.period);
  const state = words.statuses[status];
  if (evaluation.partial) {
    return words.verdictPartial(period, rate, formatPeriod(base.period), band, state);
  }
  const baseYear = evaluation.endYear - yearsLeft - elapsedYears;
  const left = words.yearsLeft(yearsLeft);
  const required = evaluation.requiredRate;
  return elapsedYears === 0
    ? words.verdictNothingYet(
        baseYear,
        band,
        left,
        required === null ? '' : words.neededFrom(percent(required.toLower), period),
        state,
      )
    : words.verdict(period, rate, baseYear, band, yearsLeft > 0 ? left : '', state);
}
