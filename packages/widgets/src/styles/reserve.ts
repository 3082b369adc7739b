import { type CSSResult, unsafeCSS } from 'lit';

/**
 * Upper bounds (in em of the element's content width) of the width bands a reserved height
 * applies to; the last height of a {@link Reserve} applies beyond the last bound.
 */
export const BANDS = [
  15, 16.5, 18, 19.5, 21, 22.5, 24, 25.5, 27, 28.5, 30, 33, 36, 40, 45, 50, 56, 64,
] as const;

/** Heights in em, one per width band and one for wider ({@link BANDS} + 1): narrowest first. */
export type Reserve = readonly number[];

/**
 * The height each element's content takes, by width, so that the loading state holds the space
 * the loaded figure will fill and nothing on the page moves when the data arrives. Each value is
 * the tallest the element draws the embedded Vietnam–Laos dataset in English, Vietnamese, Lao or
 * Chinese at any width of its band, measured in Chromium every 8 px from 240 to 1,240 px by
 * `pnpm --filter @bilateral/widgets reserve` (re-run it after a layout change; the browser tests
 * fail when a loaded element outgrows its reserve).
 */
export const RESERVES = {
  growth: [
    37, 34.5, 32, 32, 32, 32, 29.25, 26.25, 28.75, 28.75, 28.75, 27.75, 27.75, 27.75, 27.75, 27.75,
    26.25, 26.25, 25,
  ],
  balance: [
    38.75, 34.25, 34.25, 31.5, 31.5, 31.5, 31.5, 31.5, 30, 27, 27, 27, 23.5, 22, 22, 22, 18.5, 17,
    17,
  ],
  target: [
    56, 49.5, 44, 42.75, 42.75, 42.75, 41.75, 40.25, 41.5, 41.5, 39, 37.5, 36, 36, 34.25, 31.5,
    30.5, 30.5, 30.5,
  ],
  gates: [
    64, 58.25, 56.75, 56.75, 55.25, 49.5, 49.5, 49.5, 48, 46.5, 46.5, 46.5, 46.5, 45, 41.25, 41.25,
    41.25, 41.25, 39.75,
  ],
} as const satisfies Record<string, Reserve>;

/**
 * CSS giving `selector` the reserved height of its width band, read from the nearest container
 * (the element itself: its host is an inline-size container). `--bilateral-min-height`
 * overrides the reserve; printing drops it.
 */
export function reserve(selector: string, heights: Reserve): CSSResult {
  const rule = (height: number) =>
    `${selector}{min-height:var(--bilateral-min-height,${height}em)}`;
  const bands = BANDS.map((bound, index) => [bound, heights[index] as number] as const);
  return unsafeCSS(
    [
      rule(heights[BANDS.length] as number),
      ...bands
        .reverse()
        .map(([bound, height]) => `@container (max-width:${bound}em){${rule(height)}}`),
      `@media print{${selector}{min-height:0}}`,
    ].join(''),
  );
}
