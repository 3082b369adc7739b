import {
  html,
  nothing,
  type PropertyValues,
  render,
  type SVGTemplateResult,
  type TemplateResult,
  unsafeCSS,
} from 'lit';
import { loadTooltip, tooltipReady } from '../charts/tooltip.js';
import type { PointNavController } from '../controllers/point-nav-controller.js';
import { pairName } from '../i18n/format.js';
import { adoptSheet } from './adopt-sheet.js';
import { BilateralBase, type RenderContext } from './bilateral-base.js';
import { keepTogether } from './keep-together.js';
import { loadOnce } from './load-once.js';
import { publishersOf, sourceLine } from './publishers.js';

export type { RenderContext } from './bilateral-base.js';

/**
 * A chart: its SVG content, its height, and one description per navigable point (read only when
 * the navigation moves to a point: a getter can leave them unwritten). An SVG element
 * in `content` with a `data-point` attribute (a point's index in `points`) makes that point the
 * active one while a pointer is over it, as the arrow keys do. `points` may be a getter, read only
 * when the navigation first needs the descriptions: keep it lazy (a `{ ...parts }` spread reads it,
 * and describes every point at each draw).
 *
 * @example
 * ```ts
 * import {
 *   BilateralGrowth,
 *   type ChartParts,
 *   type GrowthView,
 *   type RenderContext,
 * } from '@bilateral/widgets';
 *
 * // What `renderChart` returns; here the live region also names the series at every point.
 * class AnnouncedGrowth extends BilateralGrowth {
 *   protected override renderChart(view: GrowthView, context: RenderContext): ChartParts {
 *     const parts = super.renderChart(view, context);
 *     // dataset="vietnam-laos": parts.height //=> 240 (200 when narrower than 420 px)
 *     // parts.points[0] //=> '2016: about US$823 million (derived)'
 *     const title = this.headingText(view, context);
 *     // A getter, as the element's own: the descriptions are written when the navigation reads them.
 *     return {
 *       height: parts.height,
 *       content: parts.content,
 *       get points() {
 *         return parts.points.map((point) => `${title}, ${point}`);
 *       },
 *     };
 *   }
 * }
 * customElements.define('announced-growth', AnnouncedGrowth);
 * // The first arrow key on its chart announces 'Vietnam–Laos turnover, 2016: about US$823 million (derived)'.
 * ```
 */
export interface ChartParts {
  readonly height: number;
  readonly content: SVGTemplateResult;
  readonly points: readonly string[];
}

/**
 * The data tables' styles, once loaded with a page's first table (`styles/table.ts`, CSS text:
 * its chunk imports nothing of Lit, see `failure-alert.ts`): adopted into a shadow root with its
 * first table.
 */
let tableSheet: CSSStyleSheet | undefined;

/** Keyboard and pointer navigation between a chart's points, once loaded (see {@link loadNav}). */
let Nav: typeof PointNavController | undefined;
/** The focused point's styles (`styles/point.ts`), loaded with it: adopted by every chart's root. */
let pointSheet: CSSStyleSheet | undefined;
/** Loads it (`point-nav-controller.ts`, with the tip's loading): with a page's first focus or pointer on a chart. */
const loadNav = loadOnce(() =>
  import('../controllers/point-nav-controller.js').then((module) => {
    Nav = module.PointNavController;
    pointSheet = unsafeCSS(module.pointCss).styleSheet;
  }),
);

/** A view and the context it was drawn in. */
type Drawn<View> = { readonly view: View; readonly context: RenderContext };

/** The keys the navigation moves by: their default (scrolling) is prevented while it loads. */
const NAV_KEY = /^(Arrow|Home$|End$|Escape$)/;

/**
 * What a chart element and its subclasses use of its keyboard and pointer navigation (the
 * protected `nav` of {@link BilateralElement}): the active point, what the chart's live region
 * says, and the listener of the chart's events. Until a page's first focus or pointer on a chart
 * has loaded the navigation, `nav` is a stand-in with no active point.
 *
 * @example
 * ```ts
 * import { BilateralGrowth, type PointNav } from '@bilateral/widgets';
 *
 * // A growth chart the page's own controls drive: a new measure leaves no point active.
 * class DrivenGrowth extends BilateralGrowth {
 *   get navigation(): PointNav {
 *     return this.nav;
 *   }
 *   showMeasure(measure: 'exports' | 'imports'): void {
 *     this.measure = measure;
 *     this.nav.select(-1);
 *   }
 * }
 * customElements.define('driven-growth', DrivenGrowth);
 * new DrivenGrowth().navigation.index;
 * //=> -1
 * ```
 */
