import { nothing, type SVGTemplateResult, svg } from 'lit';
import { categoryAxis, valueAxis } from './axes.js';
import { bars } from './bar.js';
import type { ChartText } from './boxes.js';
import { hitColumns } from './hit-columns.js';
import { line, markers, type XY } from './line.js';
import { type BandScale, bandScale, type LinearScale, linearScale } from './scale.js';
import { svgRows } from './svg-rows.js';
import { seriesTip } from './tooltip.js';

/**
 * What a series chart draws on its scales under its series and over them, beside its own marks: a
 * target band (`bandLayer` in `band.ts`, imported only where a band is drawn).
 *
 * @example
 * ```ts
 * // A dashed line at the value 1 (axis units) from the first slot to the third, its label
 * // over the series.
 * const rule: ChartLayer = {
 *   values: [1], // the value axis reaches 1
 *   draw: (x, y) => [
 *     svg`<line class="band-edge" x1=${x(0)} x2=${x(2)} y1=${y(1)} y2=${y(1)}></line>`,
 *     svg`<text class="band-label" x=${x(0)} y=${y(1) - 6}>Target</text>`,
 *   ],
 * };
 * ```
 */
export interface ChartLayer {
  /** Values (in axis units) the value axis reaches. */
  readonly values: readonly number[];
  /**
   * Its drawing under the series, and over them (labels), on the chart's scales, given the
   * series' points (bars when `bar`), which its labels keep off; and the texts it writes, which
   * the tip keeps off.
   */
  draw(
    x: BandScale,
    y: LinearScale,
    series?: readonly XY[],
    bar?: boolean,
  ): readonly [
    under: SVGTemplateResult | typeof nothing,
    over: SVGTemplateResult | typeof nothing,
    texts?: readonly ChartText[],
  ];
}

/**
 * A time series drawn as a line or bars over equal period slots (one per period, so that points sit
 * by time and a missing period is a gap), with an optional layer (a target band).
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
  /** Drawn under the series and over them (a target band: `bandLayer`). */
  readonly layer?: ChartLayer | undefined;
  /** Small labels above the points (year-on-year rates), shown when there is room. */
  readonly notes?: readonly (string | null)[];
  /** The active slot (-1: none) and the text shown for it. */
  readonly active: number;
  readonly tip: string;
  readonly format: (value: number) => string;
  readonly unit: string;
  /** The shadow root the chart is drawn in, where its tip's lines are measured (else estimated). */
  readonly root?: ParentNode | undefined;
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
  const y = linearScale(
    [...values.filter((v): v is number => v !== null), ...(input.layer?.values ?? [])],
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
  // Labels above the points only where the widest fits its slot with 4px to spare (12px text,
  // about 7.6px a character: '+', '%' and '≈' are wider than a digit, '.' narrower): none
  // rather than overlapping ones.
  const widestNote = Math.max(0, ...(input.notes ?? []).map((note) => note?.length ?? 0));
  const roomy = x.step >= Math.max(46, widestNote * 7.6 + 4);
  const [under, over, texts] = input.layer?.draw(x, y, points, input.kind === 'bar') ?? [
    nothing,
    nothing,
  ];
  // The active point's tip, once its chunk has loaded (with the navigation), off the labels.
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
        scale: y,
        format: input.format,
        texts,
        root: input.root,
      })
    : undefined;
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
  // Only the notes drawn, in one template (see `svgRows`).
  const notes = roomy
    ? svgRows(
        '<text class="value-label" x={} y={} text-anchor="middle">{}</text>',
        (input.notes ?? []).flatMap((note, index) => {
          const point = points[index];
          if (note === null || point?.y == null || index === input.active) return [];
          const at = point.y;
          // How far the line to each neighbour rises (falls: below 0) half the label's width out.
          const rise = (input.kind === 'line' ? [points[index - 1], points[index + 1]] : []).map(
            (next) => ((at - (next?.y ?? at)) * note.length * 3.8) / x.step,
          );
          // Above the point, else under it, where that line keeps off the label (over its foot,
          // 4px above the point; under its top, 8px below); else none.
          const y =
            Math.max(0, ...rise) <= 4
              ? Math.min(at, zero) - 8
              : Math.min(0, ...rise) >= -8 && at + 24 < bottom
                ? at + 20
                : null;
          if (y === null || tip?.covers(point.x, y, note)) return [];
          return [[point.x, y, note]];
        }),
      )
    : nothing;
  const hits = hitColumns(
    points.map((p) => (p.y === null ? null : p.x)),
    x.step,
    0,
    bottom,
  );
  // One line: a line break between the parts would be a text node each.
  return svg`${valueAxis(y, 0, width, input.format, input.unit)}${under}${drawn}${notes}${over}${categoryAxis(input.labels, x, height - 4, left, width)}${tip?.content ?? nothing}${hits}`;
}
