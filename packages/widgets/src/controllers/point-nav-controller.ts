import type { ReactiveControllerHost } from 'lit';

// The focused point's styles come with it, as CSS text (a sheet of them adopted by
// `BilateralElement` into each chart's root once this chunk has loaded).
export { pointCss } from '../styles/point.js';

/** The host of a {@link PointNavController}: an element that draws a tip over the active point. */
export interface PointNavHost extends ReactiveControllerHost {
  /**
   * Starts loading the tip's placement (`loadTooltip`) unless it has loaded, and draws again once
   * it has (the host's `updateComplete` waits for it).
   */
  loadTip(): void;
}

/**
 * Keyboard and pointer navigation between the points of a chart: the chart is one tab stop;
 * Left/Right (and Up/Down) move between points, Home/End jump to the ends, Escape leaves the
 * point. `announcement` holds the text of the active point for the chart's live region. A
 * pointer over a mark with `data-point` (see `hitColumns`) makes that point active without an
 * announcement; a mouse leaving the chart clears it, a touch leaves it until the next tap or blur.
 * The tip drawn over the active point loads with the first pointer over the chart or the first
 * point moved to (the host's `loadTip`): the host draws the point at once and its tip when it has
 * come. It imports nothing but the focused point's styles, CSS text it re-exports (its chunk
 * shares no module with the element's).
 *
 * It is the listener of the chart's `keydown`, `blur`, `pointerover` and `pointerleave` events
 * ({@link handleEvent}). `BilateralElement` loads it (`import()`) with a chart's first focus or
 * pointer, and replays what came before it had loaded ({@link key}, {@link pointAt}).
 *
 * @example
 * ```ts
 * import { html, LitElement } from 'lit';
 * import { PointNavController } from './point-nav-controller.js';
 *
 * class Dots extends LitElement {
 *   readonly nav = new PointNavController(this);
 *   loadTip() {} // this one draws no tip
 *   override render() {
 *     this.nav.setPoints(['2023: 10', '2024: 12']);
 *     return html`<div tabindex="0" @keydown=${this.nav} @blur=${this.nav}>${this.nav.announcement}</div>`;
 *   }
 * }
 * // Focus the div, press End: nav.index //=> 1, nav.announcement //=> '2024: 12'
 * ```
 */
export class PointNavController {
  /** The active point, or -1 when none is. */
  index = -1;
  /** What the live region says: the active point in words. */
  announcement = '';
  /** The points' descriptions, or the function that writes them (see {@link setPoints}). */
  #points: readonly string[] | (() => readonly string[]) = [];

  constructor(private readonly host: PointNavHost) {}

  /** The points' descriptions, written the first time they are read. */
  private get labels(): readonly string[] {
    if (typeof this.#points === 'function') this.#points = this.#points();
    return this.#points;
  }

  /**
   * Sets the points' descriptions (call on every render), or a function that writes them, called
   * only when a point is active or moved to: a chart no reader reaches writes none. Keeps the
   * active index in range.
   */
  setPoints(labels: readonly string[] | (() => readonly string[])): void {
    this.#points = labels;
    if (this.index >= 0 && this.index >= this.labels.length) this.index = this.labels.length - 1;
  }

  /** Moves to a point and, unless told not to, announces it. */
  select(index: number, announce = true): void {
    const next = Math.max(-1, Math.min(index, this.labels.length - 1));
    if (next === this.index) return;
    if (next >= 0) this.host.loadTip();
    this.index = next;
    this.announcement = announce ? (this.labels[next] ?? '') : '';
    this.host.requestUpdate();
  }

  /** Moves as a key asks (an arrow, Home, End, Escape); whether it was one of those. */
  key(key: string): boolean {
    const last = this.labels.length - 1;
    const target = {
      ArrowRight: Math.min(this.index + 1, last),
      ArrowDown: Math.min(this.index + 1, last),
      ArrowLeft: Math.max(this.index - 1, 0),
      ArrowUp: Math.max(this.index - 1, 0),
      Home: 0,
      End: last,
      Escape: -1,
    }[key];
    if (target === undefined || last < 0) return false;
    this.select(target);
    return true;
  }

  /** A pointer over `target`: the point of its `data-point` mark, if any, without announcing it. */
  pointAt(target: Element): void {
    this.host.loadTip(); // a pointer on its way to a point
    const point = target.closest('[data-point]')?.getAttribute('data-point');
    if (point != null) this.select(Number(point), false);
  }

  /** The chart's `keydown`, `blur`, `pointerover` and `pointerleave` (a listener object; others do nothing). */
  handleEvent(event: Event): void {
    if (event.type === 'keydown') {
      if (this.key((event as KeyboardEvent).key)) event.preventDefault();
    } else if (event.type === 'pointerover') {
      this.pointAt(event.target as Element);
    } else if (event.type === 'blur') {
      this.select(-1);
    } else if (
      // A touch ends with a leave; keep its point until the next tap or until the chart blurs.
      event.type === 'pointerleave' &&
      (event as PointerEvent).pointerType === 'mouse' &&
      !(event.currentTarget as Element).matches(':focus')
    ) {
      this.select(-1, false);
    }
  }
}
