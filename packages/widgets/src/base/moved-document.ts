import type { CSSResult, LitElement } from 'lit';

/**
 * What an element needs once it has been moved into another document (an iframe's, with
 * `append` or `adoptNode`, or back): loaded on demand, the first time an element of the page
 * changes documents (`BilateralBase.adoptedCallback`), so that a page whose elements stay put
 * loads none of it. It comes in the error alert's chunk (`failure-alert.ts` re-exports
 * {@link adopted}), the other rare need, rather than in a chunk of its own: a new on-demand chunk
 * cost every page more (a new entry for esbuild reorders the imports of chunks it does not touch:
 * the dashboard's page +41 B) and the app its own file name.
 *
 * - Styles. A constructed stylesheet can be adopted only in the document it was made in: the
 *   browser drops a shadow root's sheets when its element changes documents (the element was
 *   drawn unstyled, an inline box 0 px wide), and adopting one of the page's sheets in an iframe
 *   throws `NotAllowedError`. Each moved element's shadow root adopts, for each sheet it is given
 *   (its styles, and the table's, tip's, alert's and download panel's as they load), a copy made
 *   in its document, once per sheet and document; it reads back the sheets it was given.
 * - Widths. A document's elements are measured by a ResizeObserver of that document (the page's
 *   measuring an iframe's elements reported "ResizeObserver loop" errors): from the first move on,
 *   the shared observer observes each element with its document's.
 * - Language. The element draws again when the `lang` of its new document changes.
 */

/** The copies of each of the page's sheets, by the document they were made in. */
const copies = new WeakMap<CSSStyleSheet, WeakMap<Document, CSSStyleSheet>>();
/** The sheet each copy was made from. */
const originals = new WeakMap<CSSStyleSheet, CSSStyleSheet>();

/**
 * `sheet` as a sheet `document` can adopt: itself when it was made there, else a copy of its
 * rules made there (once).
 */
function inDocument(sheet: CSSStyleSheet, document: Document): CSSStyleSheet {
  const original = originals.get(sheet) ?? sheet;
  const window = document.defaultView as typeof globalThis;
  // (Each window has its own class: a sheet made in another one is no instance of this one's.)
  if ((original as object) instanceof window.CSSStyleSheet) return original;
  const made = copies.get(original) ?? new WeakMap<Document, CSSStyleSheet>();
  copies.set(original, made);
  let copy = made.get(document);
  if (copy === undefined) {
    copy = new window.CSSStyleSheet();
    copy.replaceSync([...original.cssRules].map((rule) => rule.cssText).join('\n'));
    made.set(document, copy);
    originals.set(copy, original);
  }
  return copy;
}

/** The browser's own `adoptedStyleSheets` of a shadow root. */
const native = Object.getOwnPropertyDescriptor(
  ShadowRoot.prototype,
  'adoptedStyleSheets',
) as Required<Pick<PropertyDescriptor, 'get' | 'set'>>;

/** The shadow roots whose sheets are made in their document (see {@link inDocument}). */
const translated = new WeakSet<ShadowRoot>();

/**
 * Makes `root` adopt, for each sheet it is given, that sheet made in its document, and give back
 * the sheets it was given (an `includes` of one of them still finds it).
 */
function translate(root: ShadowRoot): void {
  if (translated.has(root)) return;
  translated.add(root);
  Object.defineProperty(root, 'adoptedStyleSheets', {
    configurable: true,
    get: () =>
      (native.get.call(root) as CSSStyleSheet[]).map((sheet) => originals.get(sheet) ?? sheet),
    // (Not in a document without a window, where no sheet can be made: see `adopted`.)
    set: (sheets: readonly CSSStyleSheet[]) =>
      root.ownerDocument.defaultView &&
      native.set.call(
        root,
        sheets.map((sheet) => inDocument(sheet, root.ownerDocument)),
      ),
  });
}

