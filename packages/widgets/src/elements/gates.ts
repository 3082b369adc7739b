import type { BorderCrossing, OfficialComparison } from '@bilateral/core';
// From `/calc`: through the root entry's barrels an app bundling the gates loaded zod and the
// classification systems first (see the core's `calc-crossings.ts`).
import {
  BilateralError,
  type Dataset,
  type Locale,
  sideClassOn,
  statusOn,
  summarizeCheckedCrossings,
} from '@bilateral/core/calc';
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
import { keepTogether } from '../base/keep-together.js';
import { loadOnce } from '../base/load-once.js';
import { checkCrossingsOnce, classesOf, crossingsReady } from '../data/gates-crossings.js';
import { loadValidator } from '../data/load-validator.js';
import { memoized } from '../data/memoized.js';
import { economyName } from '../i18n/economy-names.js';
import { formatNumber, pairName } from '../i18n/format.js';
import { formatPartialDate } from '../i18n/format-date.js';
import { gatesWords, UNKNOWN_PROVINCE_EN } from '../i18n/gates-words.js';
import { addEnglish, type Messages } from '../i18n/messages.js';
import type { gatesFilterIssue, provinceNamesIn } from '../i18n/province-names.js';
import { gatesColors } from '../styles/colors-gates.js';
import { reserve } from '../styles/reserve.js';
import { GATES_RESERVE } from '../styles/reserve-gates.js';
import { compareNames } from './compare-names.js';
import { gatesStyles } from './gates.styles.js';
import type { gatesTables } from './gates-table.js';

/** Draws the data table once its module (`gates-table.ts`) has loaded: when a table is first shown. */
let drawTable: typeof gatesTables | undefined;

/**
 * The border provinces' names by language (`province-names.ts`, with the core's table) once
 * loaded: an element drawn in Vietnamese, Lao or Chinese loads them, an English one never does
 * (the dataset's names are English). If the chunk cannot load, the dataset's names are shown.
 */
let namesIn: typeof provinceNamesIn | undefined;
/** The problem of a filter that names nothing the crossings have, loaded with {@link namesIn}. */
let filterIssue: typeof gatesFilterIssue | undefined;
/**
 * @internal Loads the provinces' names (`province-names.ts`): see {@link namesIn}. An element
 * drawn in Vietnamese, Lao or Chinese asks for them; the page without script loads them first
 * (`loadEmbedTables`), as it has no element to wait for them.
 *
 * @example
 * ```ts
 * await loadProvinceNames(); // then `gatesViewIn(view, 'vi')` names Khammouane "Khăm Muộn"
 * ```
 */
export const loadProvinceNames = loadOnce(() =>
  import('../i18n/province-names.js').then(
    (module) => {
      filterIssue = module.gatesFilterIssue;
      namesIn = module.provinceNamesIn;
    },
    () => (namesIn = () => ({})),
  ),
);

// This element's own words, for a page drawn in English (the other languages' chunks have them).
addEnglish(gatesWords);

/**
 * One class of crossing: how many are listed and, where counted, how many officially.
 *
 * @example
 * ```ts
 * import {
 *   BilateralGates,
 *   type ClassRow,
 *   type GatesView,
 *   type RenderContext,
 * } from '@bilateral/widgets';
 *
 * // A subclass meets the rows in `view.classes`: here the summary names the classes listed
 * // short of the official count.
 * class ShortGates extends BilateralGates {
 *   protected override summaryText(view: GatesView, context: RenderContext): string {
 *     // dataset="vietnam-laos": view.classes[2]
 *     //=> { id: 'secondary', listed: 13, official: 18, tone: 3 }
 *     const short = (row: ClassRow) => row.official !== undefined && row.listed < row.official;
 *     const ids = view.classes.filter(short).map((row) => row.id);
 *     //=> ['secondary', 'opening']
 *     const note = ids.length === 0 ? '' : ` Listed short: ${ids.join(', ')}.`;
 *     return super.summaryText(view, context) + note;
 *   }
 * }
 * customElements.define('short-gates', ShortGates);
 * ```
 */
