import { nothing, type SVGTemplateResult, svg } from 'lit';
import { svgRows } from './svg-rows.js';

/** A point in pixels; `y` is `null` where the series has no value (the line breaks there). */
export interface XY {
  readonly x: number;
  readonly y: number | null;
}

/**
 * A line through the points that have values, broken where a value is missing: a missing period
 * is a gap, never joined across (nothing is invented inside it).
 */
export function line(points: readonly XY[], className: string): SVGTemplateResult {
  let path = '';
  let joined = false;
  for (const point of points) {
    if (point.y === null) {
      joined = false;
      continue;
    }
    path += `${joined ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
    joined = true;
  }
  return svg`<path class="${className} line" d=${path || 'M0,0'} fill="none" stroke-width="2.5"
      stroke-linejoin="round" stroke-linecap="round"></path>`;
}

/**
 * Markers on the points; hollow where a value is approximate or derived. The active point's ring
 * comes after all of them (one template per marker, with no part for a ring that only one has),
 * so it lies on top of its neighbours where points are close.
 */
export function markers(
  points: readonly (XY & { readonly hollow?: boolean })[],
  className: string,
  active: number,
): SVGTemplateResult {
  const ring = points[active];
  // Only the points with a value, in one template (see `svgRows`).
  return svg`${svgRows(
    '<circle class={} cx={} cy={} r={}></circle>',
    points.flatMap((point, index) =>
      point.y === null
        ? []
        : [
            [
              `${className} mark ${point.hollow ? 'hollow' : ''}`,
              point.x,
              point.y,
              index === active ? 6 : 4,
            ],
          ],
    ),
  )}${ring?.y == null ? nothing : svg`<circle class="active-ring" cx=${ring.x} cy=${ring.y} r="9"></circle>`}`;
}
