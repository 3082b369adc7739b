import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import * as calc from '../calc.js';
import { roundedShare } from './rounded-share.js';

const d = (text: string) => new Decimal(text);
const written = (ratio: string, digits: number | undefined) => {
  const { percent, decimals, about } = roundedShare(d(ratio), digits);
  return `${about ? 'about ' : ''}${percent.toFixed(decimals)}`;
};

describe('roundedShare: a coverage ratio with the digits its sides support (QA h135 Q18)', () => {
  it('writes one decimal where the sides support it, as the widgets do', () => {
    expect(written('1.42372', 4)).toBe('142.4'); // 2017: 524.5 / 368.4 million
    expect(written('0.604160', 3)).toBe('60.4'); // Jan–Jul 2025: 755.2 million / 1.25 billion
    expect(written('0.891620', undefined)).toBe('89.2'); // exact sides
    expect(written('0', 1)).toBe('0.0');
    expect(written('0.00155', undefined)).toBe('0.2'); // halves away from zero
    expect(written('0.01251', 2)).toBe('1.3');
  });

  it('writes a share that is not 0 down to its first digit where one decimal would write 0', () => {
    // 0.005 %, 0.04 %: "0.0 %" read as none; 0.055 % was "0.1 %". From 0.1 % on, one decimal.
    expect(written('0.00005', 1)).toBe('0.005');
    expect(written('0.0004', undefined)).toBe('0.04');
    expect(written('0.00049', 2)).toBe('0.05');
    expect(written('-0.0004', undefined)).toBe('-0.04');
    expect(written('0.00055', undefined)).toBe('0.06');
    expect(written('0.001', undefined)).toBe('0.1');
    // Rounded up to the next power of ten: its first digit is there, one decimal place fewer
    // (0.0999 % is "0.1 %" as 0.1 % is, not "0.10 %", a digit no share under 0.1 % shows).
    expect(written('0.000999', undefined)).toBe('0.1');
    expect(written('0.00095', 1)).toBe('0.1');
    expect(written('0.0000996', undefined)).toBe('0.01');
  });

  it('rounds further, as "about" it, where a side is known to fewer digits', () => {
    expect(written('0.4919', 1)).toBe('about 50'); // 491.9 million / "1 billion"
    expect(written('2.11610', 3)).toBe('about 212'); // Lao H1 2023: 565 / 267 million
    expect(written('1.42372', 2)).toBe('about 140');
    expect(written('0.0123', 1)).toBe('about 1');
  });

  it('is in /calc, for the widgets', () => {
    expect(calc.roundedShare).toBe(roundedShare);
  });
});
