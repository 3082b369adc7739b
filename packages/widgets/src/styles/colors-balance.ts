import type { CSSResult } from 'lit';
import { themeColors } from './tokens.js';

/**
 * The colours `<bilateral-balance>` alone draws with (see {@link themeColors}): its balance figure
 * for a surplus (`--bilateral-color-positive`) and a deficit (`--bilateral-color-negative`), and text
 * on a coloured bar (`--bilateral-color-on-series`).
 *
 * @example
 * ```ts
 * import { css } from 'lit';
 * import { balanceColors } from './colors-balance.js';
 *
 * const styles = [balanceColors, css`.positive { color: var(--_positive); }`];
 * ```
 */
export const balanceColors: CSSResult = themeColors(`positive 1a7f37 3fb950
negative c4291c f47067
on-series ffffff 0d1117`);
