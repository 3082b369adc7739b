import type {
  CheckedTargetEvaluation,
  Dataset,
  LevelTarget,
  Locale,
  Money,
  Target,
  TargetPath,
} from '@bilateral/core/calc';
import { uncheckedGrowthToDateDigits as growthToDateDigits } from '@bilateral/core/internal';
import { checkedTargetPath } from '@bilateral/core/targets';
import {
  type CSSResultGroup,
  html,
  nothing,
  type PropertyDeclarations,
  svg,
  type TemplateResult,
} from 'lit';
import {
  BilateralElement,
  type ChartParts,
  type RenderContext,
} from '../base/bilateral-element.js';
import { findTarget } from '../base/find-target.js';
import { keepTogether } from '../base/keep-together.js';
import { loadOnce } from '../base/load-once.js';
import { publishedRates } from '../base/published-rates.js';
import { type Timeline, timeline } from '../base/timeline.js';
import { bandAmounts, bandRates, timelineBand } from '../base/timeline-band.js';
import { timelineChart } from '../base/timeline-view.js';
import { memoized } from '../data/memoized.js';
import { dataText } from '../i18n/data-text.js';
import { economyName } from '../i18n/economy-names.js';
import {
  formatAmount,
  formatGrowth,
  formatPeriodLabel,
  formatRate,
  pairName,
} from '../i18n/format.js';
import { addEnglish, type Messages } from '../i18n/messages.js';
import { oneLine } from '../i18n/one-line.js';
import { targetWords } from '../i18n/target-words.js';
import { targetColors } from '../styles/colors-target.js';
import { reserve } from '../styles/reserve.js';
import { TARGET_RESERVE } from '../styles/reserve-target.js';
import { targetStyles } from './target.styles.js';
import { evaluate } from './target-evaluation.js';
import type { targetGauge } from './target-gauge.js';
import type { targetTable } from './target-table.js';

/** Draws the data table once its module (`target-table.ts`) has loaded: when a table is first shown. */
let drawTable: typeof targetTable | undefined;

/** The gauge (`target-gauge.ts`) once loaded: a view without a band over the years loads it. */
let drawGauge: typeof targetGauge | undefined;

/**
 * @internal Loads the gauge: an element whose target is evaluated on year-to-date sums only does,
 * once it has computed that; the pages without script (`embed-figure.ts`) before they draw.
 */
export const loadTargetGauge = loadOnce(() =>
  import('./target-gauge.js').then(({ targetGauge }) => (drawGauge = targetGauge)),
);

// This element's own words, for a page drawn in English (the other languages' chunks have them).
addEnglish(targetWords);

/**
 * What `<bilateral-target>` shows, computed with the core.
 *
 * @example
 * ```ts
 * import { BilateralTarget, type RenderContext, type TargetView } from '@bilateral/widgets';
 *
 * // A subclass meets the view in its render hooks: here the title names who set the target.
 * class SetByTarget extends BilateralTarget {
 *   protected override headingText(view: TargetView, context: RenderContext): string {
 *     // dataset="vietnam-laos": view.target.id //=> 'vnm-lao-joint-statement-2024',
 *     // view.evaluation.status //=> 'ahead', view.band?.baseYear //=> 2023
 *     return `${super.headingText(view, context)}, ${view.target.setBy}`;
 *   }
 * }
 * customElements.define('set-by-target', SetByTarget);
 * // <set-by-target dataset="vietnam-laos" target="vnm-lao-joint-statement-2024">: title
 * // 'Vietnam–Laos turnover: target (2024–2030), Vietnam–Laos Joint Statement, September 2024'
 * ```
 */
export interface TargetView {
  readonly target: Target;
  /** The core's evaluation (`evaluateCheckedTarget`: without the English `message`). */
  readonly evaluation: CheckedTargetEvaluation;
  readonly currency: string;
  /** Full years: the observed years from the base on, and the band's path. */
  readonly timeline: Timeline;
  readonly band: TargetPath<Money> | undefined;
}

/** A level target's level and year: "US$5 billion by 2030". */
const levelText = (
  target: LevelTarget,
  { endYear }: CheckedTargetEvaluation,
  locale: Locale,
  m: Messages,
) => m.levelText(oneLine(formatAmount(target.level, locale)), endYear);

const TONE = {
  ahead: 'ok',
  'on-track': 'ok',
  met: 'ok',
  'at-risk': 'warn',
  behind: 'bad',
  missed: 'bad',
  'awaiting-data': 'warn',
} as const;
const DONE = new Set(['met', 'missed']);
const ICON = {
  ahead: '▲',
  'on-track': '●',
  met: '✓',
  'at-risk': '!',
  behind: '▼',
  missed: '✕',
  'awaiting-data': '…',
};

