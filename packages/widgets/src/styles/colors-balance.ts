import type { CSSResult } from 'lit';
import { themeColors } from './tokens.js';

/**
 * The colours of the series of a balance chart: surplus and deficit, and text on a coloured bar
 * (`<bilateral-balance>`'s own; see {@link themeColors}).
 *
 * @example
 * ```ts
 * import { css } from 'lit';
 * import { balanceColors } from './colors-balance.js';
 *
 * const styles = [balanceColors, css`.surplus { fill: var(--_positive); }`];
 * ```
 */
export const balanceColors: CSSResult = themeColors(`positive 1a7f37 3fb950
negative c4291c f47067
on-series ffffff 0d1117`);
