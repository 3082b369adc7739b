import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { BilateralError } from '../errors/index.js';
import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { formatPeriod, parsePeriod, periodMonths } from '../period/index.js';
import { type AggregatedSeries, aggregateSeries, yearOnYear, yearToDate } from './index.js';

const code = errorCode;

const monthly = (months: string[], amount = (index: number) => String(index + 1)): Series => ({
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'exports',
  currency: 'USD',
  points: months.map((period, index) => ({
    period: parsePeriod(period),
    value: money(amount(index), 'USD'),
  })),
});

const monthsOf = (period: string) => periodMonths(parsePeriod(period)).map(formatPeriod);
const show = (result: AggregatedSeries) =>
  result.points.map((p) => [
    formatPeriod(p.period),
    p.value.amount.toString(),
    p.months,
    p.partial,
  ]);

describe('aggregateSeries', () => {
  const twoYears = monthly([...monthsOf('2023'), ...monthsOf('2024')]);

  it('sums months into quarters, halves and years exactly', () => {
    expect(show(aggregateSeries(twoYears, 'quarter')).slice(0, 2)).toEqual([
      ['2023-Q1', '6', 3, false],
      ['2023-Q2', '15', 3, false],
    ]);
    expect(show(aggregateSeries(twoYears, 'half'))[3]).toEqual(['2024-H2', '129', 6, false]);
    expect(show(aggregateSeries(twoYears, 'year'))).toEqual([
      ['2023', '78', 12, false],
      ['2024', '222', 12, false],
    ]);
    const quarters = aggregateSeries(twoYears, 'quarter');
    expect(show(aggregateSeries(quarters, 'year'))).toEqual(
      show(aggregateSeries(twoYears, 'year')),
    );
    expect(aggregateSeries(twoYears, 'year').measure).toBe('exports');
  });

  it("refuses a coarser kind that does not exist instead of an empty result ('decade', defect 6)", () => {
    for (const [to, words] of [
      ['decade', /cannot aggregate into "decade": use "quarter", "half" or "year"/],
      ['years', /use "year"/],
      [undefined, /cannot aggregate into undefined/],
    ] as const) {
      expect(() => aggregateSeries(twoYears, to as 'year')).toThrowError(words);
      expect(errorCode(() => aggregateSeries(twoYears, to as 'year'))).toBe('INVALID_PERIOD');
    }
  });

  it('keeps decimals exact', () => {
    const tenths = monthly(monthsOf('2024-Q1'), () => '0.1');
    expect(aggregateSeries(tenths, 'quarter').points[0]?.value.amount.toString()).toBe('0.3');
  });

  it('refuses an incomplete period naming what it lacks', () => {
    const gap = monthly(['2024-07', '2024-09', '2024-10', '2024-11', '2024-12']);
    try {
      aggregateSeries(gap, 'quarter');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).code).toBe('INCOMPLETE_PERIOD');
      expect((error as BilateralError).message).toBe('points: 2024-Q3 lacks 2024-08');
    }
    expect(code(() => aggregateSeries(gap, 'year'))).toBe('INCOMPLETE_PERIOD');
    expect(String(safe(() => aggregateSeries(gap, 'year')))).toContain(
      '2024 lacks 2024-01, 2024-02, 2024-03, 2024-04, 2024-05, 2024-06, 2024-08',
    );
  });

  it('labels an incomplete period partial with its month count when allowed', () => {
    const gap = monthly(['2024-07', '2024-09', '2024-10', '2024-11', '2024-12']);
    const result = aggregateSeries(gap, 'quarter', { allowIncomplete: true });
    expect(show(result)).toEqual([
      ['2024-Q3', '3', 2, true],
      ['2024-Q4', '12', 3, false],
    ]);
    expect(result.points[0]?.missing.map(formatPeriod)).toEqual(['2024-08']);
  });

  it('refuses kinds that are not finer than the target, or do not tile the calendar', () => {
    expect(code(() => aggregateSeries(aggregateSeries(twoYears, 'year'), 'quarter'))).toBe(
      'PERIOD_MISMATCH',
    );
    expect(code(() => aggregateSeries(aggregateSeries(twoYears, 'half'), 'quarter'))).toBe(
      'PERIOD_MISMATCH',
    );
    expect(code(() => aggregateSeries(monthly(['2024-01/2024-09']), 'year'))).toBe(
      'PERIOD_MISMATCH',
    );
    expect(code(() => aggregateSeries(monthly([]), 'year'))).toBe('EMPTY_SERIES');
    expect(code(() => aggregateSeries(monthly(['2024-01', '2024-Q2']), 'year'))).toBe(
      'PERIOD_MISMATCH',
    );
  });
});

function safe(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return error;
  }
}

describe('yearToDate', () => {
  const twoYears = monthly([...monthsOf('2023'), ...monthsOf('2024-01/2024-09')]);

  it('sums January through the given month for every year', () => {
    expect(show(yearToDate(twoYears, 9))).toEqual([
      ['2023-01/2023-09', '45', 9, false],
      ['2024-01/2024-09', '153', 9, false],
    ]);
    expect(String(safe(() => yearToDate(twoYears, 12)))).toContain(
      '2024-01/2024-12 lacks 2024-10, 2024-11, 2024-12',
    );
    expect(show(yearToDate(twoYears, 12, { allowIncomplete: true }))).toEqual([
      ['2023-01/2023-12', '78', 12, false],
      ['2024-01/2024-12', '153', 9, true],
    ]);
  });

  it('gives year-to-date growth as the ratio of the cumulative sums', () => {
    const rates = yearOnYear(yearToDate(twoYears, 9));
    expect(rates[1]?.rate?.toString()).toBe('2.4');
  });

  it('works from quarters and halves when the month ends one', () => {
    const quarters = aggregateSeries(twoYears, 'quarter');
    expect(show(yearToDate(quarters, 6))[1]).toEqual(['2024-01/2024-06', '93', 6, false]);
    expect(code(() => yearToDate(quarters, 8))).toBe('PERIOD_MISMATCH');
    expect(code(() => yearToDate(aggregateSeries(monthly(monthsOf('2023')), 'half'), 9))).toBe(
      'PERIOD_MISMATCH',
    );
  });

  it('refuses missing months unless allowed, and bad month numbers', () => {
    const gap = monthly(['2024-01', '2024-03']);
    expect(String(safe(() => yearToDate(gap, 3)))).toContain('2024-01/2024-03 lacks 2024-02');
    expect(show(yearToDate(gap, 3, { allowIncomplete: true }))).toEqual([
      ['2024-01/2024-03', '3', 2, true],
    ]);
    expect(code(() => yearToDate(gap, 0))).toBe('INVALID_INPUT');
    expect(code(() => yearToDate(gap, 13))).toBe('INVALID_INPUT');
    expect(code(() => yearToDate(gap, 2.5))).toBe('INVALID_INPUT');
    expect(code(() => yearToDate(monthly(['2024']), 12))).toBe('PERIOD_MISMATCH');
  });
});
