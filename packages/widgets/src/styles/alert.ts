/**
 * The error state's alert: in the colours of a failure (`--_bad`, shared: `tokens.ts`), in the
 * middle of the figure's reserved height at the size of its text. Plain CSS text, not Lit's `css`:
 * it loads with the alert (the chunk of `base/failure-alert.ts`), and an on-demand chunk that
 * imports nothing of Lit leaves Lit in one first file with the charts (see
 * docs/performance-history.md, "2026-12-03 later: fewer first files: what is left, and the styles'
 * bytes"). The element builds a sheet of it and adopts it with its first alert.
 *
 * @example
 * ```ts
 * import { alertCss } from './alert.js';
 *
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(alertCss);
 * sheet.cssRules[0]?.cssText; //=> "[role=\"alert\"] { color: var(--_bad); … }"
 * ```
 */
export const alertCss = `
[role='alert'] {
  color: var(--_bad);
  background: var(--_bad-background);
  margin-block: auto;
  align-self: center;
}
`;
