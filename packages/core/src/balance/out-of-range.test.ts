/**
 * Issue 12, defect 1 (balance): shares, balances, coverage ratios and mirror gaps never come out
 * NaN or Infinity: inputs past the supported range and results of 10^36 or more are OUT_OF_RANGE.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError } from '../__fixtures__/misuse.js';
import { coverageRatio, mirrorGap, shareOf, tradeBalance } from './index.js';

const code = (call: () => unknown) => expectBilateralError(call).code;
const nines = `9${'0'.repeat(35)}`;

describe('balance past the supported range', () => {
  it('refuses huge exponents in the inputs, naming the input (they gave NaN or Infinity)', () => {
    const huge = '1e9000000000000000';
    expect(expectBilateralError(() => shareOf(huge, '1e-9000000000000000'), ['part']).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(expectBilateralError(() => coverageRatio('1', huge), ['imports']).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(
      expectBilateralError(() => tradeBalance({ exports: huge, imports: huge }), ['exports']).code,
    ).toBe('OUT_OF_RANGE');
    expect(expectBilateralError(() => mirrorGap('1', huge), ['partnerImports']).code).toBe(
      'OUT_OF_RANGE',
    );
  });

  it('refuses results of 10^36 or more', () => {
    expect(code(() => shareOf('1e35', '1e-30'))).toBe('OUT_OF_RANGE');
    expect(code(() => coverageRatio('1e35', '1e-30'))).toBe('OUT_OF_RANGE');
    expect(code(() => tradeBalance({ exports: nines, imports: nines }))).toBe('OUT_OF_RANGE');
    // A coverage ratio of 10^63 (1e35 + 1e-28 fits 64 digits; 1e35 + 1e-30 is PRECISION_EXCEEDED).
    expect(code(() => tradeBalance({ exports: '1e35', imports: '1e-28' }))).toBe('OUT_OF_RANGE');
    expect(code(() => mirrorGap('1e35', '1', { cifFobFactor: '100' }))).toBe('OUT_OF_RANGE');
    expect(code(() => mirrorGap('1e-30', '1e35'))).toBe('OUT_OF_RANGE');
  });

  it('gives finite results up to the edge', () => {
    const b = tradeBalance({ exports: `4${'0'.repeat(35)}`, imports: `5${'0'.repeat(35)}` });
    expect(b.turnover.toFixed()).toBe(nines);
    expect(b.coverageRatio?.toString()).toBe('0.8');
    expect(shareOf('1e-36', '1e35').toString()).toBe('1e-71');
  });

  it('reads -0 as 0', () => {
    const b = tradeBalance({ exports: '-0', imports: '5' });
    expect(b.exports.isNegative()).toBe(false);
    expect(b.balance.toString()).toBe('-5');
    expect(coverageRatio('-0', '5')?.toString()).toBe('0');
  });
});
