/** Each document's sheets, by their CSS text (see {@link adoptSheet}). */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/**
 * Adds a stylesheet of `css` to those a shadow root has adopted, once: the styles of what loads
 * on demand (the data tables, the error alert) come with their chunk, not with the element's
 * first load. Nothing happens while they have not loaded (`undefined`). The sheet is made once
 * per document, in the root's: a constructed sheet can be adopted only in the document it was
 * made in (an element moved into an iframe adopts the iframe's).
 *
 * @example
 * ```ts
 * import { adoptSheet } from './adopt-sheet.js';
 *
 * const root = document.createElement('div').attachShadow({ mode: 'open' });
 * adoptSheet(root, '.late { color: red; }');
 * adoptSheet(root, '.late { color: red; }');
 * root.adoptedStyleSheets.length; //=> 1
 * ```
 */
export function adoptSheet(root: ShadowRoot, css: string | undefined): void {
  const { ownerDocument } = root;
  const made = sheets.get(ownerDocument) ?? new Map<string, CSSStyleSheet>();
  let sheet = made.get(css as string);
  if (css === undefined) return;
  if (!sheet) {
    sheet = new (ownerDocument.defaultView as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(ownerDocument, made.set(css, sheet));
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
