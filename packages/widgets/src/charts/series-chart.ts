import { nothing, type SVGTemplateResult, svg } from 'lit';
import { categoryAxis, valueAxis } from './axes.js';
import { band } from './band.js';
import { bars } from './bar.js';
import { hitColumns } from './hit-columns.js';
import { line, markers } from './line.js';
import { bandScale, linearScale } from './scale.js';
import { seriesTip } from './tooltip.js';

/**
 * A time series drawn as a line or bars over equal period slots (one per period, so that points sit
 * by time and a missing period is a gap), with an optional band.
 */
export interface SeriesChartInput {
  readonly width: number;
  readonly height: number;
  /** One label per slot (period). */
  readonly labels: readonly string[];
  /** One value per slot, in axis units; `null` where there is none. */
  readonly values: readonly (number | null)[];
  /** Slots whose value is approximate or derived (drawn hollow). */
  readonly hollow: readonly boolean[];
  readonly kind: 'line' | 'bar';
  /** CSS class giving the series its colour: `turnover`, `export`, `import`. */
  readonly className: string;
  /** A band per slot (a target path), in axis units. */
  readonly band?: readonly ({ readonly lower: number; readonly upper: number } | null)[];
  /** Small labels above the points (year-on-year rates), shown when there is room. */
  readonly notes?: readonly (string | null)[];
  /** The band's values at its last slot, written above its upper and below its lower edge (once if equal). */
  readonly bandEnds?: { readonly lower: string; readonly upper: string };
  /** The active slot (-1: none) and the text shown for it. */
  readonly active: number;
  readonly tip: string;
  readonly format: (value: number) => string;
  readonly unit: string;
}

/**
 * Where the plot of a series chart starts: room above it only for what is always drawn (the axis
 * unit, then the top tick's value, a rate above the topmost point or a band's upper value). No
 * band is kept for the focus label: it goes where it fits (see `placeTip`).
 */
export const PLOT_TOP = 34;

/** Draws a {@link SeriesChartInput}. */
export function seriesChart(input: SeriesChartInput): SVGTemplateResult {
  const { width, height, values } = input;
  const bottom = height - 20;
  const bandValues = (input.band ?? []).flatMap((b) => (b === null ? [] : [b.lower, b.upper]));
  const y = linearScale(
    [...values.filter((v): v is number => v !== null), ...bandValues],
    [bottom, PLOT_TOP],
    height < 200 ? 3 : 4,
  );
  const left = Math.min(48, width * 0.12);
  const x = bandScale(values.length, [left, width - 4], input.kind === 'bar' ? 0.35 : 0);
  const zero = y(0);
  const points = values.map((value, index) => ({
    x: x(index),
    y: value === null ? null : y(value),
    hollow: input.hollow[index] ?? false,
  }));
  const bandPoints = (input.band ?? []).flatMap((b, index) =>
    b === null ? [] : [{ x: x(index), lower: y(b.lower), upper: y(b.upper) }],
  );
  // Labels above the points only where the widest fits its slot (12px text, about 6.5px a
  // character): none rather than overlapping ones.
  const widestNote = Math.max(0, ...(input.notes ?? []).map((note) => note?.length ?? 0));
  const roomy = x.step >= Math.max(46, widestNote * 6.5 + 6);
  // The active point's tip, once its chunk has loaded (with the navigation).
  const tip = input.tip
    ? seriesTip({
        text: input.tip,
        points,
        active: input.active,
        bar: input.kind === 'bar',
        bandwidth: x.bandwidth,
        zero,
        width,
        bottom,
        unit: input.unit,
      })
    : undefined;
  const lastBand = bandPoints[bandPoints.length - 1];
  // The band's end values clear its edges along their whole width (12px text, about 7px a
  // character): above the highest upper edge and below the lowest lower edge under them.
  const endsWidth =
    Math.max(input.bandEnds?.upper.length ?? 0, input.bandEnds?.lower.length ?? 0) * 7;
  const under = bandPoints.filter((p) => lastBand !== undefined && p.x >= lastBand.x - endsWidth);
  const upperY = Math.min(...under.map((p) => p.upper)) - 6;
  const lowerY = Math.max(...under.map((p) => p.lower)) + 16;
  const drawn =
    input.kind === 'bar'
      ? bars(
          points.map((p) =>
            p.y === null ? null : { x: p.x, width: x.bandwidth, y: p.y, zero, hollow: p.hollow },
          ),
          input.className,
          input.active,
        )
      : svg`${line(points, input.className)}${markers(points, input.className, input.active)}`;
  // Only the notes drawn are items (Lit marks each item of a list with two comment nodes).
  const notes = roomy
    ? (input.notes ?? []).flatMap((note, index) => {
        const point = points[index];
        if (note === null || point?.y == null || index === input.active) return [];
        const y = Math.min(point.y, zero) - 8;
        if (tip?.covers(point.x, y, note)) return [];
        return [
          svg`<text class="value-label" x=${point.x} y=${y} text-anchor="middle">${note}</text>`,
        ];
      })
    : nothing;
  const bandLabels =
    lastBand && input.bandEnds
      ? svg`<text class="band-label" x=${lastBand.x} y=${upperY} text-anchor="end">${input.bandEnds.upper}</text
          >${
            input.bandEnds.lower === input.bandEnds.upper
              ? nothing
              : svg`<text class="band-label" x=${lastBand.x} y=${lowerY} text-anchor="end">${input.bandEnds.lower}</text>`
          }`
      : nothing;
  const hits = hitColumns(
    points.map((p) => (p.y === null ? null : p.x)),
    x.step,
    0,
    bottom,
  );
  // One line: a line break between the parts would be a text node each.
  return svg`${valueAxis(y, 0, width, input.format, input.unit)}${band(bandPoints, 'band')}${drawn}${notes}${bandLabels}${categoryAxis(input.labels, x, height - 4, left, width)}${tip?.content ?? nothing}${hits}`;
}
