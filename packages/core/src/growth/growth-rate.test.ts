import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { growthRate, impliedCurrent, impliedPrevious } from './index.js';

/** Positive decimal strings of up to 18 significant digits, scaled 10^-12 … 10^18. */
const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 999_999_999_999_999_999n }), fc.integer({ min: -12, max: 18 }))
  .map(([digits, exponent]) => `${digits}e${exponent - 18}`);

/** Rates with at most six decimals, greater than −1 (−99.9999 % … +1,000 %). */
const shortRate = fc
  .integer({ min: -999_999, max: 10_000_000 })
  .map((millionths) => new Decimal(millionths).div(1_000_000));

const code = errorCode;

/** Whether the rate from `p` to `c` stays below 10^35, inside the supported range. */
const rateInRange = (c: string, p: string): boolean => new Decimal(c).div(p).lt('1e35');

describe('growthRate', () => {
  it('is (current − previous) ÷ previous as a fraction, for Money and bare decimals', () => {
    expect(growthRate(money('1491.9', 'USD'), money('1000', 'USD')).toString()).toBe('0.4919');
    expect(growthRate('1.5', '1.2').toString()).toBe('0.25');
    expect(growthRate(159.6, 150).toString()).toBe('0.064');
    expect(growthRate('0', '5').toString()).toBe('-1');
    expect(growthRate('-5', '5').toString()).toBe('-2');
    expect(growthRate(new Decimal('338.6'), '276.3').toFixed(4)).toBe('0.2255');
  });

  it('keeps 64 significant digits of a tiny rate', () => {
    const rate = growthRate('1.000000000000000000000000000001', '1');
    expect(rate.eq('1e-30')).toBe(true);
    expect(growthRate('2', '3').toString()).toBe(`-0.${'3'.repeat(63)}3`);
  });

  it('refuses a base of 0 or less with NON_POSITIVE_BASE', () => {
    expect(code(() => growthRate('10', '0'))).toBe('NON_POSITIVE_BASE');
    expect(code(() => growthRate('10', '-1'))).toBe('NON_POSITIVE_BASE');
    expect(code(() => growthRate(money('1', 'USD'), money('0', 'USD')))).toBe('NON_POSITIVE_BASE');
  });

  it('refuses mixed currencies and Money mixed with bare decimals with CURRENCY_MISMATCH', () => {
    const dong = money('1', 'VND') as ReturnType<typeof money<string>>;
    const dollars = money('1', 'USD') as ReturnType<typeof money<string>>;
    expect(code(() => growthRate(dollars, dong))).toBe('CURRENCY_MISMATCH');
    expect(code(() => growthRate(dollars as never, '1'))).toBe('CURRENCY_MISMATCH');
  });

  it('refuses NaN, Infinity and text with INVALID_DECIMAL', () => {
    expect(code(() => growthRate(Number.NaN, 1))).toBe('INVALID_DECIMAL');
    expect(code(() => growthRate(1, Number.POSITIVE_INFINITY))).toBe('INVALID_DECIMAL');
    expect(code(() => growthRate('1,5', '1'))).toBe('INVALID_DECIMAL');
  });
});

describe('impliedPrevious / impliedCurrent', () => {
  it('undo a growth rate (seed 003: US$159.6 million, up 6.4 % ⇒ 150 million)', () => {
    expect(impliedPrevious(money('159.6', 'USD'), '0.064').amount.toString()).toBe('150');
    expect(impliedPrevious(money('159.6', 'USD'), '0.064').currency).toBe('USD');
    expect(impliedPrevious('1.5', '0.25').toString()).toBe('1.2');
    expect(impliedCurrent('150', '0.064').toString()).toBe('159.6');
    expect(impliedCurrent(money('2200000000', 'USD'), '0.15').amount.toString()).toBe('2530000000');
    expect(impliedPrevious('1500000000', '0.255').toFixed(2)).toBe('1195219123.51');
  });

  it('refuse rates of −100 % or less, and non-positive levels, with NON_POSITIVE_BASE', () => {
    expect(code(() => impliedPrevious('10', '-1'))).toBe('NON_POSITIVE_BASE');
    expect(code(() => impliedPrevious('10', '-1.5'))).toBe('NON_POSITIVE_BASE');
    expect(code(() => impliedCurrent('10', '-1'))).toBe('NON_POSITIVE_BASE');
    expect(code(() => impliedPrevious('0', '0.1'))).toBe('NON_POSITIVE_BASE');
    expect(code(() => impliedCurrent('-3', '0.1'))).toBe('NON_POSITIVE_BASE');
  });
});

describe('growth properties', () => {
  it('rational construction: for a rate with ≤ 6 decimals, growthRate recovers it and impliedPrevious recovers the start exactly', () => {
    fc.assert(
      fc.property(positive, shortRate, (start, rate) => {
        const current = impliedCurrent(start, rate);
        expect(current.eq(new Decimal(start).times(rate.plus(1)))).toBe(true);
        const measured = growthRate(current, start);
        expect(measured.eq(rate)).toBe(true);
        expect(impliedPrevious(current, measured).eq(new Decimal(start))).toBe(true);
      }),
      propertyRuns(225, { ci: 500, full: 2000 }),
    );
  });

  it('arbitrary levels: impliedPrevious(c, growthRate(c, p)) is p within 1e-62 × (1 + |c − p| ÷ c) relative (the rate keeps 64 digits)', () => {
    fc.assert(
      fc.property(positive, positive, (p, c) => {
        fc.pre(rateInRange(c, p));
        const back = impliedPrevious(c, growthRate(c, p));
        const start = new Decimal(p);
        const now = new Decimal(c);
        const relative = back.minus(start).abs().div(start);
        const bound = new Decimal('1e-62').times(now.minus(start).abs().div(now).plus(1));
        expect(relative.lte(bound)).toBe(true);
      }),
      propertyRuns(1599, { ci: 500, full: 2000 }),
    );
  });

  it('arbitrary levels: impliedCurrent(p, growthRate(c, p)) is c within 1e-62 × (1 + |c − p| ÷ c) relative', () => {
    fc.assert(
      fc.property(positive, positive, (p, c) => {
        fc.pre(rateInRange(c, p));
        const back = impliedCurrent(p, growthRate(c, p));
        const now = new Decimal(c);
        const relative = back.minus(now).abs().div(now);
        const bound = new Decimal('1e-62').times(now.minus(p).abs().div(now).plus(1));
        expect(relative.lte(bound)).toBe(true);
      }),
      propertyRuns(179, { ci: 500, full: 1000 }),
    );
  });
});
