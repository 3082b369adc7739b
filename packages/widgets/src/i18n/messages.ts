import type { Locale, MoneyWords, SeriesMeasure, TargetStatus } from '@bilateral/core';
import type { BalancePosition } from '../elements/balance.js';
import type { balanceWords } from './balance-words.js';
import type { dashboardWords } from './dashboard-words.js';
import type { failureWords } from './failure-words.js';
import type { gatesWords } from './gates-words.js';
import { loadedMessages } from './loaded-messages.js';
import { MESSAGE_CHUNKS } from './message-chunks.js';
import type { targetWords } from './target-words.js';

/**
 * Why a dataset could not be shown; `bilateral-error` carries it as `detail.reason`.
 *
 * @example
 * ```ts
 * import '@bilateral/widgets/growth';
 * import type { ErrorEventDetail, LoadFailure } from '@bilateral/widgets';
 *
 * // The data could not be fetched in time, or it was fetched and is wrong.
 * const transport: readonly LoadFailure[] = ['http', 'network', 'timeout'];
 *
 * // <bilateral-growth dataset="atlantis"></bilateral-growth>
 * document.querySelector('bilateral-growth')?.addEventListener('bilateral-error', (event) => {
 *   const { reason } = (event as CustomEvent<ErrorEventDetail>).detail;
 *   console.log(reason, transport.includes(reason));
 *   //=> unknown-dataset false
 * });
 * ```
 */
export type LoadFailure =
  | 'http'
  | 'network'
  | 'timeout'
  | 'json'
  | 'schema'
  | 'unknown-dataset'
  | 'compute';

/**
 * Every text an element shows or announces, in one language. In English, the words only one
 * element shows (a balance's sentence, a target card's statuses, the crossings' classes, the
 * dashboard's title) come with that element's module: a subclass's `context.m` has the shared
 * words and those of the element it extends (and of any other element the page has loaded).
 *
 * @example
 * ```ts
 * import { BilateralGates, type GatesView, type RenderContext } from '@bilateral/widgets';
 *
 * // A subclass gets the texts of the element's language as `context.m`.
 * class CountedGates extends BilateralGates {
 *   protected override headingText(view: GatesView, context: RenderContext): string {
 *     const { m } = context; // in English: m.listed //=> 'Listed', m.showTable //=> 'Show data table'
 *     return `${super.headingText(view, context)} (${view.total} ${m.listed.toLowerCase()})`;
 *   }
 * }
 * customElements.define('counted-gates', CountedGates);
 * // <counted-gates dataset="vietnam-laos">: title 'Vietnam–Laos border crossings (28 listed)';
 * // with locale="vi": 'Cửa khẩu biên giới Việt Nam – Lào (28 trong danh sách)'
 * ```
 */
