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

  it('writes a rate under 0.1 % down to its first digit as far as its figures know it', () => {
    // Exact figures: +0.04 %, not "0.0 %" (read as no change); a fall the same.
    expect(writtenRate('0.000412', null, 'en')).toEqual({ rounded: '0.0004', text: '+0.04 %' });
    expect(writtenRate('-0.000412', null, 'vi')).toEqual({
      rounded: '-0.0004',
      text: '\u22120,04%',
    });
    expect(writtenRate('0.00055', null, 'en')).toEqual({ rounded: '0.0006', text: '+0.06 %' });
    expect(writtenRate('0.000999', null, 'en')).toEqual({ rounded: '0.001', text: '+0.1 %' });
    expect(writtenRate('0.00000007', null, 'en').text).toBe('+0.000007 %');
    // A ratio known to 5 digits (1.0004): two places; to 4 (1.000): one, "0.0 %" as before,
    // and so where the first digit is past what the figures know (0.004 % of a ratio to 5).
    expect(writtenRate('0.000412', 5, 'en').text).toBe('+0.04 %');
    expect(writtenRate('-0.000412', 6, 'en').text).toBe('-0.04 %');
    expect(writtenRate('0.0000412', 5, 'en').text).toBe('0.0 %');
    expect(writtenRate('0.000412', 4, 'en')).toEqual({ rounded: '0', text: '0.0 %' });
    expect(writtenRate('0', null, 'en')).toEqual({ rounded: '0', text: '0.0 %' });
  });
});
