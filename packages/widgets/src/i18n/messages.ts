import type { Locale, SeriesMeasure, TargetStatus, TradePosition } from '@bilateral/core';

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
 * Every text an element shows or announces, in one language.
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
  readonly failed: string;
  readonly reasons: Readonly<Record<LoadFailure, string>>;
  readonly empty: string;
  readonly showTable: string;
  readonly hideTable: string;
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
  readonly noBase: string;
  /** Subject of a sentence: "Vietnam–Laos turnover", "Vietnam's exports to Laos". */
  readonly subject: (measure: SeriesMeasure, reporter: string, partner: string) => string;
  /** What follows a subject or title about one commodity: " (HS 1201)". */
  readonly hs: (code: string) => string;
  readonly measureName: Readonly<Record<SeriesMeasure, string>>;
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
  readonly was: (subject: string, value: string, period: string) => string;
  readonly exports: string;
  readonly imports: string;
  readonly balance: string;
  readonly turnover: string;
  readonly coverage: string;
  readonly balanceTitle: (pair: string) => string;
  readonly positions: Readonly<Record<TradePosition, string>>;
  readonly positionNames: Readonly<Record<TradePosition, string>>;
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
  readonly target: string;
  readonly targetBand: string;
  readonly actual: string;
  readonly statuses: Readonly<Record<TargetStatus, string>>;
  readonly growthToDate: string;
  readonly required: (lower: string, upper: string, endYear: number) => string;
  readonly noneRequired: string;
  readonly lower: string;
  readonly hollow: string;
  readonly levelText: (level: string, year: number) => string;
  readonly requiredOne: (rate: string, year: number) => string;
  /** Already past the target: "On course for the target in 2030 unless it falls by more than 5.0 % a year." */
  readonly cushion: (rate: string, year: number) => string;
  /** A level target: "At risk: +13.1 % a year since 2016; US$5 billion by 2030 needs 13.8 % a year." */
  readonly levelSummary: (
    status: string,
    growth: string,
    base: string,
    needed: string,
    level: string,
    endYear: number,
  ) => string;
  readonly upper: string;
  /** "Ahead: +33.3 % a year since 2023, against a target of 10.0–15.0 % a year to 2030." */
  readonly targetSummary: (
    status: string,
    growth: string,
    base: string,
    band: string,
    endYear: number,
    partial: boolean,
  ) => string;
  readonly gatesTitle: (pair: string) => string;
  readonly allClasses: string;
  readonly allProvinces: string;
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
  /** The years `from`–`to` as a phrase: "in 2014–2024", or "since 2014" without a `to`. */
  readonly changeRange: (from: string, to: string | undefined) => string;
  /** How many class changes are recorded in a range ("2014–2024", "since 2014"). */
  readonly changesSentence: (count: number, range: string) => string;
  readonly dashboardTitle: (pair: string) => string;
}