export interface PointNav {
  /** The active point, or -1 when none is. */
  readonly index: number;
  /** What the live region says: the active point in words. */
  readonly announcement: string;
  /**
   * Sets the points' descriptions (called on every render), or a function that writes them when a
   * point is first moved to.
   */
  setPoints(labels: readonly string[] | (() => readonly string[])): void;
  /** Moves to a point (-1: none) and, unless told not to, announces it. */
  select(index: number, announce?: boolean): void;
  /** The chart's `focus`, `keydown`, `blur`, `pointerover` and `pointerleave` (a listener object). */
  handleEvent(event: Event): void;
}

/**
 * A Bilateral element that draws one chart: a title, a one-sentence summary, the chart (one tab
 * stop, arrow keys between points, a live region announcing each), a data table behind a toggle
 * (in `static` mode, always there for screen readers), and the sources. The table is drawn only
 * once it is shown: its code (`loadTable`) and styles load (`import()`) the first time a reader
 * opens one, or at once for a `static` element, which waits for them before it draws.
 *
 * @example
 * ```html
 * <!-- The parts every chart element has: title, summary, chart, toggle, table, footer. -->
 * <style>
 *   bilateral-growth::part(summary),
 *   bilateral-balance::part(summary) {
 *     font-style: italic;
 *   }
 * </style>
 * ```
 *
 * ```ts
 * import '@bilateral/widgets/all';
 * import type { BilateralElement } from '@bilateral/widgets';
 *
 * // Growth, balance, target and gates are BilateralElements (the dashboard composes them).
 * // `isStatic` (attribute `static`), e.g. for a slideshow: no tab stop, no table toggle.
 * const selector = 'bilateral-growth, bilateral-balance, bilateral-target, bilateral-gates';
 * for (const chart of document.querySelectorAll<BilateralElement<unknown>>(selector)) {
 *   chart.isStatic = true;
 * }
 * ```
 */
export abstract class BilateralElement<View> extends BilateralBase<View> {
  /** Whether the data table is shown (it always is to screen readers in `static` mode). */
  protected tableOpen = false;
  /** The table's code and styles, loading or loaded (`undefined` again after a failure). */
  #tableLoad: Promise<boolean> | undefined;
  /** Whether they have loaded (or, for a `static` element, failed to: it draws without). */
  #tableReady: boolean | undefined;
  /** The view and context last drawn: the CSV draws the table from them when it is closed. */
  #drawn: Drawn<View> | undefined;
  /** The points' descriptions the stand-in was given (unwritten), for the navigation once loaded. */
  #navPoints: readonly string[] | (() => readonly string[]) = [];
  /**
   * The chart's keyboard and pointer navigation (the listener of its focus, keys and pointers):
   * until the page has loaded the {@link PointNavController}, a stand-in with no active point,
   * which loads it with the chart's first event and hands it the keys and pointers met meanwhile.
   */
  protected nav: PointNav = Nav
    ? new Nav(this)
    : {
        index: -1,
        announcement: '',
        select: () => {},
        setPoints: (labels) => {
          this.#navPoints = labels;
        },
        handleEvent: (event) => this.#startNav(event),
      };
  /** The download panel's module: loaded (`import()`) when a reader first opens the panel. */
  #downloads: typeof import('../publish/download-panel.js') | undefined;
  /** Whether the download panel is open. */
  #downloadsOpen: boolean | undefined;

  protected override get activeIndex(): number {
    return this.nav.index;
  }

  /**
   * @internal Starts loading the tip's placement (`loadTooltip`), unless it has loaded: the
   * element draws again with it (the navigation calls it on its way to a point).
   */
  loadTip(): void {
    if (!tooltipReady()) this.drawWhenLoaded(loadTooltip());
  }

