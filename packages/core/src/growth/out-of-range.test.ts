/**
 * Issue 12, defect 1 (growth): rates, CAGRs, implied values, contributions and indexes never come
 * out NaN, Infinity or a raw DecimalError. Inputs past the supported range and results of 10^36
 * or more are OUT_OF_RANGE; the library's own 64-digit results are taken back as inputs.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError } from '../__fixtures__/misuse.js';
import { Decimal } from '../_internal/decimal.js';
import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { parsePeriod } from '../period/index.js';
import {
  cagr,
  fixedBaseIndex,
  growthContributions,
  growthRate,
  impliedCurrent,
  impliedPrevious,
  yearOnYear,
} from './index.js';

const code = (call: () => unknown) => expectBilateralError(call).code;

describe('growth past the supported range', () => {
  it('refuses huge exponents in the inputs, naming the input', () => {
    expect(
      expectBilateralError(() => growthRate('1e99999999999999999999', '1'), ['current']).code,
    ).toBe('OUT_OF_RANGE');
    expect(
      expectBilateralError(() => impliedPrevious('1e9000000000000000', '-0.5'), ['current']).code,
    ).toBe('OUT_OF_RANGE');
    expect(expectBilateralError(() => impliedCurrent('1', '1e-9999999'), ['rate']).code).toBe(
      'OUT_OF_RANGE',
    );
  });

  it('refuses results of 10^36 or more', () => {
    expect(code(() => growthRate('1e35', '1e-30'))).toBe('OUT_OF_RANGE');
    expect(code(() => impliedPrevious('1e35', '-0.99999999999'))).toBe('OUT_OF_RANGE');
    expect(code(() => impliedCurrent('1e35', '100'))).toBe('OUT_OF_RANGE');
    expect(code(() => cagr('1e-30', '1e35', '0.1'))).toBe('OUT_OF_RANGE');
    expect(
      code(() =>
        growthContributions({ exports: '1e35', imports: '0' }, { exports: '1e-30', imports: '0' }),
      ),
    ).toBe('OUT_OF_RANGE');
  });

  it('takes a number of intervals from 1/12 to 1,000 (cagr("1", "2", 1e-300) was Infinity)', () => {
    expect(code(() => cagr('1', '2', 1e-300))).toBe('OUT_OF_RANGE');
    expect(expectBilateralError(() => cagr('1', '2', '0.08'), ['intervals']).message).toBe(
      'intervals: 0.08 intervals: a compound rate is taken over 1/12 to 1000 intervals (a month to a millennium, in years)',
    );
    expect(code(() => cagr('1', '2', 1001))).toBe('INVALID_INPUT');
    expect(cagr('100', '121', 2).toString()).toBe('0.1');
    expect(cagr('1', '2', 1000).toFixed(6)).toBe('0.000693');
    expect(cagr('1', '1.01', new Decimal(1).div(12)).toFixed(4)).toBe('0.1268');
  });

  it('refuses an index of 10^36 or more', () => {
    const series: Series<'USD'> = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      currency: 'USD',
      points: [
        { period: parsePeriod('2023'), value: money('1e-30', 'USD') },
        { period: parsePeriod('2024'), value: money('1e35', 'USD') },
      ],
    };
    expect(expectBilateralError(() => fixedBaseIndex(series), ['points', 1]).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(code(() => yearOnYear(series))).toBe('OUT_OF_RANGE');
  });

  it('takes its own 64-digit results back', () => {
    const rate = growthRate('1', '3');
    expect(rate.decimalPlaces()).toBe(64);
    expect(impliedCurrent('3', rate).toFixed(60)).toBe(`1.${'0'.repeat(60)}`);
    const tiny = growthRate('1.000000000000000000000000000000000001', `3${'0'.repeat(35)}`);
    expect(impliedPrevious('1', tiny).isFinite()).toBe(true);
  });

  it('reads -0 as 0', () => {
    expect(growthRate('-0', '1').toString()).toBe('-1');
    expect(impliedCurrent('1', '-0').toString()).toBe('1');
  });
});
