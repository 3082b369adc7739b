/**
 * Adds a stylesheet to those a shadow root has adopted, once: the styles of what loads on demand
 * (the data tables, the error alert) come with their chunk, not with the element's first load.
 * Nothing happens while the sheet has not loaded (`undefined`).
 *
 * @example
 * ```ts
 * import { css } from 'lit';
 * import { adoptSheet } from './adopt-sheet.js';
 *
 * const root = document.createElement('div').attachShadow({ mode: 'open' });
 * const sheet = css`.late { color: red; }`.styleSheet;
 * adoptSheet(root, sheet);
 * adoptSheet(root, sheet);
 * root.adoptedStyleSheets.length; //=> 1
 * ```
 */
export function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet | undefined): void {
  if (sheet !== undefined && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
