/**
 * The words of `bilateral report`'s text, one catalogue per language with the same keys: a
 * missing key in a language is a type error. Numbers and names go through the locale's formatting
 * (`compact`, `localPercent`, `economyLabel`) before they reach these templates; the templates
 * only put words around them, in the language's order.
 *
 * @packageDocumentation
 */
import type { Economy } from '../../economy/economy.js';
import type { Locale } from '../../economy/locale.js';
import type { ExplanationWords } from '../../figures/_explanation-words.js';
import type { RelationKind, Verdict } from '../../figures/index.js';
import type { SeriesMeasure } from '../../flow/index.js';
import type { HsLevel } from '../../hs/hs-level.js';
import type { ConcentrationBand } from '../../indicators/herfindahl-index.js';
import type { OfficialComparisonRow } from '../../infrastructure/index.js';
import type { TargetStatus } from '../../targets/evaluate-target.js';

/** A trade row's flow, as the report's marks name it. */
export type FlowSide = 'export' | 'import';

/**
 * What a trade row notes of a flow: uncertain (not firmly known), estimated, derived; and what a
 * growth row notes of one its year rests on: those, or a lower bound ("more than", which the
 * trade table writes before the amount).
 */
export type FlowMark = 'uncertain' | 'estimated' | 'derived' | 'lowerBound';

/**
 * The words of the commodity section: products, concentration, RCA, contributions to growth and
 * mirror flows.
 *
 * @example
 * ```ts
 * REPORT_WORDS.en.commodities.productColumns.share; //=> 'share'
 * ```
 */
export interface CommodityWords {
  /** Why a dataset of totals has no commodity section (the text then says nothing). */
  readonly noCommodityFlows: string;
  readonly notSummed: (why: string) => string;
  /** `Products of Vietnam's exports to Laos, 2024 (7 headings; HS 2022 names)`. */
  readonly productsHeading: (
    reporter: string,
    flow: 'export' | 'import',
    partner: string,
    period: string,
    products: number,
    level: HsLevel,
  ) => string;
  readonly productColumns: {
    readonly code: string;
    readonly product: string;
    readonly value: string;
    readonly share: string;
  };
  readonly otherProducts: string;
  readonly noSection: string;
  readonly bySection: string;
  readonly hhiNone: (why: string) => string;
  /** `Concentration (HHI by heading): 1,707 of 10,000 — moderately concentrated`. */
  readonly hhi: (level: HsLevel, points: string, of: string, band: string) => string;
  readonly hhiBands: Readonly<Record<ConcentrationBand, string>>;
  readonly rcaTitle: string;
  /** `kind`: whether `period` is a year, which Vietnamese, Lao and Chinese name as one. */
  readonly rcaNeedsWorld: (
    reporter: string,
    kind: 'year' | 'period',
    period: string,
    reporters: number,
    notOwn: boolean,
  ) => string;
  readonly rcaCurrencies: (currencies: string) => string;
  readonly rcaWorldSum: (reporters: number, list: string) => string;
  readonly notComputable: (why: string) => string;
  readonly contributionsTitle: string;
  readonly contributionsHeading: (from: string, period: string, total: string) => string;
  readonly contribution: string;
  readonly noEarlier: (kind: 'year' | 'period', period: string) => string;
  readonly noContributions: (from: string, period: string, why: string) => string;
  readonly mirrorHeading: (reporter: string, partner: string) => string;
  readonly mirrorCount: (period: string, flows: number, flagged: number) => string;
  readonly mirrorNote: string;
  readonly mirrorOneSide: (reporter: string, partner: string) => string;
  readonly noMirror: (why: string) => string;
  readonly mirrorColumns: {
    readonly direction: string;
    readonly exports: string;
    readonly imports: string;
    readonly gap: string;
    readonly band: string;
    readonly reconciled: string;
  };
  readonly total: string;
  readonly noExportReport: string;
  readonly noImportReport: string;
  readonly exportsZero: string;
  readonly mirrorBands: Readonly<Record<'below' | 'within' | 'above', string>>;
  readonly moreFlows: (flows: number) => string;
}

/**
 * The words `bilateral reconcile` prints around the relations (the relations' explanations are
 * {@link ReportWords.explanations}, the verdicts {@link ReportWords.verdicts}).
 *
 * @example
 * ```ts
 * REPORT_WORDS.vi.reconcile.summary(2, 0, 4);
 * //=> 'Tổng cộng: 2 khớp, 0 không khớp, 4 không kiểm tra được.'
 * ```
 */
