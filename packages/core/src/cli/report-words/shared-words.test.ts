import { describe, expect, it } from 'vitest';
import {
  BALANCE_MEASURE_WORDS_LO,
  BALANCE_MEASURE_WORDS_VI,
  BALANCE_MEASURE_WORDS_ZH,
  FLOW_MARK_WORDS_LO,
  FLOW_MARK_WORDS_VI,
  FLOW_MARK_WORDS_ZH,
  FLOW_MEASURE_WORDS_LO,
  FLOW_MEASURE_WORDS_VI,
  FLOW_MEASURE_WORDS_ZH,
  HS_CODE_WORD_ZH,
  TRADE_POSITION_WORDS_LO,
  TRADE_POSITION_WORDS_VI,
  TRADE_POSITION_WORDS_ZH,
  UNKNOWN_CROSSING_CLASS_LO,
  UNKNOWN_CROSSING_CLASS_VI,
  UNKNOWN_CROSSING_CLASS_ZH,
} from '../../index.js';
import { REPORT_WORDS } from './index.js';

// The words the widgets' vi/lo/zh messages show too (their messages.node test pins that side).
const CORE = {
  vi: {
    positions: TRADE_POSITION_WORDS_VI,
    balance: BALANCE_MEASURE_WORDS_VI,
    measures: FLOW_MEASURE_WORDS_VI,
    marks: FLOW_MARK_WORDS_VI,
    unknownClass: UNKNOWN_CROSSING_CLASS_VI,
  },
  lo: {
    positions: TRADE_POSITION_WORDS_LO,
    balance: BALANCE_MEASURE_WORDS_LO,
    measures: FLOW_MEASURE_WORDS_LO,
    marks: FLOW_MARK_WORDS_LO,
    unknownClass: UNKNOWN_CROSSING_CLASS_LO,
  },
  zh: {
    positions: TRADE_POSITION_WORDS_ZH,
    balance: BALANCE_MEASURE_WORDS_ZH,
    measures: FLOW_MEASURE_WORDS_ZH,
    marks: FLOW_MARK_WORDS_ZH,
    unknownClass: UNKNOWN_CROSSING_CLASS_ZH,
  },
} as const;

describe("the report's balance, measure, flow-mark and crossing-class words", () => {
  it('are the core’s in Lao and Chinese, as the widgets show them', () => {
    for (const locale of ['lo', 'zh'] as const) {
      const words = REPORT_WORDS[locale];
      const core = CORE[locale];
      expect(words.positions).toBe(core.positions);
      expect(words.measures).toBe(core.measures);
      expect(words.tradeColumns).toMatchObject({
        ...core.measures,
        balance: core.balance.balance,
        cover: core.balance.coverage,
      });
      expect(words.uncertain).toBe(core.marks.uncertain);
      expect(words.derived('x')).toMatch(new RegExp(`^${core.marks.derived}[:：]`));
      expect(words.unknownClass).toBe(core.unknownClass);
    }
    expect(REPORT_WORDS.lo.flowMark('export', 'derived')).toBe('ສົ່ງອອກ ຄິດໄລ່');
    // Chinese puts the predicate 为 before the widgets' 推算 after a side.
    expect(REPORT_WORDS.zh.flowMark('export', 'derived')).toBe('出口为推算');
    expect(REPORT_WORDS.zh.flowMark('import', 'uncertain')).toBe('进口数值不确定');
  });

  it('name a commodity code in Chinese with the core’s word, as the widgets do', () => {
    expect(REPORT_WORDS.zh.hs('1201', null)).toBe(`（${HS_CODE_WORD_ZH}1201）`);
    expect(REPORT_WORDS.zh.hs('1201', 'Soya beans')).toBe(`（${HS_CODE_WORD_ZH}1201：Soya beans）`);
    expect(REPORT_WORDS.en.hs('1201', 'Soya beans')).toBe(', HS 1201 — Soya beans');
  });

  it('are the core’s in Vietnamese: in lower case, and the positions with ordinary spaces', () => {
    const words = REPORT_WORDS.vi;
    expect(words.positions).toEqual({
      surplus: 'xuất siêu',
      deficit: 'nhập siêu',
      balanced: 'cân bằng',
    });
    expect(TRADE_POSITION_WORDS_VI.surplus).toBe('xuất\u00a0siêu');
    expect(words.measures).toEqual({
      exports: 'xuất khẩu',
      imports: 'nhập khẩu',
      turnover: 'kim ngạch',
    });
    expect(FLOW_MEASURE_WORDS_VI.turnover).toBe('Kim ngạch');
    expect(words.tradeColumns).toMatchObject({
      ...words.measures,
      balance: 'cán cân',
      cover: 'tỷ lệ bù đắp',
    });
    expect(BALANCE_MEASURE_WORDS_VI.balance).toBe('Cán cân');
    expect(words.uncertain).toBe(FLOW_MARK_WORDS_VI.uncertain);
    expect(words.derived('x')).toBe(`${FLOW_MARK_WORDS_VI.derived}: x`);
    expect(words.flowMark('import', 'uncertain')).toBe('nhập khẩu chưa chắc chắn');
    expect(words.unknownClass).toBe(UNKNOWN_CROSSING_CLASS_VI);
  });
});
