import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import * as calc from '../calc.js';
import { bandText } from '../cli/target-message.js';
import * as root from '../index.js';
import { bandDecimals } from './band-decimals.js';
import * as targets from './index.js';

describe('bandDecimals: the decimals of a band as the dataset wrote it (one rule, h153)', () => {
  it('keeps the decimals of the dataset’s rates in percent, one at most', () => {
    const cases = [
      ['0.1', '0.15', 0],
      ['0.10', '0.15', 0],
      ['0.08', '0.1', 0],
      ['0.105', '0.15', 1],
      ['0.1', '0.155', 1],
      ['0.10125', '0.15', 1],
      ['0.2', '0.2', 0],
    ] as const;
    for (const [lower, upper, decimals] of cases) {
      expect(bandDecimals(new Decimal(lower), new Decimal(upper))).toBe(decimals);
    }
  });

  it('is the one the CLI writes its band with, and every entry a caller may import gives it', () => {
    expect(bandText(new Decimal('0.105'), new Decimal('0.15'))).toBe('10.5–15.0 %');
    expect(bandText(new Decimal('0.1'), new Decimal('0.15'))).toBe('10–15 %');
    expect([calc.bandDecimals, root.bandDecimals, targets.bandDecimals]).toEqual([
      bandDecimals,
      bandDecimals,
      bandDecimals,
    ]);
  });
});