/**
 * The growth to date with no digit its two figures do not support, as `bilateral report` writes
 * it (`growthToDateDigits`: as many as the rates their published precisions allow agree on, a
 * compound rate over n years known about n times better than their ratio; a year-to-date sum on
 * a base implied by its own published rate gives that rate back, `+25.5 %`, not `about +30 %`).
 * Once per evaluation and language (the digits divide the two figures, and take powers and
 * logarithms): a card draws it two or three times; a pair's cards and dashboards share it.
 */
const growthText = (evaluation: CheckedTargetEvaluation, locale: RenderContext['locale']) =>
  memoized(evaluation, locale, () =>
    formatGrowth(evaluation.growthToDate, locale, growthToDateDigits(evaluation)),
  );

/**
 * Where a pair's trade stands against a target: the actual path against the target band, a
 * status badge, and the annual rate needed over the remaining years.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@bilateral/widgets/dist/bilateral-widgets.js"></script>
 *
 * <bilateral-target dataset="vietnam-laos"></bilateral-target>
 * <bilateral-target dataset="vietnam-laos" target="vnm-lao-5-billion"></bilateral-target>
 * ```
 *
 * ```ts
 * import '@bilateral/widgets/target';
 *
 * // <bilateral-target dataset="vietnam-laos"></bilateral-target>: no `target`, so the first
 * // target of the pair still in progress (vnm-lao-joint-statement-2024).
 * const element = document.querySelector('bilateral-target'); // BilateralTarget | null
 * element?.addEventListener('bilateral-load', () => {
 *   console.log(element.shadowRoot?.querySelector('[part=badge]')?.textContent?.trim());
 *   //=> ▲ Ahead
 * });
 * ```
 *
 * @summary Actual trade against a target band, with status and required rate.
 * @tag bilateral-target
 *
 * @event bilateral-load - The dataset loaded and rendered; `detail.dataset` is the Dataset.
 * @event bilateral-error - Loading or computing failed; `detail.error` is the BilateralError, `detail.reason` says what failed.
 *
 * @csspart figure - The figure that wraps everything.
 * @csspart title - The title.
 * @csspart summary - The one-sentence summary.
 * @csspart badge - The status badge.
 * @csspart required - The rate required for the remaining years.
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
 * @cssproperty --bilateral-color-band - The target band.
 * @cssproperty --bilateral-color-ok - Badge text when ahead, on track or met (and `-background`).
 * @cssproperty --bilateral-color-warn - Badge text when at risk (and `-background`).
 * @cssproperty --bilateral-color-bad - Badge text when behind or missed (and `-background`).
 */
export class BilateralTarget extends BilateralElement<TargetView> {
  /** The element's styles: the shared design tokens and base styles, then its own. */
  static override styles: CSSResultGroup = [
    BilateralElement.styles,
    targetColors,
    targetStyles,
    reserve(TARGET_RESERVE),
  ];

  static override properties: PropertyDeclarations = {
    target: {},
    gaugeLoaded: { state: true },
  };

  /** Whether the gauge has loaded (a change draws the element again). */
  declare private gaugeLoaded: boolean;
  /** Whether the view computed last draws the gauge. */
  private drawsGauge = false;
  /** Whether `from`–`to` has figures, all before the target's base year (no hint: see emptyHint). */
  private beforeBase = false;

  constructor() {
    super();
    this.gaugeLoaded = drawGauge !== undefined;
  }

  /**
   * @internal As the base's, and for a view drawn as a gauge, once the gauge has loaded (the
   * figure is drawn once, gauge included).
   */
  override get ready(): boolean {
    return super.ready && (!this.drawsGauge || this.gaugeLoaded);
  }

  /** Id of the target; default: the first target of the pair that the data can evaluate. */
  declare target: string | undefined;

  /** The dataset's targets for the element's pair (every target when no pair is known). */
  private pairTargets(dataset: Dataset): Target[] {
    const pair = this.pair(dataset);
    return dataset.targets.filter(
      (t) => pair === undefined || (t.reporter === pair[0] && t.partner === pair[1]),
    );
  }

  /**
   * A dataset without a target for the pair says so: no other years would show one. A range whose
   * figures all come before the target's base year (from="2015" to="2022") has no sentence: the
   * base's would say the data has no figures for those years.
   */
  protected override emptyHint(dataset: Dataset, m: Messages, locale: Locale): string {
    const pair = this.pair(dataset);
    return this.beforeBase
      ? ''
      : this.target || pair === undefined || this.pairTargets(dataset).length > 0
        ? super.emptyHint(dataset, m, locale)
        : m.noTargets(pairName(pair[0], pair[1], locale));
  }

