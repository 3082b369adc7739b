import type { Money, SeriesMeasure } from '@bilateral/core/calc';
import { seriesChart } from '../charts/series-chart.js';
import {
  axisUnit,
  formatAmount,
  formatGrowth,
  formatNumber,
  formatPeriodLabel,
  rateOf,
} from '../i18n/format.js';
import { oneLine } from '../i18n/one-line.js';
import type { ChartParts, RenderContext } from './bilateral-element.js';
import type { Timeline, TimelinePoint } from './timeline.js';
import type { TimelineBand } from './timeline-band.js';

/**
 * A point in words, for the data table, the live region and the tooltip: its value, marked when
 * derived or approximate (an approximate value written with "about" is not marked again), and its
 * year-on-year rate, marked when its source published it (an unmarked rate is computed from the
 * two levels, with the digits they support): "2024: US$2.2 billion (approximate), about +30 %
 * year on year", "2019: about US$1.2 billion, about +10 % year on year", "2025: US$2.98 billion,
 * +32.7 % year on year (published)", and a published rate the levels contradict with the rate they
 * give ({@link publishedWords}).
 */
export function describePoint(point: TimelinePoint, context: RenderContext): string {
  const { locale, m } = context;
  const { open, close, colon, comma } = m.punctuation;
  const value = pointAmount(point, context);
  // A value written with "about" says it is approximate once: no "(approximate)" after it.
  const mark =
    point.derivation !== undefined
      ? m.derived
      : point.uncertain && !value.startsWith(m.about)
        ? m.uncertain
        : '';
  const valueMark = mark === '' ? '' : `${open}${mark}${close}`;
  const rate =
    point.rate === null
      ? ''
      : `${comma}${rateOf(point, locale)} ${m.yearOnYear.toLowerCase()}${
          point.publishedRate === undefined
            ? ''
            : `${open}${publishedWords(point, context)}${close}`
        }`;
  return `${formatPeriodLabel(point.period, locale)}${colon}${value}${valueMark}${rate}`;
}

/**
 * A point's value in words, to the precision it is known to: "US$2.98 billion", "about US$823
 * million", and "more than US$565 million" or "at least US$565 million" for a figure published
 * as a lower bound, as its source worded it (the figure itself with every digit it has: "more
 * than US$1.065 billion", not the default "US$1.07 billion"). `line` is applied to the amount
 * only (`oneLine` in a sentence), so "more than" can still end a line.
 *
 * @example
 * ```ts
 * pointAmount(point, context); //=> 'more than US$565 million' (The Star, Laos' H1 2023 exports)
 * ```
 */
export function pointAmount(
  point: TimelinePoint,
  { locale, m }: RenderContext,
  line = (text: string) => text,
): string {
  // The point is its own amount options: its `precision` and `lowerBound` (every digit of a
  // bound); it has no `fractionDigits`.
  return (
    (point.lowerBound ? m[point.lowerBound] : '') + line(formatAmount(point.value, locale, point))
  );
}

/**
 * How a point's published rate is marked, in the tip, the live region and the data table:
 * "published", or, when the dataset's own levels contradict it, what they give instead:
 * "published, values give about +15 %" (Vietnam–Laos 2018, +11.9 %).
 */
export function publishedWords(point: TimelinePoint, { locale, m }: RenderContext): string {
  return point.levelsRate === null
    ? m.published
    : m.disputed(formatGrowth(point.levelsRate, locale, point.rateDigits));
}

/**
 * The sentence for a series: "Vietnam–Laos turnover rose from … in 2016 to … in 2024.", or for
 * one point "Laos’s exports to Vietnam were more than US$565 million in H1/2023." (`measure` is
 * what `subject` names, for the verb's agreement).
 */
export function seriesSentence(
  subject: string,
  measure: SeriesMeasure,
  points: readonly TimelinePoint[],
  context: RenderContext,
): string {
  const { locale, m } = context;
  const first = points[0];
  if (first === undefined) return m.empty;
  const last = points[points.length - 1] as TimelinePoint;
  const text = (point: TimelinePoint) => pointAmount(point, context, oneLine);
  const label = (point: TimelinePoint) => formatPeriodLabel(point.period, locale);
  if (first === last) return m.was(subject, text(first), label(first), measure);
  const say = last.value.amount.gte(first.value.amount) ? m.rose : m.fell;
  return say(subject, text(first), label(first), text(last), label(last));
}

/** Chart-ready numbers for a timeline (values in the axis unit). */
export function timelineChart(
  view: { readonly timeline: Timeline; readonly currency: string },
  context: RenderContext,
  options: {
    readonly kind: 'line' | 'bar';
    readonly className: string;
    readonly band?: TimelineBand | undefined;
    /** Whether to write the year-on-year rates above the points (default: yes). */
    readonly rates?: boolean;
  },
): ChartParts {
  const { locale, width, active } = context;
  const { periods, points } = view.timeline;
  const present = points.flatMap((point, slot) => (point === null ? [] : [{ point, slot }]));
  const raw = (money: Money) => money.amount.toNumber();
  const max = Math.max(
    ...present.map(({ point }) => raw(point.value)),
    ...(options.band?.tops ?? []),
  );
  const unit = axisUnit(max, view.currency, locale);
  const activeSlot = present[active]?.slot ?? -1;
  const activePoint = present[active]?.point;
  let descriptions: readonly string[] | undefined;
  return {
    height: width < 420 ? 200 : 240,
    // Written when the navigation first reads them (a reader moves to a point), not at each draw.
    get points() {
      descriptions ??= present.map(({ point }) => describePoint(point, context));
      return descriptions;
    },
    content: seriesChart({
      width,
      height: width < 420 ? 200 : 240,
      labels: periods.map((period) => formatPeriodLabel(period, locale)),
      values: points.map((point) => (point === null ? null : raw(point.value) / unit.divisor)),
      hollow: points.map((point) => point?.uncertain ?? false),
      kind: options.kind,
      className: options.className,
      layer: options.band?.layer(periods, unit.divisor, locale),
      notes: points.map((point) =>
        point?.rate == null || options.rates === false
          ? null
          : rateOf(point, locale, '≈').replace('\u00a0', ''),
      ),
      active: activeSlot,
      tip: activePoint === undefined ? '' : describePoint(activePoint, context),
      format: (value) => formatNumber(value, locale, Number.isInteger(value) ? 0 : 1, true),
      unit: unit.label,
      root: context.root,
    }),
  };
}
