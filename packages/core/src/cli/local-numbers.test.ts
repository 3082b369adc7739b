import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import {
  englishNumbers,
  localNumbers,
  localPercent,
  localSigns,
  localWhole,
} from './local-numbers.js';

describe('localNumbers: the numbers of an English sentence in the locale (QA h120, targets in vi)', () => {
  it('writes decimals and grouped numbers with the locale’s separators, every digit kept', () => {
    const verdict =
      '2025: about +1,234 % a year since 2023 against a band of 10.0–15.0 % a year, 5 years left: ahead';
    expect(localNumbers(verdict, 'vi')).toBe(
      '2025: about +1.234% a year since 2023 against a band of 10,0–15,0% a year, 5 years left: ahead',
    );
    expect(localNumbers('2017 value ÷ (1 + 8.5 %)', 'lo')).toBe('2017 value ÷ (1 + 8,5%)');
    expect(localNumbers('a rate of 22370.090', 'vi')).toBe('a rate of 22.370,090');
  });

  it('leaves years, periods, counts and punctuation alone', () => {
    const text = '2024-01/2024-09: +25.5 % on 2023-01/2023-09, 12 years left.';
    expect(localNumbers(text, 'vi')).toBe(
      '2024-01/2024-09: +25,5% on 2023-01/2023-09, 12 years left.',
    );
  });

  it('leaves digits inside a word alone: a source id, a version, an exponent (review h150 A6)', () => {
    expect(localNumbers('source mof-2.1 (v1.2.3) gives 1.5e+21, -2.5 and 12.5.', 'vi')).toBe(
      'source mof-2.1 (v1.2.3) gives 1.5e+21, \u22122,5 and 12,5.',
    );
    expect(localNumbers('row 2024-Q1.2 of s1.5: 1,234.5 M', 'lo')).toBe(
      'row 2024-Q1.2 of s1.5: 1.234,5 M',
    );
  });

  it('keeps English as it is; Chinese keeps its separators and takes its signs (QA h135 Q18)', () => {
    const text = 'about +1,234 % against 10.0–15.0 %, about -3 % (-2.5 %)';
    expect(localNumbers(text, 'en')).toBe(text);
    expect(localNumbers(text, 'zh')).toBe(
      'about +1,234% against 10.0–15.0%, about \u22123% (\u22122.5%)',
    );
  });
});

describe('englishNumbers: an amount in the locale, for a sentence localized whole (r26e review)', () => {
  it.each([
    ['vi', 'hơn 1,065 tỷ USD', 'hơn 1.065 tỷ USD'],
    ['vi', 'hơn 1,06 tỷ USD; 1.234,5 triệu USD', 'hơn 1.06 tỷ USD; 1,234.5 triệu USD'],
    ['lo', 'ຫຼາຍກວ່າ 1,065 ຕື້ USD', 'ຫຼາຍກວ່າ 1.065 ຕື້ USD'],
  ] as const)(
    'swaps %s separators so that localNumbers gives them back',
    (locale, local, english) => {
      expect(englishNumbers(local, locale)).toBe(english);
      expect(localNumbers(englishNumbers(local, locale), locale)).toBe(local);
    },
  );

  it('leaves English and Chinese, a year and punctuation as they are', () => {
    expect(englishNumbers('more than US$1.065 billion', 'en')).toBe('more than US$1.065 billion');
    expect(englishNumbers('超过10.65亿美元', 'zh')).toBe('超过10.65亿美元');
    expect(englishNumbers('2024, 2025: 12', 'vi')).toBe('2024, 2025: 12');
  });
});

describe('localPercent and localSigns: one rule per locale, the widgets’ (QA h135 Q18)', () => {
  it('writes vi and lo as CLDR’s #,##0% with a true minus, zh likewise, English as before', () => {
    const cases = [
      ['8.5', 1, true, '+8.5 %', '+8,5%', '+8,5%', '+8.5%'],
      ['-10', 0, true, '-10 %', '\u221210%', '\u221210%', '\u221210%'],
      ['1234.56', 1, true, '+1,234.6 %', '+1.234,6%', '+1.234,6%', '+1,234.6%'],
      ['60.44', 1, false, '60.4 %', '60,4%', '60,4%', '60.4%'],
      // Rounds to 0 at its decimals: no sign either way.
      ['-0.04', 1, true, '0.0 %', '0,0%', '0,0%', '0.0%'],
      ['0.04', 1, true, '0.0 %', '0,0%', '0,0%', '0.0%'],
    ] as const;
    for (const [value, digits, signed, en, vi, lo, zh] of cases) {
      const written = (['en', 'vi', 'lo', 'zh'] as const).map((locale) =>
        localPercent(new Decimal(value), digits, locale, signed),
      );
      expect(written).toEqual([en, vi, lo, zh]);
    }
  });

  it('turns a number’s sign into U+2212 outside English, not a hyphen in a word or period', () => {
    expect(localSigns('-383,6 triệu USD', 'vi')).toBe('\u2212383,6 triệu USD');
    expect(localSigns('about -500 triệu USD', 'lo')).toBe('about \u2212500 triệu USD');
    expect(localSigns('year-on-year 2024-01 -3 %', 'zh')).toBe('year-on-year 2024-01 \u22123%');
    expect(localSigns('-US$383.6 million, about -3 %', 'en')).toBe('-US$383.6 million, about -3 %');
  });
});

describe('localWhole: a count in the report’s digits (review r29d of h348)', () => {
  it('groups in thousands with the locale’s separator, rounding a decimal half up', () => {
    expect(
      (['en', 'vi', 'lo', 'zh'] as const).map((locale) => localWhole(1_234_567, locale)),
    ).toEqual(['1,234,567', '1.234.567', '1.234.567', '1,234,567']);
    expect([localWhole(999, 'vi'), localWhole(0, 'zh'), localWhole('1706.5', 'en')]).toEqual([
      '999',
      '0',
      '1,707',
    ]);
  });
});
