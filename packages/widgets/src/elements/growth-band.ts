import type { Dataset, Locale, Money, Series, Target, TargetPath } from '@bilateral/core/calc';
import { evaluateTarget, targetPath } from '@bilateral/core/targets';
import { html, type TemplateResult } from 'lit';
import { findTarget } from '../base/find-target.js';
import { bandRates } from '../base/timeline-band.js';
import { dataText } from '../i18n/data-text.js';
import type { Messages } from '../i18n/messages.js';

export { timelineBand } from '../base/timeline-band.js';

/**
 * The target band `<bilateral-growth target="…">` overlays on a yearly series: the target the
 * dataset has under `id` and its path from the base year's value in `series`. In a chunk of its
 * own (the core's target calculations with it), loaded only by an element that names a target.
 *
 * @throws BilateralError `INVALID_INPUT` when the dataset has no such target; what
 *   `evaluateTarget` throws for a series the target cannot be read on
 */
export function growthBand(
  dataset: Dataset,
  id: string,
  series: Series,
): { readonly target: Target; readonly band: TargetPath<Money> } {
  const target = findTarget(dataset, id);
  const evaluation = evaluateTarget(target, series);
  const band = targetPath(target, {
    year: evaluation.base.period.kind === 'year' ? evaluation.base.period.year : 0,
    value: evaluation.base.value,
  });
  return { target, band };
}

/**
 * The band's entry in the legend: its swatch, "Target band", the band's rates with the decimals the dataset wrote them with (`10–15 %`; none
 * for a target of a level) and who set it, in the language of `m` (a translation of the data's
 * words where the messages have one).
 *
 * @example
 * ```ts
 * // growth.ts draws it in its legend once this chunk has loaded:
 * // Target band: 10–15 % (Vietnam–Laos Joint Statement, September 2024)
 * bandLegend(target, 'en', m);
 * ```
 */
export function bandLegend(target: Target, locale: Locale, m: Messages): TemplateResult {
  const rates =
    target.kind === 'level'
      ? ''
      : `${m.punctuation.colon}${bandRates(target.band.lower, target.band.upper, locale)}`;
  return html`<span><span class="swatch band-swatch"></span>${m.targetBand}${rates}${m.punctuation.open}${dataText(target.setBy, m).text}${m.punctuation.close}</span>`;
}
