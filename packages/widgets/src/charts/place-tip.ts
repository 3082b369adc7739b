/**
 * Where a chart's focus or hover label goes, and on how many lines: loaded on demand with the
 * tip's drawing (`point-tip.ts`; see `loadTooltip` in `tooltip.ts`) with the first point a reader
 * points at or moves to. It imports at run time only `boxes.ts` (which only tip code imports), so
 * that an app's bundler, which gives each set of modules a first chunk shares with an on-demand
 * one a chunk of its own, keeps the first chunk whole.
 */
import { type Anchor, type Box, lineWidth } from './boxes.js';

const LINE = 16;
const PAD_X = 8;
const PAD_Y = 5;
const GAP = 6;

/**
 * The text of a tip in lines that fit `max` pixels, broken after ", " or "，", or before " (" or
 * "（", if need be.
 */
function tipLines(text: string, max: number): string[] {
  const fits = (line: string) => lineWidth(line) + 2 * PAD_X <= max;
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(/(?<=, |，)|(?<= )(?=\()|(?=（)/)) {
    if (line !== '' && !fits(line + piece)) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += piece;
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
  const own = {
    x: anchor.x - anchor.r,
    y: anchor.y - anchor.r,
    width: 2 * anchor.r,
    height: 2 * anchor.r,
  };
  const inside = (x: number, y: number): Box => ({
    x: clamp(x, bounds.x, bounds.x + bounds.width - width),
    y: clamp(y, bounds.y, bounds.y + bounds.height - height),
    width,
    height,
  });
  const reach = anchor.r + GAP;
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
  const weight = labels.length + 1;
  const covered = (box: Box) =>
    (overlaps(box, own) ? (marks.length + 1) * weight : 0) +
    among(marks, box) * weight +
    among(labels, box);
  // Else (when searching) the places over the whole figure, nearest the point first.
  const scan: Box[] = [];
  for (let y = bounds.y; search && y < bounds.y + bounds.height - height + SCAN_Y; y += SCAN_Y) {
    for (let x = bounds.x; x < bounds.x + bounds.width - width + SCAN_X; x += SCAN_X) {
      scan.push(inside(x, y));
    }
  }
  scan.sort((a, b) => distance(a, anchor) - distance(b, anchor));
  // The first free place, else the first that covers least; without the search, only the four
  // places beside the point.
  let best: Placement = { box: preferred[0] as Box, covers: Number.POSITIVE_INFINITY };
  for (const box of search ? [...preferred, ...scan] : preferred.slice(0, 4)) {
    const covers = covered(box);
    if (covers < best.covers) best = { box, covers };
    if (covers === 0) break;
  }
  return best;
}

/**
 * Where a tip box of `width` × `height` goes: above its point, else below, right or left of it,
 * else in the strip at the top of `bounds` (over the point, or at the right) — the first place
 * inside `bounds` that covers neither the point, nor any of `marks` (the other points' marks), nor
 * any of `labels` (e.g. the axis unit); else the free place nearest the point anywhere inside
 * `bounds`; failing all, the place that covers least, a point weighing more than any number of
 * labels. The chart keeps no empty band for the tip: it goes where there is room.
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
function tipSize(text: string, maxWidth: number) {
  const lines = tipLines(text, maxWidth);
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
function tipLayouts(text: string, maxWidth: number) {
  const layouts = [tipSize(text, maxWidth)];
  for (;;) {
    const last = layouts[layouts.length - 1] as ReturnType<typeof tipSize>;
    const next = tipSize(text, last.width - 1);
    // Past the longest piece a line cannot be narrower.
    if (next.lines.some((line) => lineWidth(line) + 2 * PAD_X > next.width)) return layouts;
    layouts.push(next);
  }
}

/**
 * A focus or hover label's box and lines, placed by {@link placeTip} so that it stays inside
 * `bounds` and covers no other point's mark (and, where it can, none of `labels`): each line's
 * text and the baseline it is written on. The box is sized for bold 12px text, a full-width
 * (CJK) character 1 em wide.
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
): { readonly box: Box; readonly rows: readonly { readonly text: string; readonly y: number }[] } {
  const layouts = tipLayouts(text, bounds.width);
  // Beside the point in any layout (widest first), else the free place nearest the point in any
  // layout (a narrower, taller box near it rather than a wide one far from it), else the place
  // that covers least.
  const laid = (search: boolean): Laid[] =>
    layouts.map((layout) => ({
      lines: layout.lines,
      ...placement(layout, anchor, marks, bounds, labels, search),
    }));
  const free = (place: Laid) => place.covers === 0;
  const beside = laid(false);
  // The search elsewhere only when no layout fits beside the point.
  const anywhere = beside.some(free) ? [] : laid(true);
  const { lines, box } =
    beside.find(free) ??
    anywhere.filter(free).sort((a, b) => distance(a.box, anchor) - distance(b.box, anchor))[0] ??
    [...beside, ...anywhere].reduce((a, b) => (b.covers < a.covers ? b : a));
  return {
    box,
    rows: lines.map((line, index) => ({ text: line, y: box.y + PAD_Y + LINE * index + 12 })),
  };
}
