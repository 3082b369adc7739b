import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import type { Period } from '../period/index.js';
import { add, convert, type ExchangeRate, findRate, money } from './index.js';

const year2024: Period = { kind: 'year', year: 2024 };
const usdVnd = (rate: string, overrides: Partial<ExchangeRate> = {}): ExchangeRate => ({
  from: 'USD',
  to: 'VND',
  period: year2024,
  rate,
  kind: 'period-average',
  source: 'my-central-bank-2024',
  ...overrides,
});

describe('convert', () => {
  const rates = [usdVnd('25000')];

  it('multiplies by the rate of the pair for the period (the TSDoc example)', () => {
    expect(convert(money('2', 'USD'), 'VND', { period: year2024, rates }).amount.toString()).toBe(
      '50000',
    );
    const converted = convert(money('1491.9', 'USD'), 'VND', { period: year2024, rates });
    expect([converted.amount.toString(), converted.currency]).toEqual(['37297500', 'VND']);
  });

  it('divides by the reverse pair’s rate when only that is given (exact Decimal division)', () => {
    expect(
      convert(money('50000', 'VND'), 'USD', { period: year2024, rates }).amount.toString(),
    ).toBe('2');
    const third = convert(money('1', 'VND'), 'USD', { period: year2024, rates: [usdVnd('3')] });
    expect(third.amount.eq(new Decimal(1).div(3))).toBe(true);
    expect(third.amount.precision(true)).toBe(64);
  });

  it('prefers the pair as written to its reverse', () => {
    const both = [usdVnd('25000'), usdVnd('0.00004', { from: 'VND', to: 'USD', source: 'other' })];
    expect(findRate('VND', 'USD', { period: year2024, rates: both })).toMatchObject({
      inverse: false,
      source: 'other',
    });
  });

  it('uses a rate dated the day asked for (the findRate example)', () => {
    const dated: ExchangeRate[] = [
      {
        from: 'USD',
        to: 'LAK',
        date: '2024-12-31',
        rate: '21900',
        kind: 'end-of-period',
        source: 'my-bank-2024-12-31',
      },
    ];
    expect(findRate('USD', 'LAK', { on: '2024-12-31', rates: dated }).rate.toString()).toBe(
      '21900',
    );
    expect(findRate('LAK', 'USD', { on: '2024-12-31', rates: dated }).inverse).toBe(true);
    expect(errorCode(() => findRate('USD', 'LAK', { on: '2024-12-30', rates: dated }))).toBe(
      'MISSING_RATE',
    );
  });

  it('returns money already in the target currency as it is', () => {
    const value = money('5', 'USD');
    expect(convert(value, 'USD', { period: year2024, rates: [] })).toBe(value);
  });

  it('refuses a missing rate, naming the pair and the period', () => {
    expect(() => convert(money('1', 'USD'), 'LAK', { period: year2024, rates })).toThrowError(
      expect.objectContaining({
        code: 'MISSING_RATE',
        message: 'rates: no rate from USD to LAK (or LAK to USD) for 2024 in the table',
      }),
    );
    // a yearly rate does not stand in for a quarter, nor a period for a day in it
    const quarter: Period = { kind: 'quarter', year: 2024, quarter: 1 };
    expect(errorCode(() => convert(money('1', 'USD'), 'VND', { period: quarter, rates }))).toBe(
      'MISSING_RATE',
    );
    expect(errorCode(() => convert(money('1', 'USD'), 'VND', { on: '2024-06-30', rates }))).toBe(
      'MISSING_RATE',
    );
    expect(
      errorCode(() =>
        convert(money('1', 'USD'), 'VND', { period: year2024, rates, kind: 'end-of-period' }),
      ),
    ).toBe('MISSING_RATE');
  });

  it('refuses two rates for the same pair, period and kind, naming both', () => {
    const twice = [usdVnd('25000'), usdVnd('25100', { source: 'other' })];
    expect(() =>
      convert(money('1', 'USD'), 'VND', { period: year2024, rates: twice }),
    ).toThrowError(
      expect.objectContaining({
        code: 'AMBIGUOUS_RATE',
        message:
          'rates: the table has 2 USD→VND rates for 2024: 25000 (period-average, my-central-bank-2024), 25100 (period-average, other); keep one',
      }),
    );
    // the same pair given both ways round is two rates too
    const reverse = [
      usdVnd('0.00004', { from: 'VND', to: 'USD' }),
      usdVnd('0.00005', { from: 'VND', to: 'USD', source: 'b' }),
    ];
    expect(
      errorCode(() => convert(money('1', 'USD'), 'VND', { period: year2024, rates: reverse })),
    ).toBe('AMBIGUOUS_RATE');
  });

  it('asks for the kind when the table has both kinds for the pair and period', () => {
    const kinds = [usdVnd('25000'), usdVnd('25500', { kind: 'end-of-period', source: 'eop' })];
    expect(
      errorCode(() => convert(money('1', 'USD'), 'VND', { period: year2024, rates: kinds })),
    ).toBe('AMBIGUOUS_RATE');
    expect(
      convert(money('1', 'USD'), 'VND', {
        period: year2024,
        rates: kinds,
        kind: 'end-of-period',
      }).amount.toString(),
    ).toBe('25500');
  });

  it('refuses an undated rate and an undated conversion', () => {
    const { period: _period, ...undated } = usdVnd('25000');
    expect(() =>
      convert(money('1', 'USD'), 'VND', { period: year2024, rates: [undated] }),
    ).toThrowError(
      expect.objectContaining({
        code: 'UNDATED_RATE',
        message:
          'rates[0]: the USD→VND rate has neither a period nor a date: every rate must be dated',
      }),
    );
    expect(errorCode(() => convert(money('1', 'USD'), 'VND', { rates }))).toBe('UNDATED_RATE');
  });

  it.each([
    ['a rate of zero', { rates: [usdVnd('0')] }, 'INVALID_INPUT'],
    ['a negative rate', { rates: [usdVnd('-1')] }, 'INVALID_INPUT'],
    ['a rate that is not a number', { rates: [usdVnd('abc')] }, 'INVALID_DECIMAL'],
    ['a rate past the range', { rates: [usdVnd(`1${'0'.repeat(36)}`)] }, 'OUT_OF_RANGE'],
    ['a bad currency', { rates: [usdVnd('1', { to: 'XYZ' })] }, 'INVALID_CURRENCY'],
    ['a bad kind', { rates: [usdVnd('1', { kind: 'spot' as never })] }, 'INVALID_INPUT'],
    ['no source', { rates: [usdVnd('1', { source: '' })] }, 'INVALID_INPUT'],
    ['period text', { rates: [usdVnd('1', { period: '2024' as never })] }, 'INVALID_PERIOD'],
    ['both a period and a date', { rates: [usdVnd('1', { date: '2024-01-01' })] }, 'INVALID_INPUT'],
    [
      'a date that does not exist',
      { rates: [usdVnd('1', { period: undefined as never, date: '2023-02-29' })] },
      'INVALID_INPUT',
    ],
    ['rates that are not an array', { rates: 'USD' as never }, 'INVALID_INPUT'],
    ['a row that is not an object', { rates: [null as never] }, 'INVALID_INPUT'],
    ['a bad kind option', { rates: [], kind: 'spot' as never }, 'INVALID_INPUT'],
  ])('refuses %s', (_name, options, code) => {
    expect(
      errorCode(() => convert(money('1', 'USD'), 'VND', { period: year2024, ...options })),
    ).toBe(code);
  });

  it('refuses bad money, a bad target, both dates, and options that are not an object', () => {
    const rates = [usdVnd('1')];
    expect(errorCode(() => convert('1' as never, 'VND', { period: year2024, rates }))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => convert(money('1', 'USD'), 'usd', { period: year2024, rates }))).toBe(
      'INVALID_CURRENCY',
    );
    expect(
      errorCode(() =>
        convert(money('1', 'USD'), 'VND', { period: year2024, on: '2024-01-01', rates }),
      ),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => convert(money('1', 'USD'), 'VND', null as never))).toBe('INVALID_INPUT');
    expect(errorCode(() => convert(money('1', 'USD'), 'VND', { on: '2024-01', rates }))).toBe(
      'INVALID_INPUT',
    );
  });

  it('refuses a result past the supported range (OUT_OF_RANGE), not Infinity', () => {
    const huge = [usdVnd(`9${'0'.repeat(30)}`)];
    expect(() =>
      convert(money(`1${'0'.repeat(20)}`, 'USD'), 'VND', { period: year2024, rates: huge }),
    ).toThrowError(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });
});