export interface Messages {
  readonly loading: string;
  /** The title of an error: the figures could not be computed. */
  readonly failed: string;
  /** The title of an error: the data could not be loaded. */
  readonly loadFailed: string;
  /** Why, in a plain sentence for readers. */
  readonly reasons: Readonly<Record<LoadFailure, string>>;
  /** Why, when the figures are in several currencies (`CURRENCY_MISMATCH`). */
  readonly mixedCurrencies: string;
  /**
   * Why, when the figures could not be computed because the page's own data (`data`, `src`)
   * breaks a rule the core checks: a problem at a path into the dataset (`crossings[0]…`), where
   * `reasons.compute` says that the settings (attributes) do not fit.
   */
  readonly invalidData: string;
  /** The title of an empty state: nothing to draw for what the element asks for. */
  readonly empty: string;
  /** What is missing ("Vietnam–Laos, 2040–2041") and what a reader can do, in a sentence. */
  readonly emptyHint: (what: string) => string;
  /** The empty state of a target element whose dataset records no target for the pair. */
  readonly noTargets: (pair: string) => string;
  /** The empty state of a gates element whose dataset lists no crossing on the pair's border. */
  readonly noCrossings: (pair: string) => string;
  readonly showTable: string;
  readonly hideTable: string;
  /** The button that opens the downloads (data, picture, citation). */
  readonly download: string;
  /** The data table's name (its scroll region is labelled "<title>: Data table"). */
  readonly table: string;
  readonly chart: string;
  readonly keys: string;
  readonly source: string;
  /** "; and 3 more" after the first sources. */
  readonly more: (count: number) => string;
  readonly period: string;
  readonly value: string;
  readonly yearOnYear: string;
  readonly notes: string;
  readonly uncertain: string;
  readonly derived: string;
  /** Marks a year-on-year rate as its figure's source published it (others are computed). */
  readonly published: string;
  /**
   * Marks a published rate that the dataset's own levels contradict, with the rate they give:
   * "published, values give about +15 %".
   */
  readonly disputed: (rate: string) => string;
  /**
   * The data table's note on a value implied by a later one and its growth rate, which the core
   * writes in English ("2017 value ÷ (1 + 8.5 %)"), from the later period and the rate written in
   * this language (see `derivationText`); English has none and shows the core's words.
   */
  readonly impliedBase?: (period: string, rate: string) => string;
  /**
   * Subject of a sentence: "Vietnam–Laos turnover", "Vietnam’s exports to Laos", "The
   * Philippines’ exports to the United States" (in English the validator's chunk,
   * `economy-in-text.ts`, writes the names as running text does; a turnover's pair stays bare).
   */
  readonly subject: (measure: SeriesMeasure, reporter: string, partner: string) => string;
  /**
   * English only, once the dataset validator's chunk has loaded (`economy-in-text.ts`): an
   * economy's name as running text writes it ("the Philippines"; "The …" when `opening`).
   */
  readonly nameInText?: (name: string, opening?: boolean) => string;
  /** What follows a subject or title about one commodity: " (HS 1201)". */
  readonly hs: (code: string) => string;
  readonly rose: (
    subject: string,
    from: string,
    fromPeriod: string,
    to: string,
    toPeriod: string,
  ) => string;
  readonly fell: (
    subject: string,
    from: string,
    fromPeriod: string,
    to: string,
    toPeriod: string,
  ) => string;
  /**
   * A series of one point: "Vietnam–Laos turnover was US$2.98 billion in 2025.", "Laos’ exports
   * to Vietnam were …": `measure` is what the subject names, for a language whose verb agrees
   * with it (English; Vietnamese, Lao and Chinese verbs do not change with number).
   */
  readonly was: (subject: string, value: string, period: string, measure: SeriesMeasure) => string;
  readonly exports: string;
  readonly imports: string;
  readonly balance: string;
  readonly turnover: string;
  readonly coverage: string;
  readonly balanceTitle: (pair: string) => string;
  /** The reporter's position in the balance sentence (`balanceSentence`): "a deficit". */
  readonly positions: Readonly<Record<Exclude<BalancePosition, 'unknown'>, string>>;
  /** A side's position in the card's figures, the series' tip and its table: "deficit". */
  readonly positionNames: Readonly<Record<BalancePosition, string>>;
  readonly position: string;
  /** "Vietnam had a deficit of US$508.1 million with Laos in Jan–Sep 2024 …" */
  readonly balanceSentence: (
    reporter: string,
    position: string,
    amount: string,
    partner: string,
    period: string,
    coverage: string,
  ) => string;
  readonly coverageText: (percent: string) => string;
  /**
   * The balance sentence where the sign is unknown, with the interval's ends signed, and why:
   * rounding ("Vietnam's balance with Laos in 2024 was between −US$75 million and +US$35
   * million: surplus or deficit unknown within rounding."), or with `bound` a side published as
   * a lower bound ("… between US$0 and +US$1 million: surplus or deficit unknown since a side is
   * published as a lower bound.", "at least US$400 million" of exports on exactly 400 of imports).
   */
  readonly unknownSentence: (
    reporter: string,
    low: string,
    high: string,
    partner: string,
    period: string,
    bound: boolean,
  ) => string;
  /** A balance whose sign is unknown, as its interval: "−US$75 million to +US$35 million". */
  readonly balanceRange: (low: string, high: string) => string;
  readonly target: string;
  readonly targetBand: string;
  readonly actual: string;
  readonly statuses: Readonly<Record<TargetStatus, string>>;
  readonly growthToDate: string;
  /** A rate per year, in the target card's status row: "about +34 % a year". */
  readonly perYear: (rate: string) => string;
  readonly required: (lower: string, upper: string, endYear: number) => string;
  /** No year left, the target missed: "No years left to make up." */
  readonly noneRequired: string;
  /** No year left, the target met: "The target for 2024 was met." */
  readonly metText: (year: number) => string;
  readonly lower: string;
  readonly hollow: string;
  readonly levelText: (level: string, year: number) => string;
  readonly requiredOne: (rate: string, year: number) => string;
  /**
   * Already past the target: "On course for the target in 2030 unless it falls by more than
   * 5.0 % a year." (`measure` is the target's, which "it" or "they" names in English.)
   */
  readonly cushion: (rate: string, year: number, measure: SeriesMeasure) => string;
  /**
   * A level target: "At risk: +13.1 % a year since 2016; reaching US$5 billion by 2030 called for 13.8 %
   * a year from 2016." — the rate from the base, named as such beside `requiredOne`'s rate from now.
   */
  readonly levelSummary: (
    status: string,
    growth: string,
    base: string,
    needed: string,
    level: string,
    endYear: number,
  ) => string;
  readonly upper: string;
  /** "Ahead: about +34 % a year since 2023, against a target of 10–15 % a year to 2030." */
  readonly targetSummary: (
    status: string,
    growth: string,
    base: string,
    band: string,
    endYear: number,
    partial: boolean,
  ) => string;
  readonly gatesTitle: (pair: string) => string;
  /**
   * A gates filter's choice for no filter, under the label that names what it filters ("Class",
   * "Province"): short, so that a select shows it whole at 200 % text in a 280 px column (a
   * select's text does not wrap; "All provinces" needed 265 px of a 198 px line).
   */
  readonly all: string;
  readonly class: string;
  readonly province: string;
  readonly listed: string;
  readonly official: string;
  readonly missing: string;
  readonly legend: string;
  readonly unknownClass: string;
  readonly gatesSentence: (total: number, pair: string, country: string) => string;
  readonly officialSentence: (listed: number, official: number, asOf: string) => string;
  /** Classes read on a day (`to`); `undated` crossings have no dated class record. */
  readonly asAtSentence: (day: string, undated: number) => string;
  /** The years `from`–`to` as a phrase: "in 2014–2024", "in 2024" when they are one year, or "since 2014" without a `to`. */
  readonly changeRange: (from: string, to: string | undefined) => string;
  /** How many class changes are recorded in a range ("2014–2024", "since 2014"). */
  readonly changesSentence: (count: number, range: string) => string;
  readonly dashboardTitle: (pair: string) => string;
  /** The word before a figure rounded to what its inputs' published precision supports. */
  readonly about: string;
  /**
   * The words before a figure published as a lower bound, by its kind (`SeriesPoint.lowerBound`):
   * "more than " (the figure left out), "at least " (taken in).
   */
  readonly 'more-than': string;
  /** The words before a figure published "at least" (its figure taken in): "at least ". */
  readonly 'at-least': string;
  /** The words of an axis's units, largest first: `[1e9, 'billion']`, …; Chinese counts in 亿, 万. */
  readonly scales: readonly (readonly [size: number, word: string])[];
  /**
   * The words the core writes amounts with in this language (`MONEY_WORDS_VI`, …), which
   * `formatAmount` gives its `writeMoneyIn`, so that only the pages in this language carry them;
   * English's are built in.
   */
  readonly money?: MoneyWords | undefined;
  /** A half year: `H1/2024`; Lao "the first 6 months of 2024", Chinese `2024年上半年`. */
  readonly half: (half: 1 | 2, year: number) => string;
  /** A quarter: `Q3 2024`, Vietnamese `Q3/2024`, Lao `ໄຕມາດ 3/2024`, Chinese `2024年第3季度`. */
  readonly quarter: (quarter: 1 | 2 | 3 | 4, year: number) => string;
  /**
   * A month: `Jan 2024`, Vietnamese `thg 1 2024`, Lao `ມ.ກ. 2024`, Chinese `2024年1月` (CLDR's
   * abbreviated month and year, written without `Intl.DateTimeFormat`: building one costs a page
   * tens of milliseconds, and Chromium without Lao data writes Lao months in English).
   */
  readonly month: (month: number, year: number) => string;
  /**
   * A month's abbreviated name (`Jan`, `thg 1`): the start of a span of months within a year,
   * whose year is written once (`Jan – Sep 2024`; `formatPeriodLabel`).
   */
  readonly monthName: (month: number) => string;
  /**
   * Months from `start` to `end` (`[year, month]`), for a language that writes spans otherwise
   * than `Jan – Sep 2024` and `Nov 2023 – Feb 2024`: Chinese `2024/1 – 2024/9`.
   */
  readonly monthSpan?: (
    start: readonly [year: number, month: number],
    end: readonly [year: number, month: number],
  ) => string;
  /** A day (CLDR's medium date): `Mar 5, 2024`, `5 thg 3, 2024`, `5 ມ.ນ. 2024`, `2024年3月5日`. */
  readonly day: (day: number, month: number, year: number) => string;
  /**
   * The punctuation that joins parts of a text, so Chinese gets full-width `：；，（）`:
   * `colon` after a label ("Source: "), `semicolon` between items, `comma` between a title and
   * its period, `open`/`close` around an aside ("Province (Laos)"), `sentence` between two
   * sentences (a space where a language gives none; Chinese none, after its `。`).
   */
  readonly punctuation: {
    readonly colon: string;
    readonly semicolon: string;
    readonly comma: string;
    readonly open: string;
    readonly close: string;
    readonly sentence?: string;
  };
  /**
   * The project's translations of texts the embedded datasets hold in English (who set each
   * target, and its note), keyed by the English text, and the mark shown after a translated text
   * (" (translated from English)"): the data's quoted words are never changed. English has none;
   * a text with no translation here is shown as the data has it.
   */
  readonly translations?: {
    readonly mark: string;
    readonly texts: Readonly<Record<string, string>>;
  };
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * A month's abbreviated English name (CLDR's), 1 for January.
 *
 * @example
 * ```ts
 * import { englishMonth } from './messages.js';
 *
 * englishMonth(9); //=> 'Sep'
 * ```
 */
