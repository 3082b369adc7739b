import { css, unsafeCSS } from 'lit';

/**
 * Each colour: its name (`--bilateral-color-<name>`, `--_<name>`), its light default and its dark
 * one (hex digits), a line each.
 */
const COLORS = `text 1b1f24 e6edf3
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
class-5 6e7781 8b949e`;

/** The colour variables of one theme: column 1 of {@link COLORS} for light, 2 for dark. */
const palette = (column: 1 | 2) =>
  unsafeCSS(
    COLORS.split('\n')
      .map((line) => {
        const fields = line.split(' ');
        return `--_${fields[0]}: var(--bilateral-color-${fields[0]}, #${fields[column]});`;
      })
      .join(''),
  );

const light = palette(1);
const dark = palette(2);

/**
 * Design tokens. Every colour and size an element uses is a private `--_*` variable that reads a
 * public `--bilateral-*` custom property, with a light default and a dark one. `theme="dark"`
 * picks the dark defaults; `theme="auto"` (or no attribute) follows `prefers-color-scheme`.
 * Text colours keep a contrast of at least 4.5:1 on the background in both themes (tested).
 */
export const tokens = css`
  :host {
    ${light}
    --_radius: var(--bilateral-radius, 0.5rem);
    --_space: var(--bilateral-spacing, 1rem);
    --_chart-height: var(--bilateral-chart-height, 15rem);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  @media print {
    :host,
    :host([theme='dark']),
    :host(:not([theme='light'])) {
      ${light}
      color-scheme: light;
    }
  }
`;
