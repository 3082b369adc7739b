import type { SVGTemplateResult } from 'lit';
import { svgRows } from './svg-rows.js';

/** One bar: its slot centre, width, and the pixel rows of its value and of zero. */
export interface Bar {
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly zero: number;
  readonly hollow?: boolean;
}

/** Vertical bars from the zero line to each value (downwards for negative values). */
export function bars(
  items: readonly (Bar | null)[],
  className: string,
  active: number,
): SVGTemplateResult {
  // Only the bars drawn, in one template (see `svgRows`).
  return svgRows(
    '<rect class={} x={} width={} y={} height={} rx="2"></rect>',
    items.flatMap((bar, index) =>
      bar === null
        ? []
        : [
            [
              `${className} mark bar ${bar.hollow ? 'hollow' : ''} ${index === active ? 'active' : ''}`,
              bar.x - bar.width / 2,
              Math.max(bar.width, 1),
              Math.min(bar.y, bar.zero),
              Math.max(Math.abs(bar.zero - bar.y), 1),
            ],
          ],
    ),
  );
}