/** Decimal strings of up to 15 significant digits, positive or negative. */
const amountText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 999_999_999_999_999n }),
    fc.integer({ min: 0, max: 6 }),
  )
  .map(([negative, digits, scale]) =>
    new Decimal(digits.toString())
      .div(`1e${scale}`)
      .times(negative ? -1 : 1)
      .toFixed(),
  );

/** Positive rates of up to 12 significant digits. */
const rateText = fc
  .tuple(fc.bigInt({ min: 1n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 8 }))
  .map(([digits, scale]) => new Decimal(digits.toString()).div(`1e${scale}`).toFixed());

/** Rates whose inverse is exact: 2^a·5^b, scaled. */
const exactInverseRate = fc
  .tuple(
    fc.integer({ min: 0, max: 20 }),
    fc.integer({ min: 0, max: 20 }),
    fc.integer({ min: -6, max: 6 }),
  )
  .map(([twos, fives, shift]) =>
    new Decimal((2n ** BigInt(twos) * 5n ** BigInt(fives)).toString())
      .times(`1e${shift}`)
      .toFixed(),
  );

describe('convert properties', () => {
  it('there and back with a rate and its inverse gives the amount exactly', () => {
    fc.assert(
      fc.property(amountText, rateText, (amount, rate) => {
        const rates = [usdVnd(rate)];
        const there = convert(money(amount, 'USD'), 'VND', { period: year2024, rates });
        const back = convert(there, 'USD', { period: year2024, rates });
        expect(back.amount.eq(amount)).toBe(true);
      }),
      propertyRuns(1717, { ci: 200, full: 2000 }),
    );
  });

  it('back and there gives the amount exactly when the rate’s inverse is exact', () => {
    fc.assert(
      fc.property(amountText, exactInverseRate, (amount, rate) => {
        const rates = [usdVnd(rate)];
        const back = convert(money(amount, 'VND'), 'USD', { period: year2024, rates });
        expect(back.amount.eq(new Decimal(amount).div(rate))).toBe(true);
        const there = convert(back, 'VND', { period: year2024, rates });
        expect(there.amount.eq(amount)).toBe(true);
      }),
      propertyRuns(2024, { ci: 200, full: 2000 }),
    );
  });

  it('is linear: the converted sum is the sum of the converted amounts, in both directions', () => {
    fc.assert(
      fc.property(amountText, amountText, rateText, (a, b, rate) => {
        const rates = [usdVnd(rate)];
        const options = { period: year2024, rates };
        const direct = convert(add(money(a, 'USD'), money(b, 'USD')), 'VND', options);
        const parts = add(
          convert(money(a, 'USD'), 'VND', options),
          convert(money(b, 'USD'), 'VND', options),
        );
        expect(direct.amount.eq(parts.amount)).toBe(true);
        // dividing: equal to 64 significant digits (each quotient is rounded once)
        const inverse = convert(add(money(a, 'VND'), money(b, 'VND')), 'USD', options);
        const expected = new Decimal(a).plus(b).div(rate);
        expect(inverse.amount.eq(expected)).toBe(true);
      }),
      propertyRuns(3141, { ci: 200, full: 2000 }),
    );
  });
});
