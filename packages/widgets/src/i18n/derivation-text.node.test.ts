import type { Locale } from '@bilateral/core/calc';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivationText } from './derivation-text.js';
import { loadMessages, type Messages } from './messages.js';

const messages: Partial<Record<Locale, Messages>> = {};
beforeAll(async () => {
  for (const locale of ['en', 'vi', 'lo', 'zh'] as const) {
    messages[locale] = await loadMessages(locale);
  }
});

const text = (derivation: string, locale: Locale) =>
  derivationText(derivation, locale, messages[locale] as Messages);

describe('derivationText (QA h120 F12)', () => {
  it('writes the core’s note on an implied value in each language', () => {
    const note = '2017 value ÷ (1 + 8.5 %)';
    expect(text(note, 'en')).toBe(note);
    expect(text(note, 'vi')).toBe('giá trị 2017 ÷ (1 + 8,5%)');
    expect(text(note, 'lo')).toBe('ມູນຄ່າ 2017 ÷ (1 + 8,5%)');
    expect(text(note, 'zh')).toBe('2017年数值 ÷ (1 + 8.5%)');
    // A quarter and a fall, with the period as the language writes it and a minus sign (U+2212),
    // as formatRate and the CLI write a negative rate (review h160 B6: was a hyphen-minus).
    expect(text('2021-Q1 value ÷ (1 + -3.2 %)', 'vi')).toBe('giá trị Q1/2021 ÷ (1 + \u22123,2%)');
    expect(text('2021 value ÷ (1 + -3.2 %)', 'lo')).toBe('ມູນຄ່າ 2021 ÷ (1 + \u22123,2%)');
    expect(text('2021 value ÷ (1 + -3.2 %)', 'zh')).toBe('2021年数值 ÷ (1 + \u22123.2%)');
    // A year with 年, as the report writes it (2017年数值); a quarter's label has it already.
    expect(text('2021-Q1 value ÷ (1 + 22.5 %)', 'zh')).toBe('2021年第1季度数值 ÷ (1 + 22.5%)');
  });

  it('writes an uncertain rate with the language’s “about” (core: "÷ (1 + about 24 %)")', () => {
    const note = '2021 value ÷ (1 + about 24 %)';
    expect(text(note, 'en')).toBe(note);
    expect(text(note, 'vi')).toBe('giá trị 2021 ÷ (1 + khoảng 24%)');
    expect(text(note, 'lo')).toBe('ມູນຄ່າ 2021 ÷ (1 + ປະມານ 24%)');
    expect(text(note, 'zh')).toBe('2021年数值 ÷ (1 + 约24%)');
    expect(text('exports + imports (imports: 2022 value ÷ (1 + about -3.5 %))', 'vi')).toBe(
      'xuất khẩu + nhập khẩu (nhập khẩu: giá trị 2022 ÷ (1 + khoảng \u22123,5%))',
    );
  });

  it('writes a turnover summed from derived parts with the parts’ names', () => {
    const note =
      'exports + imports (exports: 2022 value ÷ (1 + 10.4 %); imports: 2022 value ÷ (1 + 34.6 %))';
    expect(text(note, 'en')).toBe(note);
    expect(text(note, 'vi')).toBe(
      'xuất khẩu + nhập khẩu (xuất khẩu: giá trị 2022 ÷ (1 + 10,4%); nhập khẩu: giá trị 2022 ÷ (1 + 34,6%))',
    );
    expect(text(note, 'zh')).toBe(
      '出口 + 进口（出口：2022年数值 ÷ (1 + 10.4%)；进口：2022年数值 ÷ (1 + 34.6%)）',
    );
  });

  it('leaves a derivation the data wrote itself as it is', () => {
    expect(text('mirror of Laos’ imports', 'vi')).toBe('mirror of Laos’ imports');
  });
});