const en: Messages = {
  loading: 'Loading trade figures…',
  failed: 'The figures could not be shown.',
  reasons: {
    http: 'The data file could not be downloaded',
    network: 'The network request failed',
    timeout: 'The data file took too long to arrive',
    json: 'The data file is not valid JSON',
    schema: 'The data file is not a valid Bilateral dataset',
    'unknown-dataset': 'There is no embedded dataset of that name',
    compute: 'The figures could not be computed',
  },
  empty: 'No figures for this selection.',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
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
  noBase: 'no figure a year earlier',
  subject: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `${reporter}–${partner} turnover`
      : measure === 'export'
        ? `${reporter}’s exports to ${partner}`
        : `${reporter}’s imports from ${partner}`,
  hs: (code) => ` (HS ${code})`,
  measureName: { turnover: 'turnover', export: 'exports', import: 'imports' },
  rose: (s, a, p, b, q) => `${s} rose from ${a} in ${p} to ${b} in ${q}.`,
  fell: (s, a, p, b, q) => `${s} fell from ${a} in ${p} to ${b} in ${q}.`,
  was: (s, v, p) => `${s} was ${v} in ${p}.`,
  exports: 'Exports',
  imports: 'Imports',
  balance: 'Balance',
  turnover: 'Turnover',
  coverage: 'Coverage',
  balanceTitle: (pair) => `${pair} trade balance`,
  positions: { surplus: 'a surplus', deficit: 'a deficit', balanced: 'balanced trade' },
  positionNames: { surplus: 'surplus', deficit: 'deficit', balanced: 'balanced' },
  position: 'Position',
  balanceSentence: (r, pos, amount, p, period, cov) =>
    `${r} had ${pos} of ${amount} with ${p} in ${period}. ${cov}`,
  coverageText: (pct) => `Exports covered ${pct} of imports.`,
  target: 'Target',
  targetBand: 'Target band',
  actual: 'Actual',
  statuses: {
    ahead: 'Ahead',
    'on-track': 'On track',
    'at-risk': 'At risk',
    behind: 'Behind',
    met: 'Met',
    missed: 'Missed',
  },
  growthToDate: 'Growth to date',
  required: (lo, hi, year) => `Needs ${lo} to ${hi} a year to reach the band in ${year}.`,
  noneRequired: 'No years left to make up.',
  lower: 'Band, low',
  hollow: 'hollow: approximate or derived',
  levelText: (level, year) => `${level} by ${year}`,
  requiredOne: (rate, year) => `Needs ${rate} a year from now to reach it in ${year}.`,
  cushion: (rate, year) =>
    `On course for the target in ${year} unless it falls by more than ${rate} a year.`,
  levelSummary: (status, growth, base, needed, level, end) =>
    `${status}: ${growth} a year since ${base}; reaching ${level} by ${end} needs ${needed} a year.`,
  upper: 'Band, high',
  targetSummary: (status, growth, base, band, end, partial) =>
    partial
      ? `${status}: ${growth} on ${base}, against a target of ${band} a year.`
      : `${status}: ${growth} a year since ${base}, against a target of ${band} a year to ${end}.`,
  gatesTitle: (pair) => `${pair} border crossings`,
  allClasses: 'All classes',
  allProvinces: 'All provinces',
  class: 'Class',
  province: 'Province',
  listed: 'Listed',
  official: 'Official',
  missing: 'Missing',
  legend: 'Classes',
  unknownClass: 'class not known',
  gatesSentence: (n, pair, country) =>
    `${n} ${n === 1 ? 'crossing is' : 'crossings are'} listed on the ${pair} border, counted by ${country}’s classes.`,
  officialSentence: (listed, official, asOf) =>
    `The official count of ${asOf} has ${official}; ${listed} are listed.`,
  asAtSentence: (day, undated) =>
    `Classes as on ${day}${undated > 0 ? `; ${undated} have no dated record and are shown as last recorded.` : '.'}`,
  changeRange: (from, to) => (to ? `in ${from}–${to}` : `since ${from}`),
  changesSentence: (n, range) =>
    n === 0
      ? `No class change is recorded ${range}.`
      : `${n} class ${n === 1 ? 'change is' : 'changes are'} recorded ${range}:`,
  dashboardTitle: (pair) => `${pair} trade`,
};

