import { describe, expect, it } from 'vitest';
import { EXPLANATIONS_ZH } from './explanations-zh.js';
import { REPORT_WORDS } from './index.js';
import { periodZh } from './period-zh.js';

describe('periodZh', () => {
  it('writes a year with 年 and any other period as its text', () => {
    expect(periodZh('2024')).toBe('2024年');
    expect(periodZh('0001')).toBe('0001年');
    for (const text of ['2024-H1', '2024-Q3', '2024-09', '2024-01/2024-09', '2023-11/2024-02']) {
      expect(periodZh(text)).toBe(text);
    }
  });

  it('is what the products heading and the reconciliation both write', () => {
    const heading = (period: string) =>
      REPORT_WORDS.zh.commodities.productsHeading('老挝', 'export', '越南', period, 3, 'chapter');
    expect(heading('2024')).toMatch(/^2024年老挝对越南出口的商品/);
    expect(heading('2024-Q3')).toMatch(/^2024-Q3老挝对越南出口的商品/);
    const implied = (earlier: string) =>
      EXPLANATIONS_ZH.impliedPrevious(
        '贸易额',
        '8.929亿美元',
        '增长8.5%',
        '推算出',
        earlier,
        '贸易额',
        '约8.23亿美元',
      );
    expect(implied('2016')).toBe('贸易额8.929亿美元增长8.5%，推算出2016年贸易额约8.23亿美元。');
    expect(implied('2020-Q1')).toBe('贸易额8.929亿美元增长8.5%，推算出2020-Q1贸易额约8.23亿美元。');
    // The growth table's note on a base a later year implies.
    expect(REPORT_WORDS.zh.impliedBase('2017', '8.5%')).toBe('2017年数值 ÷ (1 + 8.5%)');
    expect(REPORT_WORDS.zh.impliedBase('2021-Q1', '8.5%')).toBe('2021-Q1数值 ÷ (1 + 8.5%)');
    // The years of the local-currency table without a rate.
    expect(REPORT_WORDS.zh.missingRates('USD', 'VND', ['2022', '2023'], '请提供汇率')).toBe(
      '2022年、2023年没有USD–VND汇率：请提供汇率。',
    );
  });
});
