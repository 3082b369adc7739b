import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { isDecimalText } from './decimal-text.js';
import { quoteInput } from './quote-input.js';
import { separatorHint } from './separator-hint.js';

describe('separatorHint', () => {
  it.each([
    ['1,5', 'a comma as the decimal separator: write "1.5"'],
    ['-12,3456', 'a comma as the decimal separator: write "-12.3456"'],
    ['1,500', 'a comma: write no thousands separators, and a point before decimals'],
    ['1234,567', 'a comma: write no thousands separators, and a point before decimals'],
    ['15,00,000', 'a comma: write no thousands separators, and a point before decimals'],
    ['1,500,0000', 'a comma: write no thousands separators, and a point before decimals'],
    ['1,500,000', 'commas as thousands separators: write "1500000"'],
    ['1,500,000.5', 'commas as thousands separators: write "1500000.5"'],
    ['-1,500.25', 'commas as thousands separators: write "-1500.25"'],
    ['1.500.000', 'points as thousands separators: write "1500000"'],
    ['1.500,25', 'points as thousands separators and a comma as the decimal one: write "1500.25"'],
    [
      '-1.234.567,8',
      'points as thousands separators and a comma as the decimal one: write "-1234567.8"',
    ],
    ['1 500', 'spaces as thousands separators: write "1500"'],
    ['1 500 000', 'spaces as thousands separators: write "1500000"'],
    [
      '1\u202f500\u202f000,25',
      'narrow no-break spaces as thousands separators and a comma as the decimal one: write "1500000.25"',
    ],
    [
      '1\u00a0500,25',
      'no-break spaces as thousands separators and a comma as the decimal one: write "1500.25"',
    ],
    // Named apart: quoted, they look like spaces, and replacing spaces leaves them.
    ['1\u2009500.25', 'thin spaces as thousands separators: write "1500.25"'],
    ["1'500'000.25", 'apostrophes as thousands separators: write "1500000.25"'],
    ['1\u2019500', 'apostrophes as thousands separators: write "1500"'],
  ])('%s: %s', (text, words) => {
    expect(separatorHint(text)?.words).toBe(words);
  });

  it.each([
    '1,500,2.5',
    '1.500,2.5',
    '1.500.5',
    '1,50,000.5',
    '1,500 000',
    '1\u00a0500 000',
    '+1,5',
    '+1,500,000',
    ' 1,5',
    '1,5 ',
    '- 1,5',
    '\u22121,5',
    '1,5e3',
    ',5',
    '1,',
    '1.5',
    '1e5',
    '',
  ])('%s: no hint (a shape no convention writes, or a sign other than a leading -)', (text) => {
    expect(separatorHint(text)).toBeUndefined();
  });

  it('writes the plain text with a comma where the file writes decimal commas', () => {
    expect(separatorHint('1 500,25', ',')?.words).toBe(
      'spaces as thousands separators: write "1500,25"',
    );
    expect(separatorHint('1.000.000,5', ',')?.words).toBe(
      'points as thousands separators: write "1000000,5"',
    );
    expect(separatorHint('1,500,000.5', ',')?.words).toBe(
      'commas as thousands separators and a point as the decimal one: write "1500000,5"',
    );
    expect(separatorHint('1.5', ',')?.words).toBe('a point as the decimal separator: write "1,5"');
    expect(separatorHint('1.500', ',')?.words).toBe(
      'a point: write no thousands separators, and a comma before decimals',
    );
    expect(separatorHint('1,5', ',')).toBeUndefined();
  });

  it("gives no hint to a number plain in the file's convention, signed or not", () => {
    // Negative ones reach it from import flows: '-1.500' in a point file (-1.5) was told it has
    // 'points as thousands separators', '-1,500' in a decimal-comma file 'commas as thousands …'.
    for (const text of ['-1.500', '1.500', '-1.5', '-1500', '0.000']) {
      expect(separatorHint(text)).toBeUndefined();
    }
    for (const text of ['-1,500', '1,500', '-1,5', '-1500']) {
      expect(separatorHint(text, ',')).toBeUndefined();
    }
  });

  it('gives the plain text apart, and caps it in its words', () => {
    expect(quoteInput(`1${'000'.repeat(31)}.5`)).toMatch(/…" \(96 characters\)$/);
    const long = `1,${'000,'.repeat(30)}000.5`;
    expect(separatorHint(long)).toEqual({
      has: 'commas as thousands separators',
      plain: `1${'000'.repeat(31)}.5`,
      readings: [`1${'000'.repeat(31)}.5`],
      words: `commas as thousands separators: write ${quoteInput(`1${'000'.repeat(31)}.5`)}`,
    });
  });

  it("gives every number the text can be, in the file's convention", () => {
    expect(separatorHint('-1,500')?.readings).toEqual(['-1500', '-1.500']);
    expect(separatorHint('1.500', ',')?.readings).toEqual(['1500', '1,500']);
    expect(separatorHint('15,00,000')?.readings).toEqual(['1500000']);
    expect(separatorHint('1.500,25')?.readings).toEqual(['1500.25']);
  });

  it('reads a long hostile text in one pass (no catastrophic backtracking)', () => {
    const groups = '000,'.repeat(250_000);
    expect(separatorHint(`1,${groups}000x`)).toBeUndefined();
    expect(separatorHint(`1,${groups}00`)?.plain).toBeUndefined();
    expect(separatorHint(`1${',1'.repeat(500_000)}.`)).toBeUndefined();
    expect(separatorHint(`1.${'000.'.repeat(250_000)}000,5`)?.plain).toBe(
      `1${'000'.repeat(250_001)}.5`,
    );
  });

  it('suggests plain decimals, with the same digits in the same order', () => {
    const separators = fc.constantFrom(',', '.', ' ', '\u00a0', '\u202f', "'", '\u2019', '+', 'e');
    const texts = fc
      .array(fc.oneof(fc.stringMatching(/^\d{1,4}$/), separators), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.constantFrom('', '-'), texts, (sign, body) => {
        const text = `${sign}${body}`;
        const hint = separatorHint(text);
        if (hint === undefined) return;
        if (hint.plain !== undefined) expect(hint.readings).toEqual([hint.plain]);
        for (const reading of hint.readings) {
          expect(isDecimalText(reading)).toBe(true);
          expect(reading.replace(/\D/g, '')).toBe(text.replace(/\D/g, ''));
        }
      }),
      propertyRuns(200, { ci: 500, full: 5000 }),
    );
  });
});
