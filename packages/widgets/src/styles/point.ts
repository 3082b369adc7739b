/**
 * The focused point's styles: its tip (`.tip`, `.tip-box`), its mark and ring (`.mark.active`,
 * `.active-ring`). Only a chart whose navigation has loaded (with a page's first focus or pointer
 * on a chart) has an active point, so they load with it (`point-nav-controller.ts` re-exports
 * them) and `BilateralElement` adopts a sheet of them with an element's navigation. Plain CSS
 * text, not Lit's `css`, like `alert.ts`: the navigation's chunk imports nothing of Lit.
 *
 * @example
 * ```ts
 * import { pointCss } from './point.js';
 *
 * const sheet = new CSSStyleSheet();
 * sheet.replaceSync(pointCss);
 * sheet.cssRules.length; //=> 4
 * ```
 */
export const pointCss = `
.tip {
  fill: var(--_text);
  font-weight: 600;
}
.tip-box {
  fill: var(--_background);
  stroke: var(--_muted);
  stroke-width: 1;
}
.mark.active {
  stroke: var(--_focus);
  stroke-width: 3;
}
.active-ring {
  fill: none;
  stroke: var(--_focus);
  stroke-width: 2;
}
`;