export interface ClassRow {
  readonly id: string;
  readonly listed: number;
  readonly official: number | undefined;
  /** 1–5: which `--bilateral-color-class-N` draws it. */
  readonly tone: number;
}

/**
 * What `<bilateral-gates>` shows, computed with the core.
 *
 * @example
 * ```ts
 * import { BilateralGates, type GatesView, type RenderContext } from '@bilateral/widgets';
 *
 * // A subclass meets the view in its render hooks: here the summary names the busiest province.
 * class ProvinceGates extends BilateralGates {
 *   protected override summaryText(view: GatesView, context: RenderContext): string {
 *     // dataset="vietnam-laos": view.country //=> 'VNM', view.total //=> 28,
 *     // view.comparison?.asOf //=> '2024-10-24', view.provinces[0] //=> ['Quảng Trị', 6]
 *     const top = view.provinces[0]; // most crossings first
 *     const note = top === undefined ? '' : ` Most are in ${top[0]} (${top[1]}).`;
 *     return super.summaryText(view, context) + note;
 *   }
 * }
 * customElements.define('province-gates', ProvinceGates);
 * ```
 */
export interface GatesView {
  readonly reporter: string;
  readonly partner: string;
  /** The country whose legal classes are counted. */
  readonly country: string;
  readonly total: number;
  readonly classes: readonly ClassRow[];
  /**
   * Each province with its count: computed with the dataset's names, given to the render hooks
   * (`summaryText`, …) with the names in the reader's language, most crossings first, then in
   * the alphabetical order of those names (`(unknown)`, a side naming none, after the named ones
   * of its count). The province filtered on is there with 0 when none is
   * listed in it; with no crossing shown otherwise, it is empty (no provinces' heading is drawn).
   */
  readonly provinces: readonly (readonly [name: string, count: number])[];
  /** Every class and province of the unfiltered crossings (the filters' options). */
  readonly classOptions: readonly string[];
  /** The dataset's names, given to the render hooks in the alphabetical order of the names shown. */
  readonly provinceOptions: readonly string[];
  readonly comparison: OfficialComparison | undefined;
  readonly sources: readonly string[];
  /** The day classes are read on (the last day of `to`), or `undefined` for the recorded classes. */
  readonly asOf: string | undefined;
  /** How many of the shown crossings have no dated class record (counted as last recorded). */
  readonly undated: number;
  /** The class changes dated within `from`–`to` (only with `from`), oldest first. */
  readonly changes: readonly ClassChangeRow[] | undefined;
}

/**
 * A change of class of one shown crossing, dated within `from`–`to`.
 *
 * @example
 * ```ts
 * import type { ClassChangeRow } from '@bilateral/widgets';
 *
 * // <bilateral-gates dataset="vietnam-laos" from="2014"> lists La Lay's upgrade first:
 * const laLay: ClassChangeRow = {
 *   gate: 'La Lay',
 *   date: '2014-06',
 *   before: 'main',
 *   after: 'international',
 * };
 * ```
 */
export interface ClassChangeRow {
  /** The gate's name on the counted country's side (the crossing id when it has none). */
  readonly gate: string;
  /** When, to the day, month or year (`2020-12-22`, `2014-06`, `2021`). */
  readonly date: string;
  /** The class before, when the source says. */
  readonly before: string | undefined;
  readonly after: string;
}

const UNKNOWN = 'unknown';

/**
 * The name of a class under a country's system, in the locale (English when not translated): from
 * the classes the embedded data file carries, or the core's classification systems, which load
 * with the rules for any other data (see `gates-crossings.ts`).
 *
 * @internal
 */
export function className(country: string, id: string, locale: Locale, unknown: string): string {
  const names = classesOf(country)?.find(([candidate]) => candidate === id)?.[1];
  return names?.[locale] ?? names?.en ?? (id === UNKNOWN ? unknown : id);
}

/**
 * A province's name in `locale`, from the dataset's name: that name in English (the core's
 * `(unknown)` in words), or where the names have not loaded or have none for it (see
 * {@link namesIn}).
 */
function provinceName(name: string, locale: Locale): string {
  return (
    (locale === 'en' ? name === '(unknown)' && UNKNOWN_PROVINCE_EN : namesIn?.(locale)[name]) ||
    name
  );
}

