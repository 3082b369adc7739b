import type { CSSResult } from 'lit';
import { themeColors } from './tokens.js';

/**
 * The colours of the crossings' classes (`<bilateral-gates>`'s own).
 *
 * @example
 * ```ts
 * import { css } from 'lit';
 * import { gatesColors } from './colors-gates.js';
 *
 * const styles = [gatesColors, css`.tone-1 { fill: var(--_class-1); }`];
 * ```
 */
export const gatesColors: CSSResult = themeColors(`class-1 0b6bcb 4ea1ff
class-2 6f42c1 b392f0
class-3 b5470b f0883e
class-4 1a7f37 3fb950
class-5 6e7781 8b949e`);
