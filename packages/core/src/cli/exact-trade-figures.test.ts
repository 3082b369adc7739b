import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { tradeBalance } from '../balance/index.js';
import { money } from '../money/index.js';
import { exactTradeFigures } from './exact-trade-figures.js';
import { computedJson } from './json-numbers.js';

/** What `tradeBalance` and `computedJson` give, as the report's rows take them. */
function expected(exports: string, imports: string) {
  const result = tradeBalance({ exports: money(exports, 'USD'), imports: money(imports, 'USD') });
  return {
    turnover: result.turnover.amount.toFixed(),
    balance: result.balance.amount.toFixed(),
    coverageRatio: result.coverageRatio === null ? null : computedJson(result.coverageRatio),
    position: result.position.reporter,
  };
}

const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 34n - 1n }), fc.integer({ min: 0, max: 20 }))
  .map(([digits, places]) => new Decimal(`${digits}e-${places}`).toFixed());

describe('exactTradeFigures', () => {
  it('gives the turnover, balance, coverage and position tradeBalance and computedJson give', () => {
    const amounts = [
      '0',
      '1',
      '3',
      '7',
      '0.01',
      '524500000',
      '368400000',
      '9234224.57',
      '13090255.5',
    ];
    for (const exports of amounts) {
      for (const imports of amounts) {
        expect(exactTradeFigures(exports, imports)).toEqual(expected(exports, imports));
      }
    }
    expect(exactTradeFigures('524500000', '368400000')?.coverageRatio).toBe('1.42372421281');
  });

  it('agrees with them on any two amounts of up to 34 digits before the point and 20 after', () => {
    fc.assert(
      fc.property(amount, amount, (exports, imports) => {
        const fast = exactTradeFigures(exports, imports);
        // Left to tradeBalance (which may refuse it) only where the ratio is 10^30 or more.
        if (fast === undefined)
          expect(new Decimal(exports).div(imports).e).toBeGreaterThanOrEqual(30);
        else expect(fast).toEqual(expected(exports, imports));
      }),
      propertyRuns(0x226, { ci: 2000, full: 50000 }),
    );
  });

  it('rounds the quotient as decimal.js does: to 64 digits, then to 12, halves to even', () => {
    // Quotients on a tie at the 12th digit (1.000000000005 → 1.00000000000, …15 → …2) and
    // just past it, and 2/3 and 1/7 (64 digits rounded, then 12).
    const pairs = [
      ['1000000000005', '1000000000000'],
      ['1000000000015', '1000000000000'],
      ['10000000000050000000000000000001', '10000000000000000000000000000000'],
      ['2', '3'],
      ['1', '7'],
      ['999999999999500000', '1000000000000000000'],
    ] as const;
    for (const [exports, imports] of pairs) {
      expect(exactTradeFigures(exports, imports)).toEqual(expected(exports, imports));
    }
    expect(exactTradeFigures('1000000000005', '1000000000000')?.coverageRatio).toBe('1');
    expect(exactTradeFigures('999999999999500000', '1000000000000000000')?.coverageRatio).toBe('1');
  });

  it('leaves to tradeBalance amounts below 0, of 35 digits or more before the point, or far apart', () => {
    expect(exactTradeFigures('-1', '2')).toBeUndefined();
    expect(exactTradeFigures('1', '-2')).toBeUndefined();
    expect(exactTradeFigures(`1${'0'.repeat(34)}`, '1')).toBeUndefined();
    expect(exactTradeFigures(`1${'0'.repeat(33)}`, '0.00000000000000000001')).toBeUndefined();
  });
});