/**
 * @internal The gates' view as drawn in `locale`: the provinces as that language names them
 * (chart, table, summary) and in the alphabetical order of those names ("Điện Biên" before "Thừa
 * Thiên Huế"; 丰沙里 before 琅南塔, not after it as "Phongsaly" is after "Luang Namtha"), and
 * the crossings that name no province (the core's `(unknown)`) after the named ones of their
 * count; the filter's options so ordered too (their values stay the dataset's names). Applied when drawing,
 * not in `computeView`: a new language (or the names' arrival) draws again without computing the
 * view again. The page without script draws it too (`embed-figure.ts`).
 */
export function gatesViewIn(view: GatesView, locale: Locale): GatesView {
  // The crossings whose side names no province after those of a named one, as a last row.
  const byName = (a: string, b: string) =>
    +(a === '(unknown)') - +(b === '(unknown)') ||
    compareNames(provinceName(a, locale), provinceName(b, locale), locale);
  return {
    ...view,
    provinces: [...view.provinces]
      .sort((a, b) => b[1] - a[1] || byName(a[0], b[0]))
      .map(([name, count]) => [provinceName(name, locale), count] as const),
    provinceOptions: [...view.provinceOptions].sort(byName),
  };
}

/** Whether a crossing has a side in each country of the pair. */
function onBorder(crossing: BorderCrossing, pair: readonly [string, string]): boolean {
  return pair.every((code) => crossing.sides.some((side) => side.country === code));
}

/**
 * The border crossings between a reporter and a partner, by legal class and by province, with
 * the listed crossings compared with an official count where the dataset has one; filterable by
 * class and province; with a legend of the classes.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@bilateral/widgets/dist/bilateral-widgets.js"></script>
 *
 * <bilateral-gates dataset="vietnam-laos"></bilateral-gates>
 * <bilateral-gates dataset="vietnam-laos" country="LAO"></bilateral-gates>
 * <bilateral-gates dataset="vietnam-laos" gate-class="secondary" province="Quảng Trị"></bilateral-gates>
 * ```
 *
 * ```ts
 * import '@bilateral/widgets/gates';
 *
 * // <bilateral-gates dataset="vietnam-laos"></bilateral-gates>
 * const gates = document.querySelector('bilateral-gates'); // BilateralGates | null
 * if (gates !== null) {
 *   gates.gateClass = 'international'; // as choosing it in the class filter does
 *   gates.addEventListener('bilateral-load', () => {
 *     console.log(gates.shadowRoot?.querySelector('[part=summary]')?.textContent);
 *     //=> 9 crossings are listed on the Vietnam–Laos border, counted by Vietnam’s classes.
 *   });
 * }
 * ```
 *
 * @summary Border crossings of a pair by class and province, listed against official counts.
 * @tag bilateral-gates
 *
 * @event bilateral-load - The dataset loaded and rendered; `detail.dataset` is the Dataset.
 * @event bilateral-error - Loading or computing failed; `detail.error` is the BilateralError, `detail.reason` says what failed.
 *
 * @csspart figure - The figure that wraps everything.
 * @csspart title - The title.
 * @csspart summary - The one-sentence summary.
 * @csspart filters - The class and province filters.
 * @csspart legend - The legend of the classes.
 * @csspart changes - The class changes dated within `from`–`to` (with `from`).
 * @csspart chart - The chart (one tab stop; arrow keys move between classes and provinces).
 * @csspart toggle - The button that shows the data tables.
 * @csspart table - The data tables.
 * @csspart footer - The sources (or the `source` attribute) and the `notes` attribute.
 * @csspart notes - The `notes` attribute's line in the footer.
 * @csspart download - The button that opens the downloads: data (CSV), picture (SVG, PNG), citation.
 * @csspart downloads - The download panel (loaded when a reader first opens it).
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error message.
 *
 * @cssproperty --bilateral-color-class-1 - First class (most open); `-class-2` … `-class-5` the next ones, the last for an unknown class.
 */
