import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { BilateralError } from '../errors/index.js';
import {
  add,
  assertSameCurrency,
  compare,
  equals,
  type FormatMoneyOptions,
  formatMoney,
  isCurrencyCode,
  money,
  subtract,
  sum,
} from './index.js';
import { moneyToJson, parseMoney, safeParseMoney } from './schemas.js';

const usd = (amount: string) => money(amount, 'USD');

describe('money', () => {
  it('builds from a decimal string, a Decimal or a finite number', () => {
    expect(money('1491.9', 'USD').amount.toString()).toBe('1491.9');
    expect(money(new Decimal('2.5'), 'VND').amount.toString()).toBe('2.5');
    expect(money(0.1, 'USD').amount.toString()).toBe('0.1');
    expect(money('123456789012345678.123456789', 'USD').amount.toFixed()).toBe(
      '123456789012345678.123456789',
    );
  });

  it.each([
    [Number.NaN, 'NaN is not a finite number'],
    [Number.POSITIVE_INFINITY, 'Infinity is not a finite number'],
    ['1,5', '"1,5" is not a decimal number'],
    ['abc', '"abc" is not a decimal number'],
    ['', '"" is not a decimal number'],
    ...nanDecimal(),
  ])('refuses %s with INVALID_DECIMAL', (amount, message) => {
    expect(() => money(amount, 'USD')).toThrowError(
      expect.objectContaining({ code: 'INVALID_DECIMAL', message: `amount: ${message}` }),
    );
  });

  it('refuses non-ISO currencies with INVALID_CURRENCY', () => {
    expect(() => money('1', 'usd')).toThrowError(
      expect.objectContaining({ code: 'INVALID_CURRENCY' }),
    );
    expect(() => money('1', 'XYZ1')).toThrowError(BilateralError);
    expect(isCurrencyCode('LAK')).toBe(true);
    expect(isCurrencyCode('ZZZ')).toBe(false);
  });
});

describe('arithmetic', () => {
  it('adds, subtracts and sums exactly', () => {
    expect(add(usd('0.1'), usd('0.2')).amount.toString()).toBe('0.3');
    expect(add(usd('159.6'), usd('179')).amount.toString()).toBe('338.6');
    expect(subtract(usd('491.9'), usd('1000')).amount.toString()).toBe('-508.1');
    expect(sum([usd('1'), usd('2.5'), usd('-0.5')]).amount.toString()).toBe('3');
  });

  it('refuses mixed currencies with CURRENCY_MISMATCH', () => {
    const vnd = money('1', 'VND') as ReturnType<typeof money<string>>;
    const dollars = usd('1') as ReturnType<typeof money<string>>;
    for (const call of [
      () => add(dollars, vnd),
      () => subtract(dollars, vnd),
      () => compare(dollars, vnd),
      () => sum([dollars, dollars, vnd]),
    ]) {
      expect(call).toThrowError(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
    }
    try {
      sum([dollars, dollars, vnd]);
    } catch (error) {
      expect((error as BilateralError).issues[0]?.path).toEqual([2]);
      expect(String(error)).toContain('cannot combine VND with USD');
    }
  });

  it('refuses an empty sum with EMPTY_SERIES', () => {
    expect(() => sum([])).toThrowError(expect.objectContaining({ code: 'EMPTY_SERIES' }));
    expect(() => assertSameCurrency([])).toThrowError(BilateralError);
  });

  it('refuses, rather than rounds, a sum that needs more than 64 digits', () => {
    expect(() => add(usd('1e35'), usd('1e-30'))).toThrowError(
      expect.objectContaining({ code: 'PRECISION_EXCEEDED' }),
    );
  });

  it('compares numerically', () => {
    expect(compare(usd('1.50'), usd('1.5'))).toBe(0);
    expect(compare(usd('2'), usd('10'))).toBe(-1);
    expect([usd('3'), usd('-1'), usd('2')].sort(compare).map((m) => m.amount.toString())).toEqual([
      '-1',
      '2',
      '3',
    ]);
    expect(equals(usd('1.50'), usd('1.5'))).toBe(true);
    expect(equals(usd('1'), money('1', 'VND'))).toBe(false);
  });
});

/** Decimal strings of up to 18 significant digits, positive or negative. */
const decimalString = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 999_999_999_999_999_999n }),
    fc.integer({ min: 0, max: 18 }),
  )
  .map(([negative, digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    const whole = text.slice(0, text.length - scale);
    const fraction = text.slice(text.length - scale);
    return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
  });

/** Exact reference sum with BigInt at a common scale. */
function referenceSum(a: string, b: string): string {
  const scaleOf = (s: string) => (s.split('.')[1] ?? '').length;
  const scale = Math.max(scaleOf(a), scaleOf(b));
  const toUnits = (s: string) => {
    const negative = s.startsWith('-');
    const [whole = '0', fraction = ''] = s.replace('-', '').split('.');
    const units = BigInt(whole + fraction.padEnd(scale, '0'));
    return negative ? -units : units;
  };
  return new Decimal((toUnits(a) + toUnits(b)).toString()).div(`1e${scale}`).toFixed();
}

describe('money properties', () => {
  it('addition is exact and commutative for decimal strings of up to 18 significant digits', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        const ab = add(usd(a), usd(b));
        const ba = add(usd(b), usd(a));
        expect(ab.amount.eq(ba.amount)).toBe(true);
        expect(ab.amount.toFixed()).toBe(referenceSum(a, b));
      }),
      propertyRuns(338_6, { ci: 1000, full: 2000 }),
    );
  });

  it('subtracting what was added gives the start back exactly', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        expect(subtract(add(usd(a), usd(b)), usd(b)).amount.eq(new Decimal(a))).toBe(true);
      }),
      propertyRuns(1599, { ci: 1000, full: 1000 }),
    );
  });

  it('JSON round trip keeps every digit', () => {
    fc.assert(
      fc.property(decimalString, (a) => {
        const back = parseMoney(moneyToJson(usd(a)));
        expect(back.amount.eq(new Decimal(a))).toBe(true);
        expect(back.currency).toBe('USD');
      }),
      propertyRuns(491_9, { ci: 1000, full: 1000 }),
    );
  });
});

