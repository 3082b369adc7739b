import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { interval } from './interval.js';

describe('formatInterval', () => {
  it('writes the usual notation', () => {
    expect(formatInterval(interval('159.55', '159.65', '[)'))).toBe('[159.55, 159.65)');
    expect(formatInterval(interval('-1.15', '-1.05', '(]'))).toBe('(-1.15, -1.05]');
    expect(formatInterval(interval('1450000000', '1550000000', '[)'), { unit: '1e6' })).toBe(
      '[1450, 1550)',
    );
  });

  it('rounds outward to the digits shown', () => {
    expect(formatInterval(interval('1', '2'), { unit: 3 })).toBe('[0.333333, 0.666667]');
    expect(formatInterval(interval('-2', '-1'), { unit: 3, significantDigits: 2 })).toBe(
      '[-0.67, -0.33]',
    );
  });

  it('refuses a unit that is not positive', () => {
    expect(() => formatInterval(interval('1', '2'), { unit: 0 })).toThrowError(/positive/);
    expect(() => formatInterval(interval('1', '2'), { unit: -1 })).toThrowError(BilateralError);
  });
});
