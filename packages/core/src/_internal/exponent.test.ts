import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from './decimal.js';
import { exponentOf } from './exponent.js';

describe('exponentOf', () => {
  it('gives the exponent of the leading digit', () => {
    expect(exponentOf(new Decimal('123.45'))).toBe(2);
    expect(exponentOf(new Decimal('0.00123'))).toBe(-3);
    expect(exponentOf(new Decimal('1200'))).toBe(3);
    expect(exponentOf(new Decimal('-9.99e40'))).toBe(40);
    expect(exponentOf(new Decimal('1e-30'))).toBe(-30);
    expect(exponentOf(new Decimal(0))).toBe(0);
  });

  it('agrees with the scientific notation of any decimal', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.integer({ min: -60, max: 60 }), (digits, shift) => {
        const value = new Decimal(`${digits}e${shift}`);
        const exponent = value.isZero() ? 0 : Number(value.toExponential().split('e')[1]);
        expect(exponentOf(value)).toBe(exponent);
      }),
      propertyRuns(1_200, { ci: 1000, full: 10_000 }),
    );
  });
});