export interface ReconcileWords {
  /** The first line: `seed.json: 7 statements, 6 relations checked`. */
  readonly checked: (file: string, statements: number, relations: number) => string;
  /** What a relation weighs, on its verdict's line: `parts-sum`, `share`. */
  readonly kinds: Readonly<Record<RelationKind, string>>;
  /** The statements a relation weighs: `statements: a, b, c`. */
  readonly statements: (ids: string) => string;
  /**
   * Why a relation cannot be checked, from its English explanation: English gives it as it is,
   * the other languages say what is missing in general and where the reason is written.
   */
  readonly cannotCheck: (explanation: string) => string;
  readonly impliedValues: string;
  readonly noStatements: string;
  readonly noRelations: string;
  /** The last line: `Summary: 2 consistent, 0 inconsistent, 4 cannot check.` */
  readonly summary: (consistent: number, inconsistent: number, cannotCheck: number) => string;
}

/**
 * Every word the text report prints, in one language.
 *
 * @example
 * ```ts
 * const words: ReportWords = REPORT_WORDS.vi;
 * words.about('1,70 tỷ USD'); //=> 'khoảng 1,70 tỷ USD'
 * ```
 */
export interface ReportWords {
  /** The language, for the numbers and names the templates receive. */
  readonly locale: Locale;
  /** An amount or a rate known only roughly: `about US$1.2 billion`. */
  readonly about: (text: string) => string;
  /**
   * An amount its source published as a lower bound: `more than US$565 million`; `hơn` (which
   * the figures read as one), `ຫຼາຍກວ່າ` and `超过` (the reconciliation's words for "more than").
   */
  readonly moreThan: (text: string) => string;
  /**
   * An amount its source published as a lower bound that includes itself ("at least US$565
   * million": ≥, where `moreThan` is >): `ít nhất`, `ຢ່າງໜ້ອຍ`, `至少`.
   */
  readonly atLeast: (text: string) => string;
  /** A range of two amounts or rates: `+1.5 % to +8.1 %`. */
  readonly range: (from: string, to: string) => string;
  /** Between the marks of a notes cell. */
  readonly separator: string;
  /** The first line: `Vietnam–Laos trade — Bilateral report`. */
  readonly title: (dataset: string) => string;
  /** The second line: `13 published flows from 28 sources (dataset "vietnam-laos")`. */
  readonly counts: (flows: number, sources: number, id: string) => string;
  /** What each measure is called in headings and sentences. */
  readonly measures: Readonly<Record<SeriesMeasure, string>>;
  /** A pair's flows of a measure: `turnover of A with B`, `exports of A to B`. */
  readonly measureOf: (measure: SeriesMeasure, reporter: string, partner: string) => string;
  /** Whose figures: `the dataset`, or with `--source` `source "customs"`. */
  readonly whose: (source: string | undefined) => string;
  /** Why there is no trade or growth table: `the dataset has no trade flows`. */
  readonly noFlows: (whose: string) => string;

