import { type SVGTemplateResult, svg } from 'lit';
import type { layTip } from './place-tip.js';

/** A rectangle in pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The point a tooltip speaks of: its centre and the radius of its mark (0 for a bar's top). */
export interface Anchor {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** The placement of tips (`place-tip.ts`), once loaded: see {@link loadTooltip}. */
let lay: typeof layTip | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the placement of tips (its own chunk), once per page: a chart needs it only when a reader
 * first points at it or moves to a point, so a page's first load goes without it. Whoever drew a
 * point before it had come draws again when it has (see `PointNavController`).
 */
export function loadTooltip(): Promise<void> {
  if (loading === undefined) {
    const started = import('./place-tip.js').then((module) => {
      lay = module.layTip;
    });
    started.catch(() => {
      if (loading === started) loading = undefined; // tried again at the next point
    });
    loading = started;
  }
  return loading;
}

/** Whether {@link tooltip} can draw now (the placement has loaded). */
export const tooltipReady = (): boolean => lay !== undefined;

/**
 * A focus or hover label in a box (background, border, padding), placed by `placeTip` so that it
 * stays inside `bounds` and covers no other point's mark (and, where it can, none of `labels`).
 * Returns the drawing and the box, or `undefined` while the placement has not loaded (see
 * {@link loadTooltip}): the chart is drawn without it meanwhile.
 */
export function tooltip(
  text: string,
  anchor: Anchor,
  marks: readonly Box[],
  bounds: Box,
  labels: readonly Box[] = [],
): { readonly content: SVGTemplateResult; readonly box: Box } | undefined {
  if (lay === undefined) return undefined;
  const { box, rows } = lay(text, anchor, marks, bounds, labels);
  const centre = box.x + box.width / 2;
  return {
    box,
    content: svg`<g class="tip-group">
      <rect class="tip-box" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="4"></rect>
      ${rows.map(
        (row) =>
          svg`<text class="tip" x=${centre} y=${row.y} text-anchor="middle">${row.text}</text>`,
      )}
    </g>`,
  };
}

/** The box of a circular mark, for {@link placeTip}. */
export const markBox = (x: number, y: number, r = 5): Box => ({
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
});

/** The box of the axis unit written at the chart's top left (see `valueAxis`), for `labels`. */
export const unitBox = (unit: string): Box => ({
  x: 0,
  y: 0,
  width: unit.length * 6.5 + 4,
  height: 14,
});
