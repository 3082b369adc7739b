import { type SVGTemplateResult, svg } from 'lit';
import type { LinearScale } from './scale.js';
import { svgRows } from './svg-rows.js';

/**
 * Horizontal grid lines and the value labels of a {@link LinearScale}, on the left. The grid is
 * one path (a `<line>` per tick was a node and a template instance more per tick, on every chart
 * of a page).
 */
export function valueAxis(
  scale: LinearScale,
  x0: number,
  x1: number,
  format: (value: number) => string,
  unit: string,
): SVGTemplateResult {
  // Never empty: a linear scale has two ticks at least.
  const grid = scale.ticks.map((tick) => `M${x0},${scale(tick)}H${x1}`).join('');
  // Line breaks inside the tags, not between them: a text node between two elements is a node
  // more on every chart.
  return svg`<g class="grid axis" aria-hidden="true"
    ><text class="unit" x=${x0} y="11">${unit}</text
    ><path d=${grid} fill="none"></path
    >${svgRows(
      '<text x={} y={}>{}</text>',
      scale.ticks.map((tick) => [x0, scale(tick) - 3, format(tick)]),
    )}</g
  >`;
}

/**
 * Category labels under a chart, between `left` and `right`, thinned out so that they do not
 * overlap: every label when there is room, otherwise every n-th counted back from the last one
 * (which is always shown), n the smallest with at least 4px between the shown labels. A label
 * centred on a point near an edge is moved inwards so that it is not clipped, and the step is
 * checked where the labels are drawn (the moved first and last ones too).
 *
 * @example
 * ```ts
 * // Fifteen years on a 310px chart: every third one, 2018 to 2030 (every second one would
 * // need 34.4px a label and has 36px, less 7px where 2016 moves in from the edge).
 * const x = bandScale(15, [37, 306], 0);
 * const years = Array.from({ length: 15 }, (_, i) => String(2016 + i));
 * categoryAxis(years, x, 296, 37, 310);
 * ```
 */
export function categoryAxis(
  labels: readonly string[],
  x: (index: number) => number,
  y: number,
  left: number,
  right: number,
): SVGTemplateResult {
  // Half a label's width at 12px, digits being about 7.6px wide, plus half of a 4px gap.
  const half = (label: string) => label.length * 3.8 + 2;
  const last = labels.length - 1;
  const place = (every: number): (readonly [number, number, string])[] =>
    labels.flatMap((label, index) =>
      (last - index) % every
        ? []
        : [[Math.max(left + half(label), Math.min(x(index), right - half(label))), y, label]],
    );
  // Every label, every second one... until the shown ones are clear of each other (the last one
  // alone always is).
  let shown = place(1);
  for (
    let every = 2;
    shown.some(([at, , label], i) => {
      const before = shown[i - 1];
      return before !== undefined && at - before[0] < half(label) + half(before[2]);
    });
    every++
  )
    shown = place(every);
  // Only the labels shown, in one template (see `svgRows`).
  return svg`<g class="axis" aria-hidden="true">${svgRows('<text x={} y={} text-anchor="middle">{}</text>', shown)}</g>`;
}
