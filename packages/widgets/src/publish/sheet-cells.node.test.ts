import { NUMBER_SEPARATORS } from '@bilateral/core/calc';
import { describe, expect, it } from 'vitest';
import { LOCALE_SEPARATORS, numberFormat } from './sheet-cells.js';

const EN = ['.', ','] as const;
const VI = [',', '.'] as const;

describe('LOCALE_SEPARATORS', () => {
  it('are the marks the tables are written with, in each language', () => {
    expect(LOCALE_SEPARATORS).toEqual(NUMBER_SEPARATORS);
  });
});

describe('numberFormat', () => {
  it('writes an amount in the scale, decimals and words the table wrote it in', () => {
    expect(numberFormat('US$2.98 billion', '2980512345.67', EN)).toBe(
      '"US$"#,##0.00,,," billion";"−US$"#,##0.00,,," billion"',
    );
    expect(numberFormat('−US$508.1 million', '-508123456.7', EN)).toBe(
      '"US$"#,##0.0,," million";"−US$"#,##0.0,," million"',
    );
    expect(numberFormat('2.980,5 triệu USD', '2980500000', VI)).toBe(
      '#,##0.0,," triệu USD";"−"#,##0.0,," triệu USD"',
    );
    expect(numberFormat('1.234', '1234', VI)).toBe('#,##0;"−"#,##0');
    expect(numberFormat('9', '9', EN)).toBe('#,##0;"−"#,##0');
  });

  it('writes a rate as a percentage of its fraction, its sign on the sections of its sign', () => {
    expect(numberFormat('+32.7\u00a0%', '0.327', EN)).toBe(
      '"+"#,##0.0"\u00a0"%;"−"#,##0.0"\u00a0"%;#,##0.0"\u00a0"%',
    );
    expect(numberFormat('−3,2%', '-0.0321987654321', VI)).toBe('#,##0.0%;"−"#,##0.0%');
    // Rounded to zero, a negative rate shows no sign, as the table wrote it.
    expect(numberFormat('0.0 %', '-0.0001', EN)).toBe('#,##0.0" "%;#,##0.0" "%');
  });

  it('keeps the mark of a figure said to be "about", and a quote as a quote', () => {
    expect(numberFormat('about +33 %', '0.327123456789012', EN)).toBe(
      '"about +"#,##0" "%;"about −"#,##0" "%;"about "#,##0" "%',
    );
    expect(numberFormat('about −US$1 billion', '-1040000000', EN)).toBe(
      '"about US$"#,##0,,," billion";"about −US$"#,##0,,," billion"',
    );
    expect(numberFormat('"9"', '9', EN)).toBe('\\"#,##0\\";"−"\\"#,##0\\"');
    // A mark after the number is a word of the text, not a group mark of its digits.
    expect(numberFormat('US$1,234, est.', '1234', EN)).toBe(
      '"US$"#,##0", est.";"−US$"#,##0", est."',
    );
    expect(numberFormat('khoảng 1.234.', '1234', VI)).toBe('"khoảng "#,##0".";"−khoảng "#,##0"."');
  });

  it('groups a Chinese compact amount as the table writes it: from five digits (h376)', () => {
    // The core writes 1234美元 and 12,345万亿美元 (d9f24af7): the cell shows the same digits.
    expect(numberFormat('1234美元', '1234', EN)).toBe('0"美元";"−"0"美元"');
    expect(numberFormat('1234.5万亿美元', '1234500000000000', EN)).toBe(
      '0.0,,,,"万亿美元";"−"0.0,,,,"万亿美元"',
    );
    expect(numberFormat('12,345万亿美元', '12345000000000000', EN)).toBe(
      '#,##0,,,,"万亿美元";"−"#,##0,,,,"万亿美元"',
    );
  });

  it('leaves a text what a double does not hold at 15 digits, or a format cannot write', () => {
    // 16 and more significant digits: Excel would round them.
    expect(numberFormat('0.1', '0.1000000000000000055511', EN)).toBeUndefined();
    expect(numberFormat('9,007,199,254,740,993', '9007199254740993', EN)).toBeUndefined();
    // 亿 scales by 10⁸, 万 by 10⁴: not a thousand's power.
    expect(numberFormat('4.919亿美元', '491900000', EN)).toBeUndefined();
    expect(numberFormat('4919亿美元', '491900000000', EN)).toBeUndefined();
    expect(numberFormat('9500万美元', '95000000', EN)).toBeUndefined();
    // Two numbers, none, or one that is not the value.
    expect(numberFormat('between −US$2 million and US$1 million', '-500000', EN)).toBeUndefined();
    expect(numberFormat('—', '0', EN)).toBeUndefined();
    expect(numberFormat('US$2.98 billion', '2970000000', EN)).toBeUndefined();
    expect(numberFormat('1.5', '1e3', EN)).toBeUndefined();
  });

  it('leaves a text whose format would pass the 254 characters Excel takes (MS-OI29500 2.1.712)', () => {
    // Its words twice (positive and negative sections): 2 × 113 + 28 characters, then 2 × 114 + 28.
    const words = (count: number) => `US$1 ${'x'.repeat(count)}`;
    expect(numberFormat(words(113), '1', EN)).toHaveLength(254);
    expect(numberFormat(words(114), '1', EN)).toBeUndefined();
    // A comma per thousand it scales by, in each section: 10³⁰⁶ shown as `1` needs 102.
    expect(numberFormat(words(11), `1${'0'.repeat(306)}`, EN)).toHaveLength(254);
    expect(numberFormat(words(12), `1${'0'.repeat(306)}`, EN)).toBeUndefined();
    // The longest the tables write: Lao and Vietnamese "about", their scales and currencies.
    expect(numberFormat('ປະມານ \u22121.234,5 ຕື້ USD', '-1234500000000', VI)).toBe(
      '"ປະມານ "#,##0.0,,," ຕື້ USD";"ປະມານ −"#,##0.0,,," ຕື້ USD"',
    );
    expect(numberFormat('ປະມານ +12,3%', '0.123', VI)).toBe(
      '"ປະມານ +"#,##0.0%;"ປະມານ −"#,##0.0%;"ປະມານ "#,##0.0%',
    );
  });

  it('leaves a text a number Excel does not hold, past ±9.99999999999999E+307 or under 2.2251E-308', () => {
    const most = `99999999999999900${'0'.repeat(291)}`; // 9.99999999999999E+307, 308 digits
    expect(numberFormat(most, most, EN)).toBe('0;"−"0'); // written ungrouped: no group marks
    const over = `1${'0'.repeat(308)}`; // 1E+308
    expect(numberFormat(over, over, EN)).toBeUndefined();
    expect(numberFormat('0', `0.${'0'.repeat(300)}1`, EN)).toBe('#,##0;"−"#,##0');
    expect(numberFormat('0', `0.${'0'.repeat(308)}1`, EN)).toBeUndefined(); // 1E-309
  });

  it('groups the digits only where the table does (QA h287)', () => {
    // LibreOffice 7.4 showed a growth of `+15356.0 %` as `+15,356.0 %`, a coverage of
    // `99999999999999.9 %` as `99,999,999,999,999.9 %`: the table writes rates ungrouped.
    expect(numberFormat('+15356.0\u00a0%', '153.559505409737', EN)).toBe(
      '"+"0.0"\u00a0"%;"−"0.0"\u00a0"%;0.0"\u00a0"%',
    );
    expect(numberFormat('+15356,0%', '153.559505409737', VI)).toBe('"+"0.0%;"−"0.0%;0.0%');
    expect(numberFormat('US$12,345.68 trillion', '12345680000000000', EN)).toBe(
      '"US$"#,##0.00,,,," trillion";"−US$"#,##0.00,,,," trillion"',
    );
    expect(numberFormat('1.234', '1234', VI)).toBe('#,##0;"−"#,##0');
    expect(numberFormat('892,9 triệu USD', '892900000', VI)).toBe(
      '#,##0.0,," triệu USD";"−"#,##0.0,," triệu USD"',
    );
  });

  it('shows the digits the table shows, rounding the exact value half away from zero', () => {
    expect(numberFormat('US$1.01 billion', '1005000000', EN)).toBeDefined();
    expect(numberFormat('US$1.00 billion', '1005000000', EN)).toBeUndefined();
    expect(numberFormat('−US$1.01 billion', '-1005000000', EN)).toBeDefined();
  });
});
