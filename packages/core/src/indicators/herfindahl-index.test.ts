import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { cents, centsText, isRounded64 } from './__fixtures__/rational.js';
import { herfindahlIndex } from './herfindahl-index.js';

describe('herfindahlIndex', () => {
  it('is 0.5² + 0.3² + 0.2² = 0.38 (3,800 points, highly concentrated) by hand', () => {
    const c = herfindahlIndex([
      { key: 'CHN', value: money('50', 'USD') },
      { key: 'THA', value: money('30', 'USD') },
      { key: 'VNM', value: money('20', 'USD') },
    ]);
    expect([c.index?.toString(), c.points?.toString(), c.band, c.rows]).toEqual([
      '0.38',
      '3800',
      'highly-concentrated',
      3,
    ]);
  });

  it('puts the DOJ/FTC thresholds 1,500 and 2,500 in the moderate band, and below 1,500 unconcentrated', () => {
    // 0.3² + 0.1² × 7 = 0.16 → 1,600; four equal rows 2,500; five 2,000; ten 1,000.
    const rows = (values: readonly string[]) => values.map((value, i) => ({ key: `k${i}`, value }));
    expect(herfindahlIndex(rows(['3', ...Array(7).fill('1')])).band).toBe(
      'moderately-concentrated',
    );
    expect(herfindahlIndex(rows(['1', '1', '1', '1'])).band).toBe('moderately-concentrated');
    expect(herfindahlIndex(rows(['1', '1', '1', '1'])).points?.toString()).toBe('2500');
    expect(herfindahlIndex(rows(Array(10).fill('1'))).band).toBe('unconcentrated');
    // 1,500 exactly: Σv² = 60, (Σv)² = 400, 60 ÷ 400 = 0.15; one unit more in a row tips it over.
    const atThreshold = herfindahlIndex(rows(['2', '2', '3', '3', '3', '3', '4']));
    expect([atThreshold.points?.toString(), atThreshold.band]).toEqual([
      '1500',
      'moderately-concentrated',
    ]);
    expect(herfindahlIndex(rows(['2', '2', '3', '3', '3', '3.000001', '4'])).band).toBe(
      'moderately-concentrated',
    );
    expect(herfindahlIndex(rows(['2', '2', '3', '3', '3', '3.1', '3.9'])).band).toBe(
      'unconcentrated',
    );
  });

  it('gives null with zero-denominator for no rows or a zero total', () => {
    expect(herfindahlIndex([])).toMatchObject({ index: null, reason: 'zero-denominator', rows: 0 });
    expect(herfindahlIndex([{ key: 'a', value: '0' }])).toMatchObject({
      index: null,
      band: null,
      rows: 1,
    });
  });

  it('matches Σv² ÷ (Σv)² in BigInt rationals and lies between 1/n and 1', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 12 }), (values) => {
        const total = values.reduce((a, b) => a + b, 0n);
        fc.pre(total > 0n);
        const c = herfindahlIndex(
          values.map((value, i) => ({ key: `k${i}`, value: centsText(value) })),
        );
        const squares = values.reduce((a, b) => a + b * b, 0n);
        expect(isRounded64(c.index as Decimal, { num: squares, den: total * total })).toBe(true);
        // 1/n ≤ HHI ≤ 1, exactly: n·Σv² ≥ (Σv)² ≥ Σv²
        expect(BigInt(values.length) * squares >= total * total).toBe(true);
        expect((c.index as Decimal).lte(1)).toBe(true);
        expect(
          (c.index as Decimal).gte(
            new Decimal(1).div(values.length).toSignificantDigits(63, Decimal.ROUND_DOWN),
          ),
        ).toBe(true);
        const points = (squares * 10000n) / (total * total);
        const exactBand =
          squares * 10000n < 1500n * total * total
            ? 'unconcentrated'
            : squares * 10000n > 2500n * total * total
              ? 'highly-concentrated'
              : 'moderately-concentrated';
        expect([c.band, (c.points as Decimal).toFixed().split('.')[0]]).toEqual([
          exactBand,
          points.toString(),
        ]);
      }),
      propertyRuns(1705, { ci: 100, full: 1000 }),
    );
  });
});
