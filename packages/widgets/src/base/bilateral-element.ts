import {
  html,
  nothing,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { PointNavController } from '../controllers/point-nav-controller.js';
import { pairName } from '../i18n/format.js';
import { BilateralBase, type RenderContext } from './bilateral-base.js';
import { keepPairTogether } from './keep-pair.js';
import { publishersOf, sourceLine } from './publishers.js';

export type { RenderContext } from './bilateral-base.js';

/**
 * A chart: its SVG content, its height, and one description per navigable point. An SVG element
 * in `content` with a `data-point` attribute (a point's index in `points`) makes that point the
 * active one while a pointer is over it, as the arrow keys do.
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
 *     return { ...parts, points: parts.points.map((point) => `${title}, ${point}`) };
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
 * The data tables' styles, once loaded with a page's first table (with the notes rows of
 * `table-notes.ts`, one chunk): adopted into a shadow root with its first table.
 */
let tableSheet: CSSStyleSheet | undefined;

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
  private tableLoad: Promise<boolean> | undefined;
  /** Whether they have loaded (or, for a `static` element, failed to: it draws without). */
  private tableReady = false;
  /** The view and context last drawn: the CSV draws the table from them when it is closed. */
  private drawn: { readonly view: View; readonly context: RenderContext } | undefined;
  protected readonly nav = new PointNavController(this);
  /** The download panel's module: loaded (`import()`) when a reader first opens the panel. */
  private downloads: typeof import('../publish/download-panel.js') | undefined;
  /** Whether the download panel is open. */
  private downloadsOpen = false;

  protected override get activeIndex(): number {
    return this.nav.index;
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
    return super.ready && (this.tableReady || !this.isStatic);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.isStatic && !this.tableReady && !this.tableLoad) {
      this.loadTableOnce().then(() => {
        this.tableReady = true;
        this.requestUpdate();
      });
    }
    super.willUpdate(changed);
  }

  /**
   * Loads the table's code and styles (each chunk once per page), resolving whether they came;
   * after a failure the next call tries again.
   */
  private loadTableOnce(): Promise<boolean> {
    this.tableLoad ??= Promise.all([
      this.loadTable(),
      import('./table-notes.js').then(({ tableStyles }) => {
        tableSheet = tableStyles.styleSheet;
      }),
    ]).then(
      () => true,
      () => {
        this.tableLoad = undefined;
        return false;
      },
    );
    return this.tableLoad;
  }

  /**
   * Opens the table (loading its code the first time: the toggle is busy meanwhile, and the
   * table closes again if it cannot load), or closes it. Focus stays on the toggle.
   */
  private async toggleTable(): Promise<void> {
    this.tableOpen = !this.tableOpen;
    this.requestUpdate();
    if (this.tableOpen && !this.tableReady) {
      this.tableReady = await this.loadTableOnce();
      this.tableOpen &&= this.tableReady;
      this.requestUpdate();
    }
  }

  /**
   * Opens the download panel (loading it and the table's code the first time: the CSV is the
   * table) and focuses its first button, or closes it.
   */
  private async toggleDownloads(): Promise<void> {
    this.downloads ??= await Promise.all([
      import('../publish/download-panel.js'),
      this.loadTableOnce(),
    ]).then(
      ([panel, loaded]) => {
        this.tableReady ||= loaded;
        return loaded ? panel : undefined;
      },
      () => undefined,
    );
    this.downloadsOpen = !this.downloadsOpen && this.downloads !== undefined;
    this.requestUpdate();
    await this.updateComplete;
    if (this.downloadsOpen) {
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
    const chart = this.renderChart(view, context);
    this.nav.setPoints(chart.points);
    const interactive = !this.isStatic;
    const publishers = publishersOf(context.dataset, this.sourceIdsOf(view));
    const codes = this.pair(context.dataset);
    const pair = codes && pairName(codes[0], codes[1], context.locale);
    this.drawn = { view, context };
    const table = (!interactive || this.tableOpen) && this.tableReady;
    const root = this.renderRoot as ShadowRoot;
    if (table && tableSheet && !root.adoptedStyleSheets.includes(tableSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, tableSheet];
    }
    // The title is a heading (found by heading navigation) and names the focusable chart; the
    // figure is named by it only when `plain` leaves no heading, so it is announced once.
    // title="": the host's `title` attribute shows no tooltip over the figure.
    return html`<figure part="figure" title="" aria-label=${this.plain ? title : nothing}>
      ${this.renderTitle(title, pair)}
      <p part="summary" class="summary" id="summary">
        ${this.subtitle?.trim() || keepPairTogether(this.summaryText(view, context), pair)}
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
        @keydown=${interactive ? this.nav.onKeydown : nothing}
        @blur=${interactive ? this.nav.onBlur : nothing}
        @pointerover=${interactive ? this.nav.onPointerOver : nothing}
        @pointerleave=${interactive ? this.nav.onPointerLeave : nothing}
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
                aria-busy=${this.tableOpen && !this.tableReady ? 'true' : nothing}
                @click=${this.toggleTable}
              >
                ${this.tableOpen ? m.hideTable : m.showTable}
              </button>
              <button
                part="download"
                id="download-toggle"
                type="button"
                aria-expanded=${this.downloadsOpen ? 'true' : 'false'}
                aria-controls="downloads"
                @click=${this.toggleDownloads}
              >
                ${m.download}
              </button>
            </div>
            ${
              this.downloadsOpen && this.downloads
                ? this.downloads.downloadPanel({
                    host: this,
                    context,
                    view,
                    title,
                    publishers,
                    table: () => {
                      const { view, context } = this.drawn as NonNullable<typeof this.drawn>;
                      return this.renderTable(view, context);
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