  // Trade
  readonly tradeTitle: string;
  readonly noTradeTable: (why: string) => string;
  /**
   * A commodity's code and short name after a heading (`, HS 1201 — Soya beans`; Chinese
   * `（HS编码1201：Soya beans）`, as the widgets write the code); `name` is `null` when unknown or
   * not shown.
   */
  readonly hs: (code: string, name: string | null) => string;
  /** The heading of a pair's trade table; `hs` is {@link ReportWords.hs}'s text or empty. */
  readonly tradeHeading: (reporter: string, partner: string, hs: string) => string;
  readonly tradeColumns: {
    readonly period: string;
    readonly exports: string;
    readonly imports: string;
    readonly turnover: string;
    readonly balance: string;
    readonly cover: string;
    readonly notes: string;
  };
  readonly positions: Readonly<Record<'surplus' | 'deficit' | 'balanced', string>>;
  /** A row whose balance interval holds 0 and more. */
  readonly unknownPosition: string;
  /** A flow marked uncertain, estimated or derived: `imports uncertain`. */
  readonly flowMark: (flow: FlowSide, mark: FlowMark) => string;
  /**
   * A growth year whose turnover a statement published as a lower bound ("more than US$3
   * billion"): `turnover a lower bound`, {@link flowMark}'s words for a side's.
   */
  readonly turnoverLowerBound: string;
  /**
   * A mark both flows of a row carry, said once (zh `进出口数值均不确定`, vi `xuất nhập khẩu đều
   * chưa chắc chắn`, where two {@link flowMark}s said it twice); null where each side's is written
   * (en: `--json`'s trade marks stay one a flow; lo until a native reader words it).
   */
  readonly bothFlowsMark: ((mark: FlowMark) => string) | null;
  readonly currenciesDiffer: (exports: string, imports: string) => string;
  readonly noTurnover: (why: string) => string;
  /** A row whose period other rows repeat: whose it is. */
  readonly fromSources: (sources: string) => string;
  /** Figures that do not meet, by what conflicts. */
  readonly conflict: Readonly<Record<'exports' | 'imports' | 'turnover' | 'turnovers', string>>;
  /** How the published figures narrowed the turnover. */
  readonly turnoverMark: Readonly<Record<'fromSides' | 'asPublished' | 'within', string>>;
  /** What narrowed the balance: the turnover ("it") or the sides' statements ("them"). */
  readonly balanceMark: Readonly<Record<'fromTurnover' | 'fromSides', string>>;
  /** Statements of other sources than the row's. */
  readonly publishedBy: (sources: string) => string;

  // Growth
  readonly growthTitle: string;
  readonly noGrowthTable: (why: string) => string;
  /** `Growth of Vietnam–Laos turnover, HS … (Vietnam's figures)`. */
  readonly growthHeading: (
    pair: string,
    measure: SeriesMeasure,
    hs: string,
    reporter: string,
  ) => string;
  readonly growthColumns: {
    readonly year: string;
    readonly computed: string;
    readonly published: string;
    readonly notes: string;
  };
  /** Why the table is of one direction: its flows are in several currencies. */
  readonly onlyMixedCurrencies: (measure: SeriesMeasure, why: string) => string;
  readonly onlyNoBothSides: (measure: SeriesMeasure) => string;
  readonly onlyFewerYears: (measure: SeriesMeasure, years: number, turnoverYears: number) => string;
  readonly noYearlySeries: string;
  readonly mixedCurrencies: (why: string) => string;
  readonly uncertain: string;
  /** A derived point: `derived: 2017 value ÷ (1 + 8.5 %)`. */
  readonly derived: (how: string) => string;
  /** A base implied by a later year and its rate: `2017 value ÷ (1 + 8.5 %)`. */
  readonly impliedBase: (period: string, rate: string) => string;
  /** Another source's figure for the year: `customs gives 1000 (+50)`. */
  readonly gives: (source: string, value: string, difference: string) => string;
  readonly averageGrowth: (from: string, to: string, rate: string) => string;
  readonly noAverageFromZero: (measure: SeriesMeasure, from: string) => string;
  readonly noAverage: (from: string, to: string, why: string) => string;
  readonly commoditiesTitle: string;
  readonly noCommodities: (why: string) => string;
  readonly commoditiesNotComputed: (why: string) => string;
  /** The commodity section's words. */
  readonly commodities: CommodityWords;

  // Targets
  readonly targetsTitle: string;
  readonly statuses: Readonly<Record<TargetStatus, string>>;
  readonly partialYear: (status: string) => string;
  readonly notEvaluated: string;
  readonly cannotEvaluate: (why: string) => string;
  readonly noYearlyMeasure: (whose: string, flows: string) => string;
  /** A level target's band: `the 13.8 % a year the level needs`. */
  readonly levelBand: (rate: string) => string;
  /** A growth band: `a band of 10–15 % a year`. */
  readonly growthBand: (band: string) => string;
  readonly yearsLeft: (years: number) => string;
  /** A partial year: `2024-01/2024-09: +25.5 % on 2023-01/2023-09 against …: ahead (partial year)`. */
  readonly verdictPartial: (
    period: string,
    growth: string,
    base: string,
    band: string,
    status: string,
  ) => string;
  /** `2024: about +30 % a year since 2023 against a band of 10–15 % a year: met`; `left` may be empty. */
  readonly verdict: (
    period: string,
    growth: string,
    baseYear: number,
    band: string,
    left: string,
    status: string,
  ) => string;
  /** Nothing observed after the base yet; `needed` is empty or the rate needed and from when. */
  readonly verdictNothingYet: (
    baseYear: number,
    band: string,
    left: string,
    needed: string,
    status: string,
  ) => string;
  readonly neededFrom: (rate: string, period: string) => string;
  readonly onCourseUnless: (rate: string) => string;
  readonly neededFromNow: (rate: string) => string;
  /** A level target's level and year, on the line before its verdict: `level: US$5 billion by 2030`. */
  readonly targetLevel: (level: string, byYear: number) => string;
  readonly note: (note: string) => string;
  /**
   * The line under the targets' heading where the project's translations of the data's English
   * texts (who set a target, its note) are shown: said once for the section, not after each text.
   */
  readonly translatedTexts: string;
  /** A setter or note the project has not translated, among translated ones: as the data has it. */
  readonly untranslated: (text: string) => string;

