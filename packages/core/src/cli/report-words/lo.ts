import {
  BALANCE_MEASURE_WORDS_LO,
  TRADE_POSITION_WORDS_LO,
} from '../../balance/balance-words-lo.js';
import { FLOW_MARK_WORDS_LO, FLOW_MEASURE_WORDS_LO } from '../../flow/flow-words-lo.js';
import { UNKNOWN_CROSSING_CLASS_LO } from '../../infrastructure/crossing-words-lo.js';
import { TARGET_STATUS_WORDS_LO } from '../../targets/status-words-lo.js';
import { localWhole } from '../local-numbers.js';
import { en } from './en.js';
import { EXPLANATIONS_LO } from './explanations-lo.js';
import type { ReportWords } from './report-words.js';

const MEASURES = FLOW_MEASURE_WORDS_LO;
const SIDE = { export: MEASURES.exports, import: MEASURES.imports } as const;
/** A count in the report's digits for lo: grouped in thousands (`1.234`), as its amounts are. */
const counted = (count: number) => localWhole(count, 'lo');

const VERDICTS = {
  consistent: 'ສອດຄ່ອງ',
  inconsistent: 'ບໍ່ສອດຄ່ອງ',
  'cannot-check': 'ກວດສອບບໍ່ໄດ້',
} as const;

/** The relations counted by verdict, in the report's heading and the reconciliation's summary. */
const verdictCounts = (consistent: number, inconsistent: number, cannotCheck: number) =>
  `${VERDICTS.consistent} ${counted(consistent)}, ${VERDICTS.inconsistent} ${counted(inconsistent)}, ${VERDICTS['cannot-check']} ${counted(cannotCheck)}`;

const IMPLIED_VALUES = 'ມູນຄ່າທີ່ຄິດໄລ່ຈາກຕົວເລກທີ່ປະກາດ (ບໍ່ໄດ້ປະກາດເອງ):';

/** A flow's mark: `uncertain` (not firmly known), `estimated` (the publisher's estimate), `derived`. */
const MARK = { ...FLOW_MARK_WORDS_LO, estimated: 'ຄາດຄະເນ', lowerBound: 'ເປັນຂັ້ນຕ່ຳ' } as const;

const LEVELS = { section: 'ພາກ', chapter: 'ໝວດ', heading: 'ຫົວຂໍ້', subheading: 'ຫົວຂໍ້ຍ່ອຍ' } as const;
/** A text of the data shown as it is, not translated: a target's setter, an economy's note. */
const UNTRANSLATED = (text: string) => `${text} (ບໍ່ໄດ້ແປ: ຕາມຂໍ້ມູນເດີມ)`;

/**
 * The report's words in Lao: the widgets' Lao terms where they have them (ເກີນດຸນ, ຂາດດຸນ,
 * ມູນຄ່າການຄ້າ, ອັດຕາການປົກຄຸມ, ປະມານ); the wording is the project's own and welcomes review
 * by native readers.
 *
 * @example
 * ```ts
 * lo.positions.surplus; //=> 'ເກີນດຸນ'
 * ```
 */
