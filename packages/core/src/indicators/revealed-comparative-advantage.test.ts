import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import type { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { cents, centsText, isRounded64 } from './__fixtures__/rational.js';
import { revealedComparativeAdvantage } from './revealed-comparative-advantage.js';

describe('revealedComparativeAdvantage', () => {
  it('computes Balassa by hand: ore 40 of 50 against 100 of 500 is 4, soya 10 of 50 against 400 of 500 is 0.25', () => {
    const rows = revealedComparativeAdvantage(
      [
        { key: '2601', value: money('40', 'USD') },
        { key: '1201', value: money('10', 'USD') },
      ],
      [
        { key: '2601', value: money('100', 'USD') },
        { key: '1201', value: money('400', 'USD') },
      ],
    );
    expect(rows.map((row) => [row.key, row.value?.toString()])).toEqual([
      ['2601', '4'],
      ['1201', '0.25'],
    ]);
  });

  it('gives null with a reason per row for a missing or zero denominator', () => {
    const rows = revealedComparativeAdvantage(
      [
        { key: 'a', value: '1' },
        { key: 'b', value: '1' },
        { key: 'c', value: '0' },
      ],
      [
        { key: 'a', value: '2' },
        { key: 'c', value: '0' },
      ],
    );
    expect(rows.map((row) => (row.value === null ? row.reason : row.value.toString()))).toEqual([
      '0.5', // (1 ÷ 2) ÷ (2 ÷ 2): the reporter's total counts every row, the one the world lacks too
      'missing-denominator',
      'zero-denominator',
    ]);
    const none = revealedComparativeAdvantage(
      [{ key: 'a', value: '0' }],
      [{ key: 'a', value: '5' }],
    );
    expect(none[0]).toMatchObject({ value: null, reason: 'zero-denominator' });
  });

  it('refuses world rows in another currency, naming the row', () => {
    expect(() =>
      revealedComparativeAdvantage(
        [{ key: 'a', value: money('1', 'USD') }],
        [{ key: 'a', value: money('1', 'CNY') }],
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'CURRENCY_MISMATCH',
        issues: [expect.objectContaining({ path: ['world', 0, 'value'] })],
      }),
    );
  });

  it('matches (x·W) ÷ (X·w) in BigInt rationals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cents, cents), { minLength: 1, maxLength: 8 }),
        fc.bigInt({ min: 0n, max: 10n ** 17n }),
        (pairs, otherWorld) => {
          const reporter = pairs.map(([x], index) => ({ key: `k${index}`, value: centsText(x) }));
          // The world's exports of a product include the reporter's.
          const world = pairs.map(([x, rest], index) => ({
            key: `k${index}`,
            value: centsText(x + rest),
          }));
          world.push({ key: 'other', value: centsText(otherWorld) });
          const X = pairs.reduce((a, [x]) => a + x, 0n);
          const W = pairs.reduce((a, [x, rest]) => a + x + rest, otherWorld);
          revealedComparativeAdvantage(reporter, world).forEach((row, index) => {
            const [x, rest] = pairs[index] as [bigint, bigint];
            if (X === 0n || x + rest === 0n) {
              expect(row).toMatchObject({ value: null, reason: 'zero-denominator' });
            } else {
              const exact = { num: x * W, den: X * (x + rest) };
              expect(isRounded64(row.value as Decimal, exact)).toBe(true);
            }
          });
        },
      ),
      propertyRuns(1702, { ci: 100, full: 1000 }),
    );
  });
});
