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
 * (which is always shown). A label centred on a point near an edge is moved inwards so that it is
 * not clipped.
 */
export function categoryAxis(
  labels: readonly string[],
  x: (index: number) => number,
  y: number,
  left: number,
  right: number,
): SVGTemplateResult {
  const widest = Math.max(...labels.map((label) => label.length), 1) * 7 + 8;
  const every = Math.max(1, Math.ceil((widest * labels.length) / Math.max(right - left, 1)));
  const last = labels.length - 1;
  // Half a label's width at 12px, a little generously (digits are about 7.6px wide).
  const half = (label: string) => label.length * 4;
  // Only the labels shown, in one template (see `svgRows`).
  const shown: (readonly [number, number, string])[] = labels.flatMap((label, index) =>
    (last - index) % every === 0
      ? [[Math.max(left + half(label), Math.min(x(index), right - half(label))), y, label]]
      : [],
  );
  return svg`<g class="axis" aria-hidden="true">${svgRows('<text x={} y={} text-anchor="middle">{}</text>', shown)}</g>`;
}
