import { describe, expect, it } from 'vitest';
import { localNumbers } from './local-numbers.js';

describe('localNumbers: the numbers of an English sentence in the locale (QA h120, targets in vi)', () => {
  it('writes decimals and grouped numbers with the locale’s separators, every digit kept', () => {
    const verdict =
      '2025: about +1,234 % a year since 2023 against a band of 10.0–15.0 % a year, 5 years left: ahead';
    expect(localNumbers(verdict, 'vi')).toBe(
      '2025: about +1.234 % a year since 2023 against a band of 10,0–15,0 % a year, 5 years left: ahead',
    );
    expect(localNumbers('2017 value ÷ (1 + 8.5 %)', 'lo')).toBe('2017 value ÷ (1 + 8,5 %)');
    expect(localNumbers('a rate of 22370.090', 'vi')).toBe('a rate of 22.370,090');
  });

  it('leaves years, periods, counts and punctuation alone', () => {
    const text = '2024-01/2024-09: +25.5 % on 2023-01/2023-09, 12 years left.';
    expect(localNumbers(text, 'vi')).toBe(
      '2024-01/2024-09: +25,5 % on 2023-01/2023-09, 12 years left.',
    );
  });

  it('keeps English and Chinese text as it is (the same separators)', () => {
    const text = 'about +1,234 % against 10.0–15.0 %';
    expect(localNumbers(text, 'en')).toBe(text);
    expect(localNumbers(text, 'zh')).toBe(text);
  });
});
