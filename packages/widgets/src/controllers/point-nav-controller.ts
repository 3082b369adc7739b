import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadTooltip, tooltipReady } from '../charts/tooltip.js';

/** The host of a {@link PointNavController}: an element that can draw again once a chunk loads. */
export interface PointNavHost extends ReactiveControllerHost {
  /** Draws again once `loading` has settled; the host's `updateComplete` waits for it. */
  drawWhenLoaded(loading: Promise<unknown>): void;
}

/**
 * Keyboard and pointer navigation between the points of a chart: the chart is one tab stop;
 * Left/Right (and Up/Down) move between points, Home/End jump to the ends, Escape leaves the
 * point. `announcement` holds the text of the active point for the chart's live region. A
 * pointer over a mark with `data-point` (see `hitColumns`) makes that point active without an
 * announcement; a mouse leaving the chart clears it, a touch leaves it until the next tap or blur.
 * The tip drawn over the active point loads with the first pointer over the chart or the first
 * point moved to (`loadTooltip`): the host draws the point at once and its tip when it has come.
 */
export class PointNavController implements ReactiveController {
  /** The active point, or -1 when none is. */
  index = -1;
  /** What the live region says: the active point in words. */
  announcement = '';
  private labels: readonly string[] = [];

  constructor(private readonly host: PointNavHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Sets the points' descriptions (call on every render); keeps the active index in range. */
  setPoints(labels: readonly string[]): void {
    this.labels = labels;
    if (this.index >= labels.length) this.index = labels.length - 1;
  }

  /** Moves to a point and, unless told not to, announces it. */
  select(index: number, announce = true): void {
    const next = Math.max(-1, Math.min(index, this.labels.length - 1));
    if (next === this.index) return;
    if (next >= 0) this.loadTip();
    this.index = next;
    this.announcement = announce ? (this.labels[next] ?? '') : '';
    this.host.requestUpdate();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const last = this.labels.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(this.index + 1, last),
      ArrowDown: Math.min(this.index + 1, last),
      ArrowLeft: Math.max(this.index - 1, 0),
      ArrowUp: Math.max(this.index - 1, 0),
      Home: 0,
      End: last,
      Escape: -1,
    };
    const target = moves[event.key];
    if (target === undefined || last < 0) return;
    event.preventDefault();
    this.select(target);
  };

  /** Starts loading the tip's placement, unless it has loaded: the host draws again with it. */
  private loadTip(): void {
    if (!tooltipReady()) this.host.drawWhenLoaded(loadTooltip());
  }

  readonly onPointerOver = (event: PointerEvent): void => {
    this.loadTip(); // a pointer on its way to a point
    const point = (event.target as Element).closest('[data-point]')?.getAttribute('data-point');
    if (point != null) this.select(Number(point), false);
  };

  readonly onPointerLeave = (event: PointerEvent): void => {
    // A touch ends with a leave; keep its point until the next tap or until the chart blurs.
    if (event.pointerType === 'mouse' && !(event.currentTarget as Element).matches(':focus')) {
      this.select(-1, false);
    }
  };

  readonly onBlur = (): void => {
    this.select(-1);
  };
}