export const englishMonth = (month: number): string => MONTHS[month - 1] as string;

/**
 * The words whose English an element's module brings (see {@link addEnglish}), or the error
 * state's (its alert adds them: `base/failure-alert.ts`).
 */
type ElementWord =
  | keyof typeof failureWords
  | keyof typeof balanceWords
  | keyof typeof targetWords
  | keyof typeof gatesWords
  | keyof typeof dashboardWords;

/**
 * The English words every element needs (loading, empty states, table toggle, source line, the
 * series' sentences and the target band a growth chart draws). The words of one element alone
 * come with its module, which adds them with {@link addEnglish}, and those of the error state
 * with its alert (`base/failure-alert.ts`, loaded with a page's first failure), which adds them
 * with its first English alert: a page carries only the English of the elements it shows and of
 * the states they are in.
 */
const en: Omit<Messages, ElementWord> = {
  loading: 'Loading trade figures…',
  empty: 'No figures for this selection.',
  emptyHint: (what) =>
    `The data has no figures for ${what}. They may not be published yet: try other years, or the publisher’s website.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  download: 'Download',
  table: 'Data table',
  chart: 'chart',
  keys: 'Use the left and right arrow keys to move between points.',
  source: 'Source',
  more: (n) => `; and ${n} more`,
  period: 'Period',
  value: 'Value',
  yearOnYear: 'Year on year',
  notes: 'Notes',
  uncertain: 'approximate',
  derived: 'derived',
  published: 'published',
  disputed: (rate) => `published, values give ${rate}`,
  // The possessive as `inSentence` (format.ts) writes it with `owner`, inline: that would
  // cost an app's first load 9 B more. "The" and "the" come with the validator's chunk.
  subject: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `${reporter}–${partner} turnover`
      : `${reporter}’${/s$/.test(reporter) ? '' : 's'} ${measure} ${measure === 'exports' ? 'to' : 'from'} ${partner}`,
  hs: (code) => ` (HS ${code})`,
  rose: (s, a, p, b, q) => `${s} rose from ${a} in ${p} to ${b} in ${q}.`,
  fell: (s, a, p, b, q) => `${s} fell from ${a} in ${p} to ${b} in ${q}.`,
  was: (s, v, p, measure) => `${s} ${measure === 'turnover' ? 'was' : 'were'} ${v} in ${p}.`,
  exports: 'Exports',
  imports: 'Imports',
  turnover: 'Turnover',
  target: 'Target',
  targetBand: 'Target band',
  hollow: 'hollow: approximate or derived',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  half: (half, year) => `H${half}/${year}`,
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  month: (month, year) => `${englishMonth(month)} ${year}`,
  monthName: englishMonth,
  scales: [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ],
  punctuation: { colon: ': ', semicolon: '; ', comma: ', ', open: ' (', close: ')' },
};

const catalog = loadedMessages;
// Complete once the modules of the page's elements have added their words.
catalog.en = en as Messages;

/**
 * Adds the English words of one element to the English messages: each element's module calls
 * it with its words when it loads, before any element of its kind can draw. (The error state's
 * alert adds its own with its first English alert; Vietnamese, Lao and Chinese are chunks of
 * their own with every element's words.)
 */
export function addEnglish(words: Partial<Messages>): void {
  Object.assign(en, words);
}

/**
 * The messages of a locale, or `undefined` while they are not loaded (see {@link loadMessages}).
 * English is always there.
 */
export function messagesFor(locale: Locale): Messages | undefined {
  return catalog[locale];
}

/** The languages whose chunk is loading, each with its one promise (see {@link loadMessages}). */
const loading: Record<string, Promise<Messages> | undefined> = {};

/**
 * Loads the messages of a locale (Vietnamese, Lao and Chinese are chunks of their own; English
 * is built in), once per page; a language the widgets do not speak gives English. While a chunk
 * loads, every call gives the same promise, so that the elements that asked for it (an element
 * asks at each render until it has it) draw again together, once. A chunk that fails to load is
 * asked for once more at once (the browser fetches a failed `import()` again); when that fails
 * too, the promise rejects, and the next call asks again.
 */
export function loadMessages(locale: Locale | string): Promise<Messages> {
  const known = catalog[locale as Locale];
  // Loaded, or a language the widgets do not speak: English.
  if (known || !Object.hasOwn(MESSAGE_CHUNKS, locale)) {
    return Promise.resolve(known ?? (catalog.en as Messages));
  }
  const chunk = MESSAGE_CHUNKS[locale as keyof typeof MESSAGE_CHUNKS];
  loading[locale] ??= chunk()
    .catch(chunk)
    .then(
      (messages) => (catalog[locale as Locale] = messages),
      (error) => {
        loading[locale] = undefined;
        throw error;
      },
    );
  return loading[locale];
}
