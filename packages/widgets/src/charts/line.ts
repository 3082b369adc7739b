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

/**
 * Whether the line through `points` (as {@link line} draws it, broken at gaps) or their marks
 * come within 6px of the rectangle from (`left`, `top`) to (`right`, `bottom`): a text there
 * would be crossed by the line or touch a mark.
 *
 * @example
 * ```ts
 * const rising = [{ x: 0, y: 100 }, { x: 100, y: 0 }];
 * lineCrosses(rising, 40, 60, 40, 60); //=> true: the line passes (50, 50)
 * lineCrosses(rising, 0, 30, 0, 30); //=> false: it passes (30, 70), well below
 * ```
 */
export const lineCrosses = (
  points: readonly XY[],
  left: number,
  right: number,
  top: number,
  bottom: number,
): boolean =>
  points.some((p, i) => {
    const py = p.y;
    if (py === null) return false;
    const next = points[i + 1];
    const q = next?.y == null ? { x: p.x, y: py } : { x: next.x, y: next.y };
    const from = Math.max(left, p.x - 6);
    const to = Math.min(right, q.x + 6);
    // The segment's rows over the rectangle's width (a point alone: its own row).
    const row = (col: number) =>
      q.x === p.x ? py : py + (q.y - py) * Math.min(1, Math.max(0, (col - p.x) / (q.x - p.x)));
    return (
      from < to &&
      Math.min(row(from), row(to)) - 6 < bottom &&
      Math.max(row(from), row(to)) + 6 > top
    );
  });
