import { type CSSResult, unsafeCSS } from 'lit';

/**
 * Upper bounds (in em of the element's content width) of the width bands a reserved height
 * applies to; the last height in em of a {@link Reserve} applies beyond the last bound.
 */
export const BANDS = [
  15, 16.5, 18, 19.5, 21, 22.5, 24, 25.5, 27, 28.5, 30, 33, 36, 40, 45, 50, 56, 64,
] as const;

/**
 * An element's reserved height at each width band. First its height in em with 16 px text, one
 * per band and one for wider ({@link BANDS} + 1), narrowest first; then the part of it in px that
 * keeps its size below 16 px text, where the charts keep their pixel heights while the rest
 * (titles, keys, notes) scales with the text: at text size `s` below 16 px,
 * `height × s + px × (1 − s/16)`, so exactly `height` em at 16 px. Above 16 px the charts scale
 * with the text too (they are drawn for the width the content would have at 16 px text, see
 * `ResizeController`): the height is `height` em, all of it. The wider bands have one px part
 * (`wide`) from `split`, their first band (0: all); the narrower bands another (the charts switch
 * heights at widths in px, which narrow bands in em meet at other text sizes). Last, `line`: the
 * hundredths of an em the reserve grows by for each em of content narrower than
 * {@link LINE_BELOW}, added where it is more than the px part: from 16 px text up an element's
 * height in em follows its content width in em, and there (a phone at 200 % text: 6.7em at
 * 280 px) it grows as the width shrinks, by half again from 15em to 6.7em. All fitted by
 * `pnpm reserve` at 13 to 20 px text and 200 % text, first to hold at 16 px.
 */
export type Reserve = readonly [
  ...em: number[],
  wide: number,
  split: number,
  narrow: number,
  line: number,
];

/**
 * The content width (em, in the narrowest band of {@link BANDS}) below which a reserve grows by
 * its row's `line` for each em narrower: one width for every element, so that the dashboard's
 * placeholder, its panels' reserves summed, grows by one line too (their sum).
 *
 * @example
 * ```ts
 * // growth's reserve (em) at 200 % text on a 280 px phone (content 6.7em), from 16 px text up:
 * const [line] = RESERVES.growth.slice(-1);
 * RESERVES.growth[0] + (line / 100) * (LINE_BELOW - 6.7);
 * ```
 */
export const LINE_BELOW = 14;

/**
 * The band content `width` em wide falls in: the index, in a {@link Reserve}, of its height (the
 * narrowest band whose bound it does not pass; `BANDS.length` beyond the last bound).
 *
 * @example
 * ```ts
 * bandOf(15); //=> 0
 * bandOf(15.01); //=> 1
 * bandOf(100); //=> 18 (wider than every bound)
 * RESERVES.growth[bandOf(30)]; // growth's height for content 30em wide
 * ```
 */
export function bandOf(width: number): number {
  const band = BANDS.findIndex((bound) => width <= bound);
  return band === -1 ? BANDS.length : band;
}

/**
 * Where the reserved height changes, widest first: the height beyond the last bound (`bound`
 * undefined), then each bound whose band's height differs from the next wider band's. Rules in
 * this order, each inside `@container (max-width: bound)`, give every band its height: the
 * narrowest matching one wins, and a band as tall as the next wider one needs no rule. The
 * container is the nearest inline-size container: the element itself.
 */
export function heightSteps(
  bounds: readonly number[],
  heights: Reserve,
): { readonly bound?: number; readonly height: number }[] {
  const steps: { bound?: number; height: number }[] = [
    { height: heights[bounds.length] as number },
  ];
  for (let index = bounds.length - 1; index >= 0; index--) {
    const height = heights[index] as number;
    if (height !== steps[steps.length - 1]?.height) {
      steps.push({ bound: bounds[index] as number, height });
    }
  }
  return steps;
}

/** `rules` inside `@container (max-width: bound)`, or alone without a bound. */
export const inBand = (bound: number | undefined, rules: string): string =>
  bound === undefined ? rules : `@container (max-width:${bound}em){${rules}}`;

/**
 * CSS giving `selector` the reserved height of its width band, read from the nearest container
 * (the element itself: its host is an inline-size container). `--bilateral-min-height`
 * overrides the reserve; printing drops it. The height is the band's em, of which its group's px
 * part keeps its size below 16 px text ({@link Reserve}): there the charts keep their pixel
 * heights while the text around them scales; above 16 px all of it scales (fitted at 13 to
 * 20 px and 200 % text), and it is the band's em at 16 px; narrower than {@link LINE_BELOW}, the
 * row's line adds to it where that is more than the px part. Without px parts (`[]`: the
 * dashboard's panels) it is the band's em, never less than its height at 16 px text. The elements' selector is the
 * default, `[part='figure'].held` (written here once, not in each element's chunk): the figure
 * holds the place while it loads (in error, the alert's styles give it up: `alert.ts`); loaded,
 * it keeps it only when what it draws fills it to within 24 px (no shift for the data the
 * reserve was measured on), else it is as tall as what it draws.
 *
 * @example
 * ```ts
 * static override styles = [BilateralElement.styles, reserve(GROWTH_RESERVE)];
 * reserve(RESERVES.growth, '.placeholder.growth > .reserve', []); // the dashboard's placeholders
 * ```
 */
export function reserve(
  heights: Reserve,
  selector = "[part='figure'].held",
  [wide, split, narrow] = heights.slice(BANDS.length + 1),
): CSSResult {
  // A rule per band, widest first (the narrowest matching container wins): fewer bytes of code
  // than writing only where the height changes, as the placeholder stylesheet does (heightSteps).
  let css = '';
  for (let band = BANDS.length; band >= 0; band--) {
    const height = heights[band] as number;
    // The band's px part below 16 px text; with none, the height at 16 px below it.
    const below = (band < (split as number) ? narrow : wide) ?? 16 * height;
    css += inBand(
      // Beyond the last bound (band BANDS.length): no bound, the rule alone.
      (BANDS as readonly number[])[band],
      // Below 16 px text the first term is the larger, above 16 px the second (em alone); the
      // third, with the row's line, where the content is narrower than LINE_BELOW (wider, it is
      // less than the second: no band's rule leaves it out). 1cqi: a hundredth of the content
      // width. LINE_BELOW written out (.14em): the minifier keeps a constant's name (6 B on every
      // page); load-shift's browser test compares these heights with the placeholder
      // stylesheet's, which reads it.
      `${selector}{min-height:var(--bilateral-min-height,max(${height - below / 16}em + ${below}px,${height}em,${height}em + ${heights.at(-1)}*(.14em - 1cqi)))}`,
    );
  }
  return unsafeCSS(`${css}@media print{${selector}{min-height:0}}`);
}
