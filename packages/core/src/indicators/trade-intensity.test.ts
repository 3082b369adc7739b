import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import type { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { cents, centsText, isRounded64 } from './__fixtures__/rational.js';
import { tradeIntensity } from './trade-intensity.js';

describe('tradeIntensity', () => {
  it('is (20 ÷ 100) ÷ (50 ÷ 1000) = 4 by hand', () => {
    const result = tradeIntensity({
      exportsToPartner: money('20', 'USD'),
      reporterExports: money('100', 'USD'),
      partnerImports: money('50', 'USD'),
      worldImports: money('1000', 'USD'),
    });
    expect(result.value?.toString()).toBe('4');
  });

  it('gives null with a reason when a denominator is 0', () => {
    expect(
      tradeIntensity({
        exportsToPartner: '0',
        reporterExports: '0',
        partnerImports: '5',
        worldImports: '9',
      }),
    ).toEqual({ value: null, reason: 'zero-denominator', message: "the reporter's exports are 0" });
    expect(
      tradeIntensity({
        exportsToPartner: '1',
        reporterExports: '2',
        partnerImports: '0',
        worldImports: '9',
      }),
    ).toMatchObject({ value: null, reason: 'zero-denominator' });
  });

  it('refuses bad input with a BilateralError naming the field', () => {
    expect(() => tradeIntensity(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() =>
      tradeIntensity({
        exportsToPartner: '-1',
        reporterExports: '2',
        partnerImports: '3',
        worldImports: '9',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['exportsToPartner'] })],
      }),
    );
    expect(() =>
      tradeIntensity({
        exportsToPartner: '1',
        reporterExports: 'x',
        partnerImports: '3',
        worldImports: '9',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_DECIMAL',
        issues: [expect.objectContaining({ path: ['reporterExports'] })],
      }),
    );
  });

  it('matches (x·W) ÷ (X·M) in BigInt rationals', () => {
    fc.assert(
      fc.property(cents, cents, cents, cents, (x, X, M, W) => {
        const result = tradeIntensity({
          exportsToPartner: centsText(x),
          reporterExports: centsText(X),
          partnerImports: centsText(M),
          worldImports: centsText(W),
        });
        if (X === 0n || M === 0n)
          expect(result).toMatchObject({ value: null, reason: 'zero-denominator' });
        else expect(isRounded64(result.value as Decimal, { num: x * W, den: X * M })).toBe(true);
      }),
      propertyRuns(1704, { ci: 100, full: 1000 }),
    );
  });
});
