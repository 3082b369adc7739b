import {
  BALANCE_MEASURE_WORDS_ZH,
  TRADE_POSITION_WORDS_ZH,
} from '../../balance/balance-words-zh.js';
import {
  FLOW_MARK_WORDS_ZH,
  FLOW_MEASURE_WORDS_ZH,
  HS_CODE_WORD_ZH,
} from '../../flow/flow-words-zh.js';
import { UNKNOWN_CROSSING_CLASS_ZH } from '../../infrastructure/crossing-words-zh.js';
import { TARGET_STATUS_WORDS_ZH } from '../../targets/status-words-zh.js';
import { localWhole } from '../local-numbers.js';
import { EXPLANATIONS_ZH } from './explanations-zh.js';
import { periodZh } from './period-zh.js';
import type { ReportWords } from './report-words.js';

const MEASURES = FLOW_MEASURE_WORDS_ZH;
const SIDE = { export: MEASURES.exports, import: MEASURES.imports } as const;
/** A count in the report's digits for zh: grouped in thousands (`1,234`), as its amounts are. */
const counted = (count: number) => localWhole(count, 'zh');

const VERDICTS = {
  consistent: '一致',
  inconsistent: '不一致',
  'cannot-check': '无法核对',
} as const;

/** The relations counted by verdict, in the report's heading and the reconciliation's summary. */
const verdictCounts = (consistent: number, inconsistent: number, cannotCheck: number) =>
  `${counted(consistent)}项${VERDICTS.consistent}，${counted(inconsistent)}项${VERDICTS.inconsistent}，${counted(cannotCheck)}项${VERDICTS['cannot-check']}`;

const IMPLIED_VALUES = '由公布数据推算的数值（本身未公布）：';

/**
 * A flow's mark after its side (`出口数值不确定`): `uncertain` (not firmly known), `estimated` (the
 * publisher's estimate), `derived` (`为推算`: the predicate 为 before the mark the widgets show).
 */
const MARK = {
  uncertain: FLOW_MARK_WORDS_ZH.uncertain,
  estimated: '为估计数',
  lowerBound: '为下限',
  derived: `为${FLOW_MARK_WORDS_ZH.derived}`,
} as const;

/** A mark both flows carry, after 进出口 (`进出口数值均不确定`): 均, 'both', before the predicate. */
const BOTH_MARK = {
  uncertain: '数值均不确定',
  estimated: `均${MARK.estimated}`,
  lowerBound: `均${MARK.lowerBound}`,
  derived: `均${MARK.derived}`,
} as const;

const LEVELS = { section: '类', chapter: '章', heading: '品目', subheading: '子目' } as const;
/** A text of the data shown as it is, not translated: a target's setter, an economy's note. */
const UNTRANSLATED = (text: string) => `${text}（未翻译，照录数据原文）`;

/**
 * The report's words in Chinese (simplified): the widgets' terms for the same ideas (顺差, 逆差,
 * 贸易额, 出口覆盖率, 约); the wording is the project's own and welcomes review.
 *
 * @example
 * ```ts
 * zh.tradeHeading('老挝', '中国', '');
 * //=> '老挝报告的对中国贸易（差额及顺逆差按报告方计算）'
 * ```
 */
