import {
  type Dataset,
  defaultMeasure,
  type Money,
  PERIOD_KINDS,
  type PeriodKind,
  parseSeriesMeasure,
  type Series,
  type SeriesMeasure,
  type SeriesMeasureInput,
  type Target,
  type TargetPath,
} from '@bilateral/core/calc';
import {
  type CSSResultGroup,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  BilateralElement,
  type ChartParts,
  type RenderContext,
} from '../base/bilateral-element.js';
import { commodityShown, withCommodity } from '../base/commodity.js';
import { firstPeriodKind } from '../base/first-period-kind.js';
import { loadOnce } from '../base/load-once.js';
import { publishedRates } from '../base/published-rates.js';
import { type Timeline, timeline } from '../base/timeline.js';
import { publishedWords, seriesSentence, timelineChart } from '../base/timeline-view.js';
import { seriesOf } from '../data/dataset-memo.js';
import { economyName } from '../i18n/economy-names.js';
import { reserve } from '../styles/reserve.js';
import { GROWTH_RESERVE } from '../styles/reserve-growth.js';
import { growthStyles } from './growth.styles.js';
import type { bandLegend, growthBand, timelineBand } from './growth-band.js';
import type { growthTable } from './growth-table.js';

/**
 * The target band's calculations, legend and drawing (`growth-band.ts`) once loaded: a `target`
 * loads them.
 */
let bandOf: typeof growthBand | undefined;
let drawBandLegend: typeof bandLegend | undefined;
let bandLayer: typeof timelineBand | undefined;
/** Loads the band's calculations, legend and drawing (`growth-band.ts`): an element with a `target` does. */
const loadBand = loadOnce(() =>
  import('./growth-band.js').then((module) => {
    bandOf = module.growthBand;
    drawBandLegend = module.bandLegend;
    bandLayer = module.timelineBand;
  }),
);

/** Draws the data table once its module (`growth-table.ts`) has loaded: when a table is first shown. */
let drawTable: typeof growthTable | undefined;

/**
 * What `<bilateral-growth>` shows, computed with the core.
 *
 * @example
 * ```ts
 * import { BilateralGrowth, type GrowthView, type RenderContext } from '@bilateral/widgets';
 *
 * // A subclass meets the view in its render hooks: here the summary names the target.
 * class GrowthAndTarget extends BilateralGrowth {
 *   protected override summaryText(view: GrowthView, context: RenderContext): string {
 *     // target="vnm-lao-joint-statement-2024": view.reporter //=> 'VNM', view.partner //=> 'LAO',
 *     // view.measure //=> 'turnover', view.currency //=> 'USD', view.band?.baseYear //=> 2023
 *     const target = view.target === undefined ? '' : ` ${context.m.target}: ${view.target.setBy}.`;
 *     return super.summaryText(view, context) + target;
 *   }
 * }
 * customElements.define('growth-and-target', GrowthAndTarget);
 * // <growth-and-target dataset="vietnam-laos" target="vnm-lao-joint-statement-2024"> says
 * // '… to US$2.2 billion in 2024. Target: Vietnam–Laos Joint Statement, September 2024.'
 * ```
 */
export interface GrowthView {
  readonly reporter: string;
  readonly partner: string;
  readonly measure: SeriesMeasure;
  /** The HS code drawn, or `undefined` for totals. */
  readonly commodity: string | undefined;
  readonly currency: string;
  readonly timeline: Timeline;
  /** The target band overlaid, when `target` names one. */
  readonly band: TargetPath<Money> | undefined;
  readonly target: Target | undefined;
}

/**
 * The measure an attribute names (`exports`, or its alias `export` …), or `undefined` when unset
 * or empty.
 *
 * @throws BilateralError `INVALID_INPUT` (path `measure`) for another word (`exprots`; the core's
 *   message names the measures), shown as the error state, not drawn as the default measure
 */
function measureNamed(text: string | undefined): SeriesMeasure | undefined {
  return text ? parseSeriesMeasure(text) : undefined;
}
/** The kinds a growth chart draws, first found first: every kind but the free range, which `PERIOD_KINDS` lists last. */
const KINDS = PERIOD_KINDS.slice(0, -1);

