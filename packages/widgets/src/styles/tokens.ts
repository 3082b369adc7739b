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
band 2e8540 3fb950
bad 8f1d1d ffc1ba
bad-background fde4e4 4a1513`);

/**
 * Design tokens. Every colour and size an element uses is a private `--_*` variable that reads a
 * public `--bilateral-*` custom property, with a light default and a dark one. `theme="dark"`
 * picks the dark defaults; `theme="auto"` (or no attribute) follows `prefers-color-scheme`.
 * Text colours keep a contrast of at least 4.5:1 on the background in both themes (tested). The
 * colours every element draws with are here; those of one element alone come with its styles
 * (`colors-balance.ts`, `colors-target.ts`, `colors-gates.ts`: modules of their own, so that
 * only the element's chunk carries them).
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
