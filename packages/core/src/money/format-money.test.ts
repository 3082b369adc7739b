import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { LOCALES } from '../economy/locale.js';
import { formatMoney } from './format-money.js';
import { money } from './money.js';
import { writeMoney } from './write-money.js';

const ROUNDING_MODES = ['half-up', 'half-even', 'down', 'floor', 'ceil'] as const;

describe('writeMoney', () => {
  it('writes what formatMoney writes, for any valid amount and options', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('USD', 'VND', 'CNY', 'LAK', 'KHR'),
        fc.constantFrom(...LOCALES),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        fc.option(fc.constantFrom(...ROUNDING_MODES), { nil: undefined }),
        (units, scale, currency, locale, compact, fractionDigits, roundingMode) => {
          const value = money(`${units}e-${scale}`, currency);
          const options = {
            locale,
            ...(fractionDigits === undefined ? {} : { fractionDigits }),
            ...(roundingMode === undefined ? {} : { roundingMode }),
          };
          expect(writeMoney(value, { ...options, compact })).toBe(
            formatMoney(value, { ...options, notation: compact ? 'compact' : 'full' }),
          );
        },
      ),
      propertyRuns(0x3e7, { ci: 300, full: 5000 }),
    );
  });

  it('writes compact amounts as the widgets ask for them', () => {
    const turnover = money('1491900000', 'USD');
    expect(writeMoney(turnover, { locale: 'en', compact: true })).toBe('US$1.49 billion');
    expect(writeMoney(turnover, { locale: 'vi', compact: true })).toBe('1,49 tỷ USD');
    expect(writeMoney(turnover, { locale: 'zh', compact: true, fractionDigits: 0 })).toBe(
      '15亿美元',
    );
    expect(writeMoney(money('-508.1', 'USD'), { locale: 'en', compact: false })).toBe('-US$508.10');
  });
});
