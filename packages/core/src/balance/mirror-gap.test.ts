import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode, outcome } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import {
  type Scaled,
  scaledAmount,
  scaledText,
  significantDigits,
} from '../__fixtures__/scaled-amount.js';
import { Decimal } from '../_internal/decimal.js';
import { money, subtract } from '../money/index.js';
import { mirrorGap } from './index.js';

const code = errorCode;

describe('mirrorGap past 64 significant digits', () => {
  // 10^35 + 10^-30: 66 digits from 1 and apart from it.
  const large = money(`1${'0'.repeat(35)}.${'1'.padStart(30, '0')}`, 'USD');
  const one = money('1', 'USD');

  it('refuses, rather than rounds, a gap past 64 digits, in subtract’s words', () => {
    const refusal = outcome(() => mirrorGap(one, large));
    expect(refusal).toEqual(outcome(() => subtract(large, one)));
    expect(refusal).toMatchObject([
      'PRECISION_EXCEEDED',
      [{ message: `${large.amount} - 1 needs more than 64 significant digits to be exact` }],
    ]);
    // The other way round, 1 − (10^35 + 10^-30); its expected imports (× 1.1) are refused first.
    expect(code(() => mirrorGap(large, one, { cifFobFactor: '1' }))).toBe('PRECISION_EXCEEDED');
    expect(code(() => mirrorGap('1', large.amount))).toBe('PRECISION_EXCEEDED');
  });

  it('refuses expected imports (exports × factor) past 64 digits, and an adjusted gap', () => {
    // 28 + 36 nines (64 digits) × 1.1 needs 65 digits.
    const nines = `${'9'.repeat(28)}.${'9'.repeat(36)}`;
    expect(outcome(() => mirrorGap(nines, '1'))).toMatchObject([
      'PRECISION_EXCEEDED',
      [{ message: `${nines} × 1.1 needs more than 64 significant digits to be exact` }],
    ]);
    // 10^35 − (1 + 10^-31) needs 67 digits, though the gap 10^35 − 1 and 1 + 10^-31 fit.
    const adjusted = outcome(() =>
      mirrorGap('1', '1e35', { cifFobFactor: `1.${'1'.padStart(31, '0')}` }),
    );
    expect(adjusted).toMatchObject([
      'PRECISION_EXCEEDED',
      [
        {
          message: `1${'0'.repeat(35)} - 1.${'1'.padStart(31, '0')} needs more than 64 significant digits to be exact`,
        },
      ],
    ]);
  });

  it('gives a gap of exactly 64 digits where subtract counts one too many', () => {
    // 10^28 − (3e27 + 1e-36): 64 digits; subtract refuses it (it counts a digit for a carry).
    const imports = money(`1${'0'.repeat(28)}`, 'USD');
    const exports = money(`3${'0'.repeat(27)}.${'1'.padStart(36, '0')}`, 'USD');
    expect(code(() => subtract(imports, exports))).toBe('PRECISION_EXCEEDED');
    expect(mirrorGap(exports, imports, { cifFobFactor: '1' }).gap.amount.toFixed()).toBe(
      `6${'9'.repeat(27)}.${'9'.repeat(35)}9`,
    );
  });

  it('gap, expected imports and adjusted gap are exact where they fit 64 digits, else refused', () => {
    // Factors of up to 31 digits as digits and a scale; 1.1 among them.
    const factor = fc.oneof(
      fc.constant({ digits: 110n, scale: 2 }),
      fc
        .tuple(fc.integer({ min: 0, max: 36 }), fc.bigInt({ min: 1n, max: 10n ** 30n }))
        .map(([scale, digits]) => ({ digits, scale })),
    );
    /** `a` at `scale` decimals (no fewer than its own). */
    const at = (a: Scaled, scale: number) => a.digits * 10n ** BigInt(scale - a.scale);
    fc.assert(
      fc.property(scaledAmount, scaledAmount, factor, (x, m, f) => {
        const expected = { digits: x.digits * f.digits, scale: x.scale + f.scale };
        const scale = Math.max(x.scale, m.scale);
        const gap = at(m, scale) - at(x, scale);
        const wide = Math.max(expected.scale, m.scale);
        const adjusted = at(m, wide) - at(expected, wide);
        const run = () => mirrorGap(scaledText(x), scaledText(m), { cifFobFactor: scaledText(f) });
        const result = outcome(run);
        if (
          [gap, expected.digits, adjusted].some((digits) => significantDigits(digits) > 64) &&
          !(Array.isArray(result) && result[0] === 'OUT_OF_RANGE')
        ) {
          expect(code(run)).toBe('PRECISION_EXCEEDED');
          return;
        }
        if (Array.isArray(result)) {
          // A ratio or expected value of 10^36 or more is past the supported range.
          expect(result[0]).toBe('OUT_OF_RANGE');
          return;
        }
        const r = run();
        expect([r.gap.toFixed(), r.expectedImports.toFixed(), r.adjustedGap.toFixed()]).toEqual([
          new Decimal(`${gap}e-${scale}`).toFixed(),
          scaledText(expected),
          new Decimal(`${adjusted}e-${wide}`).toFixed(),
        ]);
      }),
      propertyRuns(6_403, { ci: 1000, full: 5000 }),
    );
  });
});
