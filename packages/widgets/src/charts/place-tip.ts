/**
 * Where a chart's focus or hover label goes, and on how many lines: loaded on demand with the
 * tip's drawing (`point-tip.ts`; see `loadTooltip` in `tooltip.ts`) with the first point a reader
 * points at or moves to. It imports at run time only `boxes.ts` (which only tip code imports), so
 * that an app's bundler, which gives each set of modules a first chunk shares with an on-demand
 * one a chunk of its own, keeps the first chunk whole.
 */
import { type Anchor, type Box, lineWidth as estimatedWidth } from './boxes.js';

const LINE = 16;
const PAD_X = 8;
const PAD_Y = 5;
const GAP = 6;

/** How wide a line of tip text is drawn, in pixels: measured (see `drawTip`), or `lineWidth`. */
export type LineWidth = (line: string) => number;

/**
 * The text of a tip in lines that fit `max` pixels, broken after ", " or "，", or before " (" or
 * "（", if need be; a phrase too long for a line, between its words too (at a space: a no-break
 * space, as in "+30 %", holds; between two Chinese characters, as Chinese breaks its lines,
 * but not in those right after a number or a Latin word: '10.3亿美元', '2024年第3季度', 'GDP增长').
 */
function tipLines(text: string, max: number, lineWidth: LineWidth): string[] {
  const fits = (line: string) => lineWidth(line.trimEnd()) + 2 * PAD_X <= max;
  const lines: string[] = [];
  let line = '';
  for (const phrase of text.split(/(?<=, |，)|(?<= )(?=\()|(?=（)/)) {
    for (const piece of fits(phrase)
      ? [phrase]
      : phrase.split(/(?<= )|(?<=\p{sc=Han})(?<![\p{N}\p{sc=Latin}%]\p{sc=Han}+)(?=\p{sc=Han})/u)) {
      if (line !== '' && !fits(line + piece)) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += piece;
    }
  }
  if (line !== '') lines.push(line.trimEnd());
  return lines;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const clamp = (value: number, low: number, high: number) =>
  Math.max(low, Math.min(value, Math.max(low, high)));

/** A box for a tip and how much it covers (see {@link placeTip}); 0: nothing. */
interface Placement {
  readonly box: Box;
  readonly covers: number;
}

/** Steps of the search for a free place, in pixels across and down. */
const SCAN_X = 8;
const SCAN_Y = 4;

/** How far a box lies from a point (0 when the point is inside it). */
const distance = (box: Box, { x, y }: Anchor) =>
  Math.hypot(
    Math.max(box.x - x, 0, x - box.x - box.width),
    Math.max(box.y - y, 0, y - box.y - box.height),
  );

/**
 * The best place for one box size: see {@link placeTip}; without `search`, only above, below,
 * right or left of the point (not the strip at the top).
 */
function placement(
  size: { readonly width: number; readonly height: number },
  anchor: Anchor,
  marks: readonly Box[],
  bounds: Box,
  labels: readonly Box[],
  search = true,
): Placement {
  const { width, height } = size;
  const reach = anchor.r + GAP;
  // The point with the gap kept around it.
  const own = {
    x: anchor.x - reach,
    y: anchor.y - reach,
    width: 2 * reach,
    height: 2 * reach,
  };
  const inside = (x: number, y: number): Box => ({
    x: clamp(x, bounds.x, bounds.x + bounds.width - width),
    y: clamp(y, bounds.y, bounds.y + bounds.height - height),
    width,
    height,
  });
  const preferred = [
    inside(anchor.x - width / 2, anchor.y - reach - height),
    inside(anchor.x - width / 2, anchor.y + reach),
    inside(anchor.x + reach, anchor.y - height / 2),
    inside(anchor.x - reach - width, anchor.y - height / 2),
    inside(anchor.x - width / 2, bounds.y),
    inside(bounds.x + bounds.width - width, bounds.y),
    // Just under a label at the top left (the axis unit), where the plot's top leaves room.
    inside(anchor.x - width / 2, bounds.y + LINE),
  ];
  const among = (boxes: readonly Box[], box: Box) => boxes.filter((b) => overlaps(box, b)).length;
  // A label the tip covers in part (a band's 'US$4.39' hidden, its 'billion' left beside the tip)
  // counts more than one it hides whole: 3 against 2.
  const parts = (box: Box) =>
    labels.reduce(
      (sum, b) =>
        sum +
        (!overlaps(box, b)
          ? 0
          : b.x >= box.x &&
              b.y >= box.y &&
              b.x + b.width <= box.x + box.width &&
              b.y + b.height <= box.y + box.height
            ? 2
            : 3),
      0,
    );
  const weight = 3 * labels.length + 1;
  const covered = (box: Box) =>
    (overlaps(box, own) ? (marks.length + 1) * weight : 0) +
    among(marks, box) * weight +
    parts(box);
  // Else (when searching) the places over the whole figure.
  const scan: Box[] = [];
  for (let y = bounds.y; search && y < bounds.y + bounds.height - height + SCAN_Y; y += SCAN_Y) {
    for (let x = bounds.x; x < bounds.x + bounds.width - width + SCAN_X; x += SCAN_X) {
      scan.push(inside(x, y));
    }
  }
  // The free place nearest the point, else the one that covers least, the nearest of those
  // (among places as near, the first); without the search, the first of the four places beside
  // the point that is free, else that covers least.
  let best: Placement = { box: preferred[0] as Box, covers: Number.POSITIVE_INFINITY };
  let near = Number.POSITIVE_INFINITY;
  for (const box of search ? [...preferred, ...scan] : preferred.slice(0, 4)) {
    const away = search ? distance(box, anchor) : 0;
    if (best.covers === 0 && away >= near) continue;
    const covers = covered(box);
    if (covers < best.covers || (covers === best.covers && away < near)) {
      best = { box, covers };
      near = away;
    }
  }
  return best;
}

/**
 * Where a tip box of `width` × `height` goes: the place inside `bounds` nearest its point that
 * covers neither the point (nor the 6px around it), nor any of `marks` (the other points' marks),
 * nor any of `labels` (e.g. the axis unit); among places as near, above the point first, then
 * below, right or left of it, then the strip at the top of `bounds` (over the point, or at the
 * right). Failing all, the place that covers least, a point weighing more than any number of
 * labels, and a label covered in part more than one covered whole. The chart keeps no empty band for the tip: it goes where there is room.
 */
export function placeTip(
  size: { readonly width: number; readonly height: number },
  anchor: Anchor,
  marks: readonly Box[],
  bounds: Box,
  labels: readonly Box[] = [],
): Box {
  return placement(size, anchor, marks, bounds, labels).box;
}

/** The box a tip of `text` takes (before it is placed), its lines fitting `maxWidth`. */
function tipSize(text: string, maxWidth: number, lineWidth: LineWidth) {
  const lines = tipLines(text, maxWidth, lineWidth);
  const widest = Math.max(...lines.map(lineWidth));
  return {
    lines,
    width: Math.min(maxWidth, Math.ceil(widest) + 2 * PAD_X),
    height: lines.length * LINE + 2 * PAD_Y,
  };
}

/** A layout of a tip's lines, placed. */
interface Laid extends Placement {
  readonly lines: readonly string[];
}

/**
 * The ways a tip of `text` can be laid out within `maxWidth`, widest first: on as few lines as
 * fit, then narrower (the same lines broken elsewhere, or more of them), down to one piece a line
 * (a narrow box fits beside a point where a wide one does not).
 */
function tipLayouts(text: string, maxWidth: number, lineWidth: LineWidth) {
  const layouts = [tipSize(text, maxWidth, lineWidth)];
  for (;;) {
    const last = layouts[layouts.length - 1] as ReturnType<typeof tipSize>;
    const next = tipSize(text, last.width - 1, lineWidth);
    // Past the longest piece a line cannot be narrower.
    if (next.lines.some((line) => lineWidth(line) + 2 * PAD_X > next.width)) return layouts;
    layouts.push(next);
  }
}

/**
 * A focus or hover label's box and lines, placed by {@link placeTip} so that it stays inside
 * `bounds` and covers no other point's mark (and, where it can, none of `labels`): each line's
 * text and the baseline it is written on. The box is sized by `lineWidth`: the lines as drawn
 * (`drawTip` measures them), else an estimate for bold 12px text (`lineWidth` of `boxes.ts`: a
 * full-width, CJK, character 1 em wide).
 *
 * @example
 * ```ts
 * const { box, rows } = layTip('2025：29.8亿美元，+32.7% 同比（公布数）', { x: 320, y: 120, r: 9 }, [], {
 *   x: 0, y: 0, width: 640, height: 240,
 * });
 * box.width; //=> 268: 15 narrow characters at 7.2px, 12 full-width at 12px, 16px of padding
 * rows.length; //=> 1
 * ```
 */
export function layTip(
  text: string,
  anchor: Anchor,
  marks: readonly Box[],
  bounds: Box,
  labels: readonly Box[] = [],
  lineWidth: LineWidth = estimatedWidth,
): { readonly box: Box; readonly rows: readonly { readonly text: string; readonly y: number }[] } {
  const layouts = tipLayouts(text, bounds.width, lineWidth);
  // The free place, in any layout, nearest the point counting each line as 32px further (a
  // two-line box 50px above the point beats a one-line box across the chart, and a five-line
  // box right above it); else the place that covers least (the same way nearest among equals).
  const cost = (place: Laid) => distance(place.box, anchor) + 2 * LINE * place.lines.length;
  const place = (layout: (typeof layouts)[number], search: boolean): Laid => ({
    lines: layout.lines,
    ...placement(layout, anchor, marks, bounds, labels, search),
  });
  const better = (a: Laid, b: Laid) =>
    b.covers < a.covers || (b.covers === a.covers && cost(b) < cost(a)) ? b : a;
  // The places beside the point, then the search of the whole figure for each layout that could
  // do better (no free place is nearer than the gap around the point).
  let chosen = layouts.map((layout) => place(layout, false)).reduce(better);
  for (const layout of layouts) {
    if (chosen.covers === 0 && cost(chosen) <= anchor.r + GAP + 2 * LINE * layout.lines.length) {
      continue;
    }
    chosen = better(chosen, place(layout, true));
  }
  const { lines, box } = chosen;
  return {
    box,
    rows: lines.map((line, index) => ({ text: line, y: box.y + PAD_Y + LINE * index + 12 })),
  };
}