  /**
   * An event on the chart before the navigation has loaded: loads it (the element draws again,
   * and `updateComplete` waits, until it has), then gives it the event's key or pointer, or the
   * pointer's leaving or the chart's blur (which clear the point), in the order they came.
   */
  #startNav(event: Event): void {
    const { type } = event;
    const key = (event as KeyboardEvent).key;
    const target = event.target as Element; // read now: the event's target is gone after it
    // Whether it clears the point, as the navigation decides (read now too: focus moves on).
    const leaves =
      type === 'blur' ||
      (type === 'pointerleave' &&
        (event as PointerEvent).pointerType === 'mouse' &&
        !(event.currentTarget as Element).matches(':focus'));
    const navKey = type === 'keydown' && NAV_KEY.test(key);
    if (navKey) event.preventDefault();
    // On its way to a point: the tip's chunk loads beside the navigation's, not after it.
    if ((navKey && key !== 'Escape') || type === 'pointerover') this.loadTip();
    this.drawWhenLoaded(
      loadNav().then(() => {
        const Loaded = Nav as typeof PointNavController;
        const nav = this.nav instanceof Loaded ? this.nav : new Loaded(this);
        if (nav !== this.nav) {
          nav.setPoints(this.#navPoints);
          this.nav = nav;
        }
        if (type === 'keydown') nav.key(key);
        if (type === 'pointerover') nav.pointAt(target);
        if (leaves) nav.select(-1);
      }),
    );
  }

