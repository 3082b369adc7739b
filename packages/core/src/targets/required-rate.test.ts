import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { PROPERTY_TIMEOUT, propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { cagr, impliedCurrent } from '../growth/index.js';
import { money } from '../money/index.js';
import { requiredRate } from './index.js';

const code = errorCode;

describe('requiredRate', () => {
  it('is (target ÷ current)^(1/years left) − 1', () => {
    expect(requiredRate('100', '121', 2).toString()).toBe('0.1');
    expect(requiredRate(money('2200000000', 'USD'), money('5000000000', 'USD'), 6).toFixed(4)).toBe(
      '0.1466',
    );
    expect(requiredRate('121', '100', 2).isNegative()).toBe(true);
  });

  it('refuses a current value of 0, a negative target and no time left', () => {
    expect(code(() => requiredRate('0', '1', 2))).toBe('NON_POSITIVE_BASE');
    expect(code(() => requiredRate('1', '-1', 2))).toBe('INVALID_INPUT');
    expect(code(() => requiredRate('1', '2', 0))).toBe('INVALID_INPUT');
  });

  it(
    'is the CAGR from current to target, and compounding it reaches the target (1e-55 relative)',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 10 ** 9 }),
          fc.integer({ min: 1, max: 10 ** 9 }),
          fc.integer({ min: 1, max: 12 }),
          (current, target, years) => {
            const rate = requiredRate(current, target, years);
            expect(rate.eq(cagr(current, target, years))).toBe(true);
            let value = new Decimal(current);
            for (let year = 0; year < years; year++) value = impliedCurrent(value, rate);
            expect(value.minus(target).abs().div(target).lte('1e-55')).toBe(true);
          },
        ),
        propertyRuns(5_000, { ci: 100, full: 1000 }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