export const lo: ReportWords = {
  locale: 'lo',
  about: (text) => `ປະມານ ${text}`,
  moreThan: (text) => `ຫຼາຍກວ່າ ${text}`,
  atLeast: (text) => `ຢ່າງໜ້ອຍ ${text}`,
  range: (from, to) => `${from} ຫາ ${to}`,
  separator: '; ',
  title: (dataset) => `${dataset} — ບົດລາຍງານ Bilateral`,
  counts: (flows, sources, id) =>
    `${counted(flows)} ຕົວເລກທີ່ປະກາດ ຈາກ ${counted(sources)} ແຫຼ່ງຂໍ້ມູນ (ຊຸດຂໍ້ມູນ "${id}")`,
  measures: MEASURES,
  measureOf: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `ມູນຄ່າການຄ້າ ${reporter} ກັບ ${partner}`
      : measure === 'exports'
        ? `ການສົ່ງອອກຂອງ ${reporter} ໄປ ${partner}`
        : `ການນຳເຂົ້າຂອງ ${reporter} ຈາກ ${partner}`,
  whose: (source) => (source === undefined ? 'ຊຸດຂໍ້ມູນ' : `ແຫຼ່ງຂໍ້ມູນ ${source}`),
  noFlows: (whose) => `${whose} ບໍ່ມີຕົວເລກການຄ້າ`,

  tradeTitle: 'ການຄ້າ',
  noTradeTable: (why) => `ບໍ່ມີຕາຕະລາງການຄ້າ: ${why}.`,
  hs: en.hs,
  tradeHeading: (reporter, partner, hs) =>
    `ການຄ້າທີ່ ${reporter} ລາຍງານ ກັບ ${partner}${hs} (ດຸນການຄ້າ ແລະ ສະຖານະ ຈາກຝ່າຍຜູ້ລາຍງານ)`,
  tradeColumns: {
    period: 'ໄລຍະ',
    exports: MEASURES.exports,
    imports: MEASURES.imports,
    turnover: MEASURES.turnover,
    balance: BALANCE_MEASURE_WORDS_LO.balance,
    cover: BALANCE_MEASURE_WORDS_LO.coverage,
    notes: 'ໝາຍເຫດ',
  },
  positions: TRADE_POSITION_WORDS_LO,
  unknownPosition: 'ບໍ່ຮູ້ວ່າເກີນດຸນ ຫຼື ຂາດດຸນ ຍ້ອນການປັດເສດ',
  flowMark: (flow, mark) => `${SIDE[flow]} ${MARK[mark]}`,
  turnoverLowerBound: `${MEASURES.turnover} ${MARK.lowerBound}`,
  bothFlowsMark: null,
  currenciesDiffer: (exports, imports) => `ສະກຸນເງິນຕ່າງກັນ (${exports}, ${imports})`,
  noTurnover: (why) => `ບໍ່ມີມູນຄ່າການຄ້າ ແລະ ດຸນການຄ້າ: ${why}`,
  fromSources: (sources) => `ຈາກ ${sources}`,
  conflict: {
    exports: 'ຕົວເລກສົ່ງອອກທີ່ປະກາດ ຕ່າງກັນເກີນການປັດເສດ: ມູນຄ່າການຄ້າ ແລະ ດຸນການຄ້າ ແມ່ນຜົນບວກ ແລະ ຜົນລົບຂອງຕົວເລກ',
    imports: 'ຕົວເລກນຳເຂົ້າທີ່ປະກາດ ຕ່າງກັນເກີນການປັດເສດ: ມູນຄ່າການຄ້າ ແລະ ດຸນການຄ້າ ແມ່ນຜົນບວກ ແລະ ຜົນລົບຂອງຕົວເລກ',
    turnover: 'ມູນຄ່າການຄ້າທີ່ປະກາດ ບໍ່ກົງກັບ ສົ່ງອອກ + ນຳເຂົ້າ: ມູນຄ່າການຄ້າ ແລະ ດຸນການຄ້າ ແມ່ນຜົນບວກ ແລະ ຜົນລົບຂອງມັນ',
    turnovers:
      'ມູນຄ່າການຄ້າທີ່ປະກາດຫຼາຍຕົວເລກ ບໍ່ກົງກັບ ສົ່ງອອກ + ນຳເຂົ້າ: ມູນຄ່າການຄ້າ ແລະ ດຸນການຄ້າ ແມ່ນຜົນບວກ ແລະ ຜົນລົບຂອງມັນ',
  },
  turnoverMark: {
    fromSides: 'ມູນຄ່າການຄ້າ ຈາກທຸກຕົວເລກສົ່ງອອກ ແລະ ນຳເຂົ້າທີ່ປະກາດ',
    asPublished: 'ມູນຄ່າການຄ້າ ຕາມທີ່ປະກາດ',
    within: 'ມູນຄ່າການຄ້າ ຢູ່ໃນຂອບເຂດທີ່ປະກາດ',
  },
  balanceMark: {
    fromTurnover: 'ດຸນການຄ້າ ຄິດໄລ່ຈາກມູນຄ່າການຄ້າ',
    fromSides: 'ດຸນການຄ້າ ຄິດໄລ່ຈາກຕົວເລກທີ່ປະກາດ',
  },
  publishedBy: (sources) => `ກັບຕົວເລກທີ່ ${sources} ປະກາດ`,

  growthTitle: 'ການເຕີບໂຕ',
  noGrowthTable: (why) => `ບໍ່ມີຕາຕະລາງການເຕີບໂຕ: ${why}.`,
  growthHeading: (pair, measure, hs, reporter) =>
    `ການເຕີບໂຕຂອງ${MEASURES[measure]} ${pair}${hs} (ຕົວເລກຂອງ ${reporter})`,
  growthColumns: {
    year: 'ປີ',
    computed: 'ທຽບກັບປີກ່ອນ, ຄິດໄລ່',
    published: 'ທຽບກັບປີກ່ອນ, ປະກາດ',
    notes: 'ໝາຍເຫດ',
  },
  onlyMixedCurrencies: (measure, why) =>
    `${MEASURES[measure]} ເທົ່ານັ້ນ: ມູນຄ່າການຄ້າຕ້ອງມີສະກຸນເງິນດຽວ, ແຕ່ຕົວເລກຂອງຄູ່ຫຼັກມີຫຼາຍສະກຸນ (${why})`,
  onlyNoBothSides: (measure) => `${MEASURES[measure]} ເທົ່ານັ້ນ: ບໍ່ມີປີໃດທີ່ມີທັງສົ່ງອອກ ແລະ ນຳເຂົ້າ`,
  onlyFewerYears: (measure, years, turnoverYears) =>
    `${MEASURES[measure]}: ມີຕົວເລກ ${years} ປີ, ມູນຄ່າການຄ້າ (ສົ່ງອອກ + ນຳເຂົ້າ) ພຽງ ${turnoverYears} ປີ`,
  noYearlySeries: 'ຊຸດຂໍ້ມູນບໍ່ມີຕົວເລກສົ່ງອອກ, ນຳເຂົ້າ ຫຼື ມູນຄ່າການຄ້າ ລາຍປີ ຂອງຄູ່ຫຼັກ',
  mixedCurrencies: (why) => `ມູນຄ່າການຄ້າຕ້ອງມີສະກຸນເງິນດຽວ, ແຕ່ຕົວເລກຂອງຄູ່ຫຼັກມີຫຼາຍສະກຸນ (${why})`,
  uncertain: MARK.uncertain,
  derived: (how) => `${MARK.derived}: ${how}`,
  impliedBase: (period, rate) => `ມູນຄ່າ ${period} ÷ (1 + ${rate})`,
  gives: (source, value, difference) => `${source} ໃຫ້ ${value} (${difference})`,
  averageGrowth: (from, to, rate) => `ການເຕີບໂຕສະເລ່ຍ ${from}–${to} (CAGR): ${rate} ຕໍ່ປີ`,
  noAverageFromZero: (measure, from) =>
    `ບໍ່ມີການເຕີບໂຕສະເລ່ຍ: ${MEASURES[measure]} ປີ ${from} ເທົ່າກັບ 0, ແລະ ການເຕີບໂຕຕ້ອງມີພື້ນຖານຫຼາຍກວ່າ 0`,
  noAverage: (from, to, why) => `ບໍ່ມີການເຕີບໂຕສະເລ່ຍ ${from}–${to}: ${why}`,
  commoditiesTitle: 'ຕົວຊີ້ວັດຕາມສິນຄ້າ',
  noCommodities: (why) => `ບໍ່ມີ: ${why}.`,
  commoditiesNotComputed: (why) => `ບໍ່ສາມາດຄິດໄລ່ຕົວຊີ້ວັດຕາມສິນຄ້າ: ${why}`,
  commodities: {
    noCommodityFlows: 'ຊຸດຂໍ້ມູນບໍ່ມີຕົວເລກຕາມສິນຄ້າ',
    notSummed: (why) => `ບໍ່ສາມາດລວມຕົວເລກສິນຄ້າຕາມລະດັບ HS: ${why}`,
    productsHeading: (reporter, flow, partner, period, products, level) =>
      `ສິນຄ້າ${flow === 'export' ? `ສົ່ງອອກຂອງ ${reporter} ໄປ ${partner}` : `ນຳເຂົ້າຂອງ ${reporter} ຈາກ ${partner}`}, ${period} (${counted(products)} ${LEVELS[level]}; ຊື່ຕາມ HS 2022)`,
    productColumns: { code: 'ລະຫັດ', product: 'ສິນຄ້າ', value: 'ມູນຄ່າ', share: 'ສັດສ່ວນ' },
    otherProducts: 'ສິນຄ້າອື່ນໆ',
    noSection: 'ໝວດທີ່ບໍ່ຢູ່ໃນພາກ HS ໃດ (77, 98, 99)',
    bySection: 'ຕາມພາກ HS:',
    hhiNone: (why) => `ລະດັບການກະຈຸກຕົວ (HHI): ບໍ່ມີ — ${why}`,
    hhi: (level, points, of, band) =>
      `ລະດັບການກະຈຸກຕົວ (HHI ຕາມ${LEVELS[level]}): ${points} ຈາກ ${of} — ${band}`,
    hhiBands: {
      unconcentrated: 'ບໍ່ກະຈຸກຕົວ',
      'moderately-concentrated': 'ກະຈຸກຕົວປານກາງ',
      'highly-concentrated': 'ກະຈຸກຕົວສູງ',
    },
    rcaTitle: 'ຄວາມໄດ້ປຽບທຽບທີ່ເປີດເຜີຍ (Balassa)',
    rcaNeedsWorld: (reporter, kind, period, reporters, notOwn) =>
      `ຄິດໄລ່ບໍ່ໄດ້: RCA ຕ້ອງມີການສົ່ງອອກຂອງ ${reporter} ໄປທົ່ວໂລກ (ຄູ່ຄ້າ WLD) ຕາມສິນຄ້າ ${kind === 'year' ? 'ປີ' : 'ໄລຍະ'} ${period} ແລະ ຂອງຜູ້ລາຍງານອື່ນ (ການສົ່ງອອກຂອງໂລກແມ່ນຜົນລວມຂອງມັນ); ຊຸດຂໍ້ມູນມີຜູ້ລາຍງານ ${reporters} ທີ່ມີຕົວເລກນີ້${notOwn ? `, ບໍ່ມີ ${reporter}` : ''}`,
    rcaCurrencies: (currencies) =>
      `ຄິດໄລ່ບໍ່ໄດ້: ການສົ່ງອອກໄປທົ່ວໂລກມີຫຼາຍສະກຸນເງິນ (${currencies}); ໃຫ້ປ່ຽນເປັນສະກຸນດຽວກ່ອນ`,
    rcaWorldSum: (reporters, list) =>
      `ການສົ່ງອອກຂອງໂລກແມ່ນຜົນລວມການສົ່ງອອກໄປທົ່ວໂລກ ຂອງຜູ້ລາຍງານ ${reporters} ໃນຊຸດຂໍ້ມູນ (${list})`,
    notComputable: (why) => `ຄິດໄລ່ບໍ່ໄດ້: ${why}`,
    contributionsTitle: 'ການປະກອບສ່ວນຕໍ່ການເຕີບໂຕ',
    contributionsHeading: (from, period, total) =>
      `ການປະກອບສ່ວນຕໍ່ການເຕີບໂຕ, ${from} → ${period}: ລວມ ${total}`,
    contribution: 'ການປະກອບສ່ວນ',
    noEarlier: (kind, period) => `ບໍ່ມີ${kind === 'year' ? 'ປີ' : 'ໄລຍະ'}ກ່ອນໜ້າ ເພື່ອທຽບກັບ ${period}`,
    noContributions: (from, period, why) => `ບໍ່ມີການປະກອບສ່ວນຕໍ່ການເຕີບໂຕ ${from} → ${period}: ${why}`,
    mirrorHeading: (reporter, partner) =>
      `ຕົວເລກສະທ້ອນ: ${reporter} ແລະ ${partner} ຕາມທີ່ແຕ່ລະຝ່າຍລາຍງານອີກຝ່າຍ`,
    mirrorCount: (period, flows, flagged) =>
      `${period}: ${counted(flows)} ລາຍການ, ${counted(flagged)} ຢູ່ນອກຂອບເຂດ CIF/FOB (⚑)`,
    mirrorNote:
      'ຂອບເຂດ: ນຳເຂົ້າ ÷ ສົ່ງອອກ ລະຫວ່າງ 1,05–1,20, ສ່ວນຕ່າງທີ່ການຕີລາຄາ CIF/FOB ອະທິບາຍໄດ້; ປັບແລ້ວ: ມູນຄ່າຂອງຜູ້ນຳເຂົ້າ ÷ 1,10 (FOB), ຫຼື ຂອງຜູ້ສົ່ງອອກ ເມື່ອຜູ້ນຳເຂົ້າບໍ່ໄດ້ລາຍງານ',
    mirrorOneSide: (reporter, partner) =>
      `ບໍ່ມີການທຽບສະທ້ອນ: ຊຸດຂໍ້ມູນມີແຕ່ຕົວເລກທີ່ ${reporter} ລາຍງານ, ບໍ່ມີຂອງ ${partner}`,
    noMirror: (why) => `ບໍ່ມີການທຽບສະທ້ອນ: ${why}`,
    mirrorColumns: {
      direction: 'ຜູ້ສົ່ງອອກ→ຜູ້ນຳເຂົ້າ',
      exports: 'ສົ່ງອອກ (FOB)',
      imports: 'ນຳເຂົ້າ (CIF)',
      gap: 'ສ່ວນຕ່າງ',
      band: 'ຂອບເຂດ',
      reconciled: 'ປັບແລ້ວ',
    },
    total: 'ລວມ',
    noExportReport: 'ບໍ່ມີລາຍງານສົ່ງອອກ',
    noImportReport: 'ບໍ່ມີລາຍງານນຳເຂົ້າ',
    exportsZero: 'ສົ່ງອອກ 0',
    mirrorBands: { below: 'ຕ່ຳກວ່າ', within: 'ພາຍໃນ', above: 'ສູງກວ່າ' },
    moreFlows: (flows) => `… ອີກ ${counted(flows)} ລາຍການ (ລວມໄລຍະອື່ນ) ໃນ --json`,
  },

  targetsTitle: 'ເປົ້າໝາຍ',
  statuses: TARGET_STATUS_WORDS_LO,
  partialYear: (status) => `${status} (ບໍ່ຄົບປີ)`,
  notEvaluated: 'ບໍ່ໄດ້ປະເມີນ',
  cannotEvaluate: (why) => `ບໍ່ສາມາດປະເມີນ: ${why}`,
  noYearlyMeasure: (whose, flows) => `${whose} ບໍ່ມີຕົວເລກລາຍປີຂອງ${flows}`,
  levelBand: (rate) => `${rate} ຕໍ່ປີ ທີ່ຕ້ອງການເພື່ອບັນລຸລະດັບ`,
  growthBand: (band) => `ເປົ້າໝາຍ ${band} ຕໍ່ປີ`,
  yearsLeft: (years) => `ເຫຼືອ ${years} ປີ`,
  verdictPartial: (period, growth, base, band, status) =>
    `${period}: ${growth} ທຽບກັບ ${base}, ${band}: ${status} (ບໍ່ຄົບປີ)`,
  verdict: (period, growth, baseYear, band, left, status) =>
    `${period}: ${growth} ຕໍ່ປີ ນັບແຕ່ ${baseYear}, ${band}${left === '' ? '' : `, ${left}`}: ${status}`,
  verdictNothingYet: (baseYear, band, left, needed, status) =>
    `ຍັງບໍ່ມີຕົວເລກຫຼັງປີ ${baseYear}; ${band}, ${left}${needed === '' ? '' : `: ${needed}`}: ${status}`,
  neededFrom: (rate, period) => `ຕ້ອງການ ${rate} ຕໍ່ປີ ນັບແຕ່ ${period}`,
  onCourseUnless: (rate) => `ຍັງບັນລຸ, ເວັ້ນເສຍແຕ່ຫຼຸດລົງເກີນ ${rate} ຕໍ່ປີ`,
  neededFromNow: (rate) => `ຕ້ອງການນັບແຕ່ນີ້: ${rate} ຕໍ່ປີ`,
  targetLevel: (level, byYear) => `ລະດັບເປົ້າໝາຍ: ${level} ພາຍໃນປີ ${byYear}`,
  note: (note) => `ໝາຍເຫດ: ${note}`,
  translatedTexts: 'ຜູ້ວາງເປົ້າໝາຍ ແລະ ໝາຍເຫດ ແປຈາກພາສາອັງກິດ.',
  untranslated: UNTRANSLATED,

  reconciliationTitle: 'ການກວດສອບຄວາມສອດຄ່ອງ',
  nothingToReconcile: 'ບໍ່ມີຫຍັງໃຫ້ກວດສອບ: ຊຸດຂໍ້ມູນບໍ່ໄດ້ປະກາດຕົວເລກທີ່ກ່ຽວພັນກັນ.',
  reconciliationHeading: (relations, consistent, inconsistent, cannotCheck) =>
    `ການກວດສອບ ${counted(relations)} ຄວາມສຳພັນ ລະຫວ່າງຕົວເລກທີ່ປະກາດ: ${verdictCounts(consistent, inconsistent, cannotCheck)}`,
  verdicts: VERDICTS,
  impliedValues: IMPLIED_VALUES,
  explanations: EXPLANATIONS_LO,
  reconcile: {
    checked: (file, statements, relations) =>
      `${file}: ຕົວເລກທີ່ປະກາດ ${counted(statements)}, ກວດສອບ ${counted(relations)} ຄວາມສຳພັນ`,
    kinds: {
      'parts-sum': 'ຜົນລວມຂອງສ່ວນ',
      'growth-levels': 'ການເຕີບໂຕ ແລະ ມູນຄ່າ',
      'growth-components': 'ການເຕີບໂຕຂອງສ່ວນ',
      share: 'ສັດສ່ວນ',
      balance: 'ດຸນການຄ້າ',
    },
    statements: (ids) => `ຕົວເລກ: ${ids}`,
    cannotCheck: () => 'ຂາດຕົວເລກທີ່ການກວດສອບນີ້ຕ້ອງການ ຫຼື ຄິດໄລ່ບໍ່ໄດ້; ເຫດຜົນລະອຽດ: ແລ່ນຄືນດ້ວຍ --locale en.',
    impliedValues: IMPLIED_VALUES,
    noStatements: 'ບໍ່ມີຫຍັງໃຫ້ກວດສອບ: ໄຟລ໌ບໍ່ມີຕົວເລກທີ່ປະກາດ (ອັດຕາການເຕີບໂຕ, ສັດສ່ວນ, ຍອດລວມ).',
    noRelations: 'ບໍ່ມີຄວາມສຳພັນໃຫ້ກວດສອບ: ຕົວເລກບໍ່ມີປະເທດລາຍງານ, ຄູ່ຄ້າ ແລະ ໄລຍະເວລາດຽວກັນ.',
    summary: (consistent, inconsistent, cannotCheck) =>
      `ສະຫຼຸບ: ${verdictCounts(consistent, inconsistent, cannotCheck)}.`,
  },

  crossingsHeading: (listed, zones) => `ດ່ານຊາຍແດນ: ໃນລາຍການ ${listed}, ເຂດເສດຖະກິດໃນລາຍການ ${zones}`,
  againstOfficial: (asOf) => `ທຽບກັບຕົວເລກທາງການ ວັນທີ ${asOf}:`,
  officialRow: (row) =>
    `${row.what}: ທາງການ ${row.official}, ໃນລາຍການ ${row.listed}` +
    (row.missing > 0 ? `, ຂາດ ${row.missing}` : '') +
    (row.extra > 0 ? `, ເກີນທາງການ ${row.extra}` : '') +
    (row.uncertain > 0 ? ` (${row.uncertain} ບໍ່ແນ່ນອນປະເພດ)` : ''),
  economicZones: 'ເຂດເສດຖະກິດດ່ານຊາຍແດນ',
  unknownClass: UNKNOWN_CROSSING_CLASS_LO,
  classCount: (count, name) => `${name} ${counted(count)}`,
  classCounts: en.classCounts,
  investmentPriority: 'ບູລິມະສິດການລົງທຶນ (ນ້ຳໜັກມາດຕະຖານ):',
  rankingMethod: (address) => `ວິທີໃຫ້ຄະແນນ ແລະ ນ້ຳໜັກ (ຄູ່ມືເປັນພາສາອັງກິດ): ${address}`,
  score: (score) => `ຄະແນນ ${score}`,

  localHeading: (pair, measure, hs, currency, from) =>
    `ການເຕີບໂຕຂອງ${MEASURES[measure]} ${pair}${hs} ເປັນ ${currency} ຄຽງຄູ່ ${from}`,
  localColumns: {
    year: 'ປີ',
    value: (measure, currency) => `${MEASURES[measure]} (${currency})`,
    rate: (currency, from) => `${currency} ຕໍ່ ${from}`,
    growth: (currency) => `ທຽບກັບປີກ່ອນ ${currency}`,
    rateSource: 'ແຫຼ່ງອັດຕາແລກປ່ຽນ',
  },
  noRate: 'ບໍ່ມີອັດຕາ',
  missingRates: (from, currency, years, hint) =>
    `ບໍ່ມີອັດຕາ ${from}–${currency} ສຳລັບ ${years.join(', ')}: ${hint}.`,
  embeddedRatesHint: () =>
    'ຕາຕະລາງໃນຕົວບໍ່ມີອັດຕາທີ່ມີແຫຼ່ງອ້າງອີງ ສຳລັບປີເຫຼົ່ານີ້ (ຄູ່ມື "Money and periods" ບອກສິ່ງທີ່ມີ); ໃຫ້ອັດຕາດ້ວຍ --rates <file.json>',
  fileRatesHint: (_years, file) => `ເພີ່ມໃສ່ ${file}`,
  embeddedRates: 'ອັດຕາແລກປ່ຽນສະເລ່ຍລາຍປີ ຈາກຕາຕະລາງໃນຕົວ, ແຕ່ລະອັດຕາມີແຫຼ່ງອ້າງອີງ:',
  ratesFrom: (file) => `ອັດຕາຈາກ ${file}.`,
  citation: en.citation,

  economies: {
    columns: {
      code: 'ລະຫັດ',
      comtrade: 'Comtrade',
      m49: 'M49',
      kind: 'ປະເພດ',
      name: 'ຊື່',
      notes: 'ໝາຍເຫດ',
    },
    kinds: { country: 'ປະເທດ/ດິນແດນ', aggregate: 'ກຸ່ມລວມ', area: 'ເຂດພິເສດ' },
    uncertain: MARK.uncertain,
    uncertainNote: (code, note) => `${code} (${MARK.uncertain}): ${UNTRANSLATED(note)}`,
    count: (economies) =>
      `${economies} ເສດຖະກິດ: ຊຸດຂໍ້ມູນເອີ້ນແຕ່ລະເສດຖະກິດດ້ວຍລະຫັດຂອງມັນ; ຄຳສັ່ງ fetch ຮັບລະຫັດນີ້ ຫຼື ລະຫັດ UN Comtrade.`,
  },
};