export class BilateralGates extends BilateralElement<GatesView> {
  /** The element's styles: the shared design tokens and base styles, then its own. */
  static override styles: CSSResultGroup = [
    BilateralElement.styles,
    gatesColors,
    gatesStyles,
    reserve(GATES_RESERVE),
  ];

  static override properties: PropertyDeclarations = {
    country: {},
    gateClass: { attribute: 'gate-class' },
    province: {},
  };

  /** Whose legal classes to count: the reporter (default) or the partner (ISO alpha-3). */
  declare country: string | undefined;
  /** Show only crossings of this class (its id, e.g. `secondary`); one no crossing has is an error. */
  declare gateClass: string | undefined;
  /**
   * Show only crossings in this province (as the dataset names it); a name no crossing of the
   * border has is an error (naming the data's name of a province written otherwise), a border
   * province with none listed counts 0.
   */
  declare province: string | undefined;

  /** A dataset listing no crossing on the pair's border says so: no other years would show one. */
  protected override emptyHint(dataset: Dataset, m: Messages, locale: Locale): string {
    const pair = this.pair(dataset);
    return pair === undefined || dataset.crossings.some((crossing) => onBorder(crossing, pair))
      ? super.emptyHint(dataset, m, locale)
      : m.noCrossings(pairName(pair[0], pair[1], locale));
  }

  /**
   * @internal Also waits, for a page's own parsed Dataset (no build checked its crossings), until
   * the core's crossing rules have loaded, and in Vietnamese, Lao or Chinese until the provinces'
   * names have: until then it shows its loading state and holds its events, as for its messages.
   */
  override get ready(): boolean {
    const state = this.loader.state;
    return (
      (this.activeLocale === 'en' || namesIn !== undefined) &&
      super.ready &&
      (state.status !== 'loaded' || this.rulesFailed || crossingsReady(state.dataset))
    );
  }

  /** The language of the last figure drawn (see {@link activeLocale}). */
  declare private drawnIn: Locale | undefined;

  /**
   * In Vietnamese, Lao or Chinese the provinces' names are part of the language: reading it asks
   * for them, and until they have loaded a figure drawn in English stays in English (as while
   * the messages of a new language load: no flash of the loading state, no mixed languages);
   * before any figure, the language asked. The new language's messages load after the names.
   */
  override get activeLocale(): Locale {
    const locale = super.activeLocale;
    if (locale === 'en' || namesIn) return locale;
    this.drawWhenLoaded(loadProvinceNames());
    return this.drawnIn ?? locale;
  }

  /** Whether the chunk with the crossing rules could not load (the check then reports it). */
  private rulesFailed = false;

