import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { cents, centsText, isRounded64 } from './__fixtures__/rational.js';
import { contributionsToGrowth } from './contributions-to-growth.js';

describe('contributionsToGrowth', () => {
  it('divides each change by the previous total (worked example: 230 against 200 is +15 %)', () => {
    const c = contributionsToGrowth(
      [
        { key: '1201', value: money('150', 'USD') },
        { key: '2601', value: money('60', 'USD') },
        { key: '4001', value: money('20', 'USD') },
      ],
      [
        { key: '1201', value: money('100', 'USD') },
        { key: '2601', value: money('80', 'USD') },
        { key: '0901', value: money('20', 'USD') },
      ],
    );
    expect(c.rows.map((row) => [row.key, row.value?.toString()])).toEqual([
      ['1201', '0.25'],
      ['2601', '-0.1'],
      ['4001', '0.1'],
      ['0901', '-0.1'],
    ]);
    expect(c.total.value?.toString()).toBe('0.15');
  });

  it('gives null with zero-denominator per row and for the total when the previous total is 0', () => {
    const c = contributionsToGrowth([{ key: 'a', value: '5' }], [{ key: 'a', value: '0' }]);
    expect(c.rows).toEqual([
      {
        key: 'a',
        value: null,
        reason: 'zero-denominator',
        message: 'the previous total is 0, so growth from it is undefined',
      },
    ]);
    expect(c.total).toMatchObject({ value: null, reason: 'zero-denominator' });
  });

  it('refuses previous rows in another form than the current ones, naming the row', () => {
    expect(() =>
      contributionsToGrowth([{ key: 'a', value: money('1', 'USD') }], [{ key: 'a', value: '1' }]),
    ).toThrow(
      expect.objectContaining({
        code: 'CURRENCY_MISMATCH',
        issues: [expect.objectContaining({ path: ['previous', 0, 'value'] })],
      }),
    );
  });

  it('matches (c − p) ÷ P in BigInt rationals; the contributions add up to the total growth', () => {
    const keys = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    const rows = fc.uniqueArray(fc.tuple(keys, cents), { selector: ([key]) => key, maxLength: 6 });
    fc.assert(
      fc.property(rows, rows, (current, previous) => {
        const toRows = (list: [string, bigint][]) =>
          list.map(([key, value]) => ({ key, value: centsText(value) }));
        const c = contributionsToGrowth(toRows(current), toRows(previous));
        const now = new Map<string, bigint>(current);
        const before = new Map<string, bigint>(previous);
        const P = previous.reduce((a, [, v]) => a + v, 0n);
        const C = current.reduce((a, [, v]) => a + v, 0n);
        expect(c.rows.map((row) => row.key).sort()).toEqual(
          [...new Set([...now.keys(), ...before.keys()])].sort(),
        );
        if (P === 0n) {
          expect(c.total).toMatchObject({ value: null, reason: 'zero-denominator' });
          for (const row of c.rows)
            expect(row).toMatchObject({ value: null, reason: 'zero-denominator' });
          return;
        }
        for (const row of c.rows) {
          const change = (now.get(row.key) ?? 0n) - (before.get(row.key) ?? 0n);
          expect(isRounded64(row.value as Decimal, { num: change, den: P })).toBe(true);
        }
        expect(isRounded64(c.total.value as Decimal, { num: C - P, den: P })).toBe(true);
        const sum = c.rows.reduce((acc, row) => acc.plus(row.value as Decimal), new Decimal(0));
        // Each term is rounded once; their sum is the growth to within a unit in the 63rd digit of the largest term per row.
        const largest = c.rows.reduce((max, row) => {
          const size = (row.value as Decimal).abs();
          return size.gt(max) ? size : max;
        }, new Decimal(0));
        expect(
          sum
            .minus(c.total.value as Decimal)
            .abs()
            .lte(largest.times(c.rows.length + 1).times('1e-62')),
        ).toBe(true);
      }),
      propertyRuns(1707, { ci: 100, full: 1000 }),
    );
  });
});
