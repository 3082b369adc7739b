import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Observes the host's content width with a ResizeObserver and re-renders it when the width
 * changes by a whole pixel, so charts lay out for 280 px as well as for 1,200 px.
 */
export class ResizeController implements ReactiveController {
  /** The host's content width in CSS pixels (`fallback` until the first observation). */
  width: number;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    fallback = 600,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    // Measure once now, so that the first render already has the real width: waiting for the
    // observer would paint one frame at the fallback width and move the page when it redraws.
    const initial = contentWidth(this.host);
    if (initial > 0) this.width = initial;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry === undefined) return;
      const width = Math.round(entry.contentRect.width);
      if (width > 0 && width !== this.width) {
        this.width = width;
        // Re-render in the next frame: a re-render inside the observer's callback that changes
        // the host's height would be reported as a "ResizeObserver loop" error.
        requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** The width of an element's content box, rounded to the pixel (0 when it is not laid out). */
function contentWidth(element: Element): number {
  const style = getComputedStyle(element);
  const frame = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  const inset = frame.reduce((sum, side) => sum + (Number.parseFloat(style[side]) || 0), 0);
  return Math.max(0, Math.round(element.getBoundingClientRect().width - inset));
}
