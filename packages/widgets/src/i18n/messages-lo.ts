import {
  BALANCE_MEASURE_WORDS_LO,
  DATASET_TRANSLATIONS_LO,
  FLOW_MARK_WORDS_LO,
  FLOW_MEASURE_WORDS_LO,
  MONEY_WORDS_LO,
  TARGET_STATUS_WORDS_LO,
  TRADE_POSITION_WORDS_LO,
  UNKNOWN_CROSSING_CLASS_LO,
} from '@bilateral/core';
import type { Messages } from './messages.js';

/**
 * Abbreviated month names (CLDR 48, as `Intl.DateTimeFormat('lo', { month: 'short' })` gives
 * them where the browser has Lao data; Chromium without it writes English), January first.
 */
const MONTHS = [
  'ມ.ກ.',
  'ກ.ພ.',
  'ມ.ນ.',
  'ມ.ສ.',
  'ພ.ພ.',
  'ມິ.ຖ.',
  'ກ.ລ.',
  'ສ.ຫ.',
  'ກ.ຍ.',
  'ຕ.ລ.',
  'ພ.ຈ.',
  'ທ.ວ.',
];

/** The widgets' texts in Lao: a chunk of its own in the script-tag bundle, loaded on demand. */
export const lo: Messages = {
  loading: 'ກຳລັງໂຫຼດຂໍ້ມູນການຄ້າ…',
  failed: 'ບໍ່ສາມາດສະແດງຕົວເລກຂອງແຜນພູມນີ້ໄດ້.',
  loadFailed: 'ບໍ່ສາມາດໂຫຼດຂໍ້ມູນຂອງແຜນພູມນີ້ໄດ້.',
  reasons: {
    http: 'ບໍ່ສາມາດດາວໂຫຼດໄຟລ໌ຂໍ້ມູນໄດ້.',
    network: 'ການເຊື່ອມຕໍ່ເຄືອຂ່າຍລົ້ມເຫຼວ; ລອງໂຫຼດໜ້າເວັບຄືນໃໝ່.',
    timeout: 'ໄຟລ໌ຂໍ້ມູນໃຊ້ເວລາດົນເກີນໄປ; ລອງໂຫຼດໜ້າເວັບຄືນໃໝ່.',
    json: 'ໄຟລ໌ຂໍ້ມູນເສຍຫາຍ ຫຼື ບໍ່ແມ່ນໄຟລ໌ຂໍ້ມູນ.',
    schema: 'ໄຟລ໌ຂໍ້ມູນບໍ່ມີຕົວເລກການຄ້າຕາມຮູບແບບທີ່ຕ້ອງການ.',
    'unknown-dataset': 'ແຜນພູມນີ້ຂໍຊຸດຂໍ້ມູນທີ່ບໍ່ມີຢູ່.',
    compute: 'ການຕັ້ງຄ່າຂອງແຜນພູມບໍ່ກົງກັບຕົວເລກທີ່ໄດ້ຮັບ.',
  },
  mixedCurrencies: 'ຕົວເລກມີຫຼາຍສະກຸນເງິນ, ແລະ ແຜນພູມນີ້ບໍ່ໄດ້ແລກປ່ຽນສະກຸນເງິນ.',
  invalidData: 'ຂໍ້ມູນບາງສ່ວນທີ່ໃຫ້ແກ່ແຜນພູມນີ້ບໍ່ຖືກຕ້ອງ.',
  empty: 'ບໍ່ມີຕົວເລກສຳລັບການເລືອກນີ້.',
  emptyHint: (what) =>
    `ຂໍ້ມູນບໍ່ມີຕົວເລກສຳລັບ ${what}. ຕົວເລກອາດຍັງບໍ່ທັນໄດ້ເຜີຍແຜ່: ລອງເລືອກປີອື່ນ ຫຼື ເບິ່ງເວັບໄຊຂອງຜູ້ເຜີຍແຜ່.`,
  noTargets: (pair) => `ຂໍ້ມູນບໍ່ມີເປົ້າໝາຍການຄ້າສຳລັບ ${pair}.`,
  noCrossings: (pair) => `ຂໍ້ມູນບໍ່ມີດ່ານຊາຍແດນສຳລັບ ${pair}.`,
  showTable: 'ສະແດງຕາຕະລາງຂໍ້ມູນ',
  hideTable: 'ເຊື່ອງຕາຕະລາງຂໍ້ມູນ',
  download: 'ດາວໂຫຼດ',
  table: 'ຕາຕະລາງຂໍ້ມູນ',
  chart: 'ແຜນພູມ',
  keys: 'ໃຊ້ປຸ່ມລູກສອນຊ້າຍ ແລະ ຂວາ ເພື່ອຍ້າຍລະຫວ່າງຈຸດ.',
  source: 'ແຫຼ່ງຂໍ້ມູນ',
  more: (n) => `; ແລະ\u00a0ອີກ\u00a0${n}\u00a0ແຫຼ່ງ`,
  period: 'ໄລຍະ',
  value: 'ມູນຄ່າ',
  yearOnYear: 'ທຽບກັບປີກ່ອນ',
  notes: 'ໝາຍເຫດ',
  ...FLOW_MARK_WORDS_LO,
  published: 'ປະກາດ',
  disputed: (rate) => `ປະກາດ, ແຕ່ຄິດໄລ່ຈາກມູນຄ່າທີ່ປະກາດໄດ້ ${rate}`,
  impliedBase: (period, rate) => `ມູນຄ່າ ${period} ÷ (1 + ${rate}%)`,
  subject: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `ມູນຄ່າການຄ້າ ${reporter} – ${partner}`
      : measure === 'exports'
        ? `ການສົ່ງອອກຂອງ ${reporter} ໄປ ${partner}`
        : `ການນຳເຂົ້າຂອງ ${reporter} ຈາກ ${partner}`,
  hs: (code) => ` (ລະຫັດ HS ${code})`,
  rose: (s, a, p, b, q) => `${s} ເພີ່ມຂຶ້ນຈາກ ${a} (${p}) ເປັນ ${b} (${q}).`,
  fell: (s, a, p, b, q) => `${s} ຫຼຸດລົງຈາກ ${a} (${p}) ເປັນ ${b} (${q}).`,
  was: (s, v, p) => `${s} ແມ່ນ ${v} (${p}).`,
  ...FLOW_MEASURE_WORDS_LO,
  ...BALANCE_MEASURE_WORDS_LO,
  balanceTitle: (pair) => `ດຸນການຄ້າ ${pair}`,
  positions: TRADE_POSITION_WORDS_LO,
  positionNames: { ...TRADE_POSITION_WORDS_LO, unknown: 'ບໍ່ແນ່ນອນ' },
  position: 'ສະຖານະ',
  balanceSentence: (r, pos, amount, p, period, cov) =>
    `${r} ${pos} ${amount} ກັບ ${p} (${period}). ${cov}`,
  coverageText: (pct) => `ການສົ່ງອອກປົກຄຸມ ${pct} ຂອງການນຳເຂົ້າ.`,
  unknownSentence: (r, low, high, p, period, bound) =>
    `ດຸນການຄ້າຂອງ ${r} ກັບ ${p} (${period}) ຢູ່ລະຫວ່າງ ${low} ຫາ ${high}: ບໍ່ຮູ້ວ່າເກີນດຸນ ຫຼື ຂາດດຸນ ຍ້ອນ${bound ? 'ຕົວເລກຝ່າຍໜຶ່ງເປັນຂັ້ນຕ່ຳ' : 'ການປັດເສດ'}.`,
  balanceRange: (low, high) => `${low} ຫາ ${high}`,
  target: 'ເປົ້າໝາຍ',
  targetBand: 'ຂອບເຂດເປົ້າໝາຍ',
  actual: 'ຕົວຈິງ',
  statuses: TARGET_STATUS_WORDS_LO,
  growthToDate: 'ການເຕີບໂຕມາຮອດປັດຈຸບັນ',
  perYear: (rate) => `${rate}\u00a0ຕໍ່\u2060ປີ`,
  required: (lo, hi, year) => `ຕ້ອງເຕີບໂຕ ${lo} ຫາ ${hi}\u00a0ຕໍ່\u2060ປີ ເພື່ອບັນລຸເປົ້າໝາຍໃນປີ ${year}.`,
  noneRequired: 'ບໍ່ມີປີທີ່ເຫຼືອ.',
  metText: (year) => `ບັນລຸເປົ້າໝາຍໃນປີ ${year} ແລ້ວ.`,
  lower: 'ຂັ້ນຕ່ຳ',
  hollow: 'ຈຸດກວງ: ບໍ່ແນ່ນອນ ຫຼື ຄິດໄລ່',
  levelText: (level, year) => `${level} ໃນປີ ${year}`,
  requiredOne: (rate, year) => `ຕ້ອງເຕີບໂຕ ${rate}\u00a0ຕໍ່\u2060ປີ ເພື່ອບັນລຸເປົ້າໝາຍໃນປີ ${year}.`,
  cushion: (rate, year) => `ຍັງບັນລຸເປົ້າໝາຍໃນປີ ${year}, ເວັ້ນເສຍແຕ່ຫຼຸດລົງເກີນ ${rate}\u00a0ຕໍ່\u2060ປີ.`,
  levelSummary: (status, growth, base, needed, level, end) =>
    `${status}: ${growth}\u00a0ຕໍ່\u2060ປີ ນັບ\u2060ແຕ່ ${base}; ເພື່ອບັນລຸ ${level} ໃນປີ ${end} ຕ້ອງເຕີບໂຕ ${needed}\u00a0ຕໍ່\u2060ປີ ນັບ\u2060ແຕ່ ${base}.`,
  upper: 'ຂັ້ນສູງ',
  targetSummary: (status, growth, base, band, end, partial) =>
    partial
      ? `${status}: ${growth} ທຽບກັບ ${base}, ເປົ້າໝາຍ ${band}\u00a0ຕໍ່\u2060ປີ.`
      : `${status}: ${growth}\u00a0ຕໍ່\u2060ປີ ນັບ\u2060ແຕ່ ${base}, ເປົ້າໝາຍ ${band}\u00a0ຕໍ່\u2060ປີ ຮອດ ${end}.`,
  gatesTitle: (pair) => `ດ່ານຊາຍແດນ ${pair}`,
  all: 'ທັງໝົດ',
  class: 'ປະເພດ',
  province: 'ແຂວງ',
  listed: 'ໃນລາຍການ',
  official: 'ທາງການ',
  missing: 'ຂາດ',
  legend: 'ປະເພດດ່ານ',
  unknownClass: UNKNOWN_CROSSING_CLASS_LO,
  gatesSentence: (n, pair, country) => `ລາຍການມີ ${n} ດ່ານ ຢູ່ຊາຍແດນ ${pair}, ຈັດປະເພດຕາມ ${country}.`,
  officialSentence: (listed, official, asOf) =>
    `ຕົວເລກທາງການ (${asOf}) ແມ່ນ ${official}; ລາຍການມີ ${listed}.`,
  asAtSentence: (day, undated) =>
    `ປະເພດດ່ານ ນັບຮອດ ${day}${undated > 0 ? `; ${undated} ດ່ານ ບໍ່ມີວັນທີໃນແຫຼ່ງຂໍ້ມູນ, ສະແດງຕາມການບັນທຶກຫຼ້າສຸດ.` : '.'}`,
  changeRange: (from, to) =>
    to === undefined ? `ຕັ້ງແຕ່ປີ ${from}` : to === from ? `ໃນປີ ${from}` : `ໃນ ${from}–${to}`,
  changesSentence: (n, range) =>
    n === 0
      ? `ບໍ່ມີການປ່ຽນແປງປະເພດດ່ານທີ່ບັນທຶກໄວ້ ${range}.`
      : `ມີການປ່ຽນແປງປະເພດດ່ານ ${n} ຄັ້ງ ທີ່ບັນທຶກໄວ້ ${range}:`,
  dashboardTitle: (pair) => `ການຄ້າ ${pair}`,
  about: 'ປະມານ ',
  'more-than': 'ຫຼາຍກວ່າ ',
  'at-least': 'ຢ່າງໜ້ອຍ ',
  // "The first / last 6 months of 2024"; "quarter 3/2024" (ໄຕມາດ, quarter).
  half: (half, year) => `6 ເດືອນ${half === 1 ? 'ຕົ້ນ' : 'ທ້າຍ'}ປີ ${year}`,
  quarter: (quarter, year) => `ໄຕມາດ ${quarter}/${year}`,
  // A date on one line (no-break spaces): at 390 px the gates' summary broke '(24 ຕ.ລ.' / '2024)'.
  month: (month, year) => `${MONTHS[month - 1]}\u00a0${year}`,
  monthName: (month) => MONTHS[month - 1] as string,
  day: (day, month, year) => `${day}\u00a0${MONTHS[month - 1]}\u00a0${year}`, // CLDR's `d MMM y`
  money: MONEY_WORDS_LO,
  scales: [
    [1e9, 'ຕື້'],
    [1e6, 'ລ້ານ'],
    [1e3, 'ພັນ'],
  ],
  punctuation: { colon: ': ', semicolon: '; ', comma: ', ', open: ' (', close: ')' },
  // The project's translations of the embedded targets' English texts (setters and notes), from
  // the core (the report's too); the target card marks them, and the data keeps the source's own
  // words.
  translations: DATASET_TRANSLATIONS_LO,
};
