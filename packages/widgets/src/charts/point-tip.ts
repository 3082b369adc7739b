import type { SVGTemplateResult, svg as svgTag } from 'lit';
import { type Anchor, axisBoxes, type Box, type ChartText, markBox, textBox } from './boxes.js';
import { type LineWidth, layTip } from './place-tip.js';
import type { LinearScale } from './scale.js';

/**
 * The active point's tip, drawn: loaded on demand with the tip's placement (see `loadTooltip` in
 * `tooltip.ts`), with the first point a reader points at or moves to. Lit's `svg` tag comes from
 * the caller: a chunk that imports Lit itself would split an app's first chunk in two (a bundler
 * gives the modules a first chunk shares with an on-demand one a chunk of their own).
 */

/** Lit's `svg` template tag. */
type Svg = typeof svgTag;

/** A drawn tip: its SVG and its box. */
export interface DrawnTip {
  readonly content: SVGTemplateResult;
  readonly box: Box;
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Calls `lay` with how wide a line of tip text is drawn in `root` (an element's shadow root): the
 * part of `text` it is, measured on `text` written once in a text of the tip's class (`.tip`: bold
 * 12px in the element's font, whatever font draws its script), or of `className`, added to `root`
 * for the time `lay` takes. Where the browser cannot measure it (the element is not displayed),
 * `lay` estimates.
 */
function measuredIn<T>(
  root: ParentNode,
  text: string,
  lay: (width?: LineWidth) => T,
  className = 'tip',
): T {
  const figure = document.createElementNS(SVG, 'svg');
  const probe = figure.appendChild(document.createElementNS(SVG, 'text'));
  probe.setAttribute('class', className);
  // Every character counted (no space collapsed), so that a line's place in `text` is its place
  // in the probe.
  probe.style.whiteSpace = 'pre';
  probe.textContent = text;
  root.append(figure);
  const widths = new Map<string, number>();
  try {
    return lay(
      probe.getNumberOfChars() < text.length
        ? undefined
        : (line) => {
            let width = widths.get(line);
            if (width === undefined) {
              width = probe.getSubStringLength(text.indexOf(line), line.length);
              widths.set(line, width);
            }
            return width;
          },
    );
  } finally {
    figure.remove();
  }
}

/**
 * A focus or hover label in a box (background, border, padding), placed by `placeTip` so that it
 * stays inside `bounds` and covers no other point's mark (and, where it can, none of `labels`).
 * Given the `root` it is drawn in (the element's shadow root, whose styles it takes), its lines
 * are measured there, so that the box fits them in any font; without it, estimated.
 *
 * @example
 * ```ts
 * import { svg } from 'lit';
 *
 * const tip = drawTip(svg, '2024: US$1.2 billion', { x: 300, y: 80, r: 9 }, [], {
 *   x: 0, y: 0, width: 640, height: 220,
 * }, [], element.shadowRoot);
 * tip.box; //=> above the point, inside the plot, as wide as its text as drawn and its padding
 * ```
 */
export function drawTip(
  svg: Svg,
  text: string,
  anchor: Anchor,
  marks: readonly Box[],
  bounds: Box,
  labels: readonly Box[] = [],
  root?: ParentNode,
): DrawnTip {
  const lay = (width?: LineWidth) => layTip(text, anchor, marks, bounds, labels, width);
  const { box, rows } = root ? measuredIn(root, text, lay) : lay();
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

/** What `seriesChart` gives to draw its active point's tip (see {@link seriesTip}). */
export interface SeriesTipInput {
  /** The tip's text. */
  readonly text: string;
  /** The points' centres (`y` null: no value). */
  readonly points: readonly { readonly x: number; readonly y: number | null }[];
  /** The active point's index. */
  readonly active: number;
  /** Whether the points are bars (`bandwidth` wide, from `zero`) rather than a line's marks. */
  readonly bar: boolean;
  readonly bandwidth: number;
  /** The y of the value 0. */
  readonly zero: number;
  /** The plot's width and the bottom of its area. */
  readonly width: number;
  readonly bottom: number;
  /** The axis unit, written at the top left. */
  readonly unit: string;
  /** The value axis and how it writes a tick (at the left, 3px above its grid line: `valueAxis`). */
  readonly scale: LinearScale;
  readonly format: (value: number) => string;
  /**
   * Other texts drawn on the plot (a band's values: `bandLayer`), which the tip keeps off as it
   * keeps off the other points' marks; measured in `root` as drawn (`band-label`), when given.
   */
  readonly texts?: readonly ChartText[] | undefined;
  /** The shadow root the tip is drawn in, where its lines are measured (see {@link drawTip}). */
  readonly root?: ParentNode | undefined;
}

/**
 * A series chart's tip on its active point, which covers no other point's mark or bar nor a band's
 * value (`texts`: a place that covers one only where every place covers a mark) and, where it
 * can, no label: the axis unit, a tick's value; and whether a value label of `text` centred at
 * (`x`, `y`) would be under it (such labels are left out). `undefined` for a point without a
 * value. Its lines are measured in `input.root`, the element's shadow root, when given (see
 * {@link drawTip}).
 *
 * @example
 * ```ts
 * import { svg } from 'lit';
 *
 * const tip = seriesTip(svg, {
 *   text: '2024: US$1.2 billion', points: [{ x: 40, y: 120 }, { x: 300, y: 80 }], active: 1,
 *   bar: false, bandwidth: 0, zero: 200, width: 640, bottom: 220, unit: 'US$ billion',
 *   scale: linearScale([1.2, 0.9], [200, 34]), format: String,
 * });
 * tip?.covers(300, 72, '+12.0%'); //=> true: the label over the point is under the tip
 * ```
 */
export function seriesTip(
  svg: Svg,
  input: SeriesTipInput,
):
  | { readonly content: SVGTemplateResult; covers(x: number, y: number, text: string): boolean }
  | undefined {
  const { points, active, bar, bandwidth, zero } = input;
  const point = points[active];
  if (point?.y == null) return undefined;
  const barBox = (x: number, y: number): Box => ({
    x: x - bandwidth / 2,
    y: Math.min(y, zero),
    width: bandwidth,
    height: Math.abs(zero - y),
  });
  // A band's values weigh as the marks do, and as labels too (one hidden whole rather than in
  // part): a tip hides one only where every place hides a point (as labels only, they weighed no
  // more than a tick's value: at 280px, where no place is free of every label, the tips of 2018,
  // 2023 and 2024 hid the band's upper value). Their boxes are as wide as drawn (`band-label`):
  // estimated, 'US$4.39 billion' took 112px of the 90 it takes, and left the tip of 2018 no place
  // free of it and of the marks.
  const texts = input.texts ?? [];
  const boxes = (width?: LineWidth) => texts.map((text) => textBox(text, width));
  const values =
    texts.length > 0 && input.root
      ? measuredIn(input.root, texts.map((text) => text.text).join(''), boxes, 'band-label')
      : boxes();
  const marks = [
    ...points.flatMap((p, index) =>
      p.y === null || index === active ? [] : [bar ? barBox(p.x, p.y) : markBox(p.x, p.y)],
    ),
    ...values,
  ];
  const { content, box } = drawTip(
    svg,
    input.text,
    bar ? { x: point.x, y: Math.min(point.y, zero), r: 0 } : { x: point.x, y: point.y, r: 9 },
    bar ? [...marks, barBox(point.x, point.y)] : marks,
    { x: 0, y: 0, width: input.width, height: input.bottom },
    [...axisBoxes(input.unit, input.scale, input.format), ...values],
    input.root,
  );
  return {
    content,
    covers: (x, y, text) =>
      Math.abs(x - (box.x + box.width / 2)) < box.width / 2 + text.length * 3.5 + 4 &&
      y + 8 > box.y &&
      y - 16 < box.y + box.height,
  };
}
