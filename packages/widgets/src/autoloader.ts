/**
 * The script-tag entry (`dist/bilateral-widgets.js`): a small autoloader. The webmaster pastes
 * one `<script type="module" src=".../bilateral-widgets.js">`; for each `bilateral-*` tag that
 * appears in the document (now, or later: a MutationObserver watches), and in any shadow root
 * passed to {@link discover}, it loads that element's chunk, the messages of the page's language
 * and the embedded data the tag names — in parallel, from beside the script (`import.meta.url`)
 * — and the chunk defines the element. Shared code (Lit, the core's calculations) is one chunk.
 * Loading the script twice is harmless: both copies load the same chunks, and an element is
 * defined once. It runs under a strict Content Security Policy with Trusted Types (no eval, no
 * inline script or style); the chunks need `script-src` to allow the script's own origin.
 *
 * @packageDocumentation
 */
import { EMBEDDED_NAMES, embeddedFile, SERIES_ELEMENT } from './data/embedded-names.js';
import { prefetchedJson } from './data/prefetch.js';
import { nearestLang, primaryLanguage } from './i18n/language-tag.js';
import { loadedMessages } from './i18n/loaded-messages.js';
import { MESSAGE_CHUNKS } from './i18n/message-chunks.js';

/** Each element's chunk: importing it defines the element (and the ones it composes). */
const CHUNKS: Readonly<Record<string, () => Promise<unknown>>> = {
  'bilateral-growth': () => import('./elements/growth.define.js'),
  'bilateral-balance': () => import('./elements/balance.define.js'),
  'bilateral-target': () => import('./elements/target.define.js'),
  'bilateral-gates': () => import('./elements/gates.define.js'),
  'bilateral-dashboard': () => import('./elements/dashboard.define.js'),
};

const requested = new Set<string>();

/** Starts loading what one `bilateral-*` element needs; each thing is asked for once. */
function load(element: Element): void {
  const tag = element.localName;
  const chunk = CHUNKS[tag];
  if (chunk === undefined) return;
  const once = (key: string, start: () => unknown) => {
    if (requested.has(key)) return;
    requested.add(key);
    start();
  };
  once(tag, () =>
    chunk().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`Bilateral: <${tag}> could not be loaded:`, error);
    }),
  );
  // The element settles its language when it renders (an unknown one means English); this only
  // starts loading the likely one early, with the element's chunk rather than after it.
  // None (`undefined`) is not one of the chunks' languages either.
  const language = (primaryLanguage(element.getAttribute('locale')) ??
    primaryLanguage(nearestLang(element))) as keyof typeof MESSAGE_CHUNKS;
  if (Object.hasOwn(MESSAGE_CHUNKS, language)) {
    // Asked for once by its code (no tag is one). Kept as loaded, so that the elements find their
    // words when they draw: with the page's others, not each language in a task of its own once
    // an `import()` of theirs settles (docs/performance-history.md, "The 50-element page's
    // waits, request rounds and waves (h309, 2026-12-06)").
    once(language, () =>
      MESSAGE_CHUNKS[language]().then(
        (messages) => (loadedMessages[language] = messages),
        () => requested.delete(language),
      ),
    );
  }
  const name = element.getAttribute('dataset')?.trim();
  // An absent or empty name is not one of them, so `name` is a string below.
  if ((EMBEDDED_NAMES as readonly unknown[]).includes(name) && !element.hasAttribute('src')) {
    // Each file once per page (`prefetchedJson` shares requests; the element reports a failure):
    // a series element's series file, any other element's whole file.
    const file = embeddedFile(name as string, SERIES_ELEMENT.test(tag));
    prefetchedJson(new URL(file, import.meta.url).href);
  }
}

/**
 * Loads and defines every `bilateral-*` element in `root` (and `root` itself when it is one).
 * The document is watched already; call it for a shadow root that holds Bilateral elements, e.g.
 * a component's own shadow root after it rendered. Also `globalThis.BilateralWidgets.discover`.
 *
 * @param root - a document, shadow root or element to search (the document when left out)
 *
 * @example
 * ```ts
 * // In a component that renders <bilateral-growth> into its own shadow root:
 * const root = this.attachShadow({ mode: 'open' });
 * const growth = document.createElement('bilateral-growth');
 * growth.setAttribute('dataset', 'vietnam-laos');
 * root.append(growth); // no innerHTML: it throws where Trusted Types are required
 * globalThis.BilateralWidgets.discover(root);
 * //=> <bilateral-growth> is defined once its chunk has loaded
 * ```
 */
export function discover(root: ParentNode = document): void {
  // `load` skips any tag but the elements'.
  if (root instanceof Element) load(root);
  for (const element of root.querySelectorAll(':not(:defined)')) load(element);
}

declare global {
  var BilateralWidgets: { readonly discover: (root?: ParentNode) => void } | undefined;
}

// A second copy of the script (another URL of it) finds the first one's observer and stops.
if (globalThis.BilateralWidgets === undefined) {
  globalThis.BilateralWidgets = { discover };
  discover();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
