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
    39.75, 35.75, 33.25, 32, 30.75, 30.75, 29.25, 27.75, 30.25, 27.75, 27.75, 27.75, 27.75, 27.75,
    27.75, 27.75, 26.25, 25, 25,
  ],
  balance: [
    45.25, 40.75, 38.25, 35, 33.5, 33.5, 31.5, 31.5, 31.5, 29.5, 28.25, 28.25, 24.75, 23.25, 22, 22,
    22, 17, 17,
  ],
  target: [
    59.75, 54.75, 45.25, 44, 42.75, 42.75, 41.75, 40.25, 42.75, 41.5, 40.5, 38.75, 36, 36, 36, 33,
    31.5, 30.5, 30.5,
  ],
  gates: [
    59.25, 54.75, 51, 51, 51, 45, 45, 45, 45, 43.5, 43.5, 43.5, 43.5, 43.5, 39.75, 39.75, 39.75,
    39.75, 39.75,
  ],
} as const satisfies Record<string, Reserve>;

/**
 * One rule per width band, widest first so that the narrowest matching band wins: `rule(height)`
 * for widths beyond the last bound, and the same inside `@container (max-width: bound)` for each
 * band. The container is the nearest inline-size container: the element itself.
 */
function byBand(
  bounds: readonly number[],
  heights: Reserve,
  rule: (height: number) => string,
): string[] {
  return [
    rule(heights[bounds.length] as number),
    ...bounds
      .map((bound, index) => [bound, heights[index] as number] as const)
      .reverse()
      .map(([bound, height]) => `@container (max-width:${bound}em){${rule(height)}}`),
  ];
}

/**
 * CSS giving `selector` the reserved height of its width band, read from the nearest container
 * (the element itself: its host is an inline-size container). `--bilateral-min-height`
 * overrides the reserve; printing drops it. The elements pass `[part='figure'].held`: the figure
 * holds the place while it loads and in error; loaded, it keeps it only when what it draws fills
 * it to within 24 px (no shift for the data the reserve was measured on), else it is as tall as
 * what it draws.
 */
export function reserve(selector: string, heights: Reserve): CSSResult {
  const rule = (height: number) =>
    `${selector}{min-height:var(--bilateral-min-height,${height}em)}`;
  return unsafeCSS(
    [...byBand(BANDS, heights, rule), `@media print{${selector}{min-height:0}}`].join(''),
  );
}

/**
 * Upper bounds (in em of the dashboard's content width) of the finer bands its
 * {@link DASHBOARD_RESERVE} uses: every em from 15 to 78. Its height changes more with width
 * than a single element's (its grid gains columns), so the element bands would leave it too tall
 * for most widths of a band.
 */
export const DASHBOARD_BANDS: readonly number[] = /* @__PURE__ */ Array.from(
  { length: 64 },
  (_, i) => 15 + i,
);

/**
 * The height of the dashboard's whole figure with its panels' reserves, by
 * {@link DASHBOARD_BANDS} band, measured with {@link RESERVES}. Its own loading state holds each
 * panel's place instead; this row serves only {@link placeholderStylesheet}, which is not part of
 * the script.
 */
export const DASHBOARD_RESERVE: Reserve = [
  215, 197.25, 191.75, 175.5, 173, 171.5, 164, 160.25, 157.5, 156.5, 153.5, 153.5, 155.25, 151.5,
  150.25, 149, 154.5, 153.25, 151.75, 149, 149, 145.5, 143.75, 142, 142, 141.5, 141.5, 123.25,
  121.75, 121.75, 120.75, 120.75, 120.75, 120.75, 119.5, 119.5, 119.5, 119.5, 118, 116.75, 115.5,
  115.5, 115.5, 118, 118, 118, 116.75, 116.75, 83.5, 83.5, 83.5, 83.5, 83.5, 83.5, 83.5, 80.5,
  80.25, 80.25, 77.5, 77.5, 77.5, 77.5, 77.5, 77.5, 77.5,
];

/**
 * The stylesheet `bilateral-widgets.css` (`dist/`): before the script has defined the elements,
 * a page would show them as empty inline boxes and move everything below when they appear. Linked
 * in the page's `<head>`, it gives every `bilateral-*` element that is not defined yet the frame
 * it will have (padding, border) and, through a `::before` box and the same container queries as
 * the loading state, the height of its loaded figure at its width.
 */
export function placeholderStylesheet(): string {
  const placeholders = [
    ...Object.entries(RESERVES).map(([tag, heights]) => [tag, BANDS, heights] as const),
    ['dashboard', DASHBOARD_BANDS, DASHBOARD_RESERVE] as const,
  ];
  const rules = placeholders.flatMap(([tag, bands, heights]) => {
    const element = `bilateral-${tag}:not(:defined)`;
    return [
      `${element}:not([hidden]){display:block;box-sizing:border-box;container-type:inline-size;` +
        'padding:var(--bilateral-spacing,1rem);border:1px solid transparent;line-height:1.4;' +
        `contain-intrinsic-inline-size:${tag === 'dashboard' ? 75 : 40}em}`,
      `${element}[plain]{padding:0;border:0}`,
      `${element}::before{content:"";display:block}`,
      ...byBand(bands, heights, (height) => `${element}::before{height:${height}em}`),
    ];
  });
  const header = '/* Bilateral widgets: the place of each element until the script has run. */';
  return [header, ...rules, ''].join('\n');
}
