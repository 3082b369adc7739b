import { describe, expect, it, vi } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { Decimal } from '../_internal/decimal.js';
import type { Series } from '../flow/index.js';
import { convertSeries, type ExchangeRate, money } from './index.js';

const series: Series<'USD'> = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'exports',
  currency: 'USD',
  points: [
    { period: { kind: 'year', year: 2023 }, value: money('1000', 'USD'), source: 'a' },
    {
      period: { kind: 'year', year: 2024 },
      value: money('2000', 'USD'),
      source: 'b',
      precision: new Decimal('0.1'),
      derivation: 'exports plus re-exports',
      alternatives: [{ source: 'c', value: money('2100', 'USD') }],
    },
  ],
};

const rates: ExchangeRate[] = [
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2023 },
    rate: '23800',
    kind: 'period-average',
    source: 'my-central-bank-2023',
  },
  {
    from: 'USD',
    to: 'VND',
    period: { kind: 'year', year: 2024 },
    rate: '25000',
    kind: 'period-average',
    source: 'my-central-bank-2024',
  },
];

describe('convertSeries', () => {
  it('converts each point with the rate of its period and says which (the TSDoc example)', () => {
    const inDong = convertSeries(series, 'VND', { rates });
    expect(inDong.currency).toBe('VND');
    expect(
      inDong.points.map((point) => [point.value.amount.toString(), point.rate?.source]),
    ).toEqual([
      ['23800000', 'my-central-bank-2023'],
      ['50000000', 'my-central-bank-2024'],
    ]);
    expect(inDong.points[1]?.rate).toMatchObject({
      from: 'USD',
      to: 'VND',
      when: '2024',
      inverse: false,
      kind: 'period-average',
    });
  });

  it('converts alternatives and the rounding unit with the same rate, and says so', () => {
    const point = convertSeries(series, 'VND', { rates }).points[1];
    expect(point?.alternatives?.map((other) => other.value.amount.toString())).toEqual([
      '52500000',
    ]);
    expect(point?.precision?.toString()).toBe('2500');
    expect(point?.derivation).toBe(
      'exports plus re-exports; converted from USD at 25000 (period-average, my-central-bank-2024)',
    );
    expect(point?.source).toBe('b');
  });

  it('converts back with the reverse pair, dividing (exactly here)', () => {
    const back = convertSeries(convertSeries(series, 'VND', { rates }), 'USD', { rates });
    expect(back.points.map((point) => point.value.amount.toString())).toEqual(['1000', '2000']);
    expect(back.points.map((point) => point.rate?.inverse)).toEqual([true, true]);
    expect(back.points[1]?.derivation).toContain('converted from VND at 1/25000');
  });

  it('leaves a series already in the currency as it is, with no rate', () => {
    const same = convertSeries(series, 'USD', { rates: [] });
    expect(same.points.map((point) => [point.value, point.rate])).toEqual([
      [series.points[0]?.value, null],
      [series.points[1]?.value, null],
    ]);
  });

  it('refuses a period without a rate, naming the point, the pair and the period', () => {
    const [first] = rates;
    expect(() => convertSeries(series, 'VND', { rates: first ? [first] : [] })).toThrowError(
      expect.objectContaining({
        code: 'MISSING_RATE',
        message: 'series.points[1]: no rate from USD to VND (or VND to USD) for 2024 in the table',
      }),
    );
    const quarterly = {
      ...series,
      points: [{ ...series.points[0], period: { kind: 'quarter', year: 2023, quarter: 1 } }],
    };
    expect(errorCode(() => convertSeries(quarterly as Series, 'VND', { rates }))).toBe(
      'MISSING_RATE',
    );
  });

  it('names the figure, its period, amount and rate when a result is past the range', () => {
    // The message said "the rounding unit converted to VND" for the point's `precision`, and
    // named the precision before the value: neither what the caller wrote nor the period.
    const dearRate = `1${'0'.repeat(34)}`;
    const huge = rates.map((rate) => ({ ...rate, rate: dearRate }));
    const past = 'past the supported range: values must be less than 10^36 in absolute value';
    expect(() => convertSeries(series, 'VND', { rates: huge })).toThrowError(
      expect.objectContaining({
        code: 'OUT_OF_RANGE',
        issues: [
          {
            path: ['series', 'points', 0, 'value'],
            message: `the 2023 value (1000 USD) converted to VND at ${dearRate} (period-average, my-central-bank-2023) is 1e+37, ${past}`,
          },
        ],
      }),
    );
    const later = { ...series, points: series.points.slice(1) };
    const [, dear] = huge;
    const alternative = { ...later, points: [{ ...later.points[0], value: money('1', 'USD') }] };
    expect(() =>
      convertSeries(alternative as Series, 'VND', { rates: [dear as ExchangeRate] }),
    ).toThrowError(
      expect.objectContaining({
        message: `series.points[0].alternatives[0].value: the 2024 value of c (2100 USD) converted to VND at ${dearRate} (period-average, my-central-bank-2024) is 2.1e+37, ${past}`,
      }),
    );
    const coarse = {
      ...later,
      points: [
        {
          period: { kind: 'year', year: 2024 },
          value: money('1', 'USD'),
          precision: new Decimal('100'),
        },
      ],
    };
    expect(() =>
      convertSeries(coarse as Series, 'VND', { rates: [dear as ExchangeRate] }),
    ).toThrowError(
      expect.objectContaining({
        message: `series.points[0].precision: the 2024 precision (100 USD) converted to VND at ${dearRate} (period-average, my-central-bank-2024) is 1e+36, ${past}`,
      }),
    );
  });

  it('writes the message past the range only for a point past it', () => {
    // Each point's value, alternatives and precision had their message written (the amount as
    // its text) before they were converted, past the range or not (review r31c).
    const written = vi.spyOn(Decimal.prototype, 'toFixed');
    try {
      expect(convertSeries(series, 'VND', { rates }).points).toHaveLength(2);
      expect(written).not.toHaveBeenCalled();
      const huge = rates.map((rate) => ({ ...rate, rate: `1${'0'.repeat(34)}` }));
      expect(errorCode(() => convertSeries(series, 'VND', { rates: huge }))).toBe('OUT_OF_RANGE');
      expect(written).toHaveBeenCalled();
    } finally {
      written.mockRestore();
    }
  });

  it('refuses two rates for a period, and bad input with a BilateralError', () => {
    const twice = [...rates, { ...(rates[1] as ExchangeRate), source: 'other' }];
    expect(errorCode(() => convertSeries(series, 'VND', { rates: twice }))).toBe('AMBIGUOUS_RATE');
    expect(errorCode(() => convertSeries(null as never, 'VND', { rates }))).toBe('INVALID_INPUT');
    expect(errorCode(() => convertSeries(series, 'vnd', { rates }))).toBe('INVALID_CURRENCY');
    expect(errorCode(() => convertSeries(series, 'VND', { rates: {} as never }))).toBe(
      'INVALID_INPUT',
    );
  });
});
