/**
 * The rectangles a tip is placed among (`place-tip.ts`): the types and the boxes of a chart's
 * marks and of its axis unit. Only code that draws a tip imports them (the tip's own chunk,
 * `point-tip.ts`, and charts that build their marks for {@link Box}es), so that a page's first
 * load goes without them.
 */

/**
 * A rectangle in pixels.
 *
 * @example
 * ```ts
 * const plot: Box = { x: 0, y: 0, width: 640, height: 220 };
 * ```
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The point a tooltip speaks of: its centre and the radius of its mark (0 for a bar's top).
 *
 * @example
 * ```ts
 * const onLine: Anchor = { x: 120, y: 64, r: 9 }; // a line's mark, with its focus ring
 * const onBar: Anchor = { x: 120, y: 64, r: 0 }; // a bar's top
 * ```
 */
export interface Anchor {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/**
 * The box of a circular mark, for `placeTip`.
 *
 * @example
 * ```ts
 * markBox(100, 50); //=> { x: 95, y: 45, width: 10, height: 10 }
 * ```
 */
export const markBox = (x: number, y: number, r = 5): Box => ({
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
});

/**
 * The box of the axis unit written at the chart's top left (see `valueAxis`), for `labels`.
 *
 * @example
 * ```ts
 * unitBox('US$ million'); //=> { x: 0, y: 0, width: 75.5, height: 14 }
 * ```
 */
export const unitBox = (unit: string): Box => ({
  x: 0,
  y: 0,
  width: unit.length * 6.5 + 4,
  height: 14,
});
