import { type SVGTemplateResult, svg } from 'lit';

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
  // Only the bars drawn are items (Lit marks each item with two comment nodes).
  return svg`${items.flatMap((bar, index) =>
    bar === null
      ? []
      : svg`<rect class="${className} mark bar ${bar.hollow ? 'hollow' : ''} ${index === active ? 'active' : ''}"
          x=${bar.x - bar.width / 2} width=${Math.max(bar.width, 1)}
          y=${Math.min(bar.y, bar.zero)} height=${Math.max(Math.abs(bar.zero - bar.y), 1)} rx="2"></rect>`,
  )}`;
}
