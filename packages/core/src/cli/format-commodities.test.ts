import { describe, expect, it } from 'vitest';
import { commodityDataset, commodityFlow } from './__fixtures__/commodity-dataset.js';
import { commodityLines } from './format-commodities.js';
import { commoditySection } from './report-commodities.js';
import { REPORT_WORDS } from './report-words/index.js';

describe('commodityLines', () => {
  it('counts the other products in the locale’s digits (review r29d: "other products (1090)")', () => {
    // 1,100 headings of a dollar each: the top ones listed, 1,090 counted in "other products".
    const codes = Array.from({ length: 1100 }, (_, i) => {
      const chapter = 1 + Math.floor(i / 20);
      return `${String(chapter).padStart(2, '0')}${String(1 + (i % 20)).padStart(2, '0')}`;
    });
    const dataset = commodityDataset(
      'many',
      codes.map((code) => commodityFlow(code)),
    );
    const restLine = (locale: 'en' | 'vi' | 'zh') => {
      const words = REPORT_WORDS[locale].commodities;
      const section = commoditySection(dataset, words);
      if (typeof section === 'string') throw new Error(section);
      return commodityLines(section, locale, false).find((line) =>
        line.includes(words.otherProducts),
      );
    };
    expect(restLine('en')).toContain('other products (1,090)');
    expect(restLine('vi')).toContain('các mặt hàng khác (1.090)');
    expect(restLine('zh')).toContain('其他商品 (1,090)');
  });
});
