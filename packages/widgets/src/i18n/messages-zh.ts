import {
  BALANCE_MEASURE_WORDS_ZH,
  DATASET_TRANSLATIONS_ZH,
  FLOW_MARK_WORDS_ZH,
  FLOW_MEASURE_WORDS_ZH,
  HS_CODE_WORD_ZH,
  MONEY_WORDS_ZH,
  TARGET_STATUS_WORDS_ZH,
  TRADE_POSITION_WORDS_ZH,
  UNKNOWN_CROSSING_CLASS_ZH,
} from '@bilateral/core';
import type { Messages } from './messages.js';

/**
 * An amount in a sentence on one line: a word joiner (U+2060) on each side of its Chinese
 * characters, since Chinese may break between any two ('82.3' / '亿美元', '约' / '35.8亿美元' at
 * 390 px). Its digits stay as they are, for a reader who copies them.
 */
const whole = (amount: string) =>
  amount.replace(/(?<=\p{sc=Han})(?=.)|(?<=.)(?=\p{sc=Han})/gu, '\u2060');

/** The widgets' texts in Chinese: a chunk of its own in the script-tag bundle, loaded on demand. */
export const zh: Messages = {
  loading: '正在加载贸易数据…',
  failed: '无法显示此图表的数据。',
  loadFailed: '无法加载此图表的数据。',
  reasons: {
    http: '无法下载数据文件。',
    network: '网络连接失败，请尝试重新加载页面。',
    timeout: '数据文件加载时间过长，请尝试重新加载页面。',
    json: '数据文件已损坏或不是数据文件。',
    schema: '数据文件中的贸易数字不符合所需格式。',
    'unknown-dataset': '此图表请求的数据集不存在。',
    compute: '图表的设置与所提供的数据不符。',
  },
  mixedCurrencies: '数据使用多种货币，此图表不进行换算。',
  invalidData: '提供给此图表的部分数据无效。',
  empty: '所选范围内没有数据。',
  emptyHint: (what) =>
    `数据中没有${what}的数字。这些数字可能尚未公布：请尝试其他年份，或查看发布机构的网站。`,
  noTargets: (pair) => `数据中没有${pair}的贸易目标。`,
  noCrossings: (pair) => `数据中没有${pair}的边境口岸。`,
  showTable: '显示数据表',
  hideTable: '隐藏数据表',
  download: '下载',
  table: '数据表',
  chart: '图表',
  keys: '使用左右方向键在数据点之间移动。',
  source: '来源',
  more: (n) => `；另有${n}\u2060个来源`,
  period: '时期',
  value: '数值',
  yearOnYear: '同比',
  notes: '备注',
  ...FLOW_MARK_WORDS_ZH,
  published: '公布数',
  disputed: (rate) => `公布数，但按公布的数值计算为${rate}`,
  // A year with 年 (2017年数值), as the report writes it; the other periods' labels have it.
  impliedBase: (period, rate) =>
    `${period}${period.includes('年') ? '' : '年'}数值 ÷ (1 + ${rate}%)`,
  subject: (measure, reporter, partner) =>
    measure === 'turnover'
      ? `${reporter}–${partner}贸易额`
      : measure === 'exports'
        ? `${reporter}对${partner}出口`
        : `${reporter}自${partner}进口`,
  hs: (code) => `（${HS_CODE_WORD_ZH}${code}）`,
  rose: (s, a, p, b, q) => `${s}从${whole(a)}（${p}）增至${whole(b)}（${q}）。`,
  fell: (s, a, p, b, q) => `${s}从${whole(a)}（${p}）降至${whole(b)}（${q}）。`,
  was: (s, v, p) => `${s}为${whole(v)}（${p}）。`,
  ...FLOW_MEASURE_WORDS_ZH,
  ...BALANCE_MEASURE_WORDS_ZH,
  balanceTitle: (pair) => `${pair}贸易差额`,
  positions: { ...TRADE_POSITION_WORDS_ZH, balanced: '收支平衡' },
  positionNames: { ...TRADE_POSITION_WORDS_ZH, unknown: '不明' },
  position: '贸易状况',
  balanceSentence: (r, pos, amount, p, period, cov) =>
    `${period}，${r}对${p}${pos}${amount}。${cov}`,
  coverageText: (pct) => `出口相当于进口的${pct}。`,
  unknownSentence: (r, low, high, p, period, bound) =>
    `${period}，${r}对${p}贸易差额在${low}至${high}之间（因${bound ? '一方仅公布下限' : '四舍五入'}，顺差或逆差不明）。`,
  balanceRange: (low, high) => `${low}至${high}`,
  target: '目标',
  targetBand: '目标区间',
  actual: '实际',
  statuses: TARGET_STATUS_WORDS_ZH,
  growthToDate: '迄今增长',
  perYear: (rate) => `每年${rate}`,
  required: (lo, hi, year) => `需每年增长${lo}至${hi}才能在${year}年达到目标区间。`,
  noneRequired: '已无剩余年份。',
  metText: (year) => `已达到${year}年的目标。`,
  lower: '区间下限',
  hollow: '空心：数值不确定或推算',
  levelText: (level, year) => `${year}年达到${whole(level)}`,
  requiredOne: (rate, year) => `需每年增长${rate}才能在${year}年达到目标。`,
  cushion: (rate, year) => `除非每年下降超过${rate}，${year}年仍可达到目标。`,
  levelSummary: (status, growth, base, needed, level, end) =>
    `${status}：自${base}以来年均增长${growth}；要在${end}年达到${whole(level)}，需自${base}起年均增长${needed}。`,
  upper: '区间上限',
  targetSummary: (status, growth, base, band, end, partial) =>
    partial
      ? `${status}：较${base}增长${growth}，目标为每年${band}。`
      : `${status}：自${base}以来年均增长${growth}，目标为到${end}年每年${band}。`,
  gatesTitle: (pair) => `${pair}边境口岸`,
  all: '全部',
  class: '类别',
  province: '省份',
  listed: '已列出',
  official: '官方',
  missing: '缺少',
  legend: '口岸类别',
  unknownClass: UNKNOWN_CROSSING_CLASS_ZH,
  // A count stays with its measure word (U+2060; at 390 px the gates' summary broke '28' / '个。').
  gatesSentence: (n, pair, country) => `${pair}边境列出${n}\u2060个口岸，按${country}的类别统计。`,
  officialSentence: (listed, official, asOf) =>
    `官方统计（${asOf}）为${official}\u2060个；已列出${listed}\u2060个。`,
  asAtSentence: (day, undated) =>
    `口岸类别截至${day}${undated > 0 ? `；${undated}\u2060个口岸在来源中没有日期，按最近记录显示。` : '。'}`,
  changeRange: (from, to) =>
    to === undefined ? `${from}年以来` : to === from ? `${from}年` : `${from}–${to}年`,
  changesSentence: (n, range) =>
    n === 0 ? `${range}没有记录的口岸类别变化。` : `${range}记录了${n}次口岸类别变化：`,
  dashboardTitle: (pair) => `${pair}贸易`,
  about: '约',
  'more-than': '超过',
  'at-least': '至少',
  half: (half, year) => `${year}年${half === 1 ? '上' : '下'}半年`,
  quarter: (quarter, year) => `${year}年第${quarter}季度`,
  month: (month, year) => `${year}年${month}月`,
  monthName: (month) => `${month}月`,
  // CLDR's range of `y年M月` is numeric: "2024/1 – 2024/9", also within one year.
  monthSpan: ([startYear, start], [endYear, end]) => `${startYear}/${start} – ${endYear}/${end}`,
  day: (day, month, year) => `${year}年${month}月${day}日`,
  money: MONEY_WORDS_ZH,
  scales: [
    [1e8, '亿'],
    [1e4, '万'],
  ],
  punctuation: { colon: '：', semicolon: '；', comma: '，', open: '（', close: '）', sentence: '' },
  // The project's translations of the embedded targets' English texts (setters and notes), from
  // the core (the report's too); the target card marks them, and the data keeps the source's own
  // words.
  translations: DATASET_TRANSLATIONS_ZH,
};
