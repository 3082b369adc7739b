import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { PROPERTY_TIMEOUT, propertyRuns } from '../__fixtures__/property-runs.js';
import { turnover as series } from '../__fixtures__/series.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { formatPeriod } from '../period/index.js';
import { aggregateSeries, cagr, growthRate, impliedCurrent, seriesCagr } from './index.js';

const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 999_999_999_999_999_999n }), fc.integer({ min: -12, max: 18 }))
  .map(([digits, exponent]) => `${digits}e${exponent - 18}`);

const code = errorCode;

describe('cagr', () => {
  it('is (last ÷ first)^(1/n) − 1', () => {
    expect(cagr('100', '121', 2).toString()).toBe('0.1');
    expect(cagr('1', '8', 3).toString()).toBe('1');
    expect(cagr('100', '100', 5).toString()).toBe('0');
    expect(cagr('100', '0', 5).toString()).toBe('-1');
    expect(cagr('2', '3', 2).toString()).toBe(
      '0.2247448713915890490986420373529456959829737403283350642163462836',
    );
    expect(cagr(money('892900000', 'USD'), money('2200000000', 'USD'), 7).toFixed(4)).toBe(
      '0.1375',
    );
  });

  it('accepts fractional intervals (nine months = 0.75 year)', () => {
    expect(cagr('1', '1.21', '0.5').toFixed(10)).toBe('0.4641000000');
  });

  it('keeps 64 significant digits of a tiny compound rate', () => {
    const rate = cagr('1', '1.000000000000000000000001', 3);
    expect(rate.precision()).toBe(64);
    expect(rate.toString().startsWith('0.000000000000000000000000333333333333')).toBe(true);
  });

  it('refuses bad inputs with the right codes', () => {
    expect(code(() => cagr('0', '1', 2))).toBe('NON_POSITIVE_BASE');
    expect(code(() => cagr('-1', '1', 2))).toBe('NON_POSITIVE_BASE');
    expect(code(() => cagr('1', '-1', 2))).toBe('INVALID_INPUT');
    expect(code(() => cagr('1', '2', 0))).toBe('INVALID_INPUT');
    expect(code(() => cagr('1', '2', -1))).toBe('INVALID_INPUT');
    expect(
      code(() =>
        cagr(
          money('1', 'USD') as ReturnType<typeof money<string>>,
          money('2', 'VND') as ReturnType<typeof money<string>>,
          2,
        ),
      ),
    ).toBe('CURRENCY_MISMATCH');
  });
});

describe('seriesCagr', () => {
  it('counts whole years between the ends, reporting gaps', () => {
    const result = seriesCagr(
      series([
        ['2017', '892900000'],
        ['2021', '1370000000'],
        ['2024', '2200000000'],
      ]),
    );
    expect(result.rate.toFixed(4)).toBe('0.1375');
    expect(result.intervals).toBe(7);
    expect(result.gaps).toBe(5);
    expect(formatPeriod(result.first.period)).toBe('2017');
    const gapless = seriesCagr(
      series([
        ['2021', '100'],
        ['2022', '110'],
        ['2023', '121'],
      ]),
    );
    expect([gapless.rate.toString(), gapless.intervals, gapless.gaps]).toEqual(['0.1', 2, 0]);
  });

  it('works for the same quarter or year-to-date span in different years', () => {
    const quarters = seriesCagr(
      series([
        ['2021-Q1', '100'],
        ['2021-Q2', '300'],
        ['2023-Q1', '121'],
      ]),
    );
    expect([quarters.rate.toString(), quarters.intervals, quarters.gaps]).toEqual(['0.1', 2, 1]);
    const ytd = seriesCagr(
      series([
        ['2023-01/2023-09', '1195.2'],
        ['2024-01/2024-09', '1500'],
      ]),
    );
    expect(ytd.intervals).toBe(1);
    expect(ytd.rate.eq(growthRate('1500', '1195.2'))).toBe(true);
  });

  it('refuses ends that are not whole years apart, short series and partial ends', () => {
    expect(
      code(() =>
        seriesCagr(
          series([
            ['2021-Q1', '1'],
            ['2021-Q3', '2'],
          ]),
        ),
      ),
    ).toBe('PERIOD_MISMATCH');
    expect(code(() => seriesCagr(series([['2021', '1']])))).toBe('EMPTY_SERIES');
    expect(code(() => seriesCagr(series([])))).toBe('EMPTY_SERIES');
    expect(
      code(() =>
        seriesCagr(
          series([
            ['2021', '1'],
            ['2022-Q1', '2'],
          ]),
        ),
      ),
    ).toBe('PERIOD_MISMATCH');
    expect(
      code(() =>
        seriesCagr(
          series([
            ['2021', '0'],
            ['2022', '2'],
          ]),
        ),
      ),
    ).toBe('NON_POSITIVE_BASE');
    const partial = aggregateSeries(
      series([
        ['2022-01', '1'],
        ['2022-02', '1'],
        ['2023-01', '1'],
      ]),
      'year',
      { allowIncomplete: true },
    );
    expect(code(() => seriesCagr(partial))).toBe('INCOMPLETE_PERIOD');
  });
});

describe('cagr properties', () => {
  it(
    'over one interval equals growthRate exactly',
    () => {
      fc.assert(
        fc.property(positive, positive, (first, last) => {
          fc.pre(new Decimal(last).div(first).lt('1e35'));
          expect(cagr(first, last, 1).eq(growthRate(last, first))).toBe(true);
        }),
        propertyRuns(2021, { ci: 1000, full: 1000 }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'applied n times to the first value gives the last within 1e-55 relative (ratios 1e-3 … 1e3, n ≤ 50)',
    () => {
      fc.assert(
        fc.property(
          positive,
          fc.integer({ min: -3_000, max: 3_000 }),
          fc.integer({ min: 2, max: 50 }),
          (first, logRatio, n) => {
            const last = new Decimal(first).times(10 ** (logRatio / 1000)).toSignificantDigits(18);
            const rate = cagr(first, last, n);
            let value = new Decimal(first);
            for (let step = 0; step < n; step++) value = impliedCurrent(value, rate);
            expect(value.minus(last).abs().div(last).lte('1e-55')).toBe(true);
          },
        ),
        propertyRuns(2024, { ci: 150, full: 1000 }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
