import { css, unsafeCSS } from 'lit';

/**
 * Design tokens. Every colour and size an element uses is a private `--_*` variable that reads a
 * public `--bilateral-*` custom property, with a light default and a dark one. `theme="dark"`
 * picks the dark defaults; `theme="auto"` (or no attribute) follows `prefers-color-scheme`.
 * Text colours keep a contrast of at least 4.5:1 on the background in both themes (tested).
 */
const palette = (theme: Record<string, string>) =>
  unsafeCSS(
    Object.entries(theme)
      .map(([name, value]) => `--_${name}: var(--bilateral-color-${name}, ${value});`)
      .join(''),
  );

const light = palette({
  text: '#1b1f24',
  muted: '#545d68',
  background: '#ffffff',
  surface: '#f4f6f8',
  border: '#c9d1d9',
  grid: '#e3e7eb',
  focus: '#0b5cd5',
  export: '#0b6bcb',
  import: '#b5470b',
  turnover: '#5b3cc4',
  'on-series': '#ffffff',
  band: '#2e8540',
  positive: '#1a7f37',
  negative: '#c4291c',
  ok: '#11602a',
  'ok-background': '#dcf5e3',
  warn: '#7a4a00',
  'warn-background': '#fff1d6',
  bad: '#8f1d1d',
  'bad-background': '#fde4e4',
  'class-1': '#0b6bcb',
  'class-2': '#6f42c1',
  'class-3': '#b5470b',
  'class-4': '#1a7f37',
  'class-5': '#6e7781',
});

const dark = palette({
  text: '#e6edf3',
  muted: '#a5afba',
  background: '#161b22',
  surface: '#1f252d',
  border: '#3d444d',
  grid: '#2b3139',
  focus: '#6cb6ff',
  export: '#4ea1ff',
  import: '#f0883e',
  turnover: '#a58cf0',
  'on-series': '#0d1117',
  band: '#3fb950',
  positive: '#3fb950',
  negative: '#f47067',
  ok: '#aff5b4',
  'ok-background': '#12341d',
  warn: '#f8d88b',
  'warn-background': '#3b2a07',
  bad: '#ffc1ba',
  'bad-background': '#4a1513',
  'class-1': '#4ea1ff',
  'class-2': '#b392f0',
  'class-3': '#f0883e',
  'class-4': '#3fb950',
  'class-5': '#8b949e',
});

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
