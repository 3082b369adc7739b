import {
  BALANCE_MEASURE_WORDS_VI,
  TRADE_POSITION_WORDS_VI,
} from '../../balance/balance-words-vi.js';
import { FLOW_MARK_WORDS_VI, FLOW_MEASURE_WORDS_VI } from '../../flow/flow-words-vi.js';
import { UNKNOWN_CROSSING_CLASS_VI } from '../../infrastructure/crossing-words-vi.js';
import { TARGET_STATUS_WORDS_VI } from '../../targets/status-words-vi.js';
import { localWhole } from '../local-numbers.js';
import { en } from './en.js';
import { EXPLANATIONS_VI } from './explanations-vi.js';
import type { ReportWords } from './report-words.js';

/** A count in the report's digits for vi: grouped in thousands (`1.234`), as its amounts are. */
const counted = (count: number) => localWhole(count, 'vi');

const VERDICTS = {
  consistent: 'khớp',
  inconsistent: 'không khớp',
  'cannot-check': 'không kiểm tra được',
} as const;

/** The relations counted by verdict, in the report's heading and the reconciliation's summary. */
const verdictCounts = (consistent: number, inconsistent: number, cannotCheck: number) =>
  `${counted(consistent)} ${VERDICTS.consistent}, ${counted(inconsistent)} ${VERDICTS.inconsistent}, ${counted(cannotCheck)} ${VERDICTS['cannot-check']}`;

const IMPLIED_VALUES = 'Giá trị suy ra từ các số liệu công bố (bản thân không được công bố):';

/**
 * Names the widgets show standing alone, each written as `write` gives it for the report (plain
 * text, after a colon or within a line).
 */
const written = <K extends string>(
  names: Readonly<Record<K, string>>,
  write: (name: string) => string,
) =>
  Object.fromEntries(
    Object.entries<string>(names).map(([key, name]) => [key, write(name)]),
  ) as Record<K, string>;
/** In lower case: `Vượt tiến độ`, `Kim ngạch` on the card; `vượt tiến độ`, `kim ngạch` here. */
const lowerCase = (name: string) => name.toLocaleLowerCase('vi');

/** A target's statuses, after a colon. */
const STATUSES = written(TARGET_STATUS_WORDS_VI, lowerCase);
const MEASURES = written(FLOW_MEASURE_WORDS_VI, lowerCase);
const BALANCE_MEASURES = written(BALANCE_MEASURE_WORDS_VI, lowerCase);
/**
 * A balance's positions in plain text: the card joins `xuất siêu`'s and `nhập siêu`'s syllables
 * with a no-break space, the report with an ordinary one.
 */
const POSITIONS = written(TRADE_POSITION_WORDS_VI, (name) => name.replaceAll('\u00a0', ' '));

const SIDE = { export: MEASURES.exports, import: MEASURES.imports } as const;
/** A flow's mark: `uncertain` (not firmly known), `estimated` (the publisher's estimate), `derived`. */
const MARK = {
  ...FLOW_MARK_WORDS_VI,
  estimated: 'ước tính',
  lowerBound: 'là mức tối thiểu',
} as const;

const LEVELS = {
  section: 'phần',
  chapter: 'chương',
  heading: 'nhóm',
  subheading: 'phân nhóm',
} as const;
/** A text of the data shown as it is, not translated: a target's setter, an economy's note. */
const UNTRANSLATED = (text: string) => `${text} (chưa dịch: nguyên văn của dữ liệu)`;

/**
 * The report's words in Vietnamese: the widgets' terms for the same ideas (xuất siêu, nhập siêu,
 * kim ngạch, tỷ lệ bù đắp, khoảng); the wording is the project's own and welcomes review.
 *
 * @example
 * ```ts
 * vi.tradeHeading('Việt Nam', 'Lào', '');
 * //=> 'Thương mại với Lào theo số liệu của Việt Nam (cán cân, xuất siêu hay nhập siêu tính theo phía Việt Nam)'
 * ```
 */
