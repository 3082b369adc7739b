import { money } from '@bilateral/core/calc';
import { beforeAll, describe, expect, it } from 'vitest';
import { amountScale, sharedDecimals } from './amount-scale.js';
import { loadMessages } from './messages.js';

// The words of the texts (scales) come with each language's messages, as an element draws in a
// language once they have loaded.
beforeAll(() => Promise.all(['vi', 'lo', 'zh'].map(loadMessages)));

const usd = (amount: string) => money(amount, 'USD');

describe('sharedDecimals (QA h110 F8)', () => {
  it('counts the most decimals any amount shows, with each language’s separator', () => {
    const ends = [usd('1820000000'), usd('1900000000')];
    // US$1.82 billion beside US$1.9 billion; 18.2亿美元 beside 19亿美元 (亿 is 10^8).
    expect(
      (['en', 'vi', 'lo', 'zh'] as const).map((locale) => sharedDecimals(ends, locale)),
    ).toEqual([2, 2, 2, 1]);
    expect(sharedDecimals([usd('2000000000'), usd('3000000000')], 'en')).toBe(0);
    expect(sharedDecimals([usd('-383650000')], 'vi')).toBe(2);
    expect(sharedDecimals([], 'en')).toBe(0);
  });
});

describe('amountScale (review h130 F7)', () => {
  const same = (a: string, b: string, locale: 'en' | 'vi' | 'zh') =>
    amountScale(usd(a), locale) === amountScale(usd(b), locale);

  it('is the scale an amount is written in', () => {
    expect(same('1820000000', '-1900000000', 'en')).toBe(true);
    expect(same('950000000', '1050000000', 'en')).toBe(false); // million, billion
    expect(same('950000000', '1050000000', 'vi')).toBe(false); // triệu, tỷ
    expect(same('99500000', '100500000', 'zh')).toBe(false); // 万, 亿
    expect(same('950', '1050', 'en')).toBe(false); // in full, thousand
    // 999,996,000 is written US$1 billion, 10亿美元: in billions.
    expect(same('999996000', '1050000000', 'en')).toBe(true);
    expect(same('999996000', '1050000000', 'zh')).toBe(true);
  });

  it('and the one English writes it in, where the writer rounds it (zh)', () => {
    // Both in 亿, but 9.3615亿 (936.15 million) rounded to the 10,000, 10.5亿 to the 10 million.
    expect(same('936150000', '1050000000', 'zh')).toBe(false);
    expect(same('936150000', '940000000', 'zh')).toBe(true);
  });
});