  protected computeView(dataset: Dataset): TargetView | null {
    this.drawsGauge = this.beforeBase = false;
    let chosen: ReturnType<typeof evaluate> | undefined;
    if (this.target) {
      chosen = evaluate(dataset, findTarget(dataset, this.target));
    } else {
      // The first target of the pair still in progress; else the first one the data can evaluate.
      const candidates = this.pairTargets(dataset);
      let failure: unknown;
      let settled: typeof chosen;
      for (const target of candidates) {
        try {
          const result = evaluate(dataset, target);
          if (!DONE.has(result.evaluation.status)) {
            chosen = result;
            break;
          }
          settled ??= result;
        } catch (error) {
          failure ??= error;
        }
      }
      chosen ??= settled;
      if (chosen === undefined && failure !== undefined) throw failure;
    }
    if (chosen === undefined) return null;
    const { target, evaluation, series } = chosen;
    let band: TargetPath<Money> | undefined;
    let line: Timeline = { periods: [], points: [] };
    if (!evaluation.partial && evaluation.base.period.kind === 'year') {
      const baseYear = evaluation.base.period.year;
      // Once per page for each evaluation (the target cards and the dashboards' target panels).
      band = memoized(evaluation, 'path', () =>
        checkedTargetPath(target, { year: baseYear, value: evaluation.base.value }),
      );
      // A year whose source published its growth says that rate, as the growth chart does.
      line = timeline(
        series,
        (first, last) => first >= baseYear && this.inRange(first, last),
        evaluation.endYear,
        publishedRates(dataset, series, undefined),
      );
      // No observed year in the range (from="2040", or 2027–2030 ahead of the figures): the empty
      // state, as the other elements show, not an empty plot. Its figures in range, if any, are
      // before the base year.
      if (line.periods.length === 0) {
        this.beforeBase =
          timeline(series, (first, last) => this.inRange(first, last)).periods.length > 0;
        return null;
      }
    }
    this.drawsGauge = band === undefined;
    if (this.drawsGauge && !this.gaugeLoaded) {
      loadTargetGauge().then(
        () => {
          this.gaugeLoaded = true;
        },
        () => {}, // the chunk could not load: the loading state stays
      );
    }
    return { target, evaluation, currency: series.currency, timeline: line, band };
  }

  /**
   * The title; a card given a `target` names it (`named`), so that several cards of one dataset
   * differ (headings, file names): the years it covers, those after its base year ("Vietnam–Laos
   * turnover: target (2024–2030)" for growth from 2023's value to 2030; one year's band, that
   * year) or its level ("target (US$5 billion by 2030)"). A card that picks its own target (no
   * `target`) keeps the shorter "Vietnam–Laos turnover: target"; its table's caption names it.
   */
  protected headingText(
    view: TargetView,
    { locale, m }: RenderContext,
    named: unknown = this.target,
  ): string {
    const { target, evaluation } = view;
    const subject = m.subject(
      target.measure,
      economyName(target.reporter, locale),
      economyName(target.partner, locale),
    );
    // A plan's years are those after its base ("for 2021–2025" has the base 2020); one, its year.
    const which =
      target.kind === 'level'
        ? levelText(target, evaluation, locale, m)
        : `${target.kind === 'growth-band' || target.baseYear + 1 === evaluation.endYear ? '' : `${target.baseYear + 1}–`}${evaluation.endYear}`;
    return `${subject}${m.punctuation.colon}${m.target.toLowerCase()}${
      named ? `${m.punctuation.open}${which}${m.punctuation.close}` : ''
    }`;
  }

  /** The band's rates with the decimals the dataset gives them ("10–15 %", as its source). */
  private bandText(view: TargetView, locale: RenderContext['locale']): string {
    const { band } = view.evaluation;
    return bandRates(band.lower, band.upper, locale);
  }

  protected summaryText(view: TargetView, { locale, m }: RenderContext): string {
    const { evaluation, target } = view;
    const status = m.statuses[evaluation.status];
    const growth = growthText(evaluation, locale);
    const base = formatPeriodLabel(evaluation.base.period, locale);
    if (target.kind === 'level') {
      return m.levelSummary(
        status,
        growth,
        base,
        formatRate(evaluation.band.lower, locale, false),
        oneLine(formatAmount(target.level, locale)),
        evaluation.endYear,
      );
    }
    return m.targetSummary(
      status,
      growth,
      base,
      this.bandText(view, locale),
      evaluation.endYear,
      evaluation.partial,
    );
  }