  /** The element's name: its title and the figure's accessible name. */
  protected abstract headingText(view: View, context: RenderContext): string;
  /** One sentence saying what the figures show. */
  protected abstract summaryText(view: View, context: RenderContext): string;
  /** The chart (SVG) and its points' descriptions. */
  protected abstract renderChart(view: View, context: RenderContext): ChartParts;
  /**
   * Loads (`import()`) what {@link renderTable} draws with: called the first time the element's
   * table is shown (a reader opens it, a `static` element draws, the download panel opens).
   */
  protected abstract loadTable(): Promise<void>;
  /**
   * The data table (rows of the figures the chart shows): called only once {@link loadTable} has
   * resolved, when the table is shown (opened, or in `static` mode) or for the CSV download.
   *
   * @example
   * ```ts
   * import { BilateralGrowth, type GrowthView, type RenderContext } from '@bilateral/widgets';
   * import { html } from 'lit';
   *
   * // A line under growth's own table, drawn with it when a reader opens it (the CSV keeps the
   * // table's rows only).
   * class NotedGrowth extends BilateralGrowth {
   *   protected override renderTable(view: GrowthView, context: RenderContext) {
   *     return html`${super.renderTable(view, context)}<p>Figures for 2025 are provisional.</p>`;
   *   }
   * }
   * customElements.define('noted-growth', NotedGrowth);
   * // Before "Show data table" is pressed: element.shadowRoot.querySelector('table') //=> null
   * ```
   */
  protected abstract renderTable(
    view: View,
    context: RenderContext,
  ): TemplateResult | typeof nothing;
  /** The ids of the sources behind the figures shown. */
  protected abstract sourceIdsOf(view: View): readonly string[];
  /**
   * A `static` element draws once its table's code has loaded (the table is part of what it
   * shows), or has failed to.
   */
  override get ready(): boolean {
    return super.ready && (this.#tableReady || !this.isStatic);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.isStatic && !this.#tableReady && !this.#tableLoad) {
      this.#loadTableOnce().then(() => {
        this.#tableReady = true;
        this.requestUpdate();
      });
    }
    super.willUpdate(changed);
  }

  /**
   * Loads the table's code and styles (each chunk once per page), resolving whether they came;
   * after a failure the next call tries again.
   */
  #loadTableOnce(): Promise<boolean> {
    this.#tableLoad ??= Promise.all([
      this.loadTable(),
      import('../styles/table.js').then(({ tableCss }) => {
        tableSheet = unsafeCSS(tableCss).styleSheet;
      }),
    ]).then(
      () => true,
      () => {
        this.#tableLoad = undefined;
        return false;
      },
    );
    return this.#tableLoad;
  }

  /**
   * Opens the table (loading its code the first time: the toggle is busy meanwhile, and the
   * table closes again if it cannot load), or closes it. Focus stays on the toggle.
   */
  async #toggleTable(): Promise<void> {
    this.tableOpen = !this.tableOpen;
    this.requestUpdate();
    if (this.tableOpen && !this.#tableReady) {
      this.#tableReady = await this.#loadTableOnce();
      this.tableOpen &&= this.#tableReady;
      this.requestUpdate();
    }
  }

  /**
   * Opens the download panel (loading it and the table's code the first time: the CSV is the
   * table) and focuses its first button, or closes it.
   */
  async #toggleDownloads(): Promise<void> {
    this.#downloads ??= await Promise.all([
      import('../publish/download-panel.js'),
      this.#loadTableOnce(),
    ]).then(
      ([panel, loaded]) => {
        this.#tableReady ||= loaded;
        return loaded ? panel : undefined;
      },
      () => undefined,
    );
    this.#downloadsOpen = !this.#downloadsOpen && this.#downloads !== undefined;
    this.requestUpdate();
    await this.updateComplete;
    if (this.#downloadsOpen) {
      this.renderRoot.querySelector<HTMLElement>('#downloads button')?.focus();
    }
  }

  /** Anything shown between the summary and the chart (filters, badges, figures). */
  protected renderExtras(_view: View, _context: RenderContext): TemplateResult | typeof nothing {
    return nothing;
  }

  protected renderView(view: View, context: RenderContext): TemplateResult {
    const { m } = context;
    const title = this.titleText(this.headingText(view, context));
    // Once the navigation has loaded (also for an element created after that): before the
    // chart, whose tip is measured in this root (the context's `root`) with these styles.
    adoptSheet(this.renderRoot as ShadowRoot, pointSheet);
    const chart = this.renderChart(view, context);
    // Written only if the navigation reads them (a point moved to): `points` may be a getter.
    this.nav.setPoints(() => chart.points);
    const interactive = !this.isStatic;
    const publishers = publishersOf(context.dataset, this.sourceIdsOf(view));
    const codes = this.pair(context.dataset);
    const pair = codes && pairName(...codes, context.locale);
    this.#drawn = { view, context };
    const table = (!interactive || this.tableOpen) && this.#tableReady;
    if (table) adoptSheet(this.renderRoot as ShadowRoot, tableSheet);
    // The title is a heading (found by heading navigation) and names the focusable chart; the
    // figure is named by it only when `plain` leaves no heading, so it is announced once.
    // title="": the host's `title` attribute shows no tooltip over the figure.
    return html`<figure part="figure" title="" aria-label=${this.plain ? title : nothing}>
      ${this.renderTitle(title, pair)}
      <p part="summary" class="summary" id="summary">
        ${this.subtitle?.trim() || keepTogether(this.summaryText(view, context), pair)}
      </p>
      ${this.renderExtras(view, context)}
      <div
        part="chart"
        class="chart"
        role="group"
        aria-roledescription=${m.chart}
        aria-label=${title}
        aria-describedby=${interactive ? 'summary keys' : 'summary'}
        tabindex=${interactive ? '0' : nothing}
        @focus=${interactive ? this.nav : nothing}
        @keydown=${interactive ? this.nav : nothing}
        @blur=${interactive ? this.nav : nothing}
        @pointerover=${interactive ? this.nav : nothing}
        @pointerleave=${interactive ? this.nav : nothing}
      >
        <svg
          viewBox="0 0 ${context.width} ${chart.height}"
          width=${context.width}
          height=${chart.height}
          aria-hidden="true"
          focusable="false"
        >
          ${chart.content}
        </svg>
      </div>
      ${
        interactive
          ? html`<p id="keys" class="sr-only">${m.keys}</p>
            <div class="live sr-only" role="status">${this.nav.announcement}</div>
            <div class="actions">
              <button
                part="toggle"
                type="button"
                aria-expanded=${this.tableOpen ? 'true' : 'false'}
                aria-controls="table"
                aria-busy=${this.tableOpen && !this.#tableReady ? 'true' : nothing}
                @click=${this.#toggleTable}
              >
                ${this.tableOpen ? m.hideTable : m.showTable}
              </button>
              <button
                part="download"
                id="download-toggle"
                type="button"
                aria-expanded=${this.#downloadsOpen ? 'true' : 'false'}
                aria-controls="downloads"
                @click=${this.#toggleDownloads}
              >
                ${m.download}
              </button>
            </div>
            ${
              this.#downloadsOpen && this.#downloads
                ? this.#downloads.downloadPanel({
                    host: this,
                    context,
                    view,
                    title,
                    publishers,
                    tables: () => {
                      // Drawn apart from the page: the same rows whether the table is open or not.
                      const { view, context } = this.#drawn as Drawn<View>;
                      const apart = document.createElement('div');
                      render(this.renderTable(view, context), apart);
                      return apart.querySelectorAll('table');
                    },
                  })
                : nothing
            }`
          : nothing
      }
      ${
        table
          ? html`<div
              id="table"
              part="table"
              class=${interactive ? 'table-wrap' : 'sr-only'}
              role=${interactive ? 'region' : nothing}
              aria-label=${interactive ? `${title}${m.punctuation.colon}${m.table}` : nothing}
              tabindex=${interactive ? '0' : nothing}
            >
              ${this.renderTable(view, context)}
            </div>`
          : nothing
      }
      ${this.renderFooter(m, publishers.length === 0 ? nothing : sourceLine(publishers, m))}
    </figure>`;
  }
}
