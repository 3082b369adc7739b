import { describe, expect, it } from 'vitest';
import { percent, writtenRate } from './written-rate.js';

describe('percent: one decimal, signed from the rounded value (review h130 F9)', () => {
  it('writes a rise or a fall under 0.05 % as "0.0 %", as the widgets do', () => {
    expect(percent('0.0001', 'en')).toBe('0.0 %');
    expect(percent('-0.0001', 'en')).toBe('0.0 %');
    expect(percent('-0.0001', 'vi')).toBe('0,0%');
    expect(percent('0.0005', 'en')).toBe('+0.1 %');
    expect(percent('-0.0005', 'en')).toBe('-0.1 %');
    expect(percent(null, 'en')).toBe('—');
  });
});

describe('writtenRate: the rounded value and the text of one number (review h130 F6)', () => {
  it('rounds what --json gives, so a 64-digit quotient under a half rounds as its text', () => {
    // 8.35 % given back by a base it implied: 0.08349999… exact, 0.0835 in --json.
    const quotient = '0.0834999999999999999999999999999999999999999999999999999999999999';
    const computed = '0.0835';
    expect(writtenRate(computed, null, 'en')).toEqual({ rounded: '0.084', text: '+8.4 %' });
    expect(writtenRate(quotient, null, 'en').rounded).toBe('0.083');
  });

  it('writes a rate its figures know to under a point as "about" it', () => {
    expect(writtenRate('0.333333333333', 2, 'en')).toEqual({ rounded: '0.3', text: 'about +30 %' });
    expect(writtenRate('-0.03', 2, 'vi')).toEqual({ rounded: '-0.03', text: 'khoảng \u22123%' });
  });
});
