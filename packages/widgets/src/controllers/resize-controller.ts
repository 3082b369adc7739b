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
