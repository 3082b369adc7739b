import { type CSSResult, css, unsafeCSS } from 'lit';

/**
 * The colour variables of a table of colours (a line each: its name, `--bilateral-color-<name>`
 * and `--_<name>`, then its light default and its dark one in hex digits) on the host, for each
 * theme: light; dark for `theme="dark"`, and for `theme="auto"` (or no attribute) when the page
 * prefers dark; light again in print.
 *
 * @example
 * ```ts
 * import { themeColors } from './tokens.js';
 *
 * // An element's own colours beside the shared ones: `var(--_positive)` in its styles.
 * const balanceColors = themeColors('positive 1a7f37 3fb950');
 * // :host{--_positive:var(--bilateral-color-positive,#1a7f37);color-scheme:light} …
 * ```
 */
export function themeColors(table: string): CSSResult {
  const palette = (column: 1 | 2) =>
    `${table
      .split('\n')
      .map((line) => {
        const fields = line.split(' ');
        return `--_${fields[0]}:var(--bilateral-color-${fields[0]},#${fields[column]});`;
      })
      .join('')}color-scheme:${column === 1 ? 'light' : 'dark'}`;
  const light = palette(1);
  const dark = palette(2);
  return unsafeCSS(
    `:host{${light}}:host([theme='dark']){${dark}}@media (prefers-color-scheme:dark){:host(:not([theme='light'])){${dark}}}@media print{:host,:host([theme='dark']),:host(:not([theme='light'])){${light}}}`,
  );
}

/**
 * The colours of the series of a balance chart: surplus and deficit, and text on a coloured bar
 * (`<bilateral-balance>`'s own; see {@link themeColors}).
 *
 * @example
 * ```ts
 * import { css } from 'lit';
 * import { balanceColors } from './tokens.js';
 *
 * const styles = [balanceColors, css`.surplus { fill: var(--_positive); }`];
 * ```
 */
export const balanceColors: CSSResult = /* @__PURE__ */ themeColors(`positive 1a7f37 3fb950
negative c4291c f47067
on-series ffffff 0d1117`);

/**
 * The colours of a target's statuses, with their backgrounds (`<bilateral-target>`'s own; `bad`
 * is shared: the error alert draws with it).
 *
 * @example
 * ```ts
 * import { css } from 'lit';
 * import { targetColors } from './tokens.js';
 *
 * const styles = [targetColors, css`.ahead { color: var(--_ok); }`];
 * ```
 */
export const targetColors: CSSResult = /* @__PURE__ */ themeColors(`ok 11602a aff5b4
ok-background dcf5e3 12341d
warn 7a4a00 f8d88b
warn-background fff1d6 3b2a07`);

/**
 * The colours of the crossings' classes (`<bilateral-gates>`'s own).
 *
 * @example
 * ```ts
 * import { css } from 'lit';
 * import { gatesColors } from './tokens.js';
 *
 * const styles = [gatesColors, css`.tone-1 { fill: var(--_class-1); }`];
 * ```
 */
export const gatesColors: CSSResult = /* @__PURE__ */ themeColors(`class-1 0b6bcb 4ea1ff
class-2 6f42c1 b392f0
class-3 b5470b f0883e
class-4 1a7f37 3fb950
class-5 6e7781 8b949e`);

/** The colours every element draws with. */
const shared = themeColors(`text 1b1f24 e6edf3
muted 545d68 a5afba
background ffffff 161b22
surface f4f6f8 1f252d
border c9d1d9 3d444d
grid e3e7eb 2b3139
focus 0b5cd5 6cb6ff
export 0b6bcb 4ea1ff
import b5470b f0883e
turnover 5b3cc4 a58cf0
on-series ffffff 0d1117
band 2e8540 3fb950
positive 1a7f37 3fb950
negative c4291c f47067
ok 11602a aff5b4
ok-background dcf5e3 12341d
warn 7a4a00 f8d88b
warn-background fff1d6 3b2a07
bad 8f1d1d ffc1ba
bad-background fde4e4 4a1513
class-1 0b6bcb 4ea1ff
class-2 6f42c1 b392f0
class-3 b5470b f0883e
class-4 1a7f37 3fb950
class-5 6e7781 8b949e`);

/**
 * Design tokens. Every colour and size an element uses is a private `--_*` variable that reads a
 * public `--bilateral-*` custom property, with a light default and a dark one. `theme="dark"`
 * picks the dark defaults; `theme="auto"` (or no attribute) follows `prefers-color-scheme`.
 * Text colours keep a contrast of at least 4.5:1 on the background in both themes (tested). The
 * colours every element draws with are here; those of one element alone come with its styles
 * ({@link balanceColors}, {@link targetColors}, {@link gatesColors}).
 *
 * @example
 * ```ts
 * import { LitElement } from 'lit';
 * import { tokens } from './tokens.js';
 *
 * class Card extends LitElement {
 *   static override styles = [tokens]; // then `color: var(--_text)` in its own styles
 * }
 * ```
 */
export const tokens: CSSResult = css`
  ${shared}
  :host {
    --_radius: var(--bilateral-radius, 0.5rem);
    --_space: var(--bilateral-spacing, 1rem);
    --_chart-height: var(--bilateral-chart-height, 15rem);
  }
`;
