import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { LOCALES } from '../economy/locale.js';
import { writeKnownAmount } from '../growth/amount-digits.js';
import { money } from '../money/index.js';
import { compactAmount } from './compact-amount.js';

const CURRENCIES = ['USD', 'VND', 'CNY', 'LAK', 'KHR', 'EUR', 'MMK'] as const;

/** What `writeKnownAmount` writes: what `compactAmount` must write. */
const expected = (
  amount: string,
  currency: string,
  locale: (typeof LOCALES)[number],
  unit: string | null,
) =>
  writeKnownAmount(money(amount, currency), unit === null ? undefined : new Decimal(unit), locale);

/** Every locale and currency, each amount and unit given, against `writeKnownAmount`. */
function agreeOn(amounts: readonly string[], units: readonly (string | null)[]) {
  for (const locale of LOCALES) {
    for (const currency of ['USD', 'CNY', 'KHR']) {
      for (const amount of amounts) {
        for (const unit of units) {
          expect([amount, unit, locale, compactAmount(amount, currency, locale, unit)]).toEqual([
            amount,
            unit,
            locale,
            expected(amount, currency, locale, unit),
          ]);
        }
      }
    }
  }
}

describe('compactAmount', () => {
  it('writes as writeKnownAmount at the scales’ boundaries, ties, zero, signs and tiny amounts', () => {
    const amounts = [
      '0',
      '1',
      '0.004',
      '0.005',
      '0.0049',
      '-0.0000012',
      '0.01',
      '0.125',
      '999.5',
      '999.95',
      '999.994',
      '999.995',
      '999.996',
      '1000',
      '9999.5',
      '9995',
      '99995',
      '999950',
      '999994999',
      '999995000',
      '1234.565',
      '-1234.565',
      '150000',
      '-150000',
      '892900000',
      '-383600000',
      '1150000000',
      '1250000000',
      '-1250000000',
      '822949308.756',
      '999999999999.995',
      '1000000000000',
      '123456789012345678901234567890.12',
      '-987654321098765432109876543210987.65432109876543210',
      '999999999999999999999999999999999999.995',
    ];
    agreeOn(amounts, [
      null,
      '1',
      '0.01',
      '0.5',
      '100',
      '100000',
      '1000100000',
      '100000000',
      '1e20',
      '0',
      '-1',
    ]);
  });

  it('agrees with writeKnownAmount on any amount and unit (sign, digits, scale, locale, currency)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 12 }),
        fc.option(fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: -6, max: 16 })), {
          nil: null,
        }),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...LOCALES),
        (units, scale, step, currency, locale) => {
          const amount = new Decimal(`${units}e-${scale}`).toFixed();
          const unit = step === null ? null : new Decimal(`${step[0]}e${step[1]}`).toFixed();
          expect(compactAmount(amount, currency, locale, unit)).toEqual(
            expected(amount, currency, locale, unit),
          );
        },
      ),
      propertyRuns(0x225, { ci: 2000, full: 50000 }),
    );
  });

  it('agrees on amounts made of nines and halves, where rounding carries into the next scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 18 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom('', '4', '5', '49', '50', '51', '9'),
        fc.boolean(),
        fc.option(fc.integer({ min: -4, max: 14 }), { nil: null }),
        fc.constantFrom(...LOCALES),
        (nines, places, tail, negative, power, locale) => {
          const digits = `${'9'.repeat(nines)}${tail}`;
          const amount = new Decimal(`${negative ? '-' : ''}${digits}e-${places}`).toFixed();
          const unit = power === null ? null : new Decimal(`1e${power}`).toFixed();
          expect(compactAmount(amount, 'USD', locale, unit)).toEqual(
            expected(amount, 'USD', locale, unit),
          );
        },
      ),
      propertyRuns(0x995, { ci: 1000, full: 20000 }),
    );
  });

  it('groups a Chinese number from five digits, as writeKnownAmount does', () => {
    // The report wrote "4,573.6亿美元" (and "1,234美元" below 万).
    expect(compactAmount('457360000000', 'USD', 'zh', '10000000')?.text).toBe('4573.6亿美元');
    expect(compactAmount('1234', 'USD', 'zh', null)?.text).toBe('1234美元');
    expect(compactAmount('12345000000000000', 'CNY', 'zh', null)?.text).toBe('12,345万亿元人民币');
    agreeOn(
      ['457360000000', '-1234', '9999.5', '99999999999999', '12345000000000000'],
      [null, '1'],
    );
  });

  it('leaves an amount of more digits than its fast path takes to writeKnownAmount', () => {
    const amount = `${'7'.repeat(35)}.${'3'.repeat(30)}`;
    expect(compactAmount(amount, 'USD', 'en', null)).toEqual(expected(amount, 'USD', 'en', null));
    expect(compactAmount(amount, 'USD', 'vi', '1000')).toEqual(
      expected(amount, 'USD', 'vi', '1000'),
    );
  });
});