  protected computeView(dataset: Dataset): GatesView | null {
    if (!crossingsReady(dataset) && !this.rulesFailed) {
      // The rules come with the validator chunk; meanwhile the element is not `ready`.
      loadValidator().then(
        () => this.requestUpdate('data'),
        () => {
          this.rulesFailed = true;
          this.requestUpdate('data');
        },
      );
      return null;
    }
    // Build-checked data runs no crossing rule; a page's own Dataset is checked once, here.
    checkCrossingsOnce(dataset);
    const pair = this.pair(dataset);
    if (pair === undefined) return null;
    const [reporter, partner] = pair;
    const country = this.country === partner ? partner : reporter;
    // With `to` (four digits: BilateralBase checked it), classes are read on its last day and
    // crossings still planned then are left out.
    const asOf = this.to ? `${this.to}-12-31` : undefined;
    const all = dataset.crossings.filter(
      (crossing) =>
        onBorder(crossing, pair) &&
        (asOf === undefined || statusOn(crossing.status ?? [], asOf).status !== 'planned'),
    );
    if (all.length === 0) return null;
    // Each crossing with its side in the counted country and that side's class (on `to`'s day).
    const entries = all.map((crossing) => {
      const side = crossing.sides.find((candidate) => candidate.country === country);
      const onDay = asOf === undefined || side === undefined ? undefined : sideClassOn(side, asOf);
      return { crossing, side, cls: onDay === undefined ? side?.class : onDay.class, onDay };
    });
    const order = [...(classesOf(country)?.map(([id]) => id) ?? []), UNKNOWN];
    const classes = new Set([...order, ...entries.map(({ cls }) => cls ?? UNKNOWN)]);
    const official = dataset.crossingCounts.find(
      (count) =>
        count.system === country &&
        count.countries.length === 2 &&
        [reporter, partner].every((code) =>
          (count.countries as readonly string[]).includes(code),
        ) &&
        // An official count taken after the day shown does not describe it.
        (asOf === undefined || count.asOf.slice(0, 4) <= asOf.slice(0, 4)),
    );
    const day = asOf === undefined ? {} : { date: asOf };
    // Once per page for the same crossings (the gates cards and the dashboards' gates panels).
    const everything = memoized(dataset, `gates ${reporter} ${partner} ${country} ${asOf}`, () =>
      summarizeCheckedCrossings(all, { ...day, ...(official && { official }) }),
    );
    // A class that is neither the country's nor any crossing's, or a province none of the border's
    // crossings is in (on the counted side), is checked: a typo is an error, not a filter that
    // lists nothing ("0 crossings are listed"). With the provinces' table, so loaded then (until it
    // has, the loading state); if it cannot load, no error.
    const provinces = everything.byProvince[country];
    if (
      (this.gateClass && !classes.has(this.gateClass)) ||
      (this.province && !provinces?.[this.province])
    ) {
      if (!namesIn) throw loadProvinceNames();
      const issue = filterIssue?.(this, classes, country, dataset, pair, provinces);
      if (issue) throw new BilateralError('INVALID_INPUT', [issue]);
    }
    const shownEntries = entries.filter(
      ({ side, cls }) =>
        (!this.gateClass || (cls ?? UNKNOWN) === this.gateClass) &&
        (!this.province || (side?.province?.name ?? '(unknown)') === this.province),
    );
    const shown = shownEntries.map(({ crossing }) => crossing);
    // Unfiltered, the crossings shown are all of them: the same counts.
    const summary =
      this.gateClass || this.province ? summarizeCheckedCrossings(shown, day) : everything;
    const listed = summary.byClass[country] ?? {};
    const counts = everything.comparison?.rows ?? [];
    const classIds = order.filter(
      (id) =>
        listed[id] ||
        (!this.gateClass && counts.some((row) => row.what === id && row.official > 0)) ||
        id === this.gateClass,
    );
    return {
      reporter,
      partner,
      country,
      total: summary.total,
      classes: classIds.map((id) => ({
        id,
        listed: listed[id] ?? 0,
        official: counts.find((row) => row.what === id)?.official,
        tone: id === UNKNOWN ? 5 : Math.min(order.indexOf(id) + 1, 4),
      })),
      // The province filtered on, with 0 where none is listed: no province heading over nothing.
      provinces: Object.entries({
        ...(this.province && { [this.province]: 0 }),
        ...summary.byProvince[country],
      }),
      // A count is 0 or more: one that is not 0 (nor missing) is listed; the class filtered on is
      // an option even with none listed (the filter shows it, not "All"), as its province is.
      classOptions: order.filter(
        (id) => everything.byClass[country]?.[id] || id === this.gateClass,
      ),
      // With a province none is listed in, the filter shows it (not "All") beside the 0 counted.
      provinceOptions: Object.keys({ ...provinces, ...(this.province && { [this.province]: 0 }) }),
      comparison: everything.comparison,
      sources: [...new Set(shown.flatMap((crossing) => crossing.sources))],
      asOf,
      undated: shownEntries.filter(({ onDay }) => onDay?.basis === 'undated').length,
      changes: !this.from
        ? undefined
        : shownEntries
            .flatMap(({ crossing, side }) =>
              (side?.classHistory ?? [])
                .filter(
                  (entry) => entry.change !== 'recorded' && this.inRange(+entry.date.slice(0, 4)),
                )
                .map((entry) => ({
                  gate: side?.gate ?? crossing.id,
                  date: entry.date,
                  before: entry.from,
                  after: entry.class,
                })),
            )
            .sort((a, b) => a.date.localeCompare(b.date) || a.gate.localeCompare(b.gate)),
    };
  }

  protected headingText(view: GatesView, { locale, m }: RenderContext): string {
    return m.gatesTitle(pairName(view.reporter, view.partner, locale));
  }

