import type { LowerBound, TradePosition } from '@bilateral/core';
import {
  type BalancePoint,
  type Dataset,
  type Decimal,
  formatPeriod,
  lastMonthIndex,
  type PeriodKind,
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
import { keepTogether } from '../base/keep-together.js';
import { loadOnce } from '../base/load-once.js';
import { svgRows } from '../charts/svg-rows.js';
import { periodOf } from '../data/period-of.js';
import { balanceWords } from '../i18n/balance-words.js';
import { economyName } from '../i18n/economy-names.js';
import { formatPeriodLabel, pairName, periodYears } from '../i18n/format.js';
import { addEnglish } from '../i18n/messages.js';
import { oneLine } from '../i18n/one-line.js';
import { balanceColors } from '../styles/colors-balance.js';
import { reserve } from '../styles/reserve.js';
import { BALANCE_RESERVE } from '../styles/reserve-balance.js';
import { balanceStyles } from './balance.styles.js';
import { coverageOf, rowsOf, type Scope } from './balance-rows.js';
import type * as SeriesChart from './balance-series-chart.js';
import type { balanceTable } from './balance-table.js';
import { balanceText, flowText, rangeEnds } from './balance-text.js';

/** Draws the data table once its module (`balance-table.ts`) has loaded: when a table is first shown. */
let drawTable: typeof balanceTable | undefined;

/**
 * The series view's chart and legend (`balance-series-chart.ts`) once loaded: `view="series"`
 * loads them (a card never draws either).
 */
let series: typeof SeriesChart | undefined;

/**
 * @internal Loads the series view's chart: an element with `view="series"` does, with its data;
 * the pages without script (`embed-figure.ts`) before they draw.
 */
export const loadBalanceSeriesChart = loadOnce(() =>
  import('./balance-series-chart.js').then((module) => {
    series = module;
  }),
);

// This element's own words, for a page drawn in English (the other languages' chunks have them).
addEnglish(balanceWords);

/**
 * One period's balance with how its figures were obtained.
 *
 * @example
 * ```ts
 * import { type BalanceView, BilateralBalance, type RenderContext } from '@bilateral/widgets';
 *
 * // A subclass meets the rows in `view.rows`: here the summary warns of approximate figures.
 * class CarefulBalance extends BilateralBalance {
 *   protected override summaryText(view: BalanceView, context: RenderContext): string {
 *     const row = view.rows[view.rows.length - 1]; // the card's period
 *     // period="2022": row?.point.balance.amount.toString() //=> '-383600000'
 *     // row?.point.position //=> { reporter: 'deficit', partner: 'surplus' }
 *     // row?.uncertain //=> false; row?.sources //=> ['baobinhduong-a289585', 'baobinhduong-a289585']
 *     const note = row?.uncertain ? ` (${context.m.uncertain})` : '';
 *     return super.summaryText(view, context) + note;
 *   }
 * }
 * customElements.define('careful-balance', CarefulBalance);
 * ```
 */
export interface BalanceRow {
  /**
   * The period's balance: the core's point, with the balance the published turnover narrows
   * where the data has one, and each side's position and the coverage ratio as the interval the
   * balance is known to allows (see {@link BalancePosition}); `coverageRatio` is `null` where it
   * would say another side than the position (a ratio below 100 % is a deficit), as it does
   * wherever the sign is `'unknown'`. Where the published turnover narrows the balance, the
   * coverage ratio is the one `bilateral report` gives: the flows' where they lie within the
   * exports and imports the published figures allow, else the ratio of those sides' midpoints.
   */
  readonly point: Omit<BalancePoint, 'position'> & {
    readonly position: Readonly<Record<'reporter' | 'partner', BalancePosition>>;
  };
  readonly uncertain: boolean;
  readonly sources: readonly string[];
  /**
   * The units its exports and imports are known to, in that order (`knownUnit`: the published
   * `precision`, a derived side's third significant digit).
   */
  readonly sides: readonly [exports: Decimal | undefined, imports: Decimal | undefined];
  /**
   * Which of its exports and imports, in that order, were published as lower bounds, and of which
   * kind (`SeriesPoint.lowerBound`): the bars, tips and table say "more than US$565 million" or
   * "at least US$565 million", as the source did.
   */
  readonly bounds: readonly (LowerBound | undefined)[];
  /**
   * The unit the balance is known to: the sum of its two sides' units (`sides`; either side
   * without one counts as exact); `undefined` when neither has one. Where the published
   * turnover narrows the balance (`point.balance` is then the narrowed interval's midpoint, as
   * `bilateral report` writes it), the unit of that interval (`intervalAmount`).
   */
  readonly precision: Decimal | undefined;
  /**
   * Where the sign is `'unknown'`, the interval the balance is known to, [lowest, highest] (the
   * flows' own, each side ± half its `uncertaintyUnit`; or the one the published turnover narrows
   * it to): what the card writes in place of an amount ("−US$75 million to +US$35 million").
   * Where the balance is a bound (one side published as a lower bound, the other exact, not
   * narrowed: `narrowedBalances`), its interval with the sign known, a deficit's from its smaller
   * size ("+US$165 million to +US$166 million", "−US$365 million to −US$366 million"), which the
   * summary writes as a size ("a deficit of US$365 million to US$366 million"). Else `undefined`.
   */
  readonly range: readonly [lo: Decimal, hi: Decimal] | undefined;
  /**
   * The significant digits the coverage ratio is known to: the fewest its two sides' published
   * `precision` supports (US$1 billion to the billion: 1); `undefined` when neither has one.
   * Where the published turnover narrows the balance, the fewest the sides it allows support, as
   * `bilateral report` takes them.
   */
  readonly coverageDigits: number | undefined;
}

/**
 * What `<bilateral-balance>` shows, computed with the core.
 *
 * @example
 * ```ts
 * import { type BalanceView, BilateralBalance, type RenderContext } from '@bilateral/widgets';
 *
 * // A subclass meets the view in its render hooks: here a series summary counts the deficits.
 * class DeficitBalance extends BilateralBalance {
 *   protected override summaryText(view: BalanceView, context: RenderContext): string {
 *     // view="series": view.view //=> 'series', view.currency //=> 'USD', view.rows.length //=> 2
 *     if (view.view !== 'series') return super.summaryText(view, context);
 *     const deficits = view.rows.filter((row) => row.point.position.reporter === 'deficit');
 *     return `${super.summaryText(view, context)} Deficit in ${deficits.length} of ${view.rows.length} periods.`;
 *   }
 * }
 * customElements.define('deficit-balance', DeficitBalance);
 * // <deficit-balance dataset="vietnam-laos" view="series"> ends '… Deficit in 1 of 2 periods.'
 * ```
 */
export interface BalanceView {
  readonly reporter: string;
  readonly partner: string;
  /** The HS code drawn, or `undefined` for totals. */
  readonly commodity: string | undefined;
  readonly currency: string;
  readonly view: 'card' | 'series';
  /** Oldest first; the card shows the last one. */
  readonly rows: readonly BalanceRow[];
}

/**
 * A side's position in a balance row: the core's `TradePosition`, or `'unknown'` where the
 * interval the balance is known to holds 0 (not the single point 0) — the flows' own intervals
 * (each value ± half its published `precision`), or the one the published turnover narrows it
 * to — as `bilateral report` marks a row "surplus or deficit unknown within rounding".
 *
 * @example
 * ```ts
 * import type { BalancePosition } from '@bilateral/widgets';
 *
 * // Exports "US$1.0 billion" (to the 0.1 billion), imports "US$1.02 billion" (to the 0.01
 * // billion): the balance lies between −US$75 million and +US$35 million.
 * const position: BalancePosition = 'unknown';
 * ```
 */
export type BalancePosition = TradePosition | 'unknown';

const KINDS: readonly PeriodKind[] = ['year', 'year-to-date', 'half', 'quarter', 'month'];

/**
 * A reporter's exports against its imports for one period — balance, each side's position and
 * the coverage ratio — as a compact card, or over a series of periods.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@bilateral/widgets/dist/bilateral-widgets.js"></script>
 *
 * <bilateral-balance dataset="vietnam-laos"></bilateral-balance>
 * <bilateral-balance dataset="vietnam-laos" period="2022"></bilateral-balance>
 * <bilateral-balance dataset="vietnam-laos" view="series" period-kind="year"></bilateral-balance>
 * <bilateral-balance dataset="laos-china" period="2024"></bilateral-balance>
 * ```
 *
 * ```ts
 * import '@bilateral/widgets/balance';
 *
 * // <bilateral-balance dataset="vietnam-laos"></bilateral-balance>
 * const balance = document.querySelector('bilateral-balance'); // BilateralBalance | null
 * if (balance !== null) {
 *   balance.period = '2022';
 *   balance.addEventListener('bilateral-load', () => {
 *     console.log(balance.shadowRoot?.querySelector('[part=title]')?.textContent);
 *     //=> Vietnam–Laos trade balance, 2022
 *   });
 * }
 * ```
 *
 * @summary Exports against imports: balance, surplus or deficit, coverage.
 * @tag bilateral-balance
 *
 * @event bilateral-load - The dataset loaded and rendered; `detail.dataset` is the Dataset.
 * @event bilateral-error - Loading or computing failed; `detail.error` is the BilateralError, `detail.reason` says what failed.
 *
 * @csspart figure - The figure that wraps everything.
 * @csspart title - The title.
 * @csspart summary - The one-sentence summary.
 * @csspart figures - The balance, position and coverage figures of the card.
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
 * @cssproperty --bilateral-color-export - Exports bars.
 * @cssproperty --bilateral-color-import - Imports bars.
 * @cssproperty --bilateral-color-positive - A surplus.
 * @cssproperty --bilateral-color-negative - A deficit (balanced trade, and a sign rounding leaves unknown, in the text's colour).
 */
export class BilateralBalance extends BilateralElement<BalanceView> {
  /** The element's styles: the shared design tokens and base styles, then its own. */
  static override styles: CSSResultGroup = [
    BilateralElement.styles,
    balanceColors,
    balanceStyles,
    reserve(BALANCE_RESERVE),
  ];

  static override properties: PropertyDeclarations = {
    period: {},
    view: {},
    periodKind: { attribute: 'period-kind' },
    commodity: {},
    seriesLoaded: { state: true },
  };

  /** The period of the card, e.g. `2022` or `2024-01/2024-09`; default: the latest with both flows. */
  declare period: string | undefined;
  /** `card` (default): one period; `series`: every period of `period-kind`. */
  declare view: 'card' | 'series';
  /**
   * Period kind of the series view: `year`, `year-to-date`, `half`, `quarter`, `month`. Unset:
   * years, or, for a dataset without yearly figures, the first of those kinds that it has.
   */
  declare periodKind: PeriodKind | undefined;
  /**
   * HS code of the commodity whose exports and imports to weigh (e.g. `1201`). Unset: totals,
   * or, for a pair with commodity flows only, its commodity with the most flows.
   */
  declare commodity: string | undefined;

  /** Whether the series view's chart has loaded (a change draws the element again). */
  declare private seriesLoaded: boolean;

  constructor() {
    super();
    this.view = 'card';
    this.seriesLoaded = series !== undefined;
  }

  /**
   * @internal As the base's, and with `view="series"`, once the series chart has loaded (its
   * chunk loads with the data, so the figure is drawn once).
   */
  override get ready(): boolean {
    return super.ready && (this.view !== 'series' || this.seriesLoaded);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.view === 'series' && !this.seriesLoaded) {
      loadBalanceSeriesChart().then(
        () => {
          this.seriesLoaded = true;
        },
        () => {}, // the chunk could not load: the loading state stays
      );
    }
    super.willUpdate(changed);
  }

  protected computeView(dataset: Dataset): BalanceView | null {
    const pair = this.pair(dataset);
    if (pair === undefined) return null;
    const [reporter, partner] = pair;
    const commodity = commodityShown(dataset, pair, this.commodity);
    const scope: Scope = { reporter, partner, ...(commodity === undefined ? {} : { commodity }) };
    const inRange = (row: BalanceRow) => this.inRange(...periodYears(row.point.period));
    let rows: BalanceRow[];
    if (this.view === 'series') {
      rows =
        firstPeriodKind(
          this.periodKind,
          KINDS,
          (kind) => rowsOf(dataset, scope, kind).filter(inRange),
          (drawn) => drawn.length > 0,
        )?.drawn ?? [];
    } else if (this.period) {
      const wanted = periodOf(this.period, ['period']);
      rows = rowsOf(dataset, scope, wanted.kind).filter(
        (row) => formatPeriod(row.point.period) === formatPeriod(wanted),
      );
    } else {
      // The latest (the last in order of end, then start), in one pass over every row of every
      // kind rather than a sort of them.
      const latest = KINDS.flatMap((kind) => rowsOf(dataset, scope, kind))
        .filter(inRange)
        .reduce<BalanceRow | undefined>(
          (last, row) =>
            last === undefined ||
            (lastMonthIndex(row.point.period) - lastMonthIndex(last.point.period) ||
              periodYears(row.point.period)[0] - periodYears(last.point.period)[0]) >= 0
              ? row
              : last,
          undefined,
        );
      rows = latest === undefined ? [] : [latest];
    }
    const first = rows[0];
    if (first === undefined) return null;
    return {
      reporter,
      partner,
      commodity,
      currency: first.point.exports.currency,
      view: this.view === 'series' ? 'series' : 'card',
      rows,
    };
  }

  protected headingText(view: BalanceView, { locale, m }: RenderContext): string {
    const title = withCommodity(
      m.balanceTitle(pairName(view.reporter, view.partner, locale)),
      view.commodity,
      m,
    );
    const last = view.rows[view.rows.length - 1];
    const period =
      view.view === 'card' && last ? formatPeriodLabel(last.point.period, locale) : undefined;
    return period ? `${title}${m.punctuation.comma}${period}` : title;
  }

  private sentence(view: BalanceView, row: BalanceRow, { locale, m }: RenderContext): string {
    const { point, range } = row;
    const { reporter } = point.position;
    const from = economyName(view.reporter, locale);
    const to = economyName(view.partner, locale);
    const when = formatPeriodLabel(point.period, locale);
    // Without a known sign, the interval the balance is known to, its ends signed; with one, the
    // surplus or deficit (on one line, as the growth and target summaries write amounts: not
    // 'US$880' / 'million'), or where the balance is a bound the interval of its size (`range`,
    // its ends to the finest digit either has, as the report writes them). Unknown where a side
    // is a lower bound: say so, not "within rounding". The surplus's or deficit's size is the
    // card's figure without its sign (its only minus: halves round away from zero, so a size
    // rounds as its negative does), which the card has written already: not written again.
    return reporter === 'unknown'
      ? m.unknownSentence(
          from,
          ...rangeEnds(range as [Decimal, Decimal], point.balance.currency, locale),
          to,
          when,
          row.bounds.some(Boolean),
        )
      : m.balanceSentence(
          from,
          m.positions[reporter],
          range
            ? m.balanceRange(...rangeEnds(range, point.balance.currency, locale, true))
            : oneLine(balanceText(row, locale, m).replace('\u2212', '')),
          to,
          when,
          point.coverageRatio === null ? '' : m.coverageText(coverageOf(row, locale)),
        );
  }

  protected summaryText(view: BalanceView, context: RenderContext): string {
    const last = view.rows[view.rows.length - 1];
    return last === undefined ? context.m.empty : this.sentence(view, last, context);
  }

  private describe(row: BalanceRow, { locale, m }: RenderContext): string[] {
    const { point } = row;
    const { colon } = m.punctuation;
    return [
      `${m.exports}${colon}${flowText(point.exports, row.bounds[0], locale, m)}`,
      `${m.imports}${colon}${flowText(point.imports, row.bounds[1], locale, m)}`,
      `${m.balance}${colon}${balanceText(row, locale, m)}`,
      ...(point.coverageRatio === null ? [] : [`${m.coverage}${colon}${coverageOf(row, locale)}`]),
    ];
  }

  protected override renderExtras(
    view: BalanceView,
    context: RenderContext,
  ): TemplateResult | typeof nothing {
    const { locale, m } = context;
    const last = view.rows[view.rows.length - 1];
    if (view.view !== 'card' || last === undefined)
      return series?.balanceSeriesLegend(m) ?? nothing;
    const { point } = last;
    // One space between a figure's parts (read as text: 'Balance about US$…'), none inside.
    // The amount (its last number and the words after it) one piece on a line (`keepTogether`,
    // as a pair's name): at 280 px a line ends after 'about' if at all, not in 'about −US$490'
    // / 'million'; only where it alone is wider than the line (200 % text) at its spaces,
    // between its number and its words ('−490' / 'triệu USD'), never inside a number.
    const text = balanceText(last, locale, m);
    return html`<dl part="figures" class="figures"><div><dt>${m.balance}</dt> <dd class=${point.position.reporter}>${keepTogether(text, text.match(/\S*\d\D*$/)?.[0])}</dd></div> <div><dt>${m.position}</dt> <dd>${
      // An economy and its position each whole (styled `bdi`: not 'Trung' / 'Quốc', nor Lao
      // 'ຂາດ' / 'ດຸນ'), its punctuation with it; a line ends after the semicolon, or between the
      // two where one line cannot hold both ('Trung Quốc:' / 'nhập siêu' at 280 px), lines
      // balanced; inside one only where it alone is wider than the line (200 % text at 280 px:
      // 'Việt Nam:' / 'nhập siêu;' ran out of the card), at its no-break spaces.
      [
        `${economyName(view.reporter, locale)}${m.punctuation.colon}`,
        `${m.positionNames[point.position.reporter]}${m.punctuation.semicolon}`,
        `${economyName(view.partner, locale)}${m.punctuation.colon}`,
        m.positionNames[point.position.partner],
      ].map(
        // The space after the punctuation outside: an inline block drops its trailing space.
        (piece) =>
          html`<bdi>${keepTogether(piece.trimEnd())}</bdi>${piece.slice(piece.trimEnd().length)}`,
      )
    }</dd></div> ${
      point.coverageRatio === null
        ? nothing
        : html`<div><dt>${m.coverage}</dt> <dd>${coverageOf(last, locale)}</dd></div>`
    }</dl>`;
  }

  protected renderChart(view: BalanceView, context: RenderContext): ChartParts {
    return view.view === 'card' || series === undefined
      ? this.cardChart(view, context)
      : series.balanceSeriesChart(view, context, (row) => this.describe(row, context));
  }

  private cardChart(view: BalanceView, context: RenderContext): ChartParts {
    const { locale, m, width, active } = context;
    const row = view.rows[view.rows.length - 1] as BalanceRow;
    const { point } = row;
    const max = Math.max(point.exports.amount.toNumber(), point.imports.amount.toNumber(), 1);
    // Narrow, each label sits above its bar, so that the bars get the whole width.
    const stacked = width < 360;
    const labelWidth = stacked ? 0 : Math.min(96, width * 0.3);
    const flows = [
      { value: point.exports, y: stacked ? 20 : 4, className: 'export', label: m.exports },
      { value: point.imports, y: stacked ? 70 : 44, className: 'import', label: m.imports },
    ].map((flow, index) => ({
      ...flow,
      share: flow.value.amount.toNumber() / max,
      text: flowText(flow.value, row.bounds[index], locale, m),
    }));
    // Text is 12px: about 7px a character is a safe width estimate for the value labels.
    const textWidth = (text: string) => text.length * 7;
    const inside = (length: number, text: string) =>
      !row.uncertain && length > textWidth(text) + 12;
    // The longest bar spans the room left of the row labels, unless a value label that has to
    // sit after its bar would then run past the edge: the scale shrinks until it fits. Two
    // passes, since a shorter scale can push a second label out of its bar.
    let room = width - labelWidth - 8;
    for (let pass = 0; pass < 2; pass++) {
      for (const { share, text } of flows) {
        if (share > 0 && !inside(share * room, text)) {
          room = Math.min(room, (width - labelWidth - 10 - textWidth(text)) / share);
        }
      }
    }
    const drawn = svgRows(
      '<text x="0" y={}>{}</text><rect class={} x={} y={} width={} height="26" rx="3"></rect><text class={} x={} y={} text-anchor={}>{}</text>',
      flows.map(({ y, className, label, share, text }, index) => {
        const length = Math.max(share * room, 2);
        const within = inside(length, text);
        return [
          stacked ? y - 6 : y + 17,
          label,
          `${className} mark bar ${row.uncertain ? 'hollow' : ''} ${index === active ? 'active' : ''}`,
          labelWidth,
          y,
          length,
          within ? 'on-bar' : 'value-label',
          within ? labelWidth + length - 6 : labelWidth + length + 6,
          y + 17,
          within ? 'end' : 'start',
          text,
        ];
      }),
    );
    let described: readonly string[] | undefined;
    const describe = () => this.describe(row, context);
    return {
      height: stacked ? 100 : 84,
      // Written when the navigation first reads them (a reader moves to a flow).
      get points() {
        described ??= describe();
        return described;
      },
      content: drawn,
    };
  }

  protected loadTable(): Promise<void> {
    return import('./balance-table.js').then((table) => {
      drawTable = table.balanceTable;
    });
  }

  protected renderTable(
    view: BalanceView,
    context: RenderContext,
  ): TemplateResult | typeof nothing {
    return drawTable?.(view, context, this.headingText(view, context), coverageOf) ?? nothing;
  }

  protected sourceIdsOf(view: BalanceView): readonly string[] {
    return view.rows.flatMap((row) => row.sources);
  }
}
