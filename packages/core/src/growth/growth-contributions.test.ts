import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { growthContributions, growthRate, impliedPrevious } from './index.js';

const nonNegative = fc
  .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999_999_999n }), fc.integer({ min: -6, max: 12 }))
  .map(([digits, exponent]) => new Decimal(`${digits}e${exponent - 6}`));

const code = errorCode;

describe('growthContributions', () => {
  it('splits turnover growth into export and import contributions (seed 003, Q1 2021)', () => {
    const c = growthContributions(
      { exports: money('159.6', 'USD'), imports: money('179', 'USD') },
      { exports: money('150', 'USD'), imports: money('126.3', 'USD') },
    );
    expect([c.exports.toFixed(4), c.imports.toFixed(4), c.total.toFixed(4)]).toEqual([
      '0.0347',
      '0.1907',
      '0.2255',
    ]);
    expect(c.exports.plus(c.imports).eq(c.total)).toBe(true);
  });

  it('takes bases implied from published rates (64-digit values) without PRECISION_EXCEEDED (seed 004)', () => {
    const exports = money('491900000', 'USD');
    const imports = money('1000000000', 'USD');
    const c = growthContributions(
      { exports, imports },
      { exports: impliedPrevious(exports, '0.24'), imports: impliedPrevious(imports, '0.262') },
    );
    expect([c.exports.toFixed(4), c.imports.toFixed(4), c.total.toFixed(4)]).toEqual([
      '0.0801',
      '0.1746',
      '0.2547',
    ]);
  });

  it('allows a flow that was 0 in the base, but not a base turnover of 0', () => {
    expect(
      growthContributions(
        { exports: '5', imports: '5' },
        { exports: '0', imports: '10' },
      ).total.toString(),
    ).toBe('0');
    expect(
      code(() =>
        growthContributions({ exports: '5', imports: '5' }, { exports: '0', imports: '0' }),
      ),
    ).toBe('NON_POSITIVE_BASE');
    expect(
      code(() =>
        growthContributions({ exports: '-5', imports: '5' }, { exports: '1', imports: '1' }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      code(() =>
        growthContributions(
          { exports: money('1', 'USD'), imports: money('1', 'USD') },
          { exports: money('1', 'USD'), imports: money('1', 'VND') as never },
        ),
      ),
    ).toBe('CURRENCY_MISMATCH');
  });
});

describe('contribution properties', () => {
  it('the two contributions sum exactly to the total, which is growthRate of turnover within 1e-62 of the terms', () => {
    fc.assert(
      fc.property(nonNegative, nonNegative, nonNegative, nonNegative, (x1, m1, x0, m0) => {
        fc.pre(x0.plus(m0).gt(0));
        const c = growthContributions({ exports: x1, imports: m1 }, { exports: x0, imports: m0 });
        expect(c.exports.plus(c.imports).eq(c.total)).toBe(true);
        const exact = growthRate(x1.plus(m1), x0.plus(m0));
        const tolerance = c.exports.abs().plus(c.imports.abs()).plus(exact.abs()).times('1e-62');
        expect(c.total.minus(exact).abs().lte(tolerance)).toBe(true);
      }),
      propertyRuns(4_919, { ci: 1000, full: 2000 }),
    );
  });
});