  protected summaryText(view: GatesView, { locale, m }: RenderContext): string {
    const pair = pairName(view.reporter, view.partner, locale);
    const sentences = [m.gatesSentence(view.total, pair, economyName(view.country, locale))];
    if (view.asOf !== undefined) {
      sentences.push(m.asAtSentence(formatPartialDate(view.asOf, locale), view.undated));
    }
    const comparison = view.comparison;
    if (comparison !== undefined && !this.gateClass && !this.province) {
      const rows = comparison.rows.filter((row) => row.what !== 'economic-zones');
      const official = rows.reduce((sum, row) => sum + row.official, 0);
      sentences.push(
        m.officialSentence(view.total, official, formatPartialDate(comparison.asOf, locale)),
      );
    }
    if (view.changes !== undefined) {
      // `from` is set (the view lists changes) and both are four digits (BilateralBase checked).
      const range = m.changeRange(this.from as string, this.to || undefined);
      sentences.push(m.changesSentence(view.changes.length, range));
    }
    return sentences.join(m.punctuation.sentence ?? ' ');
  }

  protected override renderView(view: GatesView, context: RenderContext): TemplateResult {
    this.drawnIn = context.locale;
    return super.renderView(gatesViewIn(view, context.locale), context);
  }

  private label(view: GatesView, id: string, context: RenderContext): string {
    return className(view.country, id, context.locale, context.m.unknownClass);
  }

  protected override renderExtras(view: GatesView, context: RenderContext): TemplateResult {
    const { m, locale } = context;
    const change = (key: 'gateClass' | 'province') => (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      this[key] = value === '' ? undefined : value;
      this.nav.select(-1);
    };
    return html`${
      this.isStatic
        ? nothing
        : html`<div part="filters" class="filters">
          <label>
            <span>${m.class}</span>
            <select @change=${change('gateClass')}>
              <option value="" ?selected=${!this.gateClass}>${m.all}</option>
              ${view.classOptions.map(
                (id) =>
                  html`<option value=${id} ?selected=${id === this.gateClass}>
                    ${this.label(view, id, context)}
                  </option>`,
              )}
            </select>
          </label>
          <label>
            <span>${m.province}</span>
            <select @change=${change('province')}>
              <option value="" .selected=${!this.province}>${m.all}</option>
              ${view.provinceOptions.map(
                (name) =>
                  html`<option value=${name} .selected=${name === this.province}>${provinceName(name, locale)}</option>`,
              )}
            </select>
          </label>
        </div>`
    }
      ${
        // The bars carry their class names: the legend only says what the tick is. Its date, a
        // phrase of no-break spaces, breaks there where it alone is wider than the line (Lao
        // "(24 ຕ.ລ." / "2024)" at 280 px with 200 % text, where it ran out of the card); in a span,
        // one flex item beside the swatch (`.keep` spans would each be one).
        view.comparison
          ? html`<ul part="legend" class="legend" aria-label=${m.legend}>
            <li class="muted">
              <span class="swatch official-swatch" aria-hidden="true"></span><span>${keepTogether(`${m.official}${m.punctuation.open}${formatPartialDate(view.comparison.asOf, locale)}${m.punctuation.close}`)}</span>
            </li>
          </ul>`
          : nothing
      }
      ${
        view.changes?.length
          ? html`<ul part="changes" class="changes">
            ${view.changes.map(
              (change) => html`<li>
                ${change.gate}${m.punctuation.colon}${change.before === undefined ? nothing : html`${this.label(view, change.before, context)} → `}${this.label(view, change.after, context)}${m.punctuation.open}${formatPartialDate(change.date, locale)}${m.punctuation.close}
              </li>`,
            )}
          </ul>`
          : nothing
      }`;
  }

