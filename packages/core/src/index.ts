/**
 * `@bilateral/core`: typed models and exact calculations for bilateral and border trade
 * statistics — money and periods, economies, flows and datasets, growth, balance, targets,
 * published figures and their reconciliation, border infrastructure, and embedded datasets.
 *
 * Where to start: take a dataset — the embedded {@link vietnamLaos}, or your own document read
 * with {@link parseDatasetText} — then a series from it with {@link datasetSeries}, and compute
 * with {@link yearOnYear}, {@link growthRate}, {@link tradeBalance} or {@link evaluateTarget};
 * check a set of published figures against each other with {@link reconcile}. Bad input is a
 * {@link BilateralError} with a stable code. The categories below are in that order; the guides
 * are [getting started](../../../docs/getting-started-developer.md) and
 * [calculations](../../../docs/calculations.md), and the `bilateral` command is in
 * [cli.md](../../../docs/cli.md).
 *
 * @categoryDescription Datasets
 * A dataset is one JSON document of sources, flows, published figures, targets and border
 * crossings ([datasets.md](../../../docs/datasets.md)). Start with the embedded
 * {@link vietnamLaos} and {@link laosChina}, or read a document with {@link parseDatasetText} or
 * {@link parseDataset}; {@link datasetSeries} gives a series of turnover, exports or imports.
 *
 * @categoryDescription Growth
 * Rates are exact `Decimal` fractions (0.25 is 25 %): {@link growthRate} of two amounts,
 * {@link yearOnYear}, {@link periodOnPeriod} and {@link yearToDate} of a series, {@link cagr};
 * {@link rateDigits} gives the digits a rate's two figures support.
 *
 * @categoryDescription Balance
 * {@link tradeBalance} gives a pair's balance, turnover, coverage and position;
 * {@link balanceSeries} the same for each period of a series, and {@link mirrorGap} the gap
 * between a flow and its mirror.
 *
 * @categoryDescription Targets
 * Growth bands and levels by a date, as governments announce them: {@link parseTarget}, then
 * {@link evaluateTarget} against a series, {@link targetPath} and {@link requiredRate}.
 *
 * @categoryDescription Figures
 * Published figures ("US$1.5 billion, up 25.5 %") as the intervals their rounding allows:
 * {@link parsePublishedAmount}, {@link parseStatement}, and {@link reconcile}, which checks a set
 * of them against each other.
 *
 * @categoryDescription Money
 * {@link money} (a `Decimal` amount and a currency), {@link sum}, {@link formatMoney}, and
 * {@link convert} with the cited {@link ANNUAL_AVERAGE_RATES}
 * ([money-and-periods.md](../../../docs/money-and-periods.md)).
 *
 * @categoryDescription Periods
 * Years, quarters and months: {@link parsePeriod}, {@link formatPeriod}, {@link nextPeriod},
 * {@link yearEarlier}.
 *
 * @categoryDescription Flows
 * A {@link TradeFlow} is one reporter's exports to or imports from a partner over a period;
 * {@link selectFlows} and {@link buildSeries} make a {@link Series} of them.
 *
 * @categoryDescription Economies
 * {@link getEconomy}, {@link economyName} and {@link economyLabel} (names in en, vi, lo and zh),
 * the border provinces ({@link listProvinces})
 * ([economies-and-flows.md](../../../docs/economies-and-flows.md)).
 *
 * @categoryDescription Tables
 * Many flows at once, grouped: {@link flowTableFromDataset}, then {@link sumBy},
 * {@link yearOnYearBy} or {@link topN} ([tables.md](../../../docs/tables.md)).
 *
 * @categoryDescription Indicators
 * Shares and trade indicators of a set of flows: {@link shares}, {@link herfindahlIndex},
 * {@link revealedComparativeAdvantage}, {@link mirrorFlows}.
 *
 * @categoryDescription HS nomenclature
 * Commodities by Harmonized System code: {@link hsCodeAt}, {@link rollUpCommodities},
 * {@link commodityName}.
 *
 * @categoryDescription Importers
 * Flows from a CSV file ({@link importFlowsCsv}, streamed: {@link importFlowsCsvStream}) or the
 * UN Comtrade API ({@link importComtrade}); bulk Comtrade files are for `@bilateral/duckdb`
 * ([importers.md](../../../docs/importers.md)).
 *
 * @categoryDescription Infrastructure
 * Border crossings under each country's legal system: {@link VIETNAM_LAOS_CROSSINGS},
 * {@link crossingClassOn}, {@link summarizeCrossings}, {@link rankCrossings}
 * ([border-infrastructure.md](../../../docs/border-infrastructure.md)).
 *
 * @categoryDescription Errors
 * Every function that refuses its input throws a {@link BilateralError}: a stable
 * {@link BilateralErrorCode} and a {@link BilateralIssue} with the path of each problem. The
 * `safeParse…` functions return a {@link SafeParseResult} instead.
 *
 * @packageDocumentation
 */
export { DECIMAL_PRECISION, Decimal, type DecimalInput } from './_internal/decimal.js';
export * from './balance/index.js';
export * from './dataset/index.js';
export * from './dataset/schemas.js';
export * from './datasets/index.js';
export * from './economy/index.js';
export * from './economy/schemas.js';
export * from './errors/index.js';
export * from './figures/index.js';
export * from './figures/schemas.js';
export * from './flow/index.js';
export * from './flow/schemas.js';
export * from './growth/index.js';
export * from './hs/index.js';
export * from './indicators/index.js';
// Not from infrastructure/index.ts, which the dataset's checks import by name: through it an
// app's esbuild put the words in chunks of their own, imported by the dataset validator too.
export * from './infrastructure/crossing-words-lo.js';
export * from './infrastructure/crossing-words-vi.js';
export * from './infrastructure/crossing-words-zh.js';
export * from './infrastructure/index.js';
export * from './infrastructure/schemas.js';
export * from './io/index.js';
export * from './money/index.js';
// Not from money/index.ts either: through it the widgets' messages chunks in an app reached the
// money modules of its first load, and esbuild put those in a chunk of their own.
export * from './money/money-words-lo.js';
export * from './money/money-words-vi.js';
export * from './money/money-words-zh.js';
export * from './money/schemas.js';
export * from './period/index.js';
export * from './period/schemas.js';
export * from './rates/index.js';
export * from './table/index.js';
export * from './targets/index.js';
export * from './targets/schemas.js';