describe('JSON form', () => {
  it('parses and reports each bad field', () => {
    expect(parseMoney({ amount: '491.90', currency: 'USD' }).amount.toFixed(2)).toBe('491.90');
    const result = safeParseMoney({ amount: '1e5', currency: 'usd' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues.map((issue) => issue.path)).toEqual([['amount'], ['currency']]);
    expect(safeParseMoney(null).success).toBe(false);
    expect(safeParseMoney({ amount: 5, currency: 'USD' }).success).toBe(false);
  });
});

describe('formatMoney', () => {
  const turnover = usd('1491900000');

  it('writes full amounts with locale separators', () => {
    expect(formatMoney(turnover)).toBe('US$1,491,900,000');
    expect(formatMoney(turnover, { locale: 'vi' })).toBe('1.491.900.000 USD');
    expect(formatMoney(turnover, { locale: 'lo' })).toBe('1.491.900.000 USD');
    expect(formatMoney(turnover, { locale: 'zh' })).toBe('1,491,900,000美元');
    expect(formatMoney(usd('-508.1'))).toBe('-US$508.10');
    expect(formatMoney(money('25000000', 'VND'))).toBe('VND 25,000,000');
  });

  it('writes compact amounts in each language', () => {
    expect(formatMoney(turnover, { notation: 'compact' })).toBe('US$1.49 billion');
    expect(formatMoney(turnover, { notation: 'compact', locale: 'vi' })).toBe('1,49 tỷ USD');
    expect(formatMoney(turnover, { notation: 'compact', locale: 'lo' })).toBe('1,49 ຕື້ USD');
    expect(formatMoney(turnover, { notation: 'compact', locale: 'zh' })).toBe('14.9亿美元');
    expect(formatMoney(usd('1500000000'), { notation: 'compact' })).toBe('US$1.5 billion');
    expect(formatMoney(usd('338600000'), { notation: 'compact', locale: 'vi' })).toBe(
      '338,6 triệu USD',
    );
    expect(formatMoney(usd('-508100000'), { notation: 'compact' })).toBe('-US$508.1 million');
    expect(formatMoney(usd('950'), { notation: 'compact' })).toBe('US$950');
  });

  it('writes compact Chinese with the significant digits of English (issue 15, defect 11)', () => {
    // Seen on the screenshots: "81.22亿" and "46.98亿" beside "US$8.12 billion" and "US$4.7 billion".
    const compactIn = (amount: string, locale: 'en' | 'zh') =>
      formatMoney(usd(amount), { notation: 'compact', locale });
    expect([compactIn('8122000000', 'en'), compactIn('8122000000', 'zh')]).toEqual([
      'US$8.12 billion',
      '81.2亿美元',
    ]);
    expect([compactIn('4698000000', 'en'), compactIn('4698000000', 'zh')]).toEqual([
      'US$4.7 billion',
      '47亿美元',
    ]);
    expect(compactIn('4389000000', 'zh')).toBe('43.9亿美元');
    expect([compactIn('-508100000', 'en'), compactIn('-508100000', 'zh')]).toEqual([
      '-US$508.1 million',
      '-5.081亿美元',
    ]);
    expect([compactIn('12345', 'en'), compactIn('12345', 'zh')]).toEqual([
      'US$12.35 thousand',
      '1.235万美元',
    ]);
    expect(compactIn('1234', 'zh')).toBe('1234美元'); // below 万: in full, as English below a thousand
    expect(compactIn('999996000', 'zh')).toBe('10亿美元');
    // Asked-for fraction digits stay digits after the separator.
    expect(
      formatMoney(usd('8122000000'), { notation: 'compact', locale: 'zh', fractionDigits: 2 }),
    ).toBe('81.22亿美元');
  });

  it('groups a compact Chinese number from five digits, as CLDR and Chinese releases write it', () => {
    // "4,573.6亿美元" in the Chinese report: 万 and 亿 count in fours, so Chinese writes 4573.6亿
    // (CLDR's compact pattern 0000亿; Intl.NumberFormat('zh', { notation: 'compact' }) too).
    const compactIn = (amount: string, locale: 'en' | 'vi' | 'zh') =>
      formatMoney(usd(amount), { notation: 'compact', locale });
    expect(compactIn('457360000000', 'zh')).toBe('4573.6亿美元');
    expect(compactIn('-999900000000', 'zh')).toBe('-9999亿美元');
    expect(compactIn('12345000000000000', 'zh')).toBe('12,345万亿美元');
    expect(compactIn('-1234', 'zh')).toBe('-1234美元');
    // In full, Chinese groups as English does; the other languages group four digits compact too.
    expect(formatMoney(usd('4573'), { locale: 'zh' })).toBe('4,573美元');
    expect(compactIn('4573600000000000', 'en')).toBe('US$4,573.6 trillion');
    expect(compactIn('4573600000000000', 'vi')).toBe('4.573,6 nghìn tỷ USD');
  });

  it('carries a rounding into the next scale', () => {
    expect(formatMoney(usd('999996000'), { notation: 'compact' })).toBe('US$1 billion');
  });

  it('picks the scale a rounding reaches from under a tenth of it, at it and in between', () => {
    // The scale is divided by only between a tenth of it and itself (see pickScale).
    const compact = (amount: string, options: FormatMoneyOptions) =>
      formatMoney(usd(amount), { notation: 'compact', ...options });
    expect(compact('999950', { fractionDigits: 1, roundingMode: 'half-up' })).toBe(
      'US$1.0 million',
    );
    expect(compact('999950', { fractionDigits: 1, roundingMode: 'down' })).toBe(
      'US$999.9 thousand',
    );
    expect(compact('99950', { fractionDigits: 1, roundingMode: 'half-up' })).toBe(
      'US$100.0 thousand',
    );
    expect(compact('95000', { fractionDigits: 1, roundingMode: 'ceil' })).toBe('US$95.0 thousand');
    expect(compact('1000000', { fractionDigits: 1, roundingMode: 'floor' })).toBe('US$1.0 million');
    expect(compact('-1000000', { fractionDigits: 1, roundingMode: 'floor' })).toBe(
      '-US$1.0 million',
    );
    expect(compact('99999999', { locale: 'zh' })).toBe('1亿美元');
  });

  it('moves up a scale only when the amount, rounded as written, reaches it', () => {
    const compact = (amount: string, options: FormatMoneyOptions) =>
      formatMoney(usd(amount), { notation: 'compact', ...options });
    // Rounding up with no fraction digit took any amount to the largest scale ('US$1 trillion').
    expect(compact('1', { fractionDigits: 0, roundingMode: 'ceil' })).toBe('US$1');
    expect(compact('1', { fractionDigits: 0, roundingMode: 'ceil', locale: 'zh' })).toBe('1美元');
    expect(compact('1500', { fractionDigits: 0, roundingMode: 'ceil' })).toBe('US$2 thousand');
    expect(compact('999.5', { fractionDigits: 0, roundingMode: 'half-up' })).toBe('US$1 thousand');
    expect(compact('999999.1', { fractionDigits: 0, roundingMode: 'ceil' })).toBe('US$1 million');
    // The signed amount is rounded, as it is written: -999.95 thousand rounded up is -999.9.
    expect(compact('-999950', { fractionDigits: 1, roundingMode: 'ceil' })).toBe(
      '-US$999.9 thousand',
    );
    expect(compact('-999950', { fractionDigits: 1, roundingMode: 'floor' })).toBe(
      '-US$1.0 million',
    );
  });

  it('rounds with the stated mode', () => {
    const half = usd('1.125');
    expect(formatMoney(half, { fractionDigits: 2 })).toBe('US$1.13');
    expect(formatMoney(half, { fractionDigits: 2, roundingMode: 'half-even' })).toBe('US$1.12');
    expect(
      formatMoney(usd('25880000000'), {
        notation: 'compact',
        fractionDigits: 0,
        roundingMode: 'down',
      }),
    ).toBe('US$25 billion');
    expect(formatMoney(usd('1.001'), { fractionDigits: 2, roundingMode: 'ceil' })).toBe('US$1.01');
    expect(formatMoney(usd('-1.001'), { fractionDigits: 2, roundingMode: 'floor' })).toBe(
      '-US$1.01',
    );
  });

  it('never writes a negative zero', () => {
    expect(formatMoney(usd('-0.001'))).toBe('US$0.00');
  });
});

/**
 * A NaN Decimal, where the engine has one: decimal.js does, the browsers' BigInt engine (on which
 * this suite runs too) refuses to make one.
 */
function nanDecimal(): [Decimal, string][] {
  try {
    return [[new Decimal(Number.NaN), 'NaN is not a finite decimal']];
  } catch {
    return [];
  }
}
