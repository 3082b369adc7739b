import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { cents, centsText } from './__fixtures__/rational.js';
import { topValues } from './top-values.js';

describe('topValues', () => {
  it('keeps the largest rows with their shares and sums the rest (worked example)', () => {
    const t = topValues(
      [
        { key: '2601', value: money('100', 'USD') },
        { key: '1201', value: money('600', 'USD') },
        { key: '4001', value: money('300', 'USD') },
      ],
      2,
    );
    expect(
      t.top.map((row) => [
        row.key,
        row.value.amount.toString(),
        row.value.currency,
        row.share?.toString(),
      ]),
    ).toEqual([
      ['1201', '600', 'USD', '0.6'],
      ['4001', '300', 'USD', '0.3'],
    ]);
    expect([
      t.rest.key,
      t.rest.value.amount.toString(),
      t.rest.share?.toString(),
      t.restCount,
    ]).toEqual([null, '100', '0.1', 1]);
  });

  it('orders equal values by key, keeps fewer rows when there are fewer, and gives null shares for a zero total', () => {
    const t = topValues(
      [
        { key: 'b', value: '0' },
        { key: 'a', value: '0' },
      ],
      5,
    );
    expect(t.top.map((row) => [row.key, row.share])).toEqual([
      ['a', null],
      ['b', null],
    ]);
    expect([t.rest.value.toString(), t.rest.share, t.restCount]).toEqual(['0', null, 0]);
  });

  it('refuses an n that is not a whole number 0 or more', () => {
    for (const n of [-1, 1.5, Number.NaN, '3' as unknown as number]) {
      expect(() => topValues([{ key: 'a', value: '1' }], n)).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path: ['n'] })],
        }),
      );
    }
  });

  it('keeps the n largest in order; top and rest add up to the total, their shares to 1', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 12 }), fc.nat(14), (values, n) => {
        const t = topValues(
          values.map((value, i) => ({
            key: `k${String(i).padStart(2, '0')}`,
            value: centsText(value),
          })),
          n,
        );
        const sorted = [...values].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
        expect(t.top.map((row) => row.value.toString())).toEqual(
          sorted.slice(0, n).map((value) => new Decimal(centsText(value)).toString()),
        );
        const total = values.reduce((a, b) => a + b, 0n);
        const kept = sorted.slice(0, n).reduce((a, b) => a + b, 0n);
        expect(t.rest.value.toString()).toBe(new Decimal(centsText(total - kept)).toString());
        expect(t.restCount).toBe(Math.max(0, values.length - n));
        if (total > 0n) {
          const shareSum = [...t.top, t.rest].reduce(
            (acc, row) => acc.plus(row.share as Decimal),
            new Decimal(0),
          );
          expect(shareSum.minus(1).abs().lte('1e-62')).toBe(true);
        }
      }),
      propertyRuns(1706, { ci: 100, full: 1000 }),
    );
  });
});
