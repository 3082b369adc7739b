import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import * as calc from '../calc.js';
import * as core from '../index.js';
import { fewestDigits } from './fewest-digits.js';
import { knownDigits } from './known-digits.js';

const d = (text: string) => new Decimal(text);

describe('knownDigits: the significant digits of an amount known to a unit', () => {
  it('counts from the first digit down to the unit’s, one at least', () => {
    expect(knownDigits(d('524500000'), d('100000'))).toBe(4);
    expect(knownDigits(d('1000000000'), d('1000000000'))).toBe(1);
    expect(knownDigits(d('1250000000'), d('10000000'))).toBe(3);
    expect(knownDigits(d('400000'), d('1000000'))).toBe(1);
    expect(knownDigits(d('0.25'), d('0.05'))).toBe(2);
    expect(knownDigits(d('-516200000'), d('100000000'))).toBe(1); // about −US$500 million
  });

  it('gives none for an exact amount or 0', () => {
    expect(knownDigits(d('524500000'), undefined)).toBeUndefined();
    expect(knownDigits(d('0'), d('100000'))).toBeUndefined();
    expect(knownDigits(d('5'), d('0'))).toBeUndefined();
  });

  it('is in the package and in /calc, for the widgets', () => {
    expect([core.knownDigits, calc.knownDigits]).toEqual([knownDigits, knownDigits]);
  });
});

describe('fewestDigits: the digits a ratio of known amounts is written with', () => {
  it('takes the fewest of the sides that are known to a unit', () => {
    expect(
      fewestDigits([
        [d('491900000'), d('100000')],
        [d('1000000000'), d('1000000000')],
      ]),
    ).toBe(1);
    expect(
      fewestDigits([
        [d('524500000'), d('100000')],
        [d('5'), undefined],
      ]),
    ).toBe(4);
  });

  it('gives none where every side is exact or 0', () => {
    expect(fewestDigits([[d('5'), undefined]])).toBeUndefined();
    expect(fewestDigits([[d('0'), d('100000')]])).toBeUndefined();
    expect(fewestDigits([])).toBeUndefined();
  });

  it('is in the package and in /calc, for the widgets', () => {
    expect([core.fewestDigits, calc.fewestDigits]).toEqual([fewestDigits, fewestDigits]);
  });
});