  // Reconciliation
  readonly reconciliationTitle: string;
  readonly nothingToReconcile: string;
  readonly reconciliationHeading: (
    relations: number,
    consistent: number,
    inconsistent: number,
    cannotCheck: number,
  ) => string;
  /** The verdicts, upper-cased before a relation (`CONSISTENT`); the report shows two. */
  readonly verdicts: Readonly<Record<Verdict, string>>;
  readonly impliedValues: string;
  /** The relations' and implied values' explanations (the figures module's sentence forms). */
  readonly explanations: ExplanationWords;
  /** The words of `bilateral reconcile`'s text. */
  readonly reconcile: ReconcileWords;

  // Border crossings
  readonly crossingsHeading: (listed: number, zones: number) => string;
  readonly againstOfficial: (asOf: string) => string;
  /** A class of the official count: `secondary: 18 official, 13 listed, 5 missing (1 …)`. */
  readonly officialRow: (row: OfficialComparisonRow) => string;
  readonly economicZones: string;
  readonly unknownClass: string;
  readonly classCount: (count: number, name: string) => string;
  /** A country's side counted by class (each a {@link classCount}): `LAO: 1 international, 2 unknown`. */
  readonly classCounts: (system: string, counts: readonly string[]) => string;
  readonly investmentPriority: string;
  /** The line after the ranking: where its method and weights are explained (an address). */
  readonly rankingMethod: (address: string) => string;
  readonly score: (score: string) => string;

  // Growth in a local currency (--currency)
  readonly localHeading: (
    pair: string,
    measure: SeriesMeasure,
    hs: string,
    currency: string,
    from: string,
  ) => string;
  readonly localColumns: {
    readonly year: string;
    readonly value: (measure: SeriesMeasure, currency: string) => string;
    readonly rate: (currency: string, from: string) => string;
    readonly growth: (currency: string) => string;
    readonly rateSource: string;
  };
  readonly noRate: string;
  readonly missingRates: (
    from: string,
    currency: string,
    years: readonly string[],
    hint: string,
  ) => string;
  readonly embeddedRatesHint: (years: number) => string;
  readonly fileRatesHint: (years: number, file: string) => string;
  readonly embeddedRates: string;
  readonly ratesFrom: (file: string) => string;
  /**
   * A rate source cited under the table: its id, publisher (in the project's translation where it
   * has one) and title quoted as published, then its address if any.
   */
  readonly citation: (
    id: string,
    publisher: string,
    title: string,
    url: string | undefined,
  ) => string;

  // bilateral economies
  /** The words of `bilateral economies`' table and the lines under it. */
  readonly economies: EconomiesWords;
}

/**
 * The words of `bilateral economies`: the table's column headings, the kinds of economy, the
 * mark of an economy whose codes are not all confirmed, its note under the table, and the count.
 *
 * @example
 * ```ts
 * REPORT_WORDS.zh.economies.kinds.country; //=> '国家或地区'
 * REPORT_WORDS.vi.economies.uncertain; //=> 'chưa chắc chắn'
 * ```
 */
export interface EconomiesWords {
  readonly columns: {
    readonly code: string;
    readonly comtrade: string;
    readonly m49: string;
    readonly kind: string;
    readonly name: string;
    readonly notes: string;
  };
  readonly kinds: { readonly [kind in Economy['kind']]: string };
  /** The notes column of an economy marked `uncertain`. */
  readonly uncertain: string;
  /** The line under the table that says what is uncertain: `TWN (uncertain): <note>`. */
  readonly uncertainNote: (code: string, note: string) => string;
  /** The last line: how many, and which code does what. */
  readonly count: (economies: number) => string;
}
