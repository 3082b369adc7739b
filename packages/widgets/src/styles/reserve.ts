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
 * overrides the reserve; printing drops it.
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
  228, 211.5, 211.5, 194.75, 192.25, 182.75, 178.25, 177, 175.5, 169.75, 169.75, 166, 161.5, 162.25,
  162.25, 157.75, 157.75, 155.25, 152.75, 152.75, 152.75, 147.75, 147.75, 147.75, 144.75, 144.75,
  144.75, 144.75, 139.25, 139.25, 139.25, 136.5, 136.5, 132.25, 130.75, 130.75, 129.75, 129.75,
  128.25, 126.75, 126.75, 126.75, 126.5, 126.5, 126.5, 125, 125, 125, 123.75, 122.5, 122.5, 121,
  119.75, 119.75, 88, 88, 88, 88, 82.25, 82.25, 82.25, 82.25, 82.25, 82.25, 82.25,
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
