import { type SVGTemplateResult, svg } from 'lit';

/** A point in pixels; `y` is `null` where the series has no value (the line breaks there). */
export interface XY {
  readonly x: number;
  readonly y: number | null;
}

/**
 * A line through the points that have values: solid between neighbours, dashed across a gap of
 * missing values (so a gap is visible without inventing values inside it).
 */
export function line(points: readonly XY[], className: string): SVGTemplateResult {
  let solid = '';
  let dashed = '';
  let previous: { x: number; y: number } | undefined;
  let gap = false;
  for (const point of points) {
    if (point.y === null) {
      gap = previous !== undefined;
      continue;
    }
    const here = `${point.x.toFixed(1)},${point.y.toFixed(1)}`;
    if (previous === undefined) solid += `M${here}`;
    else if (gap) {
      dashed += `M${previous.x.toFixed(1)},${previous.y.toFixed(1)}L${here}`;
      solid += `M${here}`;
    } else solid += `L${here}`;
    previous = { x: point.x, y: point.y };
    gap = false;
  }
  return svg`<path class="${className} line" d=${solid || 'M0,0'} fill="none" stroke-width="2.5"
      stroke-linejoin="round" stroke-linecap="round"></path>
    ${dashed ? svg`<path class="${className} line" d=${dashed} fill="none" stroke-width="1.5" stroke-dasharray="4 4"></path>` : ''}`;
}

/** Markers on the points; hollow where a value is approximate or derived. */
export function markers(
  points: readonly (XY & { readonly hollow?: boolean })[],
  className: string,
  active: number,
): SVGTemplateResult {
  return svg`${points.map((point, index) =>
    point.y === null
      ? ''
      : svg`<circle class="${className} mark ${point.hollow ? 'hollow' : ''}" cx=${point.x} cy=${point.y}
          r=${index === active ? 6 : 4}></circle>
        ${index === active ? svg`<circle class="active-ring" cx=${point.x} cy=${point.y} r="9"></circle>` : ''}`,
  )}`;
}