/**
 * Exports, imports or turnover of a reporter–partner pair as a series, with year-on-year rates
 * and an optional target band.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@bilateral/widgets/dist/bilateral-widgets.js"></script>
 *
 * <bilateral-growth dataset="vietnam-laos"></bilateral-growth>
 * <bilateral-growth dataset="vietnam-laos" measure="export" chart="bar"></bilateral-growth>
 * <bilateral-growth dataset="vietnam-laos" from="2019" to="2021"></bilateral-growth>
 * <bilateral-growth dataset="vietnam-laos" target="vnm-lao-joint-statement-2024"></bilateral-growth>
 * <bilateral-growth src="/data/my-trade.json" period-kind="quarter" locale="vi"></bilateral-growth>
 * ```
 *
 * ```ts
 * import '@bilateral/widgets/growth';
 *
 * // <bilateral-growth dataset="vietnam-laos"></bilateral-growth>
 * const growth = document.querySelector('bilateral-growth'); // BilateralGrowth | null
 * if (growth !== null) {
 *   growth.measure = 'export';
 *   growth.addEventListener('bilateral-load', () => {
 *     console.log(growth.shadowRoot?.querySelector('[part=summary]')?.textContent);
 *     //=> Vietnam’s exports to Laos rose from US$524.5 million in 2017 to US$656.4 million in 2022.
 *   });
 * }
 * ```
 *
 * @summary Turnover, exports or imports of a pair over time, with year-on-year growth.
 * @tag bilateral-growth
 *
 * @event bilateral-load - The dataset loaded and rendered; `detail.dataset` is the Dataset.
 * @event bilateral-error - Loading or computing failed; `detail.error` is the BilateralError, `detail.reason` says what failed.
 *
 * @csspart figure - The figure that wraps everything.
 * @csspart title - The title.
 * @csspart summary - The one-sentence summary.
 * @csspart chart - The chart (one tab stop; arrow keys move between points).
 * @csspart toggle - The button that shows the data table.
 * @csspart table - The data table.
 * @csspart footer - The sources (or the `source` attribute) and the `notes` attribute.
 * @csspart notes - The `notes` attribute's line in the footer.
 * @csspart download - The button that opens the downloads: data (CSV), picture (SVG, PNG), citation.
 * @csspart downloads - The download panel (loaded when a reader first opens it).
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error message.
 *
 * @cssproperty --bilateral-color-turnover - Turnover line and bars.
 * @cssproperty --bilateral-color-export - Exports line and bars.
 * @cssproperty --bilateral-color-import - Imports line and bars.
 * @cssproperty --bilateral-color-band - Target band.
 */
export class BilateralGrowth extends BilateralElement<GrowthView> {
  /** The element's styles: the shared design tokens and base styles, then its own. */
  static override styles: CSSResultGroup = [
    BilateralElement.styles,
    growthStyles,
    reserve(GROWTH_RESERVE),
  ];

  static override properties: PropertyDeclarations = {
    measure: {},
    commodity: {},
    chart: {},
    periodKind: { attribute: 'period-kind' },
    target: {},
    bandLoaded: { state: true },
  };

  /**
   * `turnover`, `exports` or `imports` (`export` and `import` also work). Unset: turnover, or,
   * when turnover is known for fewer than two periods, whichever of exports and imports is known
   * for more (the core's `defaultMeasure`), so that a dataset of one country's exports draws its
   * exports.
   */
  declare measure: SeriesMeasureInput | undefined;
  /**
   * HS code of the commodity to draw (e.g. `1201`). Unset: totals, or, for a pair with commodity
   * flows only, its commodity with the most flows.
   */
  declare commodity: string | undefined;
  /** `line` (default) or `bar`. */
  declare chart: 'line' | 'bar';
  /**
   * Period kind of the series: `year`, `half`, `quarter`, `month`, `year-to-date`. Unset: years,
   * or, for a dataset without yearly figures, the first of those kinds that it has.
   */
  declare periodKind: PeriodKind | undefined;
  /** Id of a target of the dataset whose band to overlay. */
  declare target: string | undefined;
  /** Whether the target band's chunk has loaded (a change recomputes the view). */
  declare private bandLoaded: boolean;