const vi: Messages = {
  loading: 'Đang tải số liệu thương mại…',
  failed: 'Không thể hiển thị số liệu.',
  reasons: {
    http: 'Không tải được tệp dữ liệu',
    network: 'Yêu cầu mạng không thành công',
    timeout: 'Tệp dữ liệu tải quá lâu',
    json: 'Tệp dữ liệu không phải JSON hợp lệ',
    schema: 'Tệp dữ liệu không phải bộ dữ liệu Bilateral hợp lệ',
    'unknown-dataset': 'Không có bộ dữ liệu nhúng nào có tên này',
    compute: 'Không tính được số liệu',
  },
  empty: 'Không có số liệu cho lựa chọn này.',
  showTable: 'Hiện bảng số liệu',
  hideTable: 'Ẩn bảng số liệu',
  chart: 'biểu đồ',
  keys: 'Dùng phím mũi tên trái và phải để chuyển giữa các điểm.',
  source: 'Nguồn',
  more: (n) => `; và ${n} nguồn khác`,
  period: 'Kỳ',
  value: 'Giá trị',
  yearOnYear: 'So với cùng kỳ',
  notes: 'Ghi chú',
  uncertain: 'ước tính',
  derived: 'suy ra',
  noBase: 'không có số liệu cùng kỳ năm trước',
  subject: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `Kim ngạch thương mại ${reporter} – ${partner}`
      : measure === 'export'
        ? `Xuất khẩu của ${reporter} sang ${partner}`
        : `Nhập khẩu của ${reporter} từ ${partner}`,
  hs: (code) => ` (mã HS ${code})`,
  measureName: { turnover: 'kim ngạch', export: 'xuất khẩu', import: 'nhập khẩu' },
  rose: (s, a, p, b, q) => `${s} tăng từ ${a} (${p}) lên ${b} (${q}).`,
  fell: (s, a, p, b, q) => `${s} giảm từ ${a} (${p}) xuống ${b} (${q}).`,
  was: (s, v, p) => `${s} đạt ${v} (${p}).`,
  exports: 'Xuất khẩu',
  imports: 'Nhập khẩu',
  balance: 'Cán cân',
  turnover: 'Kim ngạch',
  coverage: 'Tỷ lệ bù đắp',
  balanceTitle: (pair) => `Cán cân thương mại ${pair}`,
  positions: { surplus: 'xuất siêu', deficit: 'nhập siêu', balanced: 'cân bằng thương mại' },
  positionNames: { surplus: 'xuất siêu', deficit: 'nhập siêu', balanced: 'cân bằng' },
  position: 'Vị thế',
  balanceSentence: (r, pos, amount, p, period, cov) =>
    `${r} ${pos} ${amount} với ${p} (${period}). ${cov}`,
  coverageText: (pct) => `Xuất khẩu bù đắp ${pct} nhập khẩu.`,
  target: 'Mục tiêu',
  targetBand: 'Khoảng mục tiêu',
  actual: 'Thực tế',
  statuses: {
    ahead: 'Vượt tiến độ',
    'on-track': 'Đúng tiến độ',
    'at-risk': 'Có nguy cơ không đạt',
    behind: 'Chậm tiến độ',
    met: 'Đạt',
    missed: 'Không đạt',
  },
  growthToDate: 'Tăng trưởng đến nay',
  required: (lo, hi, year) => `Cần tăng ${lo} đến ${hi} mỗi năm để đạt mục tiêu năm ${year}.`,
  noneRequired: 'Không còn năm nào để bù đắp.',
  lower: 'Mức thấp',
  hollow: 'điểm rỗng: ước tính hoặc suy ra',
  levelText: (level, year) => `${level} vào năm ${year}`,
  requiredOne: (rate, year) => `Cần tăng ${rate} mỗi năm để đạt mục tiêu năm ${year}.`,
  cushion: (rate, year) => `Vẫn đạt mục tiêu năm ${year}, trừ khi giảm hơn ${rate} mỗi năm.`,
  levelSummary: (status, growth, base, needed, level, end) =>
    `${status}: tăng ${growth} mỗi năm kể từ ${base}; để đạt ${level} vào năm ${end} cần ${needed} mỗi năm.`,
  upper: 'Mức cao',
  targetSummary: (status, growth, base, band, end, partial) =>
    partial
      ? `${status}: tăng ${growth} so với ${base}, mục tiêu ${band} mỗi năm.`
      : `${status}: tăng ${growth} mỗi năm kể từ ${base}, mục tiêu ${band} mỗi năm đến ${end}.`,
  gatesTitle: (pair) => `Cửa khẩu biên giới ${pair}`,
  allClasses: 'Tất cả các loại',
  allProvinces: 'Tất cả các tỉnh',
  class: 'Loại',
  province: 'Tỉnh',
  listed: 'Trong danh sách',
  official: 'Chính thức',
  missing: 'Còn thiếu',
  legend: 'Loại cửa khẩu',
  unknownClass: 'chưa rõ loại',
  gatesSentence: (n, pair, country) =>
    `Danh sách có ${n} cửa khẩu trên biên giới ${pair}, phân loại theo quy định của ${country}.`,
  officialSentence: (listed, official, asOf) =>
    `Số liệu chính thức (${asOf}) là ${official}; danh sách có ${listed}.`,
  asAtSentence: (day, undated) =>
    `Loại cửa khẩu tính đến ${day}${undated > 0 ? `; ${undated} cửa khẩu không có mốc thời gian trong nguồn, hiển thị theo ghi nhận gần nhất.` : '.'}`,
  changeRange: (from, to) => (to ? `trong giai đoạn ${from}–${to}` : `từ năm ${from}`),
  changesSentence: (n, range) =>
    n === 0
      ? `Không có thay đổi loại cửa khẩu nào được ghi nhận ${range}.`
      : `Có ${n} thay đổi loại cửa khẩu được ghi nhận ${range}:`,
  dashboardTitle: (pair) => `Thương mại ${pair}`,
};

