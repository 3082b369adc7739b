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
 * Where the reserved height changes, widest first: the height beyond the last bound (`bound`
 * undefined), then each bound whose band's height differs from the next wider band's. Rules in
 * this order, each inside `@container (max-width: bound)`, give every band its height: the
 * narrowest matching one wins, and a band as tall as the next wider one needs no rule. The
 * container is the nearest inline-size container: the element itself.
 */
function heightSteps(
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
const inBand = (bound: number | undefined, rules: string): string =>
  bound === undefined ? rules : `@container (max-width:${bound}em){${rules}}`;

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
    [
      ...heightSteps(BANDS, heights).map(({ bound, height }) => inBand(bound, rule(height))),
      `@media print{${selector}{min-height:0}}`,
    ].join(''),
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
 * the loading state, the height of its loaded figure at its width. Compact: one rule for the
 * frame of every element, and one `@container` rule per width bound holding the heights of the
 * elements whose height changes there (see {@link heightSteps}), widest first.
 *
 * @returns the stylesheet's text
 */
export function placeholderStylesheet(): string {
  const placeholders = [
    ...Object.entries(RESERVES).map(([tag, heights]) => [tag, BANDS, heights] as const),
    ['dashboard', DASHBOARD_BANDS, DASHBOARD_RESERVE] as const,
  ];
  const every = `:is(${placeholders.map(([tag]) => `bilateral-${tag}`).join()}):not(:defined)`;
  const byBound = new Map<number | undefined, string>();
  for (const [tag, bands, heights] of placeholders) {
    for (const { bound, height } of heightSteps(bands, heights)) {
      const rule = `bilateral-${tag}:not(:defined)::before{height:${height}em}`;
      byBound.set(bound, (byBound.get(bound) ?? '') + rule);
    }
  }
  const widestFirst = [...byBound].sort(
    ([a], [b]) => (b ?? Number.POSITIVE_INFINITY) - (a ?? Number.POSITIVE_INFINITY),
  );
  return [
    `${every}:not([hidden]){display:block;box-sizing:border-box;container-type:inline-size;` +
      'padding:var(--bilateral-spacing,1rem);border:1px solid transparent;line-height:1.4;' +
      'contain-intrinsic-inline-size:40em}',
    // As specific as the rule above, and after it.
    'bilateral-dashboard:not(:defined):not([hidden]){contain-intrinsic-inline-size:75em}',
    `${every}[plain]{padding:0;border:0}`,
    `${every}::before{content:"";display:block}`,
    ...widestFirst.map(([bound, rules]) => inBand(bound, rules)),
    '',
  ].join('\n');
}
