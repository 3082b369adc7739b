import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
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
 * A Bilateral element that draws one chart: a title, a one-sentence summary, the chart (one tab
 * stop, arrow keys between points, a live region announcing each), a data table behind a toggle
 * (always present for screen readers), and the sources.
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
  /** The data table (rows of the figures the chart shows). */
  protected abstract renderTable(view: View, context: RenderContext): TemplateResult;
  /** The ids of the sources behind the figures shown. */
  protected abstract sourceIdsOf(view: View): readonly string[];
  /** Opens the download panel (loading it the first time) and focuses its first button, or closes it. */
  private async toggleDownloads(): Promise<void> {
    this.downloads ??= await import('../publish/download-panel.js').catch(() => undefined);
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
                @click=${() => {
                  this.tableOpen = !this.tableOpen;
                  this.requestUpdate();
                }}
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
                  })
                : nothing
            }`
          : nothing
      }
      <div
        id="table"
        part="table"
        class="table-wrap ${interactive ? '' : 'sr-only'}"
        role=${interactive ? 'region' : nothing}
        aria-label=${interactive ? `${title}${m.punctuation.colon}${m.table}` : nothing}
        tabindex=${interactive ? '0' : nothing}
        ?hidden=${interactive && !this.tableOpen}
      >
        ${this.renderTable(view, context)}
      </div>
      ${this.renderFooter(m, publishers.length === 0 ? nothing : sourceLine(publishers, m))}
    </figure>`;
  }
}
