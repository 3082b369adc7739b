import type { CSSResult } from 'lit';
import { themeColors } from './tokens.js';

/**
 * The colours of a target's statuses, with their backgrounds (`<bilateral-target>`'s own; `bad`
 * is shared: the error alert draws with it).
 *
 * @example
 * ```ts
 * import { css } from 'lit';
 * import { targetColors } from './colors-target.js';
 *
 * const styles = [targetColors, css`.ahead { color: var(--_ok); }`];
 * ```
 */
export const targetColors: CSSResult = themeColors(`ok 11602a aff5b4
ok-background dcf5e3 12341d
warn 7a4a00 f8d88b
warn-background fff1d6 3b2a07`);