  protected renderChart(view: GatesView, context: RenderContext): ChartParts {
    const { locale, m, width, active } = context;
    // The provinces' column: as wide as its longest name (7 px a character, 12 px a Chinese one),
    // up to half the width: at 280 px "Thừa Thiên Huế" was cut to "Thừa Thiên…" (QA h135 Q22),
    // and 42 % of the width gave Chinese names of three or four characters twice what they need.
    const longest = Math.max(
      0,
      ...view.provinces.map(([name]) =>
        [...name].reduce((sum, char) => sum + (char > '\u2e80' ? 12 : 7), 0),
      ),
    );
    const labelWidth = Math.min(longest + 8, width / 2);
    // One scale for the figure: a crossing is as long in a class bar as in a province bar, so
    // that one province's crossing never looks wider than nine international gates.
    const max = Math.max(
      1,
      ...view.classes.map((row) => Math.max(row.listed, row.official ?? 0)),
      ...view.provinces.map(([, count]) => count),
    );
    const perCrossing = (width - labelWidth - 40) / max;
    const clip = (text: string, px: number) =>
      text.length * 6.5 > px ? `${text.slice(0, Math.max(3, Math.floor(px / 6.5) - 1))}…` : text;
    // Classes: the name above the bar (names are long); the official count as a tick. A count of
    // 0 draws no bar.
    const rowHeight = 40;
    const provinceTop = view.classes.length * rowHeight + 30;
    const classRows = view.classes.map((row, index) => {
      const y = index * rowHeight;
      const length = row.listed * perCrossing;
      const officialX = row.official === undefined ? undefined : row.official * perCrossing;
      return svg`<text class="value-label" x="0" y=${y + 12}>${clip(this.label(view, row.id, context), width)}</text>
        ${
          row.listed > 0
            ? svg`<rect class="mark bar tone-${row.tone} ${active === index ? 'active' : ''}" x="0" y=${y + 18}
              width=${length} height="14" rx="2"></rect>`
            : nothing
        }
        ${officialX === undefined ? nothing : svg`<line class="official" x1=${officialX} x2=${officialX} y1=${y + 15} y2=${y + 35}></line>`}
        <text class="value-label" x=${Math.max(length, officialX ?? 0) + 6} y=${y + 30}>${
          row.official === undefined
            ? formatNumber(row.listed, locale)
            : `${formatNumber(row.listed, locale)} / ${formatNumber(row.official, locale)}`
        }</text>`;
    });
    const provinceRows = view.provinces.map(([name, count], index) => {
      const y = provinceTop + index * 22;
      const length = count * perCrossing;
      return svg`<text x="0" y=${y + 13}>${clip(name, labelWidth - 8)}</text>
        ${
          count > 0
            ? svg`<rect class="mark bar province ${active === view.classes.length + index ? 'active' : ''}" x=${labelWidth}
              y=${y + 3} width=${length} height="14" rx="2"></rect>`
            : nothing
        }
        <text class="value-label" x=${labelWidth + length + 6} y=${y + 13}>${formatNumber(count, locale)}</text>`;
    });
    return {
      height: provinceTop + view.provinces.length * 22 + 4,
      points: [
        ...view.classes.map(
          (row) =>
            `${this.label(view, row.id, context)}${m.punctuation.colon}${formatNumber(row.listed, locale)} ${m.listed.toLowerCase()}${
              row.official === undefined
                ? ''
                : `${m.punctuation.comma}${formatNumber(row.official, locale)} ${m.official.toLowerCase()}`
            }`,
        ),
        ...view.provinces.map(
          ([name, count]) =>
            `${m.province} ${name}${m.punctuation.colon}${formatNumber(count, locale)}`,
        ),
      ],
      // No crossing shown (a class none is listed in): no province heading over nothing.
      content: svg`${classRows}
        ${provinceRows.length ? svg`<text class="group-label" x="0" y=${provinceTop - 10}>${m.province}${m.punctuation.open}${economyName(view.country, locale)}${m.punctuation.close}</text>` : nothing}
        ${provinceRows}`,
    };
  }

  protected loadTable(): Promise<void> {
    return import('./gates-table.js').then((table) => {
      drawTable = table.gatesTables;
    });
  }

  protected renderTable(view: GatesView, context: RenderContext): TemplateResult | typeof nothing {
    const label = (id: string) => this.label(view, id, context);
    return drawTable?.(view, context, this.headingText(view, context), label) ?? nothing;
  }

  protected sourceIdsOf(view: GatesView): readonly string[] {
    return view.sources;
  }
}
