import { describe, expect, test } from 'vitest';
import { readAmountText } from './amount-text.js';

describe('readAmountText: a number, then within the range, then not negative', () => {
  test('reads plain, signed, exponent and minus-zero text exactly', () => {
    const read = (text: string) => readAmountText(text, 'a trade value').decimal?.toFixed();
    expect(
      ['0.12345678901234567891', '+5', '.5', '5.', '1.5E3', '1e-36', '-0.0', '-0e5'].map(read),
    ).toEqual([
      '0.12345678901234567891',
      '5',
      '0.5',
      '5',
      '1500',
      `0.${'0'.repeat(35)}1`,
      '0',
      '0',
    ]);
    expect(readAmountText('-0.0', 'a trade value').decimal?.isNegative()).toBe(false);
  });

  test('names a huge negative value past the range, not negative; a small one negative', () => {
    const problem = (text: string) => readAmountText(text, 'a weight').problem;
    const past =
      'is past the supported range: values must be less than 10^36 in absolute value (at most 36 digits before the decimal point)';
    expect(problem(`-1${'0'.repeat(36)}`)).toBe(`"-1${'0'.repeat(36)}" ${past}`);
    expect(problem('-1E+36')).toBe(`"-1E+36" ${past}`);
    expect(problem('-1e-37')).toBe(
      '"-1e-37" has 37 digits after the decimal point; at most 36 are supported',
    );
    expect(problem('-1.5')).toBe('"-1.5": a weight cannot be negative');
    expect(readAmountText(`${'9'.repeat(36)}.999`, 'a weight').decimal?.toFixed()).toBe(
      `${'9'.repeat(36)}.999`,
    );
  });

  test('text that is no number: with the hint of its separators, in the words of what it holds', () => {
    expect(readAmountText('1,5', 'a quantity').problem).toBe(
      '"1,5" has a comma as the decimal separator: write "1.5"',
    );
    expect(readAmountText('', 'a trade value').problem).toBe('"" is not a number');
    expect(readAmountText('1e', 'a trade value').problem).toBe('"1e" is not a number');
  });
});
