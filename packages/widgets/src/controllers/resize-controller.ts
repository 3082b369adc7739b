import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * An element whose container knows the width it lays it out at before it is laid out: a
 * dashboard's panel (see `panelWidths`), drawn with its dashboard, without waiting for a frame.
 */
export interface LaidOut {
  /** Content width in CSS pixels at 16 px text, as {@link ResizeController.width} measures it. */
  readonly layoutWidth: number | undefined;
}

/** Each measured element's font size (px), read with its width. */
const fontSizes = new WeakMap<Element, number>();

/**
 * The font size (px) of an element the shared observer has measured, read with its width (16
 * before): a dashboard lays its panels out in its em (`panelWidths`).
 *
 * @example
 * ```ts
 * fontSizeOf(dashboard); //=> 14 on a page of 14 px text, once the dashboard has been measured
 * ```
 */
export const fontSizeOf = (element: Element): number => fontSizes.get(element) ?? 16;

/** What the shared observer tells each observed element. */
type Listener = (width: number) => void;

const listeners = new WeakMap<Element, Listener>();
let observer: ResizeObserver | undefined;
/** What the next animation frame runs: the redraws the widths of this frame ask for. */
const nextFrame: (() => void)[] = [];

/**
 * Runs `redraw` in the next animation frame, in one callback with every other element's: their
 * updates then run together (one microtask checkpoint, one measure of their reserves), where a
 * callback each drew the elements one by one, with a layout each (the 37 panels of the
 * benchmark's page).
 */
function inNextFrame(redraw: () => void): void {
  if (nextFrame.push(redraw) > 1) return;
  requestAnimationFrame(() => {
    for (const run of nextFrame.splice(0)) run();
  });
}

/**
 * Tells each observed element its width: the shared observer's callback, and the one of each
 * other document's observer (`base/moved-document.ts`).
 *
 * @example
 * ```ts
 * const inFrame = new (frame.contentWindow as typeof globalThis).ResizeObserver(reportWidths);
 * ```
 */
export const reportWidths: ResizeObserverCallback = (entries) => {
  for (const entry of entries) listeners.get(entry.target)?.(entry.contentRect.width);
};

/**
 * One ResizeObserver for every element of the page: the browser measures all of them in one
 * pass after layout (no element reads its own size on connect, which forced a layout per
 * element), and delivers the first width before the frame is painted. An element moved into
 * another document is observed by that document's (`base/moved-document.ts` routes it).
 *
 * @example
 * ```ts
 * sharedObserver().observe(element);
 * ```
 */
export const sharedObserver = (): ResizeObserver => (observer ??= new ResizeObserver(reportWidths));

/**
 * Observes the host's content width (one ResizeObserver shared by all elements) and re-renders
 * it when the width changes by a whole pixel, so charts lay out for 280 px as well as for
 * 1,200 px. Above 16 px text the width is the one the content would have at 16 px text (its
 * width over `fontSize / 16`): a chart drawn for it and scaled to its box (the SVG is as wide as
 * its box) draws its 12 px labels at the reader's text size, 24 px at 200 % text (WCAG 1.4.4),
 * and is laid out as at 16 px text for a box as wide in em. The first observation arrives before
 * the first paint and before the element is revealed (see `ViewportController`), so a chart is
 * drawn at its real width from the start, and once: the re-render the observation asks for is
 * skipped when an update has drawn at the new width meanwhile.
 */
export class ResizeController implements ReactiveController {
  /**
   * The host's content width in CSS pixels at 16 px text, or less text (`fallback` until the
   * first observation): with larger text, its width over `fontSize / 16` (195 for 390 px at
   * 32 px text).
   */
  width: number;
  /** The width of the host's last update (it may have drawn at it). */
  #drawnWidth: number | undefined;
  /** Whether the observer has reported the host's width. */
  #measured: boolean | undefined;

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element, fallback = 600) {
    this.#host = host;
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    this.#measured = false; // observing again reports the width again
    // The width its container lays it out at (a dashboard's panel), until it is measured: it
    // draws at it at once, and again only if the observer reports another. Before its first
    // update only: reconnected (moved with its dashboard), it has drawn at a measured width, and
    // a given width taken again would hide a report of that width (drawn at another) as no change.
    const given = (this.#host as Partial<LaidOut>).layoutWidth;
    if (given && this.#drawnWidth === undefined) {
      this.width = given;
      this.#measured = true;
    }
    listeners.set(this.#host, (measured) => {
      // Read here, where the layout is done (no style recalculation forced per element): the
      // observer reports a change of text size too, as the host's height changes with its text.
      const size = Number.parseFloat(getComputedStyle(this.#host).fontSize);
      fontSizes.set(this.#host, size);
      const width = Math.round(measured / Math.max(1, size / 16));
      if (width <= 0 || (width === this.width && this.#measured)) return;
      this.width = width;
      this.#measured = true;
      // Re-render in the next frame: a re-render inside the observer's callback that changes
      // the host's height would be reported as a "ResizeObserver loop" error. An update
      // meanwhile (an element the ViewportController revealed draws at once) drew at this width
      // already: nothing to redraw then.
      inNextFrame(() => {
        if (this.#drawnWidth !== this.width) this.#host.requestUpdate();
      });
    });
    sharedObserver().observe(this.#host);
  }

  hostUpdate(): void {
    this.#drawnWidth = this.width;
  }

  hostDisconnected(): void {
    observer?.unobserve(this.#host);
    listeners.delete(this.#host);
  }
}
