import { svg } from 'lit';
import type { ChartParts, RenderContext } from '../base/bilateral-element.js';
import { bandDecimals } from '../base/timeline-band.js';
import { gauge } from '../charts/gauge.js';
import { formatPeriodLabel, formatRate } from '../i18n/format.js';
import type { TargetView } from './target.js';

/**
 * The gauge `<bilateral-target>` draws when its target can be evaluated only on year-to-date sums
 * (no band over the years): the growth to date against the band. A module of its own, loaded by
 * an element once its view needs it (a target evaluated on full years never loads it).
 *
 * @param texts - the growth to date and the band as the element writes them
 */
export function targetGauge(
  view: TargetView,
  { locale, m, width }: RenderContext,
  texts: { readonly growth: string; readonly band: string },
): ChartParts {
  const { evaluation } = view;
  // The band's ends with the decimals the dataset gives them, as the element's texts.
  const decimals = bandDecimals(evaluation.band.lower, evaluation.band.upper);
  const growth = evaluation.growthToDate.toNumber();
  const lo = evaluation.band.lower.toNumber();
  const hi = evaluation.band.upper.toNumber();
  const min = Math.min(0, growth, lo);
  const max = Math.max(hi * 2, growth * 1.2, 0.01);
  const r = Math.min(110, width / 2 - 30);
  const cx = width / 2;
  return {
    height: r + 54,
    points: [
      `${m.growthToDate}${m.punctuation.colon}${texts.growth}${m.punctuation.open}${formatPeriodLabel(evaluation.current.period, locale)} / ${formatPeriodLabel(evaluation.base.period, locale)}${m.punctuation.close}`,
      `${m.targetBand}${m.punctuation.colon}${texts.band}`,
    ],
    // The band's ends carry their values; the scale's ends none (they are only room around
    // the band and the needle), and the needle's value is written under the hub.
    content: svg`${gauge({
      value: growth,
      min,
      max,
      bandFrom: lo,
      bandTo: hi,
      cx,
      cy: r + 24,
      r,
      bandLabels: {
        from: formatRate(evaluation.band.lower, locale, false, decimals),
        to: formatRate(evaluation.band.upper, locale, false, decimals),
      },
    })}
        <text class="value-label gauge-value" x=${cx} y=${r + 46} text-anchor="middle">${texts.growth}</text>`,
  };
}
