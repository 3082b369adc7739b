import { nothing, type SVGTemplateResult, svg } from 'lit';
import type { BandScale, LinearScale } from './scale.js';
import type { ChartLayer } from './series-chart.js';

/** A point of a band: x and the pixel rows of its lower and upper edge. */
export interface BandPoint {
  readonly x: number;
  readonly lower: number;
  readonly upper: number;
}

/** A shaded band between a lower and an upper edge (a target path), with both edges drawn. */
export function band(points: readonly BandPoint[], className: string): SVGTemplateResult {
  if (points.length === 0) return svg``;
  const upper = points.map((p) => `${p.x.toFixed(1)},${p.upper.toFixed(1)}`);
  const lower = points.map((p) => `${p.x.toFixed(1)},${p.lower.toFixed(1)}`).reverse();
  return svg`<g class=${className} aria-hidden="true"
    ><path class="band-area" d=${`M${upper.join('L')}L${lower.join('L')}Z`}></path
    ><path class="band-edge" d=${`M${upper.join('L')}`} fill="none"></path
    ><path class="band-edge" d=${`M${[...lower].reverse().join('L')}`} fill="none"></path
  ></g>`;
}

/**
 * A band (a target path) as a layer of a series chart: shaded under the series, with its values
 * at its last slot written above its upper and below its lower edge (once if equal), clear of the
 * edges along their width and of the series (its points, the segments between them, its bars):
 * one or two lines further out where the series crosses them there, else on the band's other
 * side, the upper value above the lower one where both are clear there (and the texts of both,
 * which the tip keeps off). Only the chunks that draw a target band import it (through
 * `base/timeline-band.ts`), so that a chart without one goes without it.
 *
 * @param slots - A band per slot (`null`: none there), in axis units.
 * @param ends - The texts of the band's values at its last slot, if any.
 *
 * @example
 * ```ts
 * // A band over the last two of three slots, written "US$1.2 billion" / "US$1.4 billion".
 * const layer = bandLayer([null, { lower: 1.1, upper: 1.2 }, { lower: 1.2, upper: 1.4 }], {
 *   lower: 'US$1.2 billion',
 *   upper: 'US$1.4 billion',
 * });
 * layer.values; //=> [1.1, 1.2, 1.2, 1.4] (the value axis reaches them)
 * seriesChart({ ...input, layer }); // the band under the line, its end values over it
 * ```
 */
export function bandLayer(
  slots: readonly ({ readonly lower: number; readonly upper: number } | null)[],
  ends: { readonly lower: string; readonly upper: string } | undefined,
): ChartLayer {
  return {
    values: slots.flatMap((b) => (b === null ? [] : [b.lower, b.upper])),
    draw: (x: BandScale, y: LinearScale, series = [], bar = false) => {
      const points = slots.flatMap((b, index) =>
        b === null ? [] : [{ x: x(index), lower: y(b.lower), upper: y(b.upper) }],
      );
      const last = points[points.length - 1];
      // The end values clear the band's edges along their whole width (12px text, about 7px a
      // character): above the highest upper edge and below the lowest lower edge under them, from
      // the point before them (an edge between two points lies between their rows).
      const endsWidth = Math.max(ends?.upper.length ?? 0, ends?.lower.length ?? 0) * 7;
      const under = points.filter((p) => last !== undefined && p.x >= last.x - endsWidth - x.step);
      const upperY = Math.min(...under.map((p) => p.upper)) - 6;
      const lowerY = Math.max(...under.map((p) => p.lower)) + 16;
      const zero = y(0);
      const bottom = y(y.ticks[0] ?? 0);
      // Whether a text ending at the band's end on the baseline `at` would touch the series (its
      // bars; or its points and the segments between them, 6px around for the marks and the
      // line's width) or the text `other`, or leave the plot.
      const clash = (text: string, at: number, other?: number) => {
        const left = (last?.x ?? 0) - text.length * 7 - 4;
        const right = last?.x ?? 0;
        return (
          at < 12 ||
          at > bottom ||
          (other !== undefined && Math.abs(at - other) < 15) ||
          series.some((p, i) => {
            const py = p.y;
            if (py === null) return false;
            const half = bar ? x.bandwidth / 2 : 6;
            const next = bar ? undefined : series[i + 1];
            const q = next?.y == null ? { x: p.x, y: py } : { x: next.x, y: next.y };
            const from = Math.max(left, p.x - half);
            const to = Math.min(right, q.x + half);
            // The segment's rows over the text's width (a point's: its own row; a bar's: from
            // its top to the zero line).
            const row = (col: number) =>
              q.x === p.x
                ? py
                : py + (q.y - py) * Math.min(1, Math.max(0, (col - p.x) / (q.x - p.x)));
            const top = bar ? Math.min(py, zero) : Math.min(row(from), row(to)) - 6;
            const low = bar ? Math.max(py, zero) : Math.max(row(from), row(to)) + 6;
            return from < to && top < at + 3 && low > at - 12;
          })
        );
      };
      // Where each value goes: at its edge if clear, else one or two lines further out, else on
      // the band's other side; at its edge if nowhere is clear.
      const place = (text: string, tries: number[], other?: number) =>
        tries.find((at) => !clash(text, at, other)) ?? (tries[0] as number);
      const same = ends === undefined || ends.lower === ends.upper;
      let upperAt = ends ? place(ends.upper, [upperY, upperY - 16, upperY - 32, lowerY + 32]) : 0;
      let lowerAt = !same
        ? place(ends.lower, [lowerY, lowerY + 16, lowerY + 32, upperY - 32], upperAt)
        : 0;
      // Both on one side: the lower value under the upper one, as they read (one value, where
      // placed), if both are clear there as `place` checks; else each where it was placed, out of
      // order but clear (review h150 A9: the swap put a lower value on the line; chart-labels test).
      if (
        !same &&
        lowerAt < upperAt &&
        !clash(ends.upper, upperAt - 16) &&
        !clash(ends.lower, upperAt)
      )
        [upperAt, lowerAt] = [upperAt - 16, upperAt];
      const labels =
        last && ends
          ? svg`<text class="band-label" x=${last.x} y=${upperAt} text-anchor="end">${ends.upper}</text
          >${
            same
              ? nothing
              : svg`<text class="band-label" x=${last.x} y=${lowerAt} text-anchor="end">${ends.lower}</text>`
          }`
          : nothing;
      return [
        band(points, 'band'),
        labels,
        last && ends
          ? [
              { x: last.x, y: upperAt, text: ends.upper, end: true },
              ...(same ? [] : [{ x: last.x, y: lowerAt, text: ends.lower, end: true }]),
            ]
          : [],
      ];
    },
  };
}