export const zh: ReportWords = {
  locale: 'zh',
  about: (text) => `约${text}`,
  moreThan: (text) => `超过${text}`,
  atLeast: (text) => `至少${text}`,
  range: (from, to) => `${from}至${to}`,
  separator: '；',
  title: (dataset) => `${dataset} — Bilateral 报告`,
  counts: (flows, sources, id) =>
    `${counted(flows)}个公布数据，来自${counted(sources)}个来源（数据集“${id}”）`,
  measures: MEASURES,
  measureOf: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `${reporter}与${partner}的贸易额`
      : measure === 'exports'
        ? `${reporter}对${partner}的出口`
        : `${reporter}自${partner}的进口`,
  whose: (source) => (source === undefined ? '数据集' : `来源${source}`),
  noFlows: (whose) => `${whose}没有贸易数据`,

  tradeTitle: '贸易',
  noTradeTable: (why) => `无贸易表：${why}。`,
  hs: (code, name) => `（${HS_CODE_WORD_ZH}${code}${name === null ? '' : `：${name}`}）`,
  tradeHeading: (reporter, partner, hs) =>
    `${reporter}报告的对${partner}贸易${hs}（差额及顺逆差按报告方计算）`,
  tradeColumns: {
    period: '时期',
    exports: MEASURES.exports,
    imports: MEASURES.imports,
    turnover: MEASURES.turnover,
    balance: BALANCE_MEASURE_WORDS_ZH.balance,
    cover: BALANCE_MEASURE_WORDS_ZH.coverage,
    notes: '备注',
  },
  positions: TRADE_POSITION_WORDS_ZH,
  unknownPosition: '因四舍五入，顺差或逆差不明',
  flowMark: (flow, mark) => `${SIDE[flow]}${MARK[mark]}`,
  turnoverLowerBound: `${MEASURES.turnover}${MARK.lowerBound}`,
  bothFlowsMark: (mark) => `进出口${BOTH_MARK[mark]}`,
  currenciesDiffer: (exports, imports) => `币种不同（${exports}、${imports}）`,
  noTurnover: (why) => `无贸易额和差额：${why}`,
  fromSources: (sources) => `来自${sources}`,
  conflict: {
    exports: '公布的出口数相差超出四舍五入范围：贸易额和差额为各数据之和与差',
    imports: '公布的进口数相差超出四舍五入范围：贸易额和差额为各数据之和与差',
    turnover: '公布的贸易额与出口+进口不符：贸易额和差额为二者之和与差',
    turnovers: '公布的多个贸易额与出口+进口不符：贸易额和差额为二者之和与差',
  },
  turnoverMark: {
    fromSides: '贸易额依据所有公布的出口和进口数',
    asPublished: '贸易额为公布数',
    within: '贸易额在公布数范围内',
  },
  balanceMark: { fromTurnover: '差额据贸易额推算', fromSides: '差额据公布数推算' },
  publishedBy: (sources) => `采用${sources}公布的数据`,

  growthTitle: '增长',
  noGrowthTable: (why) => `无增长表：${why}。`,
  growthHeading: (pair, measure, hs, reporter) =>
    `${pair}${MEASURES[measure]}增长${hs}（${reporter}数据）`,
  growthColumns: {
    year: '年份',
    computed: '同比（计算）',
    published: '同比（公布）',
    notes: '备注',
  },
  onlyMixedCurrencies: (measure, why) =>
    `仅${MEASURES[measure]}：贸易额须为单一币种，而主要贸易伙伴的数据涉及多种币种（${why}）`,
  onlyNoBothSides: (measure) => `仅${MEASURES[measure]}：没有同时有出口和进口数据的年份`,
  onlyFewerYears: (measure, years, turnoverYears) =>
    `${MEASURES[measure]}：有${years}年的数据，贸易额（出口+进口）仅有${turnoverYears}年`,
  noYearlySeries: '数据集没有主要贸易伙伴的年度出口、进口或贸易额',
  mixedCurrencies: (why) => `贸易额须为单一币种，而主要贸易伙伴的数据涉及多种币种（${why}）`,
  uncertain: FLOW_MARK_WORDS_ZH.uncertain,
  derived: (how) => `${FLOW_MARK_WORDS_ZH.derived}：${how}`,
  impliedBase: (period, rate) => `${periodZh(period)}数值 ÷ (1 + ${rate})`,
  gives: (source, value, difference) => `${source}为${value}（${difference}）`,
  averageGrowth: (from, to, rate) => `${from}–${to}年均增长（CAGR）：每年${rate}`,
  noAverageFromZero: (measure, from) =>
    `无年均增长：${from}年${MEASURES[measure]}为0，增长须以大于0的基数计算`,
  noAverage: (from, to, why) => `${from}–${to}无年均增长：${why}`,
  commoditiesTitle: '商品指标',
  noCommodities: (why) => `无：${why}。`,
  commoditiesNotComputed: (why) => `无法计算商品指标：${why}`,
  commodities: {
    noCommodityFlows: '数据集没有商品层面的数据',
    notSummed: (why) => `商品数据无法按HS层级汇总：${why}`,
    productsHeading: (reporter, flow, partner, period, products, level) =>
      `${periodZh(period)}${reporter}${flow === 'export' ? `对${partner}出口` : `自${partner}进口`}的商品（${counted(products)}个${LEVELS[level]}；HS 2022名称）`,
    productColumns: { code: '编码', product: '商品', value: '金额', share: '占比' },
    otherProducts: '其他商品',
    noSection: '不属于任何HS类的章（77、98、99）',
    bySection: '按HS类：',
    hhiNone: (why) => `集中度（HHI）：无 — ${why}`,
    hhi: (level, points, of, band) =>
      `集中度（按${LEVELS[level]}的HHI）：${points}/${of} — ${band}`,
    hhiBands: {
      unconcentrated: '不集中',
      'moderately-concentrated': '中度集中',
      'highly-concentrated': '高度集中',
    },
    rcaTitle: '显性比较优势（Balassa）',
    rcaNeedsWorld: (reporter, kind, period, reporters, notOwn) =>
      `无法计算：RCA需要${reporter}${kind === 'year' ? `${period}年` : `在${period}`}按商品对世界（伙伴WLD）的出口及其他报告方的出口（世界出口为其总和）；数据集中有此类数据的报告方为${reporters}个${notOwn ? `，不含${reporter}` : ''}`,
    rcaCurrencies: (currencies) =>
      `无法计算：对世界的出口涉及多种币种（${currencies}）；请先换算为同一币种`,
    rcaWorldSum: (reporters, list) =>
      `世界出口为数据集中${reporters}个报告方对世界出口之和（${list}）`,
    notComputable: (why) => `无法计算：${why}`,
    contributionsTitle: '增长贡献',
    contributionsHeading: (from, period, total) => `增长贡献，${from} → ${period}：合计${total}`,
    contribution: '贡献',
    noEarlier: (kind, period) => `没有可与${period}比较的更早${kind === 'year' ? '年份' : '时期'}`,
    noContributions: (from, period, why) => `无增长贡献 ${from} → ${period}：${why}`,
    mirrorHeading: (reporter, partner) => `镜像数据：${reporter}和${partner}各自报告的对方数据`,
    mirrorCount: (period, flows, flagged) =>
      `${period}：${counted(flows)}项，${counted(flagged)}项超出CIF/FOB区间（⚑）`,
    mirrorNote:
      '区间：进口 ÷ 出口在1.05–1.20之间，即CIF/FOB计价可解释的差异；调整值：进口方数值 ÷ 1.10（FOB），进口方未报告时取出口方数值',
    mirrorOneSide: (reporter, partner) =>
      `无镜像比较：数据集只有${reporter}报告的数据，没有${partner}的`,
    noMirror: (why) => `无镜像比较：${why}`,
    mirrorColumns: {
      direction: '出口方→进口方',
      exports: '出口（FOB）',
      imports: '进口（CIF）',
      gap: '差距',
      band: '区间',
      reconciled: '调整值',
    },
    total: '合计',
    noExportReport: '无出口报告',
    noImportReport: '无进口报告',
    exportsZero: '出口为0',
    mirrorBands: { below: '低于', within: '区间内', above: '高于' },
    moreFlows: (flows) => `… 另有${counted(flows)}项（含其他时期）见 --json`,
  },

  targetsTitle: '目标',
  statuses: TARGET_STATUS_WORDS_ZH,
  partialYear: (status) => `${status}（非全年）`,
  notEvaluated: '未评估',
  cannotEvaluate: (why) => `无法评估：${why}`,
  noYearlyMeasure: (whose, flows) => `${whose}没有${flows}的年度数据`,
  levelBand: (rate) => `每年${rate}（达到目标水平所需）`,
  growthBand: (band) => `每年${band}的区间`,
  yearsLeft: (years) => `尚余${years}年`,
  verdictPartial: (period, growth, base, band, status) =>
    `${period}：较${base}增长${growth}，目标为${band}：${status}（非全年）`,
  verdict: (period, growth, baseYear, band, left, status) =>
    `${period}：自${baseYear}年以来每年${growth}，目标为${band}${left === '' ? '' : `，${left}`}：${status}`,
  verdictNothingYet: (baseYear, band, left, needed, status) =>
    `${baseYear}年之后尚无数据；目标为${band}，${left}${needed === '' ? '' : `：${needed}`}：${status}`,
  neededFrom: (rate, period) => `自${period}起每年需${rate}`,
  onCourseUnless: (rate) => `除非每年下降超过${rate}，仍可达成`,
  neededFromNow: (rate) => `今后所需：每年${rate}`,
  targetLevel: (level, byYear) => `目标水平：${byYear}年达到${level}`,
  note: (note) => `注：${note}`,
  translatedTexts: '目标的提出方和注释译自英文。',
  untranslated: UNTRANSLATED,

  reconciliationTitle: '数据核对',
  nothingToReconcile: '无需核对：数据集没有相互关联的公布数据。',
  reconciliationHeading: (relations, consistent, inconsistent, cannotCheck) =>
    `公布数据之间${counted(relations)}项关系的核对：${verdictCounts(consistent, inconsistent, cannotCheck)}`,
  verdicts: VERDICTS,
  impliedValues: IMPLIED_VALUES,
  explanations: EXPLANATIONS_ZH,
  reconcile: {
    checked: (file, statements, relations) =>
      `${file}：${counted(statements)}项公布数据，核对了${counted(relations)}项关系`,
    kinds: {
      'parts-sum': '分项之和',
      'growth-levels': '增长率与金额',
      'growth-components': '分项增长率',
      share: '占比',
      balance: '差额',
    },
    statements: (ids) => `数据：${ids}`,
    cannotCheck: () => '缺少此项核对所需的数据，或无法推算；具体原因请用 --locale en 重新运行。',
    impliedValues: IMPLIED_VALUES,
    noStatements: '无需核对：文件中没有公布数据（增长率、占比、总额）。',
    noRelations: '没有可核对的关系：各项数据的报告方、伙伴方和时期互不相同。',
    summary: (consistent, inconsistent, cannotCheck) =>
      `合计：${verdictCounts(consistent, inconsistent, cannotCheck)}。`,
  },

  crossingsHeading: (listed, zones) => `边境口岸：已列出${listed}个，已列出经济区${zones}个`,
  againstOfficial: (asOf) => `与${asOf}官方数量对比：`,
  officialRow: (row) =>
    `${row.what}：官方${row.official}个，已列出${row.listed}个` +
    (row.missing > 0 ? `，缺少${row.missing}个` : '') +
    (row.extra > 0 ? `，多于官方${row.extra}个` : '') +
    (row.uncertain > 0 ? `（${row.uncertain}个类别不确定）` : ''),
  economicZones: '口岸经济区',
  unknownClass: UNKNOWN_CROSSING_CLASS_ZH,
  classCount: (count, name) => `${name}${counted(count)}个`,
  classCounts: (system, counts) => `${system}：${counts.join('、')}`,
  investmentPriority: '投资优先顺序（默认权重）：',
  rankingMethod: (address) => `评分方法和权重说明（英文）：${address}`,
  score: (score) => `得分${score}`,

  localHeading: (pair, measure, hs, currency, from) =>
    `${pair}${MEASURES[measure]}增长${hs}，以${currency}与${from}对照`,
  localColumns: {
    year: '年份',
    value: (measure, currency) => `${MEASURES[measure]}（${currency}）`,
    rate: (currency, from) => `${currency}/${from}`,
    growth: (currency) => `同比（${currency}）`,
    rateSource: '汇率来源',
  },
  noRate: '无汇率',
  missingRates: (from, currency, years, hint) =>
    `${years.map(periodZh).join('、')}没有${from}–${currency}汇率：${hint}。`,
  embeddedRatesHint: () =>
    '内置汇率表没有这些年份有出处的汇率（指南“Money and periods”列出其内容）；请用 --rates <file.json> 提供汇率',
  fileRatesHint: (_years, file) => `请将其添加到${file}`,
  embeddedRates: '内置汇率表的年平均汇率，均注明出处：',
  ratesFrom: (file) => `汇率来自${file}。`,
  citation: (id, publisher, title, url) =>
    `${id}：${publisher}，“${title}”${url === undefined ? '' : ` ${url}`}`,

  economies: {
    columns: {
      code: '代码',
      comtrade: 'Comtrade',
      m49: 'M49',
      kind: '类别',
      name: '名称',
      notes: '备注',
    },
    kinds: { country: '国家或地区', aggregate: '汇总', area: '特殊区域' },
    uncertain: '不确定',
    uncertainNote: (code, note) => `${code}（不确定）：${UNTRANSLATED(note)}`,
    count: (economies) =>
      `共${economies}个经济体：数据集以代码指称各经济体；fetch 命令接受该代码或 UN Comtrade 代码。`,
  },
};
