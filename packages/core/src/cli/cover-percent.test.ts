import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { roundedShare } from '../balance/rounded-share.js';
import { LOCALES } from '../economy/locale.js';
import { coverPercent } from './cover-percent.js';
import { localPercent } from './local-numbers.js';

/** What `cover` wrote for a ratio of exact sides. */
const expected = (ratio: string, locale: (typeof LOCALES)[number]) => {
  const { percent, decimals } = roundedShare(new Decimal(ratio), undefined);
  return localPercent(percent, decimals, locale, false);
};

describe('coverPercent', () => {
  it('writes as cover did: ties at the second decimal, 0, thousands, every locale', () => {
    const ratios = [
      '0',
      '0.0004',
      '0.0005',
      '0.00049',
      '1',
      '1.42372421281',
      '0.999995',
      '12.3456',
      '9999.9995',
      '123456789.987654321',
    ];
    for (const locale of LOCALES) {
      for (const ratio of ratios)
        expect([ratio, coverPercent(ratio, locale)]).toEqual([ratio, expected(ratio, locale)]);
    }
    expect(coverPercent('-1', 'en')).toBeUndefined();
    // Not 0, under 0.05 %: down to its first digit, not "0.0 %" (read as none).
    expect(['0.0004', '0.00049', '0.0000007'].map((r) => coverPercent(r, 'en'))).toEqual([
      '0.04 %',
      '0.05 %',
      '0.00007 %',
    ]);
    // Rounded up to the next power of ten: one place fewer, as roundedShare.
    expect(['0.000999', '0.0000996'].map((r) => coverPercent(r, 'en'))).toEqual([
      '0.1 %',
      '0.01 %',
    ]);
  });

  it('agrees with cover on any ratio of 0 or more', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 24 }),
        fc.constantFrom(...LOCALES),
        (digits, places, locale) => {
          const ratio = new Decimal(`${digits}e-${places}`).toFixed();
          expect(coverPercent(ratio, locale)).toBe(expected(ratio, locale));
        },
      ),
      propertyRuns(0xc0, { ci: 2000, full: 50000 }),
    );
  });
});
