import { type Dataset, Decimal, embeddedDatasets, interval, intervalAmount } from '@bilateral/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The report's own rows (the `bilateral` command's code, which the package does not export).
import { buildReport } from '../../../core/src/cli/report.js';
import { positionWithin } from '../../../core/src/cli/report-position.js';
import { balanceSign } from './balance-sign.js';

/** Each position of the report as the sign `balanceSign` gives it (none: `undefined`). */
const SIGNS = { surplus: 1, deficit: -1, balanced: 0 } as const;
const signOf = (position: keyof typeof SIGNS | null) =>
  position === null ? undefined : SIGNS[position];

describe('balanceSign', () => {
  it("gives the flows' balance no sign where their intervals together hold 0", () => {
    // "US$1.0 billion" less "US$1.02 billion": −75 to +35 million.
    expect(balanceSign(new Decimal('-20000000'), new Decimal('110000000'))).toBeUndefined();
    // Half the unit from 0 is still within: the interval ends at 0.
    expect(balanceSign(new Decimal('55000000'), new Decimal('110000000'))).toBeUndefined();
    expect(balanceSign(new Decimal('55000001'), new Decimal('110000000'))).toBe(1);
    expect(balanceSign(new Decimal('-383600000'), new Decimal('200000'))).toBe(-1);
    // Exact figures: their own sign, 0 balanced (the writer's unit 0 is exact too).
    expect(balanceSign(new Decimal('0'), undefined)).toBe(0);
    expect(balanceSign(new Decimal('0'), new Decimal('0'))).toBe(0);
    expect(balanceSign(new Decimal('-1'), undefined)).toBe(-1);
  });

  it("reads a narrowed interval's midpoint and unit (intervalAmount) as the report reads the interval", () => {
    // Every interval of multiples of a power of ten, each end closed or not.
    fc.assert(
      fc.property(
        fc.integer({ min: -3000, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -2, max: 9 }),
        (start, length, power) => {
          const range = interval(
            new Decimal(start).times(`1e${power}`),
            new Decimal(start + length).times(`1e${power}`),
          );
          const { amount, unit } = intervalAmount(range);
          // As `narrowedBalances` writes them and the card reads them back.
          const written = new Decimal(unit?.toFixed() ?? '0');
          expect(balanceSign(new Decimal(amount.toFixed()), written)).toBe(
            signOf(positionWithin(range)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each(Object.keys(embeddedDatasets))(
    'gives each balance of %s, as the report writes it, the position the report gives it',
    (name) => {
      const dataset = embeddedDatasets[name as keyof typeof embeddedDatasets] as Dataset;
      let compared = 0;
      for (const section of buildReport(dataset).trade) {
        for (const row of section.rows) {
          if (row.balance === null) continue;
          // The flows' difference known to their units summed, or the narrowed interval's
          // midpoint known to its unit (as the data files give the card both).
          const unit = row.units.balance === null ? undefined : new Decimal(row.units.balance);
          expect([row.period, balanceSign(new Decimal(row.balance), unit)]).toEqual([
            row.period,
            signOf(row.position),
          ]);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(0);
    },
  );
});
