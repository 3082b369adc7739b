import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { explanationValues, scaleWords } from './explanation-values.js';

const interval = (lo: string, hi: string) => ({
  lo: new Decimal(lo),
  hi: new Decimal(hi),
  loClosed: true,
  hiClosed: false,
});

describe('explanationValues: the scales of intervals', () => {
  it('writes each scale with the word and factor of the locale’s compact amounts', () => {
    const trillion = interval('1250000000000', '1350000000000');
    const vi = explanationValues('vi');
    expect(vi.interval(interval('1500', '2500'), 'thousand')).toBe('[1,5; 2,5) nghìn');
    expect(vi.interval(trillion, 'trillion')).toBe('[1,25; 1,35) nghìn tỷ');
    const lo = explanationValues('lo');
    expect(lo.interval(interval('1500000000', '2500000000'), 'billion')).toBe('[1,5; 2,5) ຕື້');
    expect(lo.interval(trillion, 'trillion')).toBe('[1,25; 1,35) ລ້ານລ້ານ');
  });

  it('counts thousands in 万 and millions and billions in 亿 in Chinese', () => {
    const zh = explanationValues('zh');
    expect(zh.interval(interval('15000', '25000'), 'thousand')).toBe('[1.5, 2.5)万');
    expect(zh.interval(interval('150000000', '250000000'), 'million')).toBe('[1.5, 2.5)亿');
    expect(zh.interval(interval('1500000000', '2500000000'), 'billion')).toBe('[15, 25)亿');
    expect(zh.interval(interval('1250000000000', '1350000000000'), 'trillion')).toBe(
      '[1.25, 1.35)万亿',
    );
    expect(zh.quantity(new Decimal('2838060'), 'million')).toBe('0.0283806亿');
  });

  it('lists the scale words longest first, for keeping an interval and its word on a line', () => {
    expect(scaleWords('vi')).toEqual(['nghìn tỷ', 'nghìn', 'triệu', 'tỷ']);
    expect(scaleWords('lo')).toEqual(['ລ້ານລ້ານ', 'ລ້ານ', 'ພັນ', 'ຕື້']);
    expect(scaleWords('zh')).toEqual(['万亿', '万', '亿']);
  });
});
