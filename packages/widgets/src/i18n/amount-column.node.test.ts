import { Decimal, money } from '@bilateral/core/calc';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAmountColumn } from './amount-column.js';
import { loadMessages } from './messages.js';

// The scales' words come with each language's messages.
beforeAll(() => Promise.all([loadMessages('zh'), loadMessages('vi')]));

const usd = (amount: string) => money(amount, 'USD');

describe('formatAmountColumn: each figure with the digits it has (QA h110 F2)', () => {
  it('pads a figure to the column’s decimals only as far as its precision goes', () => {
    // 2024's "US$2.2 billion" is known to the 0.1 billion; 2025's US$2.98 billion to the 0.01.
    const values = [usd('892900000'), usd('2200000000'), usd('2980000000')];
    const precisions = [new Decimal('100000'), new Decimal('100000000'), new Decimal('10000000')];
    expect(formatAmountColumn(values, 'en', precisions)).toEqual([
      'US$892.9 million',
      'US$2.2 billion',
      'US$2.98 billion',
    ]);
    // In 亿 (10^8): 22亿美元 known to the 亿 has no decimal, 10.3亿 known to 0.1 亿 one.
    expect(
      formatAmountColumn([usd('2200000000'), usd('1030000000'), usd('2980000000')], 'zh', [
        new Decimal('100000000'),
        new Decimal('10000000'),
        new Decimal('10000000'),
      ]),
    ).toEqual(['22亿美元', '10.3亿美元', '29.8亿美元']);
  });

  it('pads a figure without a precision to the column’s decimals, as before', () => {
    expect(formatAmountColumn([usd('1000000000'), usd('1150000000')], 'en', [])).toEqual([
      'US$1.00 billion',
      'US$1.15 billion',
    ]);
  });

  it('takes the scale a figure is written in, trillions too (review h113 F10)', () => {
    // US$1.56 trillion known to US$10 billion has two decimals in trillions (was 'US$2 trillion').
    const values = [usd('1230000000000'), usd('1560000000000')];
    const precisions = [new Decimal('10000000000'), new Decimal('10000000000')];
    expect(formatAmountColumn(values, 'en', precisions)).toEqual([
      'US$1.23 trillion',
      'US$1.56 trillion',
    ]);
    expect(formatAmountColumn(values, 'zh', precisions)).toEqual(['1.23万亿美元', '1.56万亿美元']);
    expect(formatAmountColumn(values, 'vi', precisions)).toEqual([
      '1,23 nghìn tỷ USD',
      '1,56 nghìn tỷ USD',
    ]);
  });
});