/** The ResizeObserver of each document but the page's (whose is the shared one). */
const observers = new WeakMap<Document, ResizeObserver>();
/** The observer of another document each element is observed by. */
const observedBy = new WeakMap<Element, ResizeObserver>();

/** The ResizeObserver of `document`, telling widths as `report` does: made in its window, once. */
function observerOf(document: Document, report: ResizeObserverCallback): ResizeObserver {
  let observer = observers.get(document);
  if (observer === undefined) {
    observer = new (document.defaultView as typeof globalThis).ResizeObserver(report);
    observers.set(document, observer);
  }
  return observer;
}

/** Whether the shared observer observes each element with its document's observer. */
let routed = false;

/**
 * Makes the shared observer observe each element of another document with that document's
 * observer (telling widths as `report` does), from now on; and `element` so at once (it was
 * connected, and observed by the page's, before this module had loaded).
 */
function observeInItsDocument(
  element: Element,
  shared: ResizeObserver,
  report: ResizeObserverCallback,
): void {
  if (!routed) {
    routed = true;
    const observe = shared.observe.bind(shared);
    const unobserve = shared.unobserve.bind(shared);
    shared.unobserve = (target) => {
      observedBy.get(target)?.unobserve(target);
      observedBy.delete(target);
      unobserve(target);
    };
    shared.observe = (target, options) => {
      shared.unobserve(target);
      const { ownerDocument } = target;
      if (ownerDocument === document) return observe(target, options);
      // (A document without a window, a parsed one, lays nothing out: nothing to measure.)
      if (!ownerDocument.defaultView) return;
      const observer = observerOf(ownerDocument, report);
      observedBy.set(target, observer);
      observer.observe(target, options);
    };
  }
  if (element.isConnected) shared.observe(element);
}

/** Each moved element's observer of its document's `lang`. */
const langObservers = new WeakMap<Element, MutationObserver>();

/** Draws `element` again when the `lang` of its document changes (the page's has its own). */
function followLanguage(element: LitElement): void {
  langObservers.get(element)?.disconnect();
  const { ownerDocument } = element;
  if (ownerDocument === document) return;
  const observer = new MutationObserver(() => element.requestUpdate());
  observer.observe(ownerDocument.documentElement, { attributeFilter: ['lang'], subtree: true });
  langObservers.set(element, observer);
}

/**
 * Makes `element`, just adopted into another document, drawn there as on the page: its shadow
 * root adopts its styles made in that document (and every sheet it is given later: see
 * {@link translate}), its width is measured by that document's ResizeObserver, and it draws again
 * (the sheets of what loaded on demand come back with the render) and when that document's `lang`
 * changes.
 *
 * @param element - the element, in its new document, with its shadow root
 * @param shared - the page's ResizeObserver, which every element's `ResizeController` observes it
 *   with (`sharedObserver()`)
 * @param report - its callback, which each other document's observer is made with (`reportWidths`)
 *
 * @example
 * ```ts
 * const frame = document.createElement('iframe');
 * document.body.append(frame);
 * const growth = document.querySelector('bilateral-growth') as BilateralGrowth;
 * frame.contentDocument?.body.append(growth);
 * // BilateralBase.adoptedCallback loads this module (with the alert's), and calls:
 * adopted(growth, sharedObserver(), reportWidths);
 * ```
 */
export function adopted(
  element: LitElement,
  shared: ResizeObserver,
  report: ResizeObserverCallback,
): void {
  // A document without a window (a parsed one, a template's content) makes no sheets and lays
  // nothing out: nothing to do there, and all of it again once the element is in one that has.
  if (!element.ownerDocument.defaultView) return;
  const root = element.renderRoot as ShadowRoot;
  translate(root);
  root.adoptedStyleSheets = (element.constructor as typeof LitElement).elementStyles.map(
    (style) => (style as CSSResult).styleSheet ?? (style as CSSStyleSheet),
  );
  observeInItsDocument(element, shared, report);
  followLanguage(element);
  element.requestUpdate();
}