export const vi: ReportWords = {
  locale: 'vi',
  about: (text) => `khoảng ${text}`,
  moreThan: (text) => `hơn ${text}`,
  atLeast: (text) => `ít nhất ${text}`,
  range: (from, to) => `${from} đến ${to}`,
  separator: '; ',
  title: (dataset) => `${dataset} — Báo cáo Bilateral`,
  counts: (flows, sources, id) =>
    `${counted(flows)} số liệu công bố từ ${counted(sources)} nguồn (bộ dữ liệu "${id}")`,
  measures: MEASURES,
  measureOf: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `kim ngạch thương mại của ${reporter} với ${partner}`
      : measure === 'exports'
        ? `xuất khẩu của ${reporter} sang ${partner}`
        : `nhập khẩu của ${reporter} từ ${partner}`,
  whose: (source) => (source === undefined ? 'bộ dữ liệu' : `nguồn ${source}`),
  noFlows: (whose) => `${whose} không có số liệu thương mại`,

  tradeTitle: 'Thương mại',
  noTradeTable: (why) => `Không có bảng thương mại: ${why}.`,
  hs: en.hs,
  tradeHeading: (reporter, partner, hs) =>
    `Thương mại với ${partner}${hs} theo số liệu của ${reporter} (cán cân, xuất siêu hay nhập siêu tính theo phía ${reporter})`,
  tradeColumns: {
    period: 'kỳ',
    exports: MEASURES.exports,
    imports: MEASURES.imports,
    turnover: MEASURES.turnover,
    balance: BALANCE_MEASURES.balance,
    cover: BALANCE_MEASURES.coverage,
    notes: 'ghi chú',
  },
  positions: POSITIONS,
  unknownPosition: 'chưa rõ xuất siêu hay nhập siêu do làm tròn số',
  flowMark: (flow, mark) => `${SIDE[flow]} ${MARK[mark]}`,
  turnoverLowerBound: `${MEASURES.turnover} ${MARK.lowerBound}`,
  bothFlowsMark: (mark) => `xuất nhập khẩu đều ${MARK[mark]}`,
  currenciesDiffer: (exports, imports) => `khác loại tiền (${exports}, ${imports})`,
  noTurnover: (why) => `không có kim ngạch và cán cân: ${why}`,
  fromSources: (sources) => `theo ${sources}`,
  conflict: {
    exports:
      'các số xuất khẩu công bố chênh lệch quá mức làm tròn: kim ngạch và cán cân là tổng và hiệu của các số liệu',
    imports:
      'các số nhập khẩu công bố chênh lệch quá mức làm tròn: kim ngạch và cán cân là tổng và hiệu của các số liệu',
    turnover:
      'kim ngạch công bố không khớp với xuất khẩu + nhập khẩu: kim ngạch và cán cân là tổng và hiệu của chúng',
    turnovers:
      'các kim ngạch công bố không khớp với xuất khẩu + nhập khẩu: kim ngạch và cán cân là tổng và hiệu của chúng',
  },
  turnoverMark: {
    fromSides: 'kim ngạch theo mọi số xuất khẩu và nhập khẩu công bố',
    asPublished: 'kim ngạch theo số công bố',
    within: 'kim ngạch trong khoảng số công bố',
  },
  balanceMark: {
    fromTurnover: 'cán cân suy ra từ kim ngạch',
    fromSides: 'cán cân suy ra từ các số công bố',
  },
  publishedBy: (sources) => `với số liệu do ${sources} công bố`,

  growthTitle: 'Tăng trưởng',
  noGrowthTable: (why) => `Không có bảng tăng trưởng: ${why}.`,
  growthHeading: (pair, measure, hs, reporter) =>
    `Tăng trưởng ${measure === 'turnover' ? 'kim ngạch thương mại' : MEASURES[measure]} ${pair}${hs} (số liệu của ${reporter})`,
  growthColumns: {
    year: 'năm',
    computed: 'so cùng kỳ (tính toán)',
    published: 'so cùng kỳ (công bố)',
    notes: 'ghi chú',
  },
  onlyMixedCurrencies: (measure, why) =>
    `chỉ ${MEASURES[measure]}: kim ngạch cần một loại tiền, mà số liệu của cặp chính ở nhiều loại tiền (${why})`,
  onlyNoBothSides: (measure) =>
    `chỉ ${MEASURES[measure]}: không năm nào có cả xuất khẩu và nhập khẩu`,
  onlyFewerYears: (measure, years, turnoverYears) =>
    `${MEASURES[measure]}: có số liệu ${years} năm, kim ngạch (xuất khẩu + nhập khẩu) chỉ ${turnoverYears} năm`,
  noYearlySeries:
    'bộ dữ liệu không có số xuất khẩu, nhập khẩu hay kim ngạch theo năm cho cặp chính',
  mixedCurrencies: (why) =>
    `kim ngạch cần một loại tiền, mà số liệu của cặp chính ở nhiều loại tiền (${why})`,
  uncertain: MARK.uncertain,
  derived: (how) => `${MARK.derived}: ${how}`,
  impliedBase: (period, rate) => `giá trị ${period} ÷ (1 + ${rate})`,
  gives: (source, value, difference) => `${source} cho ${value} (${difference})`,
  averageGrowth: (from, to, rate) => `Tăng trưởng bình quân ${from}–${to} (CAGR): ${rate} mỗi năm`,
  noAverageFromZero: (measure, from) =>
    `không có tăng trưởng bình quân: ${MEASURES[measure]} năm ${from} bằng 0, mà tăng trưởng cần gốc lớn hơn 0`,
  noAverage: (from, to, why) => `không có tăng trưởng bình quân ${from}–${to}: ${why}`,
  commoditiesTitle: 'Chỉ số theo mặt hàng',
  noCommodities: (why) => `Không có: ${why}.`,
  commoditiesNotComputed: (why) => `không tính được các chỉ số theo mặt hàng: ${why}`,
  commodities: {
    noCommodityFlows: 'bộ dữ liệu không có số liệu theo mặt hàng',
    notSummed: (why) => `không cộng được số liệu mặt hàng theo cấp HS: ${why}`,
    productsHeading: (reporter, flow, partner, period, products, level) =>
      `Mặt hàng ${flow === 'export' ? `xuất khẩu của ${reporter} sang ${partner}` : `nhập khẩu của ${reporter} từ ${partner}`}, ${period} (${counted(products)} ${LEVELS[level]}; tên theo HS 2022)`,
    productColumns: { code: 'mã', product: 'mặt hàng', value: 'trị giá', share: 'tỷ trọng' },
    otherProducts: 'các mặt hàng khác',
    noSection: 'các chương không thuộc phần HS nào (77, 98, 99)',
    bySection: 'Theo phần HS:',
    hhiNone: (why) => `Mức độ tập trung (HHI): không có — ${why}`,
    hhi: (level, points, of, band) =>
      `Mức độ tập trung (HHI theo ${LEVELS[level]}): ${points} trên ${of} — ${band}`,
    hhiBands: {
      unconcentrated: 'không tập trung',
      'moderately-concentrated': 'tập trung vừa phải',
      'highly-concentrated': 'tập trung cao',
    },
    rcaTitle: 'Lợi thế so sánh hiện hữu (Balassa)',
    rcaNeedsWorld: (reporter, kind, period, reporters, notOwn) =>
      `không tính được: RCA cần số xuất khẩu của ${reporter} ra thế giới (đối tác WLD) theo mặt hàng ${kind === 'year' ? 'năm' : 'kỳ'} ${period} và của các nước báo cáo khác (xuất khẩu của thế giới là tổng của chúng); bộ dữ liệu có ${reporters} nước báo cáo có số liệu này${notOwn ? `, không có ${reporter}` : ''}`,
    rcaCurrencies: (currencies) =>
      `không tính được: xuất khẩu ra thế giới ở nhiều loại tiền (${currencies}); hãy quy đổi về một loại trước`,
    rcaWorldSum: (reporters, list) =>
      `xuất khẩu của thế giới là tổng xuất khẩu ra thế giới của ${reporters} nước báo cáo trong bộ dữ liệu (${list})`,
    notComputable: (why) => `không tính được: ${why}`,
    contributionsTitle: 'Đóng góp vào tăng trưởng',
    contributionsHeading: (from, period, total) =>
      `Đóng góp vào tăng trưởng, ${from} → ${period}: tổng ${total}`,
    contribution: 'đóng góp',
    noEarlier: (kind, period) =>
      `không có ${kind === 'year' ? 'năm' : 'kỳ'} trước để so sánh với ${period}`,
    noContributions: (from, period, why) =>
      `không có đóng góp vào tăng trưởng ${from} → ${period}: ${why}`,
    mirrorHeading: (reporter, partner) =>
      `Số liệu đối xứng: ${reporter} và ${partner} theo báo cáo của mỗi bên về bên kia`,
    mirrorCount: (period, flows, flagged) =>
      `${period}: ${counted(flows)} dòng, ${counted(flagged)} nằm ngoài khoảng CIF/FOB (⚑)`,
    mirrorNote:
      'khoảng: nhập khẩu ÷ xuất khẩu trong 1,05–1,20, mức chênh do định giá CIF/FOB; đối chiếu: trị giá của nước nhập khẩu ÷ 1,10 (FOB), hoặc của nước xuất khẩu khi nước nhập khẩu không báo cáo',
    mirrorOneSide: (reporter, partner) =>
      `không có so sánh đối xứng: bộ dữ liệu chỉ có số liệu do ${reporter} báo cáo, không có của ${partner}`,
    noMirror: (why) => `không có so sánh đối xứng: ${why}`,
    mirrorColumns: {
      direction: 'nước xuất→nước nhập',
      exports: 'xuất khẩu (FOB)',
      imports: 'nhập khẩu (CIF)',
      gap: 'chênh lệch',
      band: 'khoảng',
      reconciled: 'đối chiếu',
    },
    total: 'tổng',
    noExportReport: 'không có báo cáo xuất khẩu',
    noImportReport: 'không có báo cáo nhập khẩu',
    exportsZero: 'xuất khẩu bằng 0',
    mirrorBands: { below: 'dưới', within: 'trong', above: 'trên' },
    moreFlows: (flows) => `… thêm ${counted(flows)} dòng (cả các kỳ khác) trong --json`,
  },

  targetsTitle: 'Mục tiêu',
  statuses: STATUSES,
  partialYear: (status) => `${status} (chưa trọn năm)`,
  notEvaluated: 'chưa đánh giá',
  cannotEvaluate: (why) => `không đánh giá được: ${why}`,
  noYearlyMeasure: (whose, flows) => `${whose} không có số liệu ${flows} theo năm`,
  levelBand: (rate) => `mức ${rate} mỗi năm cần để đạt mục tiêu`,
  growthBand: (band) => `mục tiêu ${band} mỗi năm`,
  yearsLeft: (years) => `còn ${years} năm`,
  verdictPartial: (period, growth, base, band, status) =>
    `${period}: ${growth} so với ${base}, ${band}: ${status} (chưa trọn năm)`,
  verdict: (period, growth, baseYear, band, left, status) =>
    `${period}: ${growth} mỗi năm kể từ ${baseYear}, ${band}${left === '' ? '' : `, ${left}`}: ${status}`,
  verdictNothingYet: (baseYear, band, left, needed, status) =>
    `chưa có số liệu sau năm ${baseYear}; ${band}, ${left}${needed === '' ? '' : `: ${needed}`}: ${status}`,
  neededFrom: (rate, period) => `cần ${rate} mỗi năm từ ${period}`,
  onCourseUnless: (rate) => `vẫn đạt, trừ khi giảm hơn ${rate} mỗi năm`,
  neededFromNow: (rate) => `cần từ nay: ${rate} mỗi năm`,
  targetLevel: (level, byYear) => `mức mục tiêu: ${level} vào năm ${byYear}`,
  note: (note) => `ghi chú: ${note}`,
  translatedTexts: 'Bên đề ra mục tiêu và ghi chú được dịch từ tiếng Anh.',
  untranslated: UNTRANSLATED,

  reconciliationTitle: 'Đối chiếu',
  nothingToReconcile:
    'Không có gì để đối chiếu: bộ dữ liệu không công bố số liệu liên quan đến nhau.',
  reconciliationHeading: (relations, consistent, inconsistent, cannotCheck) =>
    `Đối chiếu ${counted(relations)} quan hệ giữa các số liệu công bố: ${verdictCounts(consistent, inconsistent, cannotCheck)}`,
  verdicts: VERDICTS,
  impliedValues: IMPLIED_VALUES,
  explanations: EXPLANATIONS_VI,
  reconcile: {
    checked: (file, statements, relations) =>
      `${file}: ${counted(statements)} số liệu công bố, đã đối chiếu ${counted(relations)} quan hệ`,
    kinds: {
      'parts-sum': 'tổng các phần',
      'growth-levels': 'tăng trưởng và giá trị',
      'growth-components': 'tăng trưởng các phần',
      share: 'tỷ trọng',
      balance: 'cán cân',
    },
    statements: (ids) => `số liệu: ${ids}`,
    cannotCheck: () =>
      'Thiếu một số liệu cần cho phép đối chiếu này, hoặc không suy ra được; lý do cụ thể: chạy lại với --locale en.',
    impliedValues: IMPLIED_VALUES,
    noStatements:
      'Không có gì để đối chiếu: tệp không có số liệu công bố nào (tốc độ tăng trưởng, tỷ trọng, tổng kim ngạch).',
    noRelations:
      'Không có quan hệ nào để đối chiếu: các số liệu không cùng nước báo cáo, đối tác và kỳ.',
    summary: (consistent, inconsistent, cannotCheck) =>
      `Tổng cộng: ${verdictCounts(consistent, inconsistent, cannotCheck)}.`,
  },

  crossingsHeading: (listed, zones) =>
    `Cửa khẩu biên giới: ${listed} trong danh sách, ${zones} khu kinh tế trong danh sách`,
  againstOfficial: (asOf) => `So với số liệu chính thức ngày ${asOf}:`,
  officialRow: (row) =>
    `${row.what}: ${row.official} chính thức, ${row.listed} trong danh sách` +
    (row.missing > 0 ? `, còn thiếu ${row.missing}` : '') +
    (row.extra > 0 ? `, nhiều hơn chính thức ${row.extra}` : '') +
    (row.uncertain > 0 ? ` (${row.uncertain} chưa chắc về loại)` : ''),
  economicZones: 'khu kinh tế cửa khẩu',
  unknownClass: UNKNOWN_CROSSING_CLASS_VI,
  classCount: (count, name) => `${counted(count)} ${name}`,
  classCounts: en.classCounts,
  investmentPriority: 'Ưu tiên đầu tư (trọng số mặc định):',
  rankingMethod: (address) => `Cách chấm điểm và trọng số (hướng dẫn bằng tiếng Anh): ${address}`,
  score: (score) => `điểm ${score}`,

  localHeading: (pair, measure, hs, currency, from) =>
    `Tăng trưởng ${measure === 'turnover' ? 'kim ngạch thương mại' : MEASURES[measure]} ${pair}${hs} bằng ${currency} bên cạnh ${from}`,
  localColumns: {
    year: 'năm',
    value: (measure, currency) => `${MEASURES[measure]} (${currency})`,
    rate: (currency, from) => `${currency} mỗi ${from}`,
    growth: (currency) => `so cùng kỳ ${currency}`,
    rateSource: 'nguồn tỷ giá',
  },
  noRate: 'không có tỷ giá',
  missingRates: (from, currency, years, hint) =>
    `Không có tỷ giá ${from}–${currency} cho ${years.join(', ')}: ${hint}.`,
  embeddedRatesHint: () =>
    'bảng tích hợp không có tỷ giá có nguồn cho các năm này (hướng dẫn "Money and periods" liệt kê những gì bảng có); hãy cung cấp tỷ giá bằng --rates <file.json>',
  fileRatesHint: (_years, file) => `hãy bổ sung vào ${file}`,
  embeddedRates: 'Tỷ giá bình quân năm từ bảng tích hợp, có trích nguồn:',
  ratesFrom: (file) => `Tỷ giá từ ${file}.`,
  citation: en.citation,

  economies: {
    columns: {
      code: 'mã',
      comtrade: 'Comtrade',
      m49: 'M49',
      kind: 'loại',
      name: 'tên',
      notes: 'ghi chú',
    },
    kinds: {
      country: 'quốc gia/vùng lãnh thổ',
      aggregate: 'nhóm tổng hợp',
      area: 'khu vực đặc biệt',
    },
    uncertain: MARK.uncertain,
    uncertainNote: (code, note) => `${code} (${MARK.uncertain}): ${UNTRANSLATED(note)}`,
    count: (economies) =>
      `${economies} nền kinh tế: bộ dữ liệu gọi mỗi nền kinh tế bằng mã của nó; lệnh fetch nhận mã này hoặc mã UN Comtrade.`,
  },
};
