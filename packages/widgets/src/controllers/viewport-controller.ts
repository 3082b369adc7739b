import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LaidOut } from './resize-controller.js';

/** How far beyond the viewport an element is drawn ahead of being scrolled to. */
export const NEAR_MARGIN = '300% 0px';

/** Elements waiting to come near the viewport. */
const waiting = new Map<Element, () => void>();
const observers = new WeakMap<Document, IntersectionObserver>();

function reveal(element: Element): void {
  const show = waiting.get(element);
  if (show === undefined) return;
  waiting.delete(element);
  observers.get(element.ownerDocument)?.unobserve(element);
  show();
}

/** Printing draws every element, near or not. */
const revealAll = () => {
  for (const element of [...waiting.keys()]) reveal(element);
};

/**
 * One IntersectionObserver per document for its elements that have not been drawn yet. Its root
 * is the document (its own viewport, with the margin), not the implicit root: in an iframe, that
 * would clip to the iframe's visible part and lose the margin.
 */
function observerOf(document: Document): IntersectionObserver {
  let observer = observers.get(document);
  if (observer === undefined) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) reveal(entry.target);
      },
      { root: document, rootMargin: NEAR_MARGIN },
    );
    observers.set(document, observer);
    document.defaultView?.addEventListener('beforeprint', revealAll);
  }
  return observer;
}

/**
 * Tells the host when it comes near the viewport (within three viewport heights): until then it
 * keeps its loading state, whose reserved height holds its place, and computes nothing; a page
 * of fifty figures draws the ones in view first. Once near, an element stays drawn. The parts a
 * drawn element draws in its shadow root are near with it at once when it gives them the width
 * it lays them out at (the dashboard's panels: `layoutWidth`, see `LaidOut`), so that each draws
 * its figure once, with it, at its width in the grid; other parts are observed as any element
 * is, and the observer reports them once they are laid out, after the shared ResizeObserver has
 * measured them (see `ResizeController`). Printing draws every element.
 */
export class ViewportController implements ReactiveController {
  /** Whether the host has come near the viewport (it then stays drawn). */
  near = false;

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // A part its container gave the width it lays it out at (a dashboard's panel, drawn by a
    // drawn dashboard) is near with it at once.
    this.near ||= !!(this.#host as Partial<LaidOut>).layoutWidth;
    if (this.near) return;
    waiting.set(this.#host, () => {
      this.near = true;
      this.#host.requestUpdate();
    });
    observerOf(this.#host.ownerDocument).observe(this.#host);
  }

  hostDisconnected(): void {
    waiting.delete(this.#host);
    observers.get(this.#host.ownerDocument)?.unobserve(this.#host);
  }
}