  protected override renderExtras(view: TargetView, { locale, m }: RenderContext): TemplateResult {
    const { evaluation, target } = view;
    const status = evaluation.status;
    const required = evaluation.requiredRate;
    const lower = required && formatRate(required.toLower, locale, false);
    const upper = required && formatRate(required.toUpper, locale, false);
    return html`<div class="status-row">
        <span part="badge" class="badge ${TONE[status]}">
          <span aria-hidden="true">${ICON[status]}</span> ${m.statuses[status]}
        </span>
        <span class="muted">${m.growthToDate}${m.punctuation.colon}<strong>${keepTogether(
          // A compound rate since the base year (as the summary says), not the growth since then,
          // nor one year's: beside the chart's year-on-year rates, it says "a year". Its phrases
          // of no-break spaces break there where one alone is wider than the line (200 % text at
          // 280 px: "khoảng +34%" / "mỗi năm"), as the required rate's: they ran out of the card.
          evaluation.partial
            ? growthText(evaluation, locale)
            : m.perYear(growthText(evaluation, locale)),
        )}</strong>
          · ${m.target}${m.punctuation.colon}<strong>${keepTogether(
            target.kind === 'level'
              ? levelText(target, evaluation, locale, m)
              : m.perYear(this.bandText(view, locale)),
          )}</strong></span>
      </div>
      ${
        evaluation.partial
          ? nothing
          : html`<p part="required" class="required">
            ${keepTogether(
              lower === null || upper === null
                ? status === 'met'
                  ? m.metText(evaluation.endYear)
                  : m.noneRequired
                : required?.toLower.isNegative() && !required.toLower.isZero()
                  ? // Past the target: the low end holds unless trade falls faster than this.
                    m.cushion(
                      formatRate(required.toLower.abs(), locale, false),
                      evaluation.endYear,
                      target.measure,
                    )
                  : lower === upper
                    ? m.requiredOne(lower, evaluation.endYear)
                    : m.required(lower, upper, evaluation.endYear),
            )}
          </p>`
      }
      ${this.renderSetBy(target, m)}`;
  }

  /**
   * Who set the target and its note, in the reader's language where the project has translated
   * them (marked as translated: the data keeps the source's words), else as the data has them.
   */
  private renderSetBy(target: Target, m: Messages): TemplateResult {
    const setBy = dataText(target.setBy, m);
    const note = target.note ? dataText(target.note, m) : undefined;
    const translated = setBy.translated || note?.translated === true;
    return html`<p class="muted set-by">${setBy.text}${note ? ` — ${note.text}` : nothing}${
      translated ? m.translations?.mark : nothing
    }</p>`;
  }

  protected renderChart(view: TargetView, context: RenderContext): ChartParts {
    if (view.band === undefined) {
      const texts = {
        growth: growthText(view.evaluation, context.locale),
        band: this.bandText(view, context.locale),
      };
      return drawGauge?.(view, context, texts) ?? { height: 0, points: [], content: svg`` };
    }
    const { locale, m } = context;
    // No year-on-year rates: the card is about the path to the target, not the year before.
    const parts = timelineChart(view, context, {
      kind: 'line',
      className: view.target.measure,
      band: timelineBand(view.band),
      rates: false,
    });
    const band = new Map(view.band.points.map((p) => [p.year, p]));
    const present = view.timeline.points.filter((p) => p !== null);
    let described: readonly string[] | undefined;
    return {
      height: parts.height,
      content: parts.content,
      // Written when the navigation first reads them (a reader moves to a point), as growth's.
      get points() {
        described ??= present.map((point, index) => {
          const b = point.period.kind === 'year' ? band.get(point.period.year) : undefined;
          const ends = b && bandAmounts(b, locale);
          // Equal ends (a level target's line) once, as the band's end labels write them.
          const range = ends
            ? `${m.punctuation.semicolon}${m.targetBand}${m.punctuation.colon}${
                ends.lower === ends.upper ? '' : `${ends.lower}–`
              }${ends.upper}`
            : '';
          return `${parts.points[index] ?? ''}${range}`;
        });
        return described;
      },
    };
  }

  protected loadTable(): Promise<void> {
    return import('./target-table.js').then((table) => {
      drawTable = table.targetTable;
    });
  }

  protected renderTable(view: TargetView, context: RenderContext): TemplateResult | typeof nothing {
    return drawTable?.(view, context, this.headingText(view, context, true)) ?? nothing;
  }

  protected sourceIdsOf(view: TargetView): readonly string[] {
    return [
      view.target.source,
      ...view.timeline.points.flatMap((point) => (point?.source ? [point.source] : [])),
    ];
  }
}