const lo: Messages = {
  loading: 'ກຳລັງໂຫຼດຂໍ້ມູນການຄ້າ…',
  failed: 'ບໍ່ສາມາດສະແດງຂໍ້ມູນໄດ້.',
  reasons: {
    http: 'ບໍ່ສາມາດດາວໂຫຼດໄຟລ໌ຂໍ້ມູນໄດ້',
    network: 'ການເຊື່ອມຕໍ່ເຄືອຂ່າຍລົ້ມເຫຼວ',
    timeout: 'ໄຟລ໌ຂໍ້ມູນໃຊ້ເວລາດົນເກີນໄປ',
    json: 'ໄຟລ໌ຂໍ້ມູນບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ',
    schema: 'ໄຟລ໌ຂໍ້ມູນບໍ່ແມ່ນຊຸດຂໍ້ມູນ Bilateral ທີ່ຖືກຕ້ອງ',
    'unknown-dataset': 'ບໍ່ມີຊຸດຂໍ້ມູນທີ່ມີຊື່ນີ້',
    compute: 'ບໍ່ສາມາດຄິດໄລ່ຕົວເລກໄດ້',
  },
  empty: 'ບໍ່ມີຕົວເລກສຳລັບການເລືອກນີ້.',
  showTable: 'ສະແດງຕາຕະລາງຂໍ້ມູນ',
  hideTable: 'ເຊື່ອງຕາຕະລາງຂໍ້ມູນ',
  chart: 'ແຜນພູມ',
  keys: 'ໃຊ້ປຸ່ມລູກສອນຊ້າຍ ແລະ ຂວາ ເພື່ອຍ້າຍລະຫວ່າງຈຸດ.',
  source: 'ແຫຼ່ງຂໍ້ມູນ',
  more: (n) => `; ແລະ ອີກ ${n} ແຫຼ່ງ`,
  period: 'ໄລຍະ',
  value: 'ມູນຄ່າ',
  yearOnYear: 'ທຽບກັບປີກ່ອນ',
  notes: 'ໝາຍເຫດ',
  uncertain: 'ປະມານ',
  derived: 'ຄິດໄລ່',
  noBase: 'ບໍ່ມີຕົວເລກປີກ່ອນ',
  subject: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `ມູນຄ່າການຄ້າ ${reporter} – ${partner}`
      : measure === 'export'
        ? `ການສົ່ງອອກຂອງ ${reporter} ໄປ ${partner}`
        : `ການນຳເຂົ້າຂອງ ${reporter} ຈາກ ${partner}`,
  hs: (code) => ` (ລະຫັດ HS ${code})`,
  measureName: { turnover: 'ມູນຄ່າການຄ້າ', export: 'ການສົ່ງອອກ', import: 'ການນຳເຂົ້າ' },
  rose: (s, a, p, b, q) => `${s} ເພີ່ມຂຶ້ນຈາກ ${a} (${p}) ເປັນ ${b} (${q}).`,
  fell: (s, a, p, b, q) => `${s} ຫຼຸດລົງຈາກ ${a} (${p}) ເປັນ ${b} (${q}).`,
  was: (s, v, p) => `${s} ແມ່ນ ${v} (${p}).`,
  exports: 'ສົ່ງອອກ',
  imports: 'ນຳເຂົ້າ',
  balance: 'ດຸນການຄ້າ',
  turnover: 'ມູນຄ່າການຄ້າ',
  coverage: 'ອັດຕາການປົກຄຸມ',
  balanceTitle: (pair) => `ດຸນການຄ້າ ${pair}`,
  positions: { surplus: 'ເກີນດຸນ', deficit: 'ຂາດດຸນ', balanced: 'ດຸນດ່ຽງ' },
  positionNames: { surplus: 'ເກີນດຸນ', deficit: 'ຂາດດຸນ', balanced: 'ດຸນດ່ຽງ' },
  position: 'ສະຖານະ',
  balanceSentence: (r, pos, amount, p, period, cov) =>
    `${r} ${pos} ${amount} ກັບ ${p} (${period}). ${cov}`,
  coverageText: (pct) => `ການສົ່ງອອກປົກຄຸມ ${pct} ຂອງການນຳເຂົ້າ.`,
  target: 'ເປົ້າໝາຍ',
  targetBand: 'ຂອບເຂດເປົ້າໝາຍ',
  actual: 'ຕົວຈິງ',
  statuses: {
    ahead: 'ເກີນແຜນ',
    'on-track': 'ຕາມແຜນ',
    'at-risk': 'ມີຄວາມສ່ຽງບໍ່ບັນລຸ',
    behind: 'ຊ້າກວ່າແຜນ',
    met: 'ບັນລຸ',
    missed: 'ບໍ່ບັນລຸ',
  },
  growthToDate: 'ການເຕີບໂຕມາຮອດປັດຈຸບັນ',
  required: (lo, hi, year) => `ຕ້ອງເຕີບໂຕ ${lo} ຫາ ${hi} ຕໍ່ປີ ເພື່ອບັນລຸເປົ້າໝາຍໃນປີ ${year}.`,
  noneRequired: 'ບໍ່ມີປີທີ່ເຫຼືອ.',
  lower: 'ຂັ້ນຕ່ຳ',
  hollow: 'ຈຸດກວງ: ປະມານ ຫຼື ຄິດໄລ່',
  levelText: (level, year) => `${level} ໃນປີ ${year}`,
  requiredOne: (rate, year) => `ຕ້ອງເຕີບໂຕ ${rate} ຕໍ່ປີ ເພື່ອບັນລຸເປົ້າໝາຍໃນປີ ${year}.`,
  cushion: (rate, year) => `ຍັງບັນລຸເປົ້າໝາຍໃນປີ ${year}, ເວັ້ນເສຍແຕ່ຫຼຸດລົງເກີນ ${rate} ຕໍ່ປີ.`,
  levelSummary: (status, growth, base, needed, level, end) =>
    `${status}: ${growth} ຕໍ່ປີ ນັບແຕ່ ${base}; ເພື່ອບັນລຸ ${level} ໃນປີ ${end} ຕ້ອງເຕີບໂຕ ${needed} ຕໍ່ປີ.`,
  upper: 'ຂັ້ນສູງ',
  targetSummary: (status, growth, base, band, end, partial) =>
    partial
      ? `${status}: ${growth} ທຽບກັບ ${base}, ເປົ້າໝາຍ ${band} ຕໍ່ປີ.`
      : `${status}: ${growth} ຕໍ່ປີ ນັບແຕ່ ${base}, ເປົ້າໝາຍ ${band} ຕໍ່ປີ ຮອດ ${end}.`,
  gatesTitle: (pair) => `ດ່ານຊາຍແດນ ${pair}`,
  allClasses: 'ທຸກປະເພດ',
  allProvinces: 'ທຸກແຂວງ',
  class: 'ປະເພດ',
  province: 'ແຂວງ',
  listed: 'ໃນລາຍການ',
  official: 'ທາງການ',
  missing: 'ຂາດ',
  legend: 'ປະເພດດ່ານ',
  unknownClass: 'ບໍ່ຮູ້ປະເພດ',
  gatesSentence: (n, pair, country) => `ລາຍການມີ ${n} ດ່ານ ຢູ່ຊາຍແດນ ${pair}, ຈັດປະເພດຕາມ ${country}.`,
  officialSentence: (listed, official, asOf) =>
    `ຕົວເລກທາງການ (${asOf}) ແມ່ນ ${official}; ລາຍການມີ ${listed}.`,
  asAtSentence: (day, undated) =>
    `ປະເພດດ່ານ ນັບຮອດ ${day}${undated > 0 ? `; ${undated} ດ່ານ ບໍ່ມີວັນທີໃນແຫຼ່ງຂໍ້ມູນ, ສະແດງຕາມການບັນທຶກຫຼ້າສຸດ.` : '.'}`,
  changeRange: (from, to) => (to ? `ໃນ ${from}–${to}` : `ຕັ້ງແຕ່ປີ ${from}`),
  changesSentence: (n, range) =>
    n === 0
      ? `ບໍ່ມີການປ່ຽນແປງປະເພດດ່ານທີ່ບັນທຶກໄວ້ ${range}.`
      : `ມີການປ່ຽນແປງປະເພດດ່ານ ${n} ຄັ້ງ ທີ່ບັນທຶກໄວ້ ${range}:`,
  dashboardTitle: (pair) => `ການຄ້າ ${pair}`,
};

