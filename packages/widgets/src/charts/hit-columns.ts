import type { SVGTemplateResult } from 'lit';
import { svgRows } from './svg-rows.js';

/**
 * Transparent full-height columns over a chart, one per point drawn, so that hovering anywhere
 * above or below a point makes it the active one. `data-point` holds the point's index among the
 * points drawn, which is what keyboard navigation counts. Draw them last: they must lie on top.
 */
export function hitColumns(
  xs: readonly (number | null)[],
  step: number,
  top: number,
  bottom: number,
): SVGTemplateResult {
  return svgRows(
    '<rect class="hit" data-point={} x={} y={} width={} height={}></rect>',
    xs.filter((x) => x !== null).map((x, index) => [index, x - step / 2, top, step, bottom - top]),
  );
}
