import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { tradeBalance } from '../balance/index.js';
import { roundedShare } from '../balance/rounded-share.js';
import { LOCALES } from '../economy/locale.js';
import { writeKnownAmount } from '../growth/amount-digits.js';
import { money } from '../money/index.js';
import { compactAmount } from './compact-amount.js';
import { coverPercent } from './cover-percent.js';
import { exactTradeFigures } from './exact-trade-figures.js';
import { computedJson } from './json-numbers.js';
import { localPercent } from './local-numbers.js';

// The report's fast paths against the general ones over every amount a dataset may hold
// (`money` takes less than 10^36 and at most 36 decimals, of any number of digits), where their
// own tests stay within 30 digits and 20 decimals.

/** Any amount `money` takes, as `Decimal#toFixed` writes it: up to 60 digits, 36 decimals. */
const anyAmount = (signed: boolean) =>
  fc
    .tuple(
      fc.bigInt({ min: signed ? -(10n ** 60n) : 0n, max: 10n ** 60n }),
      fc.integer({ min: 0, max: 36 }),
    )
    .map(([digits, places]) => new Decimal(`${digits}e-${places}`))
    .filter((x) => x.abs().lt('1e36'))
    .map((x) => x.toFixed());

describe("the report's fast paths on every amount a dataset may hold", () => {
  it('exactTradeFigures gives what tradeBalance and computedJson give', () => {
    fc.assert(
      fc.property(anyAmount(false), anyAmount(false), (exports, imports) => {
        const fast = exactTradeFigures(exports, imports);
        if (fast === undefined) return;
        const slow = tradeBalance({
          exports: money(exports, 'USD'),
          imports: money(imports, 'USD'),
        });
        expect(fast).toEqual({
          turnover: slow.turnover.amount.toFixed(),
          balance: slow.balance.amount.toFixed(),
          coverageRatio: slow.coverageRatio === null ? null : computedJson(slow.coverageRatio),
          position: slow.position.reporter,
        });
      }),
      propertyRuns(0x234, { ci: 3000, full: 50000 }),
    );
  });

  it('exactTradeFigures leaves to tradeBalance a sum past decimal.js’s 64 digits, which it refuses', () => {
    // 10^33 + 10^-31 has 65 significant digits: tradeBalance refuses it (it rounded the turnover
    // to 10^33); the digit work wrote all 65.
    const [exports, imports] = [`0.${'0'.repeat(30)}1`, `1${'0'.repeat(33)}`];
    expect(exactTradeFigures(exports, imports)).toBeUndefined();
    expect(
      errorCode(() =>
        tradeBalance({ exports: money(exports, 'USD'), imports: money(imports, 'USD') }),
      ),
    ).toBe('PRECISION_EXCEEDED');
    // Of 64 digits, it is exact in both.
    expect(exactTradeFigures(`1${'0'.repeat(29)}`, `1.${'0'.repeat(33)}1`)?.turnover).toBe(
      `1${'0'.repeat(28)}1.${'0'.repeat(33)}1`,
    );
  });

  it('compactAmount writes what writeKnownAmount writes, any unit of any digits', () => {
    const unit = fc.option(
      fc
        .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: -36, max: 24 }))
        .map(([digits, power]) => new Decimal(`${digits}e${power}`).toFixed()),
      { nil: null },
    );
    fc.assert(
      fc.property(
        anyAmount(true),
        unit,
        fc.constantFrom('USD', 'VND', 'CNY', 'LAK', 'THB', 'KHR', 'EUR', 'JPY', 'MMK'),
        fc.constantFrom(...LOCALES),
        (amount, step, currency, locale) => {
          expect(compactAmount(amount, currency, locale, step)).toEqual(
            writeKnownAmount(
              money(amount, currency),
              step === null ? undefined : new Decimal(step),
              locale,
            ),
          );
        },
      ),
      propertyRuns(0x235, { ci: 3000, full: 50000 }),
    );
  });

  it('compactAmount writes a negative zero and zeros of many places as writeKnownAmount', () => {
    for (const locale of LOCALES) {
      for (const amount of ['-0', '-0.000', '0.000000', '-0.0000000000000000000000000000000001']) {
        for (const unit of [null, '1', '0.01', '1000000']) {
          expect([amount, unit, compactAmount(amount, 'USD', locale, unit)]).toEqual([
            amount,
            unit,
            writeKnownAmount(
              money(amount, 'USD'),
              unit === null ? undefined : new Decimal(unit),
              locale,
            ),
          ]);
        }
      }
    }
  });

  it('coverPercent writes what cover wrote, any ratio of 0 or more', () => {
    fc.assert(
      fc.property(anyAmount(false), fc.constantFrom(...LOCALES), (ratio, locale) => {
        const { percent, decimals } = roundedShare(new Decimal(ratio), undefined);
        expect(coverPercent(ratio, locale)).toBe(localPercent(percent, decimals, locale, false));
      }),
      propertyRuns(0x236, { ci: 3000, full: 50000 }),
    );
  });
});
