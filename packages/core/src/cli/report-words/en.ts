import { countOf, grouped } from '../../_internal/count-of.js';
import { possessive } from '../../_internal/possessive.js';
import { nameInText } from '../../economy/name-in-text.js';
import { ENGLISH_EXPLANATIONS } from '../../figures/_explanation-words.js';
import type { ReportWords } from './report-words.js';

const TOWARDS = { turnover: 'with', exports: 'to', imports: 'from' } as const;

/** An economy's name inside an English sentence: "the Philippines", "Vietnam". */
const the = (name: string) => nameInText(name, 'en');

/**
 * The report's words in English (the default, and the words of `--json`'s marks and notes).
 *
 * @example
 * ```ts
 * en.tradeHeading('Vietnam', 'Laos', '');
 * //=> "Trade reported by Vietnam with Laos (balance and position from the reporter's side)"
 * ```
 */
export const en: ReportWords = {
  locale: 'en',
  about: (text) => `about ${text}`,
  moreThan: (text) => `more than ${text}`,
  atLeast: (text) => `at least ${text}`,
  range: (from, to) => `${from} to ${to}`,
  separator: '; ',
  title: (dataset) => `${dataset} — Bilateral report`,
  counts: (flows, sources, id) =>
    `${countOf(flows, 'published flow')} from ${countOf(sources, 'source')} (dataset "${id}")`,
  measures: { turnover: 'turnover', exports: 'exports', imports: 'imports' },
  measureOf: (measure, reporter, partner) =>
    `${measure} of ${the(reporter)} ${TOWARDS[measure]} ${the(partner)}`,
  whose: (source) => (source === undefined ? 'the dataset' : `source ${source}`),
  noFlows: (whose) => `${whose} has no trade flows`,

  tradeTitle: 'Trade',
  noTradeTable: (why) => `No trade table: ${why}.`,
  hs: (code, name) => (name === null ? `, HS ${code}` : `, HS ${code} — ${name}`),
  tradeHeading: (reporter, partner, hs) =>
    `Trade reported by ${the(reporter)} with ${the(partner)}${hs} (balance and position from the reporter's side)`,
  tradeColumns: {
    period: 'period',
    exports: 'exports',
    imports: 'imports',
    turnover: 'turnover',
    balance: 'balance',
    cover: 'cover',
    notes: 'notes',
  },
  positions: { surplus: 'surplus', deficit: 'deficit', balanced: 'balanced' },
  unknownPosition: 'surplus or deficit unknown within rounding',
  flowMark: (flow, mark) => `${flow}s ${mark === 'lowerBound' ? 'a lower bound' : mark}`,
  turnoverLowerBound: 'turnover a lower bound',
  bothFlowsMark: null,
  currenciesDiffer: (exports, imports) => `currencies differ (${exports}, ${imports})`,
  noTurnover: (why) => `no turnover or balance: ${why}`,
  fromSources: (sources) => `from ${sources}`,
  conflict: {
    exports:
      "the published exports differ beyond their rounding: turnover and balance are the flows' sum and difference",
    imports:
      "the published imports differ beyond their rounding: turnover and balance are the flows' sum and difference",
    turnover:
      'the published turnover and exports + imports do not meet: turnover and balance are their sum and difference',
    turnovers:
      'the published turnovers and exports + imports do not meet: turnover and balance are their sum and difference',
  },
  turnoverMark: {
    fromSides: 'turnover from every published exports and imports',
    asPublished: 'turnover as published',
    within: 'turnover within the published one',
  },
  balanceMark: { fromTurnover: 'balance derived from it', fromSides: 'balance derived from them' },
  publishedBy: (sources) => `with figures published by ${sources}`,

  growthTitle: 'Growth',
  noGrowthTable: (why) => `No growth table: ${why}.`,
  growthHeading: (pair, measure, hs, reporter) =>
    `Growth of ${pair} ${measure}${hs} (${possessive(the(reporter))} figures)`,
  growthColumns: {
    year: 'year',
    computed: 'y/y computed',
    published: 'y/y published',
    notes: 'notes',
  },
  onlyMixedCurrencies: (measure, why) =>
    `${measure} only: turnover needs one currency, and the main pair's flows are in several (${why})`,
  onlyNoBothSides: (measure) => `${measure} only: no year has both exports and imports`,
  onlyFewerYears: (measure, years, turnoverYears) =>
    `${measure}: they are known for ${countOf(years, 'year')}, turnover (exports + imports) for ${countOf(turnoverYears, 'year')} only`,
  noYearlySeries: 'the dataset has no yearly exports, imports or turnover for its main pair',
  mixedCurrencies: (why) =>
    `turnover needs one currency, and the main pair's flows are in several (${why})`,
  uncertain: 'uncertain',
  derived: (how) => `derived: ${how}`,
  impliedBase: (period, rate) => `${period} value ÷ (1 + ${rate})`,
  gives: (source, value, difference) => `${source} gives ${value} (${difference})`,
  averageGrowth: (from, to, rate) => `Average growth ${from}–${to} (CAGR): ${rate} a year`,
  noAverageFromZero: (measure, from) =>
    `no average growth: ${measure} in ${from} is 0, and growth needs a base above 0`,
  noAverage: (from, to, why) => `no average growth ${from}–${to}: ${why}`,
  commoditiesTitle: 'Commodity indicators',
  noCommodities: (why) => `None: ${why}.`,
  commoditiesNotComputed: (why) => `the commodity indicators cannot be computed: ${why}`,
  commodities: {
    noCommodityFlows: 'the dataset has no commodity-level flows',
    notSummed: (why) => `the commodity flows cannot be summed by HS level: ${why}`,
    productsHeading: (reporter, flow, partner, period, products, level) =>
      `Products of ${possessive(the(reporter))} ${flow === 'export' ? `exports to ${the(partner)}` : `imports from ${the(partner)}`}, ${period} (${countOf(products, level)}; HS 2022 names)`,
    productColumns: { code: 'code', product: 'product', value: 'value', share: 'share' },
    otherProducts: 'other products',
    noSection: 'chapters in no HS section (77, 98, 99)',
    bySection: 'By HS section:',
    hhiNone: (why) => `Concentration (HHI): none — ${why}`,
    hhi: (level, points, of, band) =>
      `Concentration (HHI by ${level}): ${points} of ${of} — ${band}`,
    hhiBands: {
      unconcentrated: 'unconcentrated',
      'moderately-concentrated': 'moderately concentrated',
      'highly-concentrated': 'highly concentrated',
    },
    rcaTitle: 'Revealed comparative advantage (Balassa)',
    rcaNeedsWorld: (reporter, _kind, period, reporters, notOwn) =>
      `not computable: RCA needs ${possessive(the(reporter))} exports to the World (partner WLD) by product for ${period} and those of other reporters (the World's exports are their sum); the dataset has ${countOf(reporters, 'reporter')} with such flows${notOwn ? `, not ${the(reporter)}` : ''}`,
    rcaCurrencies: (currencies) =>
      `not computable: the exports to the World are in several currencies (${currencies}); convert them to one first`,
    rcaWorldSum: (reporters, list) =>
      `the World's exports are the sum of the exports to the World of the ${reporters} reporters in the dataset (${list})`,
    notComputable: (why) => `not computable: ${why}`,
    contributionsTitle: 'Contributions to growth',
    contributionsHeading: (from, period, total) =>
      `Contributions to growth, ${from} → ${period}: total ${total}`,
    contribution: 'contribution',
    noEarlier: (kind, period) => `no earlier ${kind} to compare ${period} with`,
    noContributions: (from, period, why) =>
      `no contributions to growth ${from} → ${period}: ${why}`,
    mirrorHeading: (reporter, partner) =>
      `Mirror flows: ${the(reporter)} and ${the(partner)} as each reports the other`,
    mirrorCount: (period, flows, flagged) =>
      `${period}: ${countOf(flows, 'flow')}, ${grouped(flagged)} outside the CIF/FOB band (⚑)`,
    mirrorNote:
      'band: imports ÷ exports within 1.05–1.20, what CIF/FOB valuation explains; reconciled: the importer’s value ÷ 1.10 (FOB), or the exporter’s where the importer reported none',
    mirrorOneSide: (reporter, partner) =>
      `no mirror comparison: the dataset has flows reported by ${the(reporter)} only, none by ${the(partner)}`,
    noMirror: (why) => `no mirror comparison: ${why}`,
    mirrorColumns: {
      direction: 'exporter→importer',
      exports: 'exports (FOB)',
      imports: 'imports (CIF)',
      gap: 'gap',
      band: 'band',
      reconciled: 'reconciled',
    },
    total: 'total',
    noExportReport: 'no export report',
    noImportReport: 'no import report',
    exportsZero: 'exports 0',
    mirrorBands: { below: 'below', within: 'within', above: 'above' },
    moreFlows: (flows) => `… ${countOf(flows, 'more flow')} (other periods too) in --json`,
  },

  targetsTitle: 'Targets',
  statuses: {
    ahead: 'ahead',
    'on-track': 'on-track',
    'at-risk': 'at-risk',
    behind: 'behind',
    met: 'met',
    missed: 'missed',
    'awaiting-data': 'awaiting-data',
  },
  partialYear: (status) => `${status} (partial year)`,
  notEvaluated: 'not evaluated',
  cannotEvaluate: (why) => `cannot evaluate: ${why}`,
  noYearlyMeasure: (whose, flows) => `${whose} has no yearly ${flows}`,
  levelBand: (rate) => `the ${rate} a year the level needs`,
  growthBand: (band) => `a band of ${band} a year`,
  yearsLeft: (years) => `${years} year${years === 1 ? '' : 's'} left`,
  verdictPartial: (period, growth, base, band, status) =>
    `${period}: ${growth} on ${base} against ${band}: ${status} (partial year)`,
  verdict: (period, growth, baseYear, band, left, status) =>
    `${period}: ${growth} a year since ${baseYear} against ${band}${left === '' ? '' : `, ${left}`}: ${status}`,
  verdictNothingYet: (baseYear, band, left, needed, status) =>
    `nothing observed after ${baseYear} yet; ${band}, ${left}${needed === '' ? '' : `: ${needed}`}: ${status}`,
  neededFrom: (rate, period) => `${rate} a year needed from ${period}`,
  onCourseUnless: (rate) => `on course unless the figures fall by more than ${rate} a year`,
  neededFromNow: (rate) => `needed from now on: ${rate} a year`,
  targetLevel: (level, byYear) => `level: ${level} by ${byYear}`,
  note: (note) => `note: ${note}`,
  translatedTexts: 'Who set each target, and its note, translated from English.',
  untranslated: (text) => `${text} (not translated: as the data gives it)`,

  reconciliationTitle: 'Reconciliation',
  nothingToReconcile:
    'Nothing to reconcile: the dataset publishes no figures that bear on each other.',
  reconciliationHeading: (relations, consistent, inconsistent, cannotCheck) =>
    `Reconciliation of ${countOf(relations, 'relation')} between published figures: ${grouped(consistent)} consistent, ${grouped(inconsistent)} inconsistent, ${grouped(cannotCheck)} cannot be checked`,
  verdicts: {
    consistent: 'consistent',
    inconsistent: 'inconsistent',
    'cannot-check': 'cannot-check',
  },
  impliedValues: 'Values implied by the published figures (not published themselves):',
  explanations: ENGLISH_EXPLANATIONS,
  reconcile: {
    checked: (file, statements, relations) =>
      `${file}: ${countOf(statements, 'statement')}, ${countOf(relations, 'relation')} checked`,
    kinds: {
      'parts-sum': 'parts-sum',
      'growth-levels': 'growth-levels',
      'growth-components': 'growth-components',
      share: 'share',
      balance: 'balance',
    },
    statements: (ids) => `statements: ${ids}`,
    cannotCheck: (explanation) => explanation,
    impliedValues: 'Implied values (not stated, derived from the statements):',
    noStatements:
      'Nothing to check: the file has no statements (published growth rates, shares, totals).',
    noRelations: 'No relations to check: the statements share no reporter, partner and period.',
    summary: (consistent, inconsistent, cannotCheck) =>
      `Summary: ${consistent} consistent, ${inconsistent} inconsistent, ${cannotCheck} cannot check.`,
  },

  crossingsHeading: (listed, zones) =>
    `Border crossings: ${listed} listed, ${zones} economic zones listed`,
  againstOfficial: (asOf) => `Against the official count of ${asOf}:`,
  officialRow: (row) =>
    `${row.what}: ${row.official} official, ${row.listed} listed` +
    (row.missing > 0 ? `, ${row.missing} missing` : '') +
    (row.extra > 0 ? `, ${row.extra} more than official` : '') +
    (row.uncertain > 0 ? ` (${row.uncertain} with an uncertain class)` : ''),
  economicZones: 'economic-zones',
  unknownClass: 'unknown',
  classCount: (count, name) => `${grouped(count)} ${name}`,
  classCounts: (system, counts) => `${system}: ${counts.join(', ')}`,
  investmentPriority: 'Investment priority (default weights):',
  rankingMethod: (address) => `How crossings are scored and weighted: ${address}`,
  score: (score) => `score ${score}`,

  localHeading: (pair, measure, hs, currency, from) =>
    `Growth of ${pair} ${measure}${hs} in ${currency} beside ${from}`,
  localColumns: {
    year: 'year',
    value: (measure, currency) => `${measure} (${currency})`,
    rate: (currency, from) => `${currency} per ${from}`,
    growth: (currency) => `y/y ${currency}`,
    rateSource: 'rate source',
  },
  noRate: 'no rate',
  missingRates: (from, currency, years, hint) =>
    `No ${from}–${currency} rate for ${years.join(', ')}: ${hint}.`,
  embeddedRatesHint: (years) =>
    `the embedded table has no sourced rate for ${years === 1 ? 'it' : 'them'} (the guide "Money and periods" lists what it holds); give the rates with --rates <file.json>`,
  fileRatesHint: (years, file) => `add ${years === 1 ? 'it' : 'them'} to ${file}`,
  embeddedRates: 'Annual average rates from the embedded table, each cited:',
  ratesFrom: (file) => `Rates from ${file}.`,
  citation: (id, publisher, title, url) =>
    `${id}: ${publisher}, "${title}"${url === undefined ? '' : ` ${url}`}`,

  economies: {
    columns: {
      code: 'code',
      comtrade: 'Comtrade',
      m49: 'M49',
      kind: 'kind',
      name: 'name',
      notes: 'notes',
    },
    kinds: { country: 'country', aggregate: 'aggregate', area: 'area' },
    uncertain: 'uncertain',
    uncertainNote: (code, note) => `${code} (uncertain): ${note}`,
    count: (economies) =>
      `${economies} economies: a dataset names each by its code; fetch takes the code or the UN Comtrade code.`,
  },
};
