import { svg } from 'lit';
import { loadOnce } from '../base/load-once.js';
import type { Anchor, Box } from './boxes.js';
import type { DrawnTip, seriesTip as drawSeriesTip, SeriesTipInput } from './point-tip.js';

/** The tip's drawing and placement (`point-tip.ts`), once loaded: see {@link loadTooltip}. */
let drawn: typeof import('./point-tip.js') | undefined;

/**
 * Loads the drawing and placement of tips (their own chunk), once per page: a chart needs it only when a reader
 * first points at it or moves to a point, so a page's first load goes without it. Whoever drew a
 * point before it had come draws again when it has (see `PointNavController`); a failed load is
 * tried again at the next point.
 */
export const loadTooltip: () => Promise<void> = loadOnce(() =>
  import('./point-tip.js').then((module) => {
    drawn = module;
  }),
);

/** Whether {@link tooltip} can draw now (the placement has loaded). */
export const tooltipReady = (): boolean => drawn !== undefined;

/**
 * A focus or hover label in a box (background, border, padding), placed by `placeTip` so that it
 * stays inside `bounds` and covers no other point's mark (and, where it can, none of `labels`),
 * its lines measured in `root`, the shadow root it is drawn in (the context's `root`), when given.
 * Returns the drawing and the box, or `undefined` while the placement has not loaded (see
 * {@link loadTooltip}): the chart is drawn without it meanwhile.
 */
export function tooltip(
  text: string,
  anchor: Anchor,
  marks: readonly Box[],
  bounds: Box,
  labels: readonly Box[] = [],
  root?: ParentNode,
): DrawnTip | undefined {
  return drawn?.drawTip(svg, text, anchor, marks, bounds, labels, root);
}

/**
 * A series chart's tip on its active point and whether a value label would be under it (see
 * `seriesTip` in `point-tip.ts`), or `undefined` while the tip's chunk has not loaded (see
 * {@link loadTooltip}) or for a point without a value: the chart is drawn without it meanwhile.
 *
 * @example
 * ```ts
 * // In `seriesChart`, for its active point:
 * const tip = seriesTip({ text: 'Q3 2024: US$1.2 billion', points, active: 3, bar: false,
 *   bandwidth: 0, zero: 200, width: 640, bottom: 220, unit: 'US$ billion', scale: y, format });
 * tip?.content; // the tip's SVG, drawn over the chart
 * ```
 */
export const seriesTip = (input: SeriesTipInput): ReturnType<typeof drawSeriesTip> =>
  drawn?.seriesTip(svg, input);
