import { nothing, type SVGTemplateResult, svg } from 'lit';
import { categoryAxis, valueAxis } from './axes.js';
import { band } from './band.js';
import { bars } from './bar.js';
import { hitColumns } from './hit-columns.js';
import { line, markers } from './line.js';
import { bandScale, linearScale } from './scale.js';

/** A time series drawn as a line or bars over equal period slots, with an optional band. */
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
  /** The active slot (-1: none) and the text shown for it. */
  readonly active: number;
  readonly tip: string;
  readonly format: (value: number) => string;
  readonly unit: string;
}

/** Draws a {@link SeriesChartInput}. */
export function seriesChart(input: SeriesChartInput): SVGTemplateResult {
  const { width, height, values } = input;
  const top = 34;
  const bottom = height - 20;
  const bandValues = (input.band ?? []).flatMap((b) => (b === null ? [] : [b.lower, b.upper]));
  const y = linearScale(
    [...values.filter((v): v is number => v !== null), ...bandValues],
    [bottom, top],
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
  const roomy = x.step >= 46;
  const activePoint = points[input.active];
  // Half the tip's width: bold 12px text, about 7.6px a character.
  const half = Math.min(input.tip.length * 3.8, width / 2);
  const tipX = activePoint ? Math.min(Math.max(activePoint.x, half), width - half) : 0;
  const tipY = activePoint ? Math.max(12, Math.min(activePoint.y ?? zero, zero) - 10) : 0;
  /** Whether a small label at (x, y) would run into the tip. */
  const underTip = (x: number, y: number, text: string) =>
    activePoint !== undefined &&
    input.tip !== '' &&
    Math.abs(x - tipX) < half + text.length * 3.5 + 4 &&
    Math.abs(y - tipY) < 20;
  return svg`
    ${valueAxis(y, 0, width, input.format, input.unit)}
    ${band(bandPoints, 'band')}
    ${
      input.kind === 'bar'
        ? bars(
            points.map((p) =>
              p.y === null ? null : { x: p.x, width: x.bandwidth, y: p.y, zero, hollow: p.hollow },
            ),
            input.className,
            input.active,
          )
        : svg`${line(points, input.className)}${markers(points, input.className, input.active)}`
    }
    ${(input.notes ?? []).map((note, index) => {
      const point = points[index];
      if (note === null || point?.y == null || !roomy || index === input.active) return nothing;
      const y = Math.min(point.y, zero) - 8;
      if (underTip(point.x, y, note)) return nothing;
      return svg`<text class="value-label" x=${point.x} y=${y} text-anchor="middle">${note}</text>`;
    })}
    ${categoryAxis(input.labels, x, height - 4, left, width)}
    ${
      activePoint && input.tip
        ? svg`<text class="tip" x=${tipX} y=${tipY} text-anchor="middle">${input.tip}</text>`
        : nothing
    }
    ${hitColumns(
      points.map((p) => (p.y === null ? null : p.x)),
      x.step,
      0,
      bottom,
    )}
  `;
}
