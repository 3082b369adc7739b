import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { readBound } from './_text.js';
import { formatInterval } from './format-interval.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import type { LowerBound } from './published-amount.js';

/** Every word of a lower bound, by language, and the bound it states (≥ at-least, > more-than). */
const BOUND_WORDS: readonly (readonly [string, string, LowerBound])[] = [
  ['en', 'at least', 'at-least'],
  ['en', 'no less than', 'at-least'],
  ['en', 'not less than', 'at-least'],
  ['en', 'more than', 'more-than'],
  ['en', 'over', 'more-than'],
  ['en', 'above', 'more-than'],
  ['vi', 'ít nhất', 'at-least'],
  ['vi', 'tối thiểu', 'at-least'],
  ['vi', 'không dưới', 'at-least'],
  ['vi', 'không ít hơn', 'at-least'],
  ['vi', 'hơn', 'more-than'],
  ['vi', 'trên', 'more-than'],
  ['lo', 'ຢ່າງໜ້ອຍ', 'at-least'],
  ['lo', 'ຫຼາຍກວ່າ', 'more-than'],
  ['lo', 'ເກີນ', 'more-than'],
  ['zh', '至少', 'at-least'],
  ['zh', '不少于', 'at-least'],
  ['zh', '不低于', 'at-least'],
  ['zh', '超过', 'more-than'],
  ['zh', '逾', 'more-than'],
  ['zh', '多于', 'more-than'],
];

/** The words of en and vi before an amount the reader reads, then the amounts. */
const READABLE = BOUND_WORDS.filter(([language]) => language === 'en' || language === 'vi');
const FIGURES: readonly (readonly [string, string, string])[] = [
  // text, value in millions, the interval a bound of it allows in millions
  ['US$565 million', '565', '[565, 566)'],
  ['565 triệu USD', '565', '[565, 566)'],
  ['1,5 tỷ USD', '1500', '[1500, 1600)'],
  ['$3 billion', '3000', '[3000, 4000)'],
];

describe('readBound', () => {
  it.each(BOUND_WORDS)('%s "%s" opening a figure is %s', (language, word, bound) => {
    const figure = language === 'zh' ? '5.65亿美元' : language === 'lo' ? '565 ລ້ານ USD' : '$565 M';
    const glue = language === 'zh' ? '' : ' ';
    expect(readBound(`${word}${glue}${figure}`)).toBe(bound);
    expect(readBound(`  ${word.toUpperCase()}${glue}${figure} `)).toBe(bound);
  });

  it('reads Chinese 以上 closing a figure as including it, and Lao in either spelling', () => {
    expect(readBound('5.65亿美元以上')).toBe('at-least');
    expect(readBound('以上')).toBeUndefined();
    // ຫລ for ຫຼ, ຫນ for ໜ: two spellings of one letter.
    expect(readBound('ຫລາຍກວ່າ 565 ລ້ານ USD')).toBe('more-than');
    expect(readBound('ຢ່າງຫນ້ອຍ 565 ລ້ານ USD')).toBe('at-least');
    // Lao is written without spaces; a zero-width space may mark where a word ends.
    expect(readBound(' \u200b ຫຼາຍ\u200bກວ່າ\u200b565 ລ້ານ USD')).toBe('more-than');
    expect(readBound('ຢ່າງ\u200bໜ້ອຍ 565 ລ້ານ USD')).toBe('at-least');
  });

  it('reads 以上 after a figure in full-width digits or Chinese numerals, not after a rate', () => {
    expect(readBound('５.６５亿美元以上')).toBe('at-least');
    expect(readBound('五亿美元以上')).toBe('at-least');
    expect(readBound('二〇亿美元以上')).toBe('at-least');
    // The 以上 of the growth rate after the figure says nothing of the figure.
    expect(readBound('5亿美元，同比增长10%以上')).toBeUndefined();
    expect(readBound('5亿美元，同比增长10％以上')).toBeUndefined();
  });

  it('reads "trên dưới" and "hơn kém" (more or less) as approximate, not as a bound', () => {
    expect(readBound('trên dưới 565 triệu USD')).toBeUndefined();
    expect(readBound('Hơn kém 565 triệu USD')).toBeUndefined();
    const read = parsePublishedAmount('trên dưới 565 triệu USD');
    expect([read.bound, read.rounding]).toEqual([undefined, 'nearest']);
    expect(formatInterval(read.interval, { unit: '1e6' })).toBe('[564.5, 565.5)');
  });

  it.each([
    'US$565 million',
    'about US$565 million',
    'khoảng 565 triệu USD',
    'no more than US$5 million',
    'not more than US$5 million',
    'under US$5 million',
    'không quá 5 triệu USD',
    '不超过5亿美元',
    'ບໍ່ເກີນ 5 ລ້ານ USD',
    'overall US$5 million',
    'exports more than US$565 million',
    '',
  ])('finds no lower bound in %j', (text) => {
    expect(readBound(text)).toBeUndefined();
  });

  it('reads every en and vi bound before any figure as that figure, truncated, with its kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...READABLE),
        fc.constantFrom(...FIGURES),
        fc.constantFrom(' ', '  ', '\u00a0'),
        ([, word, bound], [figure, value, range], space) => {
          const text = `${word}${space}${figure}`;
          const read = parsePublishedAmount(text);
          const plain = parsePublishedAmount(figure);
          expect(readBound(text)).toBe(bound);
          expect([read.bound, read.rounding]).toEqual([bound, 'truncate']);
          expect(read.value.div(1e6).toString()).toBe(value);
          expect(read.precision.eq(plain.precision)).toBe(true);
          expect(formatInterval(read.interval, { unit: '1e6' })).toBe(range);
          // Told 'truncate', the same figure; told 'nearest', refused.
          expect(parsePublishedAmount(text, { rounding: 'truncate' })).toEqual(read);
          expect(() => parsePublishedAmount(text, { rounding: 'nearest' })).toThrow(
            expect.objectContaining({ code: 'INVALID_FIGURE' }),
          );
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
