import { describe, expect, it } from 'vitest';
import { thrown } from './__fixtures__/thrown.js';
import { Decimal } from './decimal.js';
import { checkRange } from './decimal-range.js';
import { isNegativeDecimalText, isWrittenInRange } from './decimal-text.js';
import { toDecimal } from './to-decimal.js';

const digits = (count: number, digit = '9') => digit.repeat(count);

describe('toDecimal: the supported range', () => {
  it.each([
    ['0', '0'],
    ['-0', '0'],
    ['-0.000', '0'],
    ['+12.50', '12.5'],
    [digits(36), digits(36)],
    [`-${digits(36)}`, `-${digits(36)}`],
    ['1e35', `1${'0'.repeat(35)}`],
    [`0.${digits(36)}`, `0.${digits(36)}`],
    ['1e-36', `0.${'0'.repeat(35)}1`],
    [`1.5${'0'.repeat(60)}`, '1.5'],
    [`${'0'.repeat(60)}7`, '7'],
    ['0e99999999999999999999', '0'],
  ])('accepts %s', (text, value) => {
    const decimal = toDecimal(text);
    expect(decimal.toFixed()).toBe(value);
    expect(decimal.isNegative() && decimal.isZero()).toBe(false);
  });

  it('accepts numbers through their text: -0 is 0, 0.1 is one tenth', () => {
    expect(toDecimal(-0).toString()).toBe('0');
    expect(toDecimal(-0).isNegative()).toBe(false);
    expect(toDecimal(0.1).toString()).toBe('0.1');
    expect(toDecimal(1e35).toFixed()).toBe(`1${'0'.repeat(35)}`);
  });

  it.each([
    ['1e36', 'past the supported range'],
    [`1${'0'.repeat(36)}`, 'past the supported range'],
    [`-${digits(37)}`, 'past the supported range'],
    ['1e9000000000000001', 'past the supported range'],
    ['1e99999999999999999999', 'past the supported range'],
    ['-1e+99999999', 'past the supported range'],
    ['1e-37', '37 digits after the decimal point'],
    [`0.${digits(37)}`, '37 digits after the decimal point'],
    ['1e-9999999', '9999999 digits after the decimal point'],
    [`${digits(36)}.${digits(36)}1`, '37 digits after the decimal point'],
  ])('refuses %s with OUT_OF_RANGE, naming the path and the limit', (text, words) => {
    const error = thrown(() => toDecimal(text, ['flows', 3, 'value']));
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(error.issues[0]?.path).toEqual(['flows', 3, 'value']);
    expect(error.message).toContain(words);
    expect(error.message.length).toBeLessThan(300);
  });

  it('refuses numbers past the range: 1e300 and 5e-324', () => {
    expect(thrown(() => toDecimal(1e300)).code).toBe('OUT_OF_RANGE');
    expect(thrown(() => toDecimal(5e-324)).message).toContain('324 digits after the decimal point');
  });

  it('takes Decimals with more decimals (computed rates carry 64) but not past 10^36 or below 10^-100', () => {
    const third = new Decimal(1).div(3);
    expect(toDecimal(third).eq(third)).toBe(true);
    expect(toDecimal(new Decimal('1e-100')).toString()).toBe('1e-100');
    expect(thrown(() => toDecimal(new Decimal('1e36'), ['rate'])).issues).toEqual([
      {
        path: ['rate'],
        message:
          'the value is 1e+36, past the supported range: values must be less than 10^36 in absolute value',
      },
    ]);
    expect(thrown(() => toDecimal(new Decimal('-1.23456789e-101'))).message).toBe(
      'the value is about -1.234568e-101, below the smallest supported magnitude (10^-100)',
    );
    expect(toDecimal(new Decimal('-0')).isNegative()).toBe(false);
  });

  it('still refuses what is not a decimal with INVALID_DECIMAL', () => {
    for (const value of ['1e', '0x10', 'Infinity', '', undefined, null, {}, Number.NaN]) {
      expect(thrown(() => toDecimal(value as never)).code).toBe('INVALID_DECIMAL');
    }
    expect(thrown(() => toDecimal(undefined as never)).message).toBe(
      'undefined is not a decimal number',
    );
    expect(thrown(() => toDecimal('x'.repeat(100_000))).message.length).toBeLessThan(200);
  });
});

describe('checkRange', () => {
  it('names what it checks and makes a negative zero 0', () => {
    expect(thrown(() => checkRange(new Decimal('4e71'), 'the share', ['total'])).issues).toEqual([
      {
        path: ['total'],
        message:
          'the share is 4e+71, past the supported range: values must be less than 10^36 in absolute value',
      },
    ]);
    expect(checkRange(new Decimal('-0'), 'x').isNegative()).toBe(false);
  });
});

describe('isWrittenInRange', () => {
  it.each([
    ['0', true],
    [digits(36), true],
    [`000${digits(36)}`, true],
    [`1${'0'.repeat(36)}`, false],
    [`0.${digits(36)}`, true],
    [`0.${digits(36)}000`, true],
    [`0.${digits(37)}`, false],
    [`-${digits(37)}`, false],
  ])('%s: %s', (text, expected) => {
    expect(isWrittenInRange(text)).toBe(expected);
  });
});

describe('isNegativeDecimalText', () => {
  it.each([
    ['-0.5', true],
    ['-1e3', true],
    ['-0', false],
    ['-0.000', false],
    ['-0e5', false],
    ['0.5', false],
  ])('%s: %s', (text, expected) => {
    expect(isNegativeDecimalText(text)).toBe(expected);
  });
});
