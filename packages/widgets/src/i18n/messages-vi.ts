import {
  BALANCE_MEASURE_WORDS_VI,
  DATASET_TRANSLATIONS_VI,
  FLOW_MARK_WORDS_VI,
  FLOW_MEASURE_WORDS_VI,
  MONEY_WORDS_VI,
  TARGET_STATUS_WORDS_VI,
  TRADE_POSITION_WORDS_VI,
  UNKNOWN_CROSSING_CLASS_VI,
} from '@bilateral/core';
import type { Messages } from './messages.js';

/** The widgets' texts in Vietnamese: a chunk of its own in the script-tag bundle, loaded on demand. */
export const vi: Messages = {
  loading: 'Đang tải số liệu thương mại…',
  failed: 'Không thể hiển thị số liệu cho biểu đồ này.',
  loadFailed: 'Không tải được dữ liệu cho biểu đồ này.',
  reasons: {
    http: 'Không tải được tệp dữ liệu.',
    network: 'Kết nối mạng không thành công; hãy thử tải lại trang.',
    timeout: 'Tệp dữ liệu tải quá lâu; hãy thử tải lại trang.',
    json: 'Tệp dữ liệu bị hỏng hoặc không phải tệp dữ liệu.',
    schema: 'Tệp dữ liệu không chứa số liệu thương mại theo dạng cần có.',
    'unknown-dataset': 'Biểu đồ yêu cầu một bộ dữ liệu không tồn tại.',
    compute: 'Thiết lập của biểu đồ không phù hợp với số liệu được cung cấp.',
  },
  mixedCurrencies: 'Số liệu ở nhiều loại tiền tệ, và biểu đồ này không quy đổi chúng.',
  invalidData: 'Một phần dữ liệu được cung cấp cho biểu đồ này không hợp lệ.',
  empty: 'Không có số liệu cho lựa chọn này.',
  emptyHint: (what) =>
    `Dữ liệu không có số liệu cho ${what}. Có thể số liệu chưa được công bố: hãy thử các năm khác hoặc trang web của cơ quan công bố.`,
  noTargets: (pair) => `Dữ liệu không có mục tiêu thương mại nào cho ${pair}.`,
  noCrossings: (pair) => `Dữ liệu không có cửa khẩu biên giới nào cho ${pair}.`,
  showTable: 'Hiện bảng số liệu',
  hideTable: 'Ẩn bảng số liệu',
  download: 'Tải xuống',
  table: 'Bảng số liệu',
  chart: 'biểu đồ',
  keys: 'Dùng phím mũi tên trái và phải để chuyển giữa các điểm.',
  source: 'Nguồn',
  more: (n) => `; và\u00a0${n}\u00a0nguồn\u00a0khác`,
  period: 'Kỳ',
  value: 'Giá trị',
  yearOnYear: 'So với cùng kỳ',
  notes: 'Ghi chú',
  ...FLOW_MARK_WORDS_VI,
  published: 'công bố',
  disputed: (rate) => `công bố; theo các giá trị, ${rate}`,
  impliedBase: (period, rate) => `giá trị ${period} ÷ (1 + ${rate}%)`,
  subject: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `Kim ngạch thương mại ${reporter} – ${partner}`
      : measure === 'exports'
        ? `Xuất khẩu của ${reporter} sang ${partner}`
        : `Nhập khẩu của ${reporter} từ ${partner}`,
  hs: (code) => ` (mã HS ${code})`,
  rose: (s, a, p, b, q) => `${s} tăng từ ${a} (${p}) lên ${b} (${q}).`,
  fell: (s, a, p, b, q) => `${s} giảm từ ${a} (${p}) xuống ${b} (${q}).`,
  was: (s, v, p) => `${s} đạt ${v} (${p}).`,
  ...FLOW_MEASURE_WORDS_VI,
  ...BALANCE_MEASURE_WORDS_VI,
  balanceTitle: (pair) => `Cán cân thương mại ${pair}`,
  // xuất siêu, nhập siêu: one word to a reader (so in the sentences too), never 'Lào: xuất' /
  // 'siêu' on the card.
  positions: { ...TRADE_POSITION_WORDS_VI, balanced: 'cân bằng thương mại' },
  positionNames: { ...TRADE_POSITION_WORDS_VI, unknown: 'chưa rõ' },
  position: 'Vị thế',
  balanceSentence: (r, pos, amount, p, period, cov) =>
    `${r} ${pos} ${amount} với ${p} (${period}). ${cov}`,
  coverageText: (pct) => `Xuất khẩu bù đắp ${pct} nhập khẩu.`,
  unknownSentence: (r, low, high, p, period, bound) =>
    `Cán cân của ${r} với ${p} (${period}) ở mức từ ${low} đến ${high}: chưa rõ xuất\u00a0siêu hay nhập\u00a0siêu do ${bound ? 'một bên chỉ công bố mức tối thiểu' : 'làm tròn số'}.`,
  balanceRange: (low, high) => `${low} đến ${high}`,
  target: 'Mục tiêu',
  targetBand: 'Khoảng mục tiêu',
  actual: 'Thực tế',
  statuses: TARGET_STATUS_WORDS_VI,
  growthToDate: 'Tăng trưởng đến nay',
  perYear: (rate) => `${rate}\u00a0mỗi\u00a0năm`,
  required: (lo, hi, year) =>
    `Cần tăng ${lo} đến ${hi}\u00a0mỗi\u00a0năm để đạt mục tiêu năm ${year}.`,
  noneRequired: 'Không còn năm nào để bù đắp.',
  metText: (year) => `Đã đạt mục tiêu năm ${year}.`,
  lower: 'Mức thấp',
  hollow: 'điểm rỗng: chưa chắc chắn hoặc suy ra',
  levelText: (level, year) => `${level} vào năm ${year}`,
  requiredOne: (rate, year) => `Cần tăng ${rate}\u00a0mỗi\u00a0năm để đạt mục tiêu năm ${year}.`,
  cushion: (rate, year) =>
    `Vẫn đạt mục tiêu năm ${year}, trừ khi giảm hơn ${rate}\u00a0mỗi\u00a0năm.`,
  levelSummary: (status, growth, base, needed, level, end) =>
    `${status}: tăng ${growth}\u00a0mỗi\u00a0năm kể từ ${base}; để đạt ${level} vào năm ${end} cần ${needed}\u00a0mỗi\u00a0năm tính từ ${base}.`,
  upper: 'Mức cao',
  targetSummary: (status, growth, base, band, end, partial) =>
    partial
      ? `${status}: tăng ${growth} so với ${base}, mục tiêu ${band}\u00a0mỗi\u00a0năm.`
      : `${status}: tăng ${growth}\u00a0mỗi\u00a0năm kể từ ${base}, mục tiêu ${band}\u00a0mỗi\u00a0năm đến ${end}.`,
  gatesTitle: (pair) => `Cửa khẩu biên giới ${pair}`,
  all: 'Tất cả',
  class: 'Loại',
  province: 'Tỉnh',
  listed: 'Trong danh sách',
  official: 'Chính thức',
  missing: 'Còn thiếu',
  legend: 'Loại cửa khẩu',
  unknownClass: UNKNOWN_CROSSING_CLASS_VI,
  gatesSentence: (n, pair, country) =>
    `Danh sách có ${n} cửa khẩu trên biên giới ${pair}, phân loại theo quy định của ${country}.`,
  officialSentence: (listed, official, asOf) =>
    `Số liệu chính thức (${asOf}) là ${official}; danh sách có ${listed}.`,
  asAtSentence: (day, undated) =>
    `Loại cửa khẩu tính đến ${day}${undated > 0 ? `; ${undated} cửa khẩu không có mốc thời gian trong nguồn, hiển thị theo ghi nhận gần nhất.` : '.'}`,
  changeRange: (from, to) =>
    to === undefined
      ? `từ năm ${from}`
      : to === from
        ? `trong năm ${from}`
        : `trong giai đoạn ${from}–${to}`,
  changesSentence: (n, range) =>
    n === 0
      ? `Không có thay đổi loại cửa khẩu nào được ghi nhận ${range}.`
      : `Có ${n} thay đổi loại cửa khẩu được ghi nhận ${range}:`,
  dashboardTitle: (pair) => `Thương mại ${pair}`,
  about: 'khoảng ',
  'more-than': 'hơn ',
  'at-least': 'ít nhất ',
  half: (half, year) => `H${half}/${year}`,
  quarter: (quarter, year) => `Q${quarter}/${year}`,
  month: (month, year) => `thg\u00a0${month} ${year}`,
  monthName: (month) => `thg\u00a0${month}`,
  day: (day, month, year) => `${day} thg\u00a0${month}, ${year}`,
  money: MONEY_WORDS_VI,
  scales: [
    [1e9, 'tỷ'],
    [1e6, 'triệu'],
    [1e3, 'nghìn'],
  ],
  punctuation: { colon: ': ', semicolon: '; ', comma: ', ', open: ' (', close: ')' },
  // The project's translations of the embedded targets' English texts (setters and notes), from
  // the core (the report's too); the target card marks them, and the data keeps the source's own
  // words.
  translations: DATASET_TRANSLATIONS_VI,
};
