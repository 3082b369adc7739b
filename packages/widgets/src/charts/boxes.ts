import type { LinearScale } from './scale.js';

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

// Bold 12px text: about 7.2px a character on average (digits 7.6, lower case less), a line 16px;
// a full-width character (Chinese, Japanese, Korean; full-width forms such as '，', '（') 1 em.
const CHAR = 7.2;
const WIDE = 12;
const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
// Marks drawn over or under the letter before them take no width of their own: combining
// diacritics (a Vietnamese tone mark typed apart from its vowel), and Lao's and Thai's vowel and
// tone marks above and below (ກ່ອນ is four code points, three letters wide).
const NO_WIDTH = /[\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece]/g;

/**
 * How wide a line of bold 12px text is drawn, in pixels: an estimate (see `CHAR` and `WIDE`), for
 * the chart's own labels ({@link textBox}) and for a tip where its text cannot be measured (a tip
 * is sized by its lines as drawn: `drawTip`).
 *
 * @example
 * ```ts
 * lineWidth('+12.5 %'); //=> 50.4: seven characters at 7.2px
 * lineWidth('亿美元'); //=> 36: three full-width characters at 12px
 * lineWidth('ກ່ອນ'); //=> 21.6: three letters; the tone mark over the first takes no width
 * ```
 */
export const lineWidth = (line: string): number =>
  (line.length - (line.match(NO_WIDTH)?.length ?? 0)) * CHAR +
  (line.match(FULL_WIDTH)?.length ?? 0) * (WIDE - CHAR);

/**
 * A text a chart draws (12px), which a tip keeps off where it can: its baseline starts at (`x`,
 * `y`), or ends there when `end` (`text-anchor="end"`).
 *
 * @example
 * ```ts
 * // A band's upper value, written to the left of its last slot.
 * const upper: ChartText = { x: 600, y: 52, text: 'US$4.39 billion', end: true };
 * ```
 */
export interface ChartText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly end?: boolean;
}

/**
 * The box of a {@link ChartText}, for `labels`: 12px text as wide as `width` says it is drawn,
 * else estimated a little wider than a tip's bold (digits are about 7.6px wide), and 4px more,
 * from its ascent to its descent.
 *
 * @example
 * ```ts
 * textBox({ x: 0, y: 100, text: '2.5' }); //=> { x: 0, y: 88, width: 25.6, height: 15 }
 * textBox({ x: 0, y: 100, text: '2.5' }, () => 18); //=> { x: 0, y: 88, width: 22, height: 15 }
 * ```
 */
export const textBox = (
  { x, y, text, end }: ChartText,
  width: (line: string) => number = lineWidth,
): Box => {
  const drawn = width(text) + 4;
  return { x: end ? x - drawn : x, y: y - 12, width: drawn, height: 15 };
};

/**
 * The boxes of the texts `valueAxis` writes at a chart's left, for `labels`: the axis unit at the
 * top left and each tick's value, 3px above its grid line, as `format` writes it. The series
 * charts' tip and the balance series chart's tip keep off them.
 *
 * @example
 * ```ts
 * const scale = linearScale([0, 3], [200, 20]); // ticks 0, 1, 2, 3
 * axisBoxes('US$ billion', scale, String).length; //=> 5: the unit and four ticks
 * ```
 */
export const axisBoxes = (
  unit: string,
  scale: LinearScale,
  format: (value: number) => string,
): Box[] => [
  unitBox(unit),
  ...scale.ticks.map((tick) => textBox({ x: 0, y: scale(tick) - 3, text: format(tick) })),
];
