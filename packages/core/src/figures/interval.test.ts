import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { BilateralError } from '../errors/index.js';
import { interval, intervalWidth } from './interval.js';

describe('interval', () => {
  it('keeps exact ends and closedness', () => {
    const range = interval('1.45', '1.55', '[)');
    expect(range.lo.toString()).toBe('1.45');
    expect(range.hi.toString()).toBe('1.55');
    expect(range.loClosed).toBe(true);
    expect(range.hiClosed).toBe(false);
    expect(Object.isFrozen(range)).toBe(true);
    expect(range.lo).toBeInstanceOf(Decimal);
  });

  it('is closed unless told otherwise', () => {
    const range = interval(1, 2);
    expect([range.loClosed, range.hiClosed]).toEqual([true, true]);
  });

  it('accepts a closed single point', () => {
    expect(interval('3', '3').lo.toString()).toBe('3');
  });

  it('refuses reversed, empty and non-finite ends', () => {
    expect(() => interval('2', '1')).toThrowError(/lo ≤ hi/);
    expect(() => interval('1', '1', '[)')).toThrowError(/empty/);
    expect(() => interval(Number.NaN, 1)).toThrowError(BilateralError);
    expect(() => interval(1, Number.POSITIVE_INFINITY)).toThrowError(BilateralError);
    try {
      interval('2', '1');
    } catch (error) {
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).code).toBe('INVALID_INPUT');
    }
    try {
      interval('x', '1');
    } catch (error) {
      expect((error as BilateralError).code).toBe('INVALID_DECIMAL');
      expect((error as BilateralError).issues[0]?.path).toEqual(['lo']);
    }
  });
});

describe('intervalWidth', () => {
  it('is hi − lo, exactly, whichever ends belong to the interval', () => {
    expect(intervalWidth(interval('1450000000', '1550000000', '[)')).toFixed()).toBe('100000000');
    expect(intervalWidth(interval('-0.075', '0.035', '()')).toFixed()).toBe('0.11');
    expect(intervalWidth(interval('5', '5')).isZero()).toBe(true);
  });
});
