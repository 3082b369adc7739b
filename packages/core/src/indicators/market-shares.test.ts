import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import type { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { cents, centsText, isRounded64 } from './__fixtures__/rational.js';
import { marketShares } from './market-shares.js';

describe('marketShares', () => {
  it('divides the reporter by the market per product (30 of 120 is 0.25), with reasons for the rest', () => {
    const rows = marketShares(
      [
        { key: '1201', value: money('30', 'USD') },
        { key: '4001', value: money('5', 'USD') },
        { key: '2601', value: money('1', 'USD') },
      ],
      [
        { key: '1201', value: money('120', 'USD') },
        { key: '4001', value: money('0', 'USD') },
      ],
    );
    expect(rows).toMatchObject([
      { key: '1201' },
      { key: '4001', value: null, reason: 'zero-denominator' },
      {
        key: '2601',
        value: null,
        reason: 'missing-denominator',
        message: 'the market has no row for "2601"',
      },
    ]);
    expect(rows[0]?.value?.toString()).toBe('0.25');
  });

  it('returns a share above 1 as it is (a market figure below the reporter’s)', () => {
    expect(
      marketShares([{ key: 'a', value: '3' }], [{ key: 'a', value: '2' }])[0]?.value?.toString(),
    ).toBe('1.5');
  });

  it('matches x ÷ m in BigInt rationals', () => {
    fc.assert(
      fc.property(cents, cents, (x, rest) => {
        const [row] = marketShares(
          [{ key: 'k', value: centsText(x) }],
          [{ key: 'k', value: centsText(x + rest) }],
        );
        if (x + rest === 0n) expect(row).toMatchObject({ value: null, reason: 'zero-denominator' });
        else {
          const share = row?.value as Decimal;
          expect(isRounded64(share, { num: x, den: x + rest })).toBe(true);
          expect(share.lte(1)).toBe(true);
        }
      }),
      propertyRuns(1703, { ci: 100, full: 1000 }),
    );
  });
});
