/**
 * The error state's alert: in the colours of a failure (`--_bad`, shared: `tokens.ts`), at the
 * size of its text, and the figure around it as tall as it: a failed figure gives up the loading
 * reserve (`reserve.ts`; an error is final, so the page shifts once rather than keeping a screen
 * of nothing: the target's 926 px at 280 px, its alert 152). Plain CSS text, not Lit's `css`:
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
[part='figure'].held:has(> [role='alert']) {
  min-height: 0;
}
`;