const zh: Messages = {
  loading: '正在加载贸易数据…',
  failed: '无法显示数据。',
  reasons: {
    http: '无法下载数据文件',
    network: '网络请求失败',
    timeout: '数据文件加载超时',
    json: '数据文件不是有效的 JSON',
    schema: '数据文件不是有效的 Bilateral 数据集',
    'unknown-dataset': '没有该名称的内置数据集',
    compute: '无法计算数据',
  },
  empty: '所选范围内没有数据。',
  showTable: '显示数据表',
  hideTable: '隐藏数据表',
  chart: '图表',
  keys: '使用左右方向键在数据点之间移动。',
  source: '来源',
  more: (n) => `；另有${n}个来源`,
  period: '时期',
  value: '数值',
  yearOnYear: '同比',
  notes: '备注',
  uncertain: '约数',
  derived: '推算',
  noBase: '无上年同期数据',
  subject: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `${reporter}–${partner}贸易额`
      : measure === 'export'
        ? `${reporter}对${partner}出口`
        : `${reporter}自${partner}进口`,
  hs: (code) => `（HS编码${code}）`,
  measureName: { turnover: '贸易额', export: '出口', import: '进口' },
  rose: (s, a, p, b, q) => `${s}从${a}（${p}）增至${b}（${q}）。`,
  fell: (s, a, p, b, q) => `${s}从${a}（${p}）降至${b}（${q}）。`,
  was: (s, v, p) => `${s}为${v}（${p}）。`,
  exports: '出口',
  imports: '进口',
  balance: '差额',
  turnover: '贸易额',
  coverage: '出口覆盖率',
  balanceTitle: (pair) => `${pair}贸易差额`,
  positions: { surplus: '顺差', deficit: '逆差', balanced: '收支平衡' },
  positionNames: { surplus: '顺差', deficit: '逆差', balanced: '平衡' },
  position: '贸易状况',
  balanceSentence: (r, pos, amount, p, period, cov) =>
    `${period}，${r}对${p}${pos}${amount}。${cov}`,
  coverageText: (pct) => `出口相当于进口的${pct}。`,
  target: '目标',
  targetBand: '目标区间',
  actual: '实际',
  statuses: {
    ahead: '进度超前',
    'on-track': '进度正常',
    'at-risk': '有未达成风险',
    behind: '进度落后',
    met: '已达成',
    missed: '未达成',
  },
  growthToDate: '迄今增长',
  required: (lo, hi, year) => `需每年增长${lo}至${hi}才能在${year}年达到目标区间。`,
  noneRequired: '已无剩余年份。',
  lower: '区间下限',
  hollow: '空心：约数或推算',
  levelText: (level, year) => `${year}年达到${level}`,
  requiredOne: (rate, year) => `需每年增长${rate}才能在${year}年达到目标。`,
  cushion: (rate, year) => `除非每年下降超过${rate}，${year}年仍可达到目标。`,
  levelSummary: (status, growth, base, needed, level, end) =>
    `${status}：自${base}以来年均增长${growth}；要在${end}年达到${level}，需年均增长${needed}。`,
  upper: '区间上限',
  targetSummary: (status, growth, base, band, end, partial) =>
    partial
      ? `${status}：较${base}增长${growth}，目标为每年${band}。`
      : `${status}：自${base}以来年均增长${growth}，目标为到${end}年每年${band}。`,
  gatesTitle: (pair) => `${pair}边境口岸`,
  allClasses: '全部类别',
  allProvinces: '全部省份',
  class: '类别',
  province: '省份',
  listed: '已列出',
  official: '官方',
  missing: '缺少',
  legend: '口岸类别',
  unknownClass: '类别不详',
  gatesSentence: (n, pair, country) => `${pair}边境列出${n}个口岸，按${country}的类别统计。`,
  officialSentence: (listed, official, asOf) =>
    `官方统计（${asOf}）为${official}个；已列出${listed}个。`,
  asAtSentence: (day, undated) =>
    `口岸类别截至${day}${undated > 0 ? `；${undated}个口岸在来源中没有日期，按最近记录显示。` : '。'}`,
  changeRange: (from, to) => (to ? `${from}–${to}年` : `${from}年以来`),
  changesSentence: (n, range) =>
    n === 0 ? `${range}没有记录的口岸类别变化。` : `${range}记录了${n}次口岸类别变化：`,
  dashboardTitle: (pair) => `${pair}贸易`,
};

const catalog: Readonly<Record<Locale, Messages>> = { en, vi, lo, zh };

/** The messages of a locale. */
export function messagesFor(locale: Locale): Messages {
  return catalog[locale];
}