  constructor() {
    super();
    this.chart = 'line';
    this.bandLoaded = bandOf !== undefined;
  }

  /**
   * @internal As the base's, and with a `target`, once the band's calculations have loaded (their
   * chunk loads with the data, so the figure is drawn once, band included).
   */
  override get ready(): boolean {
    return super.ready && (!this.target || this.bandLoaded);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.target && bandOf === undefined) {
      loadBand().then(
        () => {
          this.bandLoaded = true;
        },
        () => {}, // the chunk could not load: the loading state stays (the next update tries again)
      );
    }
    super.willUpdate(changed);
  }

  protected computeView(dataset: Dataset): GrowthView | null {
    const pair = this.pair(dataset);
    if (pair === undefined) return null;
    const [reporter, partner] = pair;
    const commodity = commodityShown(dataset, pair, this.commodity);
    const asked = measureNamed(this.measure);
    const found = firstPeriodKind(
      this.periodKind,
      KINDS,
      (periodKind) => {
        // Once per dataset and request for the whole page (see `seriesOf`).
        const series = (measure: SeriesMeasure): Series =>
          seriesOf(dataset, {
            reporter,
            partner,
            measure,
            periodKind,
            impliedBases: true,
            ...(commodity === undefined ? {} : { commodity }),
          });
        const measure =
          asked ?? defaultMeasure((candidate) => series(candidate).points.length) ?? 'turnover';
        return { measure, series: series(measure) };
      },
      (drawn) => drawn.series.points.length > 0,
    );
    if (found === undefined) return null;
    const {
      kind: periodKind,
      drawn: { measure, series },
    } = found;
    let band: TargetPath<Money> | undefined;
    let target: Target | undefined;
    if (this.target && periodKind === 'year' && bandOf !== undefined) {
      ({ target, band } = bandOf(dataset, this.target, series));
    }
    const endYear = band?.points[band.points.length - 1]?.year;
    const line = timeline(
      series,
      (first, last) => this.inRange(first, last),
      endYear,
      publishedRates(dataset, series, commodity),
    );
    if (!line.points.some((point) => point !== null)) return null;
    return {
      reporter,
      partner,
      measure,
      commodity,
      currency: series.currency,
      timeline: line,
      band,
      target,
    };
  }

  protected headingText(view: GrowthView, { locale, m }: RenderContext): string {
    const subject = m.subject(
      view.measure,
      economyName(view.reporter, locale),
      economyName(view.partner, locale),
    );
    return withCommodity(subject, view.commodity, m);
  }

  protected summaryText(view: GrowthView, context: RenderContext): string {
    const points = view.timeline.points.filter((point) => point !== null);
    return seriesSentence(this.headingText(view, context), view.measure, points, context);
  }

  protected override renderExtras(view: GrowthView, { locale, m }: RenderContext): TemplateResult {
    const { band, target } = view;
    const hollow = view.timeline.points.some((point) => point?.uncertain);
    return html`<p class="legend muted" aria-hidden="true">
      <span><span class="swatch ${view.measure}"></span>${m[view.measure]}</span>
      ${hollow ? html`<span><span class="swatch hollow-swatch ${view.measure} ${this.chart}"></span>${m.hollow}</span>` : nothing}
      ${target && band && drawBandLegend ? drawBandLegend(target, locale, m) : nothing}
    </p>`;
  }

  protected renderChart(view: GrowthView, context: RenderContext): ChartParts {
    return timelineChart(view, context, {
      kind: this.chart === 'bar' ? 'bar' : 'line',
      className: view.measure,
      band: view.band && bandLayer?.(view.band),
    });
  }

  protected loadTable(): Promise<void> {
    return import('./growth-table.js').then((table) => {
      drawTable = table.growthTable;
    });
  }

  protected renderTable(view: GrowthView, context: RenderContext): TemplateResult | typeof nothing {
    return drawTable?.(view, context, this.headingText(view, context), publishedWords) ?? nothing;
  }

  protected sourceIdsOf(view: GrowthView): readonly string[] {
    return view.timeline.points.flatMap((point) => (point?.source ? [point.source] : []));
  }
}
