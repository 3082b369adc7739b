import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { boundIssues } from './_bound-issues.js';
import { closingStep, readBound, readStatedBound, readStatedLimit } from './_text.js';
import { formatInterval } from './format-interval.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { parsePublishedRate } from './parse-published-rate.js';
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

/**
 * Texts whose bound word does not govern the figure, as publishers write them: no bound. Each
 * language's words of "more than" also open phrases that are no bound ("more than doubled",
 * "hơn nữa", "trên cơ sở", "ຫຼາຍກວ່າປີກາຍ", "超过去年同期"), and a rate's bound is not the amount's.
 */
const NOT_BOUNDS: readonly (readonly [string, string])[] = [
  ['en', 'more than doubled to US$565 million'],
  ['en', 'more than twice the US$565 million of 2022'],
  ['en', 'over the first nine months, US$1.5 billion'],
  ['en', 'Over 2023, trade reached US$565 million'],
  ['en', 'over 30% higher, at US$565 million'],
  ['en', 'above-target US$565 million'],
  ['en', 'at least partly, US$565 million'],
  ['vi', 'hơn nữa, kim ngạch đạt 565 triệu USD'],
  ['vi', 'trên cơ sở kim ngạch 565 triệu USD của năm trước'],
  ['vi', 'trên địa bàn tỉnh, kim ngạch đạt 565 triệu USD'],
  ['vi', 'hơn 10 năm qua, kim ngạch đạt 565 triệu USD'],
  ['vi', 'trên 10 tỉnh biên giới đạt 565 triệu USD'],
  ['vi', 'hơn 30% so với cùng kỳ, đạt 565 triệu USD'],
  ['vi', 'cao hơn cùng kỳ năm trước, đạt 565 triệu USD'],
  ['vi', 'nhiều hơn so với cùng kỳ 20 triệu USD'],
  ['vi', 'ít nhất là trong quý I, 565 triệu USD'],
  ['lo', 'ຫຼາຍກວ່າປີກາຍ 10%, ມູນຄ່າ 565 ລ້ານ USD'],
  ['lo', 'ເກີນແຜນການ, ບັນລຸ 565 ລ້ານ USD'],
  ['lo', 'ຫຼາຍກວ່າ 2 ເທົ່າ, ບັນລຸ 565 ລ້ານ USD'],
  ['zh', '超过去年同期水平，达5.65亿美元'],
  ['zh', '超过2022年全年，达5.65亿美元'],
  ['zh', '逾期未报，约5.65亿美元'],
  ['zh', '超过一半为农产品，共5.65亿美元'],
  ['zh', '5.65亿美元，同比增长超过30%'],
  ['zh', '5.65亿美元，其中一半以上'],
  ['zh', '一季度以上'],
];

/** Upper bounds, by language: the figure or less (at-most, ≤) or less than it (less-than, <). */
const UPPER_BOUNDS: readonly (readonly [string, string, string])[] = [
  ['en', 'less than US$5 million', 'less-than'],
  ['en', 'under US$5 million', 'less-than'],
  ['en', 'below $5 M', 'less-than'],
  ['en', 'no more than US$5 million', 'at-most'],
  ['en', 'not more than US$5 million', 'at-most'],
  ['en', 'at most US$5 million', 'at-most'],
  ['en', 'up to US$5 million', 'at-most'],
  ['vi', 'dưới 5 triệu USD', 'less-than'],
  ['vi', 'chưa tới 5 triệu USD', 'less-than'],
  ['vi', 'chưa đến 5 triệu USD', 'less-than'],
  ['vi', 'chưa đầy 5 triệu USD', 'less-than'],
  ['vi', 'ít hơn 5 triệu USD', 'less-than'],
  ['vi', 'không quá 5 triệu USD', 'at-most'],
  ['vi', 'không vượt quá 5 triệu USD', 'at-most'],
  ['vi', 'tối đa 5 triệu USD', 'at-most'],
  ['lo', 'ຕ່ຳກວ່າ 5 ລ້ານ USD', 'less-than'],
  ['lo', 'ໜ້ອຍກວ່າ 5 ລ້ານ USD', 'less-than'],
  ['lo', 'ບໍ່ເຖິງ 5 ລ້ານ USD', 'less-than'],
  ['lo', 'ບໍ່ເກີນ 5 ລ້ານ USD', 'at-most'],
  ['zh', '不到5亿美元', 'less-than'],
  ['zh', '不足5亿美元', 'less-than'],
  ['zh', '低于5亿美元', 'less-than'],
  ['zh', '少于5亿美元', 'less-than'],
  ['zh', '不超过5亿美元', 'at-most'],
  ['zh', '至多5亿美元', 'at-most'],
  ['zh', '5亿美元以下', 'at-most'],
  ['zh', '5亿美元以内', 'at-most'],
];

describe('readStatedBound', () => {
  it.each(NOT_BOUNDS)('%s: reads no bound in %j', (_language, text) => {
    expect(readStatedBound(text)).toBeUndefined();
    expect(readBound(text)).toBeUndefined();
  });

  it.each(UPPER_BOUNDS)('%s: reads %j as the upper bound %s', (_language, text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
    expect(readBound(text)).toBeUndefined();
  });

  it.each([
    // A number grouped with spaces (or thin spaces, as normalizeText reads them).
    ['vi', 'hơn 565 000 000 USD', 'more-than'],
    ['en', 'more than 565\u202f000\u202f000 USD', 'more-than'],
    // A number in words before its scale.
    ['en', 'more than a billion dollars', 'more-than'],
    ['en', 'over one billion dollars', 'more-than'],
    ['en', 'at least five hundred million dollars', 'at-least'],
    ['vi', 'hơn năm trăm triệu USD', 'more-than'],
    ['vi', 'trên một tỷ USD', 'more-than'],
    ['en', 'over half a billion dollars', 'more-than'],
    // A currency's name or a full-width symbol before the number.
    ['en', 'more than RMB5 billion', 'more-than'],
    ['zh', '超过＄5.65亿', 'more-than'],
  ])(
    '%s: reads %j, a figure the bound word governs, as %s (review r26c)',
    (_language, text, bound) => {
      // Each was read so before 2ac7e64d, which required a figure after the word and read none here.
      expect(readStatedBound(text)).toBe(bound);
    },
  );

  it.each([
    'hơn một năm',
    'hơn năm ngoái',
    'more than a year',
    'more than one',
    'trên hai tỉnh',
    'hơn 10 000 doanh nghiệp',
    'more than half',
    'over a $5 million loan',
    'hơn một nửa',
  ])('reads no bound in %j: the words of a number govern no amount (review r26c)', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it('reads upper-bound words that do not govern the figure as none', () => {
    expect(readStatedBound('under the agreement, US$5 million')).toBeUndefined();
    expect(readStatedBound('dưới sự chỉ đạo của tỉnh, 5 triệu USD')).toBeUndefined();
    expect(readStatedBound('不到一年，达5亿美元')).toBeUndefined();
    // "Trên dưới" is "more or less": approximate, neither bound.
    expect(readStatedBound('trên dưới 5 triệu USD')).toBeUndefined();
  });

  it.each([
    ['en', 'up more than 30%', 'more-than'],
    ['en', 'rose by at least 30%', 'at-least'],
    ['en', 'an increase of over 30 percent', 'more-than'],
    ['en', 'more than 30%', 'more-than'],
    ['en', 'down more than 5%', 'more-than'],
    ['en', 'up less than 5%', 'less-than'],
    ['vi', 'tăng hơn 30%', 'more-than'],
    ['vi', 'tăng trưởng trên 30%', 'more-than'],
    ['vi', 'tăng ít nhất 30%', 'at-least'],
    ['vi', 'giảm hơn 5%', 'more-than'],
    ['vi', 'tăng dưới 5%', 'less-than'],
    ['vi', 'tăng không quá 5%', 'at-most'],
    ['lo', 'ເພີ່ມຂຶ້ນຫຼາຍກວ່າ 30%', 'more-than'],
    ['lo', 'ເພີ່ມຂຶ້ນ ຢ່າງໜ້ອຍ 30%', 'at-least'],
    ['lo', 'ຫຼຸດລົງ ບໍ່ເກີນ 5%', 'at-most'],
    ['zh', '增长超过30%', 'more-than'],
    ['zh', '同比增长逾30%', 'more-than'],
    ['zh', '同比增长30%以上', 'at-least'],
    ['zh', '同比下降不到5%', 'less-than'],
    ['zh', '增长5%以内', 'at-most'],
  ])('%s: reads the rate %j as the bound %s', (_language, text, bound) => {
    expect(readStatedBound(text, 'rate')).toBe(bound);
    // A rate's bound is no amount's.
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    'up 30%',
    'tăng 30% so với cùng kỳ',
    'tăng hơn nữa, 30%',
    'up more than doubled',
    '增长超过去年同期',
    'more than US$565 million',
  ])('reads no bound of a rate in %j', (text) => {
    expect(readStatedBound(text, 'rate')).toBeUndefined();
  });
});

describe('readStatedBound: the phrasings of h340', () => {
  it.each([
    // A word that closes the figure: "trở lên" (or more), "ຂຶ້ນໄປ", "or more"; and the upper ones.
    ['vi', '565 triệu USD trở lên', 'at-least'],
    ['vi', 'Kim ngạch đạt 1,5 tỷ USD trở lên', 'at-least'],
    ['en', 'US$565 million or more', 'at-least'],
    ['en', '$1.5 billion and above', 'at-least'],
    ['lo', '565 ລ້ານ USD ຂຶ້ນໄປ', 'at-least'],
    ['vi', '5 triệu USD trở xuống', 'at-most'],
    ['en', 'US$5 million or less', 'at-most'],
    ['lo', '5 ລ້ານ USD ລົງມາ', 'at-most'],
    // Chinese 多 and 余 after the leading digits or the scale: more than the figure.
    ['zh', '5亿多美元', 'more-than'],
    ['zh', '30多亿美元', 'more-than'],
    ['zh', '三十多亿美元', 'more-than'],
    ['zh', '5000多万美元', 'more-than'],
    ['zh', '5亿余美元', 'more-than'],
    ['zh', '30余亿美元', 'more-than'],
    ['zh', '出口额5亿多美元。', 'more-than'],
    // Lao ກວ່າ so, after the number or its scale, or opening the figure.
    ['lo', '565 ລ້ານກວ່າ USD', 'more-than'],
    ['lo', '1.000 ກວ່າລ້ານໂດລາ', 'more-than'],
    ['lo', 'ກວ່າ 1 ຕື້ໂດລາ', 'more-than'],
    // A bound word right after a verb of reaching.
    ['en', 'Exports reached more than US$565 million', 'more-than'],
    ['en', 'Over 2023, trade reached at least US$565 million', 'at-least'],
    ['vi', 'Kim ngạch đạt hơn 565 triệu USD', 'more-than'],
    ['vi', 'Trên địa bàn tỉnh, kim ngạch đạt trên 565 triệu USD', 'more-than'],
    ['vi', 'Kim ngạch đạt dưới 5 triệu USD', 'less-than'],
    ['lo', 'ມູນຄ່າການຄ້າບັນລຸຫຼາຍກວ່າ 565 ລ້ານ USD', 'more-than'],
    ['zh', '出口额达到超过5.65亿美元', 'more-than'],
    ['zh', '贸易额达逾5.65亿美元', 'more-than'],
    ['zh', '發達國家出口達到超過5.65億美元', 'more-than'],
    // "nearly": the figure approached from below, an upper bound.
    ['en', 'nearly US$565 million', 'less-than'],
    ['en', 'almost $1.5 billion', 'less-than'],
    ['en', 'Exports reached nearly US$565 million', 'less-than'],
    ['vi', 'gần 565 triệu USD', 'less-than'],
    ['lo', 'ເກືອບ 565 ລ້ານ USD', 'less-than'],
    ['zh', '近5.65亿美元', 'less-than'],
    ['zh', '将近5.65亿美元', 'less-than'],
    ['zh', '接近5.65亿美元', 'less-than'],
  ])('%s: reads the amount %j as %s', (_language, text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
    expect(readBound(text)).toBe(bound === 'at-least' || bound === 'more-than' ? bound : undefined);
  });

  it.each([
    ['vi', 'tăng 30% trở lên', 'at-least'],
    ['en', 'up 30% or more', 'at-least'],
    ['lo', 'ເພີ່ມຂຶ້ນ 30% ຂຶ້ນໄປ', 'at-least'],
    ['vi', 'giảm 5% trở xuống', 'at-most'],
    ['zh', '增长30多%', 'more-than'],
    ['vi', 'tốc độ tăng trưởng đạt hơn 30%', 'more-than'],
    // A share, after the words that make it one.
    ['vi', 'chiếm hơn 10%', 'more-than'],
    ['vi', 'chiếm tỷ trọng trên 10%', 'more-than'],
    ['en', 'accounting for more than 10%', 'more-than'],
    ['en', 'Accounted for at least 10%', 'at-least'],
    ['lo', 'ກວມເອົາຫຼາຍກວ່າ 10%', 'more-than'],
    ['zh', '占比超过10%', 'more-than'],
    ['zh', '占超过10%', 'more-than'],
    ['zh', '佔比不到10%', 'less-than'],
    // A bound on a fall's size: the fall is more than 5 %, as the model reads a truncated fall.
    ['en', 'down more than 5%', 'more-than'],
    ['vi', 'giảm hơn 5%', 'more-than'],
    ['lo', 'ຫຼຸດລົງຫຼາຍກວ່າ 5%', 'more-than'],
    ['zh', '下降超过5%', 'more-than'],
    // A bound on a signed fall: "more than -5%" is a fall of less than 5 % (or a rise).
    ['en', 'more than -5%', 'less-than'],
    ['en', 'at least -5%', 'at-most'],
    ['en', 'less than -5%', 'more-than'],
    ['en', 'no more than −5%', 'at-least'],
    ['vi', 'trên -5%', 'less-than'],
    ['zh', '超过-5%', 'less-than'],
    ['en', '-5% or more', 'at-most'],
    // "nearly" on the size of a rate, signed or not.
    ['en', 'up nearly 30%', 'less-than'],
    ['en', 'nearly -5%', 'less-than'],
    ['vi', 'tăng gần 30%', 'less-than'],
    ['zh', '增长近30%', 'less-than'],
  ])('%s: reads the rate %j as %s', (_language, text, bound) => {
    expect(readStatedBound(text, 'rate')).toBe(bound);
  });

  it.each([
    '10 năm trở lên, kim ngạch 565 triệu USD',
    'từ 18 tuổi trở lên',
    'tăng 30% trở lên',
    'hai lần trở lên',
    '5亿多人',
    '10 ປີກວ່າ',
    'ກວ່າປີກາຍ 10%',
    'ສູງກວ່າ 565 ລ້ານ USD',
    '其余5亿美元',
    '多个项目共5亿美元',
    '5亿美元，其中30多%',
    'Exports more than doubled, reaching US$565 million',
    'Exports reached more than doubled',
    'Kim ngạch đạt hơn 30% kế hoạch',
    'kim ngạch đạt được hơn nữa',
    'Trade reached a level more than US$565 million',
    '发达国家超过5亿美元',
    'reachable over US$5 million',
    'gần đây, kim ngạch đạt 565 triệu USD',
    '近年来，贸易额达5.65亿美元',
    'chiếm hơn 10%',
  ])('reads no amount bound in %j', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    '565 triệu USD trở lên',
    'chiếm 10%',
    'chiếm hơn nữa 10%',
    'accounting for more than half',
    'đạt hơn 565 triệu USD',
  ])('reads no rate bound in %j', (text) => {
    expect(readStatedBound(text, 'rate')).toBeUndefined();
  });

  // Its own timeout, and no speed asked of it: the texts are long enough that a reader that
  // backtracks over them (quadratic) takes minutes, where a linear one takes milliseconds to about
  // a second. Without WINDOW, the closing expressions backtrack over each run of digits: 10,000
  // took 1.2 s, 20,000 5.4 s (r29c, this module with WINDOW = 1e9), so these 200,000 would take
  // about 9 minutes. The pass over a text's figures (a closing 多, "-odd", a count before the
  // amount) is linear: doubling the text doubles its time (r29c: about 7 µs a character, 200,000
  // characters of "1 " before "-odd" 1.2-1.6 s; h355 made it 0.5-1.3 µs, docs/performance.md);
  // this test took 0.9-2.6 s in Vitest before h355. 120 s fails a quadratic reader and no linear
  // one on a slow, loaded CI host (the 1,000 ms it had could).
  it('reads a long text in linear time, its closing words in its last characters', {
    timeout: 120_000,
  }, () => {
    for (const text of [`${'1'.repeat(200_000)} x`, `${'1.'.repeat(100_000)}x`]) {
      expect(readStatedBound(text)).toBeUndefined();
      expect(readStatedBound(text, 'rate')).toBeUndefined();
    }
    expect(readStatedBound(`${'x'.repeat(200_000)} 565 triệu USD trở lên`)).toBe('at-least');
    expect(readStatedBound(`${'reached '.repeat(25_000)}more than US$5 million`)).toBe('more-than');
    expect(readStatedBound(`${'x, '.repeat(50_000)}more than US$5 million`)).toBe('more-than');
    // The text's first figure found past 25,000 numbers or 3,000 counts, read in a window each.
    const closed = `${'1 '.repeat(25_000)}5亿多美元`;
    expect(readStatedBound(closed)).toBe('more-than');
    expect(closingStep(closed, 'amount')?.toString()).toBe('100000000');
    const odd = `${'5 million people, '.repeat(3_000)}US$500-odd million`;
    expect(readStatedBound(odd)).toBe('more-than');
    expect(closingStep(odd, 'amount')?.toString()).toBe('100000000');
    // The vi, zh and lo verbs of passing after 200,000 letters, and many of them (h373: r31f's
    // guard before "vượt" looked back over the run of letters at each place; these took minutes).
    expect(readStatedBound(`${'x'.repeat(200_000)} vượt 1 tỷ USD`)).toBe('more-than');
    expect(readStatedBound(`${'x'.repeat(200_000)} chưa vượt 1 tỷ USD`)).toBeUndefined();
    expect(readStatedBound(`${'chưa '.repeat(40_000)}x vượt 1 tỷ USD`)).toBeUndefined();
    expect(readStatedBound(`${'vượt '.repeat(40_000)}1 tỷ USD`)).toBe('more-than');
    expect(readStatedBound(`${'中'.repeat(200_000)}出口超过10亿美元`)).toBe('more-than');
    expect(readStatedBound(`${'出口'.repeat(100_000)}超过10亿美元`)).toBe('more-than');
    expect(readStatedBound(`${'ກ'.repeat(200_000)}ການຄ້າເກີນ 1 ຕື້ໂດລາ`)).toBe('more-than');
    // h383: compounds of "không" and a budget's clause, at each of many verbs (each verb opens
    // a figure, so its clause is looked at: r33a).
    expect(readStatedBound(`${'vụ hàng không vượt '.repeat(10_500)}1 tỷ USD`)).toBe('more-than');
    expect(readStatedBound(`${'mặt hàng không '.repeat(13_000)}vượt 1 tỷ USD`)).toBeUndefined();
    expect(readStatedBound(`${'Ngân sách đạt 5 triệu USD; '.repeat(7_500)}hơn 5`)).toBeUndefined();
    expect(readStatedBound('trade budget reached US$5 million '.repeat(6_000))).toBeUndefined();
    expect(readStatedBound(`${'ງົບປະມານບັນລຸ 5 ລ້ານໂດລາ, '.repeat(8_000)}ຫຼາຍກວ່າ 5`)).toBeUndefined();
    // h389: sentences' ends, provinces' clauses and budgets of trade at each of many verbs.
    expect(
      readStatedBound(`${'The budget was approved. '.repeat(8_000)}Flows topped US$1 billion`),
    ).toBe('more-than');
    expect(readStatedBound('The U.S. budget. "x.. '.repeat(9_000))).toBeUndefined();
    expect(
      readStatedBound('Các tỉnh có kim ngạch đạt hơn 5 triệu USD. '.repeat(5_000)),
    ).toBeUndefined();
    expect(readStatedBound('Tỉnh Lào Cai có kim ngạch vượt 5 triệu USD, '.repeat(5_000))).toBe(
      'more-than',
    );
    expect(
      readStatedBound(
        'The foreign-trade budget for trade promotion topped US$5 million. '.repeat(3_000),
      ),
    ).toBeUndefined();
    expect(readStatedBound('对外贸易预算达到超过5亿美元，'.repeat(14_000))).toBeUndefined();
    expect(
      readStatedBound('Ngân sách xúc tiến thương mại vượt 5 triệu USD. '.repeat(4_000)),
    ).toBeUndefined();
  });

  it("reads no bound of a figure after the text's first, after a verb or closed (r27d)", () => {
    // Each bound is another figure's: the statement's is the first.
    const others = [
      'Xuất khẩu đạt 5 triệu USD, nhập khẩu đạt trên 3 triệu USD',
      'Exports were US$5 million while imports reached over US$3 million',
      'Exports US$5 million, imports US$3 million or more',
      'Kim ngạch đạt 5 triệu USD, trong đó 30 doanh nghiệp đạt 1 triệu USD trở lên',
      '出口5亿美元，进口3亿多美元',
      '出口5亿美元，进口达到超过3亿美元',
      '出口5亿美元，进口3亿美元以上',
      'ສົ່ງອອກ 5 ລ້ານ USD, ນຳເຂົ້າ 3 ລ້ານກວ່າ USD',
    ];
    for (const text of others) expect(readStatedBound(text), text).toBeUndefined();
    expect(readStatedBound('Xuất khẩu đạt 5 triệu USD, tăng hơn 10%', 'rate')).toBeUndefined();
    expect(
      readStatedBound('Exports of US$5 million were up 10%, imports 20% or more', 'rate'),
    ).toBe(undefined);
    // A year, a count or a rate before the figure is no figure of its kind.
    const first = [
      ['Năm 2023, kim ngạch đạt hơn 565 triệu USD', 'amount', 'more-than'],
      ['In 2023, exports reached more than US$565 million', 'amount', 'more-than'],
      ['Trong 9 tháng, xuất khẩu đạt 5 triệu USD trở lên', 'amount', 'at-least'],
      ['2023年出口30多亿美元', 'amount', 'more-than'],
      ['一季度出口额达到超过5亿美元', 'amount', 'more-than'],
      ['Up 10%, exports reached more than US$565 million', 'amount', 'more-than'],
      ['出口额5亿美元，同比增长30多%', 'rate', 'more-than'],
      ['US$5 million or more', 'amount', 'at-least'],
    ] as const;
    for (const [text, figure, bound] of first)
      expect(readStatedBound(text, figure), text).toBe(bound);
  });

  it('reads no bound in the phrasings r27d tried that state none of a figure', () => {
    for (const text of [
      'reached over 30 partners',
      '5亿多人口',
      '多年来出口5亿美元',
      '多边贸易额5亿美元',
      '余额5亿美元',
      '贸易余额5亿美元',
      'tăng 5 lần trở lên',
      'trong 10 năm trở lại đây, kim ngạch 565 triệu USD',
    ]) {
      expect(readStatedBound(text), text).toBeUndefined();
    }
    for (const text of ['增长30多个百分点', 'tăng 5 lần trở lên', 'từ 18 tuổi trở lên']) {
      expect(readStatedBound(text, 'rate'), text).toBeUndefined();
    }
    // 達到 (traditional) reaches as 达到 does.
    expect(readStatedBound('出口額達到超過5.65億美元')).toBe('more-than');
  });

  it('reads no figure in what a window cuts of a long number after a verb (r27d)', () => {
    // 'Exports reached over 1 000 … 000 metres': a window of 200 characters cut after a group of
    // digits read 'over 1 000 … 000' (an amount in the statement's currency), inside 'metres'
    // 'over 1 000 … 000 m' (millions).
    for (let groups = 40; groups <= 70; groups += 1) {
      for (const tail of [' metres of cable', ' partners']) {
        const text = `Exports reached over 1${' 000'.repeat(groups)}${tail}`;
        expect(readStatedBound(text), text).toBeUndefined();
      }
    }
    expect(readStatedBound(`Exports reached over US$1${' 000'.repeat(60)} and more`)).toBe(
      'more-than',
    );
  });

  it('keeps reading "nearly" as "about" for the value, and refuses a lower bound beside it', () => {
    const read = parsePublishedAmount('nearly US$565 million');
    expect([read.bound, read.rounding]).toEqual([undefined, 'nearest']);
    expect(formatInterval(read.interval, { unit: '1e6' })).toBe('[564.5, 565.5)');
    expect(boundIssues({ text: 'gần 565 triệu USD', bound: 'at-least' }, 'amount')).toEqual([
      {
        path: 'bound',
        message:
          'the text "gần 565 triệu USD" states an upper bound (less-than), not the lower bound at-least',
      },
    ]);
    expect(boundIssues({ text: 'tăng gần 30%', rounding: 'truncate' }, 'rate')).toHaveLength(1);
  });
});

describe('readStatedBound: a count is no amount (r27d)', () => {
  it.each([
    ['en', 'Over 5 million people crossed the border; trade reached US$1.5 billion'],
    ['en', 'more than a million visitors, and trade of US$1.5 billion'],
    ['en', 'at least 2.5 million tonnes of rice, worth US$1.5 billion'],
    ['en', 'over 5 m vehicles'],
    ['vi', 'đạt trên 5 triệu người'],
    ['vi', 'Lượng khách đạt trên 5 triệu lượt, kim ngạch đạt 1,5 tỷ USD'],
    ['vi', 'hơn 2 triệu tấn hàng hóa, kim ngạch 1,5 tỷ USD'],
    ['vi', 'hơn 1 nghìn xe qua cửa khẩu'],
    ['vi', 'Lượng khách đạt 5 triệu người trở lên'],
    ['lo', 'ຫຼາຍກວ່າ 5 ລ້ານຄົນ, ມູນຄ່າ 565 ລ້ານ USD'],
    ['lo', 'ບັນລຸຫຼາຍກວ່າ 2 ແສນຄັນ'],
    ['lo', 'ຢ່າງໜ້ອຍ 1 ລ້ານໂຕນ'],
    ['zh', '超过500万人次，贸易额5亿美元'],
    ['zh', '逾1万辆'],
    ['zh', '出口达到超过100万吨'],
    ['zh', '至少5千克'],
    ['zh', '500万人以上'],
    // r29c: more of what trade news counts ("more-than" before: the count was the amount).
    ['en', 'Over 5 million metric tons of rice worth US$2 billion'],
    ['en', 'more than 5 million barrels worth US$2 billion'],
    ['en', 'more than 2 million units, worth US$2 billion'],
    ['en', 'over 1 million hectares'],
    ['vi', 'hơn 5 nghìn lô hàng trị giá 2 tỷ USD'],
    ['vi', 'trên 1 triệu héc-ta'],
    ['zh', '超过500万桶'],
    ['zh', '超过500万公顷'],
  ])('%s: reads no amount bound in %j, a count before or without one', (_language, text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    // The first amount is the statement's figure: a count before it is none.
    [
      'en',
      'Over 5 million people crossed the border; trade reached more than US$1.5 billion',
      'more-than',
    ],
    ['vi', 'Đón trên 5 triệu lượt khách, kim ngạch đạt hơn 1,5 tỷ USD', 'more-than'],
    ['vi', 'Hơn 2 triệu tấn hàng, kim ngạch đạt 1,5 tỷ USD trở lên', 'at-least'],
    ['lo', 'ຫຼາຍກວ່າ 5 ລ້ານຄົນ, ມູນຄ່າການຄ້າບັນລຸຫຼາຍກວ່າ 565 ລ້ານ USD', 'more-than'],
    ['zh', '超过500万人次，贸易额5亿多美元', 'more-than'],
    ['zh', '逾1万辆，出口额达到超过5亿美元', 'more-than'],
    // A scale word with a currency, or with nothing after it, is still an amount.
    ['en', 'more than 5 million dollars', 'more-than'],
    ['vi', 'trên 5 tỷ đồng', 'more-than'],
    ['zh', '超过5亿人民币', 'more-than'],
    ['en', 'over 5 million', 'more-than'],
    // r29c: a bound word opening a clause before the first amount, after a count (none before:
    // a word "elsewhere"; read more-than through the count before e1ebfbad).
    ['en', 'more than 5 million tonnes, more than US$1.5 billion', 'more-than'],
    ['en', 'Over 5 million visitors and at least US$1.5 billion in trade', 'at-least'],
    ['vi', 'hơn 5 triệu tấn, hơn 1,5 tỷ USD', 'more-than'],
    ['lo', 'ຫຼາຍກວ່າ 5 ລ້ານໂຕນ, ຫຼາຍກວ່າ 565 ລ້ານ USD', 'more-than'],
    ['zh', '超过500万吨，超过15亿美元', 'more-than'],
    ['en', 'In 2024, more than US$1.5 billion', 'more-than'],
    ['en', 'Trade reached a record, more than US$1 billion', 'more-than'],
  ])('%s: reads %j, the first amount after a count, as %s', (_language, text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });
});

describe('readStatedBound: a share of a plan is no rate (r27d)', () => {
  it.each([
    ['en', 'more than 50% of the target'],
    ['en', 'reached over 50% of the annual plan'],
    ['en', 'Exports reached at least 80% of this year’s goal'],
    ['vi', 'đạt hơn 50% kế hoạch'],
    ['vi', 'Kim ngạch đạt hơn 50% kế hoạch năm'],
    ['vi', 'đạt trên 80% mục tiêu đề ra'],
    ['vi', 'đạt hơn 50% so với kế hoạch'],
    ['vi', 'đạt 50% kế hoạch trở lên'],
    ['lo', 'ບັນລຸຫຼາຍກວ່າ 50% ຂອງແຜນການ'],
    ['zh', '完成全年计划的50%以上'],
    ['zh', '达到目标的80%以上'],
    ['zh', '完成年度任务的50多%'],
    // r29c: a plan's words with a hyphen or a year, or four of them ("more-than" before).
    ['en', 'more than 50% of the full-year target'],
    ['en', 'Exports reached over 80% of the 2025 plan'],
    ['en', 'more than 60 per cent of its year-end goal'],
    ['en', 'at least 50% of the annual export growth target'],
  ])('%s: reads no rate bound in %j', (_language, text) => {
    expect(readStatedBound(text, 'rate')).toBeUndefined();
  });

  it.each([
    // The growth rate after a share of the plan is the text's first rate.
    ['vi', 'đạt 50% kế hoạch, tăng 10% trở lên', 'at-least'],
    ['zh', '完成计划的50%，同比增长30%以上', 'at-least'],
    ['en', 'more than 50%', 'more-than'],
    ['vi', 'chiếm hơn 10% tổng kim ngạch', 'more-than'],
  ])('%s: reads the rate %j as %s', (_language, text, bound) => {
    expect(readStatedBound(text, 'rate')).toBe(bound);
  });
});

describe('readStatedBound: words between a verb of reaching and its bound (r27d)', () => {
  it.each([
    ['en', 'Trade reached a record more than US$1 billion', 'more-than'],
    ['en', 'Exports reached a new record of over US$1 billion', 'more-than'],
    ['en', 'Trade reached an all-time high of more than US$1 billion', 'more-than'],
    ['en', 'Trade reached a total of at least US$1 billion', 'at-least'],
    ['en', 'Trade reached a record low of less than US$1 billion', 'less-than'],
    ['vi', 'Kim ngạch đạt mức kỷ lục hơn 1 tỷ USD', 'more-than'],
    ['vi', 'Kim ngạch đạt mức cao kỷ lục trên 1 tỷ USD', 'more-than'],
    ['vi', 'Kim ngạch đạt kỷ lục mới hơn 1 tỷ USD', 'more-than'],
    ['vi', 'Kim ngạch đạt mức hơn 1 tỷ USD', 'more-than'],
    ['lo', 'ມູນຄ່າການຄ້າບັນລຸສະຖິຕິໃໝ່ ຫຼາຍກວ່າ 1 ຕື້ໂດລາ', 'more-than'],
    ['zh', '贸易额达到创纪录的超过10亿美元', 'more-than'],
  ])('%s: reads %j as %s', (_language, text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it.each([
    'Trade reached a level more than US$565 million',
    'Trade reached a record, more than doubling to US$1 billion',
    'Kim ngạch đạt mức kỷ lục, hơn nữa đạt 1 tỷ USD',
  ])('reads no bound in %j', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });
});

describe('readStatedBound: "-plus" and "-odd" after the number (r27d)', () => {
  it.each([
    // "500-plus": 500 or more; "500-odd": 500 and some, more than 500 (as 多 and 余).
    ['a US$500-plus million trade', 'amount', 'at-least'],
    ['Exports reached US$500-plus million', 'amount', 'at-least'],
    ['500-odd million dollars', 'amount', 'more-than'],
    ['trade of US$500–odd million', 'amount', 'more-than'],
    ['up 30-plus percent', 'rate', 'at-least'],
    ['a 30-odd% rise', 'rate', 'more-than'],
    // r29c: after the number's scale word (they read none).
    ['a US$5 million-plus deal', 'amount', 'at-least'],
    ['Exports reached US$5 million-plus', 'amount', 'at-least'],
    ['US$5 billion-odd in trade', 'amount', 'more-than'],
  ] as const)('reads %j (%s) as %s', (text, figure, bound) => {
    expect(readStatedBound(text, figure)).toBe(bound);
  });

  it.each([
    'a 500-plus-page report, US$5 million',
    'Exports US$5 million, imports US$3-plus million',
    'a 500-odd-member team',
    'its 30-odd partners',
    // r29c: a count's "-plus" is no amount's ("more-than" before: the count was read as the amount).
    'Over 5 million-plus visitors came; trade was US$2 billion',
  ])('reads no bound in %j', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it('refuses a precision finer than what "-odd" leaves of the figure', () => {
    expect(
      boundIssues({ text: '500-odd million dollars', precision: '1000000' }, 'amount'),
    ).toEqual([
      {
        path: 'precision',
        message:
          'the text "500-odd million dollars" gives its figure to 100000000 (多, 余, ກວ່າ or -odd after its number or scale), so its precision is at least that, not 1000000',
      },
    ]);
    expect(
      boundIssues({ text: '500-odd million dollars', precision: '100000000' }, 'amount'),
    ).toEqual([]);
    expect(boundIssues({ text: 'a 30-odd% rise', precision: '1' }, 'rate')).toHaveLength(1);
    // r29c: "-odd" after the scale word leaves the figure known to its number's last place there.
    expect(closingStep('US$5 billion-odd in trade', 'amount')?.toString()).toBe('1000000000');
    expect(closingStep('US$1.5 billion-odd', 'amount')?.toString()).toBe('100000000');
    expect(boundIssues({ text: 'US$500-plus million', precision: '1000000' }, 'amount')).toEqual(
      [],
    );
  });
});

describe('readStatedLimit: "just under" is "nearly" (h355)', () => {
  it.each([
    ['en', 'just under US$300 million'],
    ['en', 'just below US$300 million'],
    ['en', 'slightly less than US$300 million'],
    ['en', 'a little under US$300 million'],
    ['en', 'just shy of US$300 million'],
    ['en', 'close to US$300 million'],
    ['en', 'Exports reached just under US$300 million'],
    // Already so before h355.
    ['en', 'nearly US$300 million'],
    ['en', 'almost US$300 million'],
    ['vi', 'gần 300 triệu USD'],
    ['lo', 'ເກືອບ 300 ລ້ານ USD'],
    ['zh', '接近3亿美元'],
    ['zh', '近3亿美元'],
  ])('%s: reads %j as "nearly", "about" with no bound beside it', (_language, text) => {
    // "just under US$300 million" was refused alone (an upper bound no rounding holds) and
    // "close to" read as "about" that a lower bound beside it did not contradict: each says what
    // "nearly" says, the figure approached from below.
    expect(readStatedLimit(text)).toBe('nearly');
    expect(boundIssues({ text, precision: '1000000' }, 'amount')).toEqual([]);
    expect(boundIssues({ text, bound: 'at-least' }, 'amount').map(({ path }) => path)).toEqual([
      'bound',
    ]);
    expect(boundIssues({ text, rounding: 'truncate' }, 'amount').map(({ path }) => path)).toEqual([
      'rounding',
    ]);
  });

  it('reads "just under" and its like as the amount and rate readers read "nearly"', () => {
    for (const text of ['just under US$300 million', 'close to US$300 million']) {
      const read = parsePublishedAmount(text);
      expect([read.bound, read.rounding], text).toEqual([undefined, 'nearest']);
      expect(formatInterval(read.interval, { unit: '1e6' }), text).toBe('[299.5, 300.5)');
    }
    expect(readStatedLimit('up just under 5%', 'rate')).toBe('nearly');
    expect(parsePublishedRate('up just under 5%').value.toString()).toBe('5');
  });

  it.each([
    ['just over US$300 million', 'more-than'],
    ['slightly more than US$300 million', 'more-than'],
    ['a little over US$300 million', 'more-than'],
    ['just above US$300 million', 'more-than'],
  ] as const)('reads %j, its mirror, as %s', (text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
    expect(parsePublishedAmount(text).bound).toBe(bound);
  });
});

describe('readStatedBound: units counted, and a currency that is no count (h355)', () => {
  it.each([
    'more than 5 million kgs of rice worth US$2 billion',
    'over 5 million kilos of coffee',
    'over 2 million heads of cattle worth US$1 billion',
    'more than 5 million bags of coffee',
  ])('reads no amount bound in %j, a count', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    // 克朗 (krone, koruna, krona) is a currency, not 克 (grams): an amount as 日元's is.
    ['超过5亿克朗', 'more-than'],
    ['超过5亿日元', 'more-than'],
    ['至少5亿瑞典克朗', 'at-least'],
    ['more than 5 billion kroner', 'more-than'],
  ] as const)('reads %j, an amount in another currency, as %s', (text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it('reads no bound of the statement after an amount in another currency', () => {
    // The text's first amount is the krone's: a bound of a figure after it is another figure's.
    expect(readStatedBound('5亿克朗，超过3亿美元')).toBeUndefined();
    expect(readStatedBound('5亿日元，超过3亿美元')).toBeUndefined();
    // A count in grams stays one: the first amount is the exports' (h372: 出口超过, a verb of
    // passing it, now reads it; as krona, 500万克 would be the first amount and read none).
    expect(readStatedBound('至少5千克')).toBeUndefined();
    expect(readStatedBound('超过500万克，出口超过3亿美元')).toBe('more-than');
  });
});

describe('readStatedBound: "-plus" after a percent, words before a reached bound (h355)', () => {
  it.each([
    ['up 10%-plus', 'rate', 'at-least'],
    ['rose 10%-plus year on year', 'rate', 'at-least'],
    ['up 10 percent-plus', 'rate', 'at-least'],
    ['a 10%-odd rise', 'rate', 'more-than'],
    ['Trade reached the highest level of more than US$1 billion', 'amount', 'more-than'],
    ['Exports reached its highest level of over US$1 billion', 'amount', 'more-than'],
    ['Trade reached a level of more than US$1 billion', 'amount', 'more-than'],
    ['Exports reached a peak of at least US$1 billion', 'amount', 'at-least'],
    ['Trade reached a record high of more than US$1 billion', 'amount', 'more-than'],
  ] as const)('reads %j (%s) as %s', (text, figure, bound) => {
    expect(readStatedBound(text, figure)).toBe(bound);
  });

  it('gives "10%-odd" to its last place, as "30-odd%"', () => {
    expect(closingStep('a 10%-odd rise', 'rate')?.toString()).toBe('10');
    expect(closingStep('up 10%-plus', 'rate')).toBeUndefined();
  });

  it.each([
    'Trade reached a level more than US$565 million',
    'Exports reached the highest level, more than doubling',
    'up 10%, plus US$5 million',
  ])('reads no bound in %j', (text) => {
    expect(readStatedBound(text, 'amount')).toBeUndefined();
    expect(readStatedBound(text, 'rate')).toBeUndefined();
  });
});

describe('readStatedBound: a bound after its subject noun (h360)', () => {
  it.each([
    // zh: the noun of a trade figure (…额, …总额), maybe an adverb, then the bound word.
    ['zh', '贸易额超过3亿美元', 'more-than'],
    ['zh', '进出口总额超过3亿美元', 'more-than'],
    ['zh', '出口额超过3亿美元', 'more-than'],
    ['zh', '进口額超過3億美元', 'more-than'],
    ['zh', '中老双边贸易额逾3亿美元', 'more-than'],
    ['zh', '贸易总额至少3亿美元', 'at-least'],
    ['zh', '贸易额已超过3亿美元', 'more-than'],
    ['zh', '两国贸易额不到3亿美元', 'less-than'],
    ['zh', '贸易额近3亿美元', 'less-than'],
    // 突破: a mark passed, at least it (see OTHER_BOUNDS).
    ['zh', '双边贸易额突破10亿美元', 'at-least'],
    ['zh', '贸易额首次突破10亿美元', 'at-least'],
    ['zh', '突破10亿美元', 'at-least'],
    // vi: "kim ngạch" and the words of its trade, then the bound word.
    ['vi', 'kim ngạch thương mại trên 1,5 tỷ USD', 'more-than'],
    ['vi', 'Kim ngạch thương mại song phương hơn 1,5 tỷ USD', 'more-than'],
    ['vi', 'kim ngạch xuất khẩu ít nhất 1 tỷ USD', 'at-least'],
    ['vi', 'kim ngạch vượt 1 tỷ USD', 'more-than'],
    ['vi', 'kim ngạch xuất nhập khẩu vượt mốc 1 tỷ USD', 'at-least'],
    ['vi', 'vượt quá 1 tỷ USD', 'more-than'],
    // "vượt qua" ("went past"): as "vượt"; "vượt qua mốc" as "vượt mốc" (r30g: both were none).
    ['vi', 'kim ngạch thương mại vượt qua 1 tỷ USD', 'more-than'],
    ['vi', 'kim ngạch hai chiều vượt qua mốc 1 tỷ USD', 'at-least'],
    ['vi', 'vượt qua ngưỡng 1 tỷ USD', 'at-least'],
    ['vi', 'kim ngạch hai chiều dưới 1 tỷ USD', 'less-than'],
    // en: the noun and "of", "worth", "valued at", "totalling", "amounting to" before the bound.
    ['en', 'trade of over US$300 million', 'more-than'],
    ['en', 'Bilateral trade of at least US$300 million', 'at-least'],
    ['en', 'trade worth more than US$300 million', 'more-than'],
    ['en', 'exports valued at over US$300 million', 'more-than'],
    ['en', 'imports totalling less than US$300 million', 'less-than'],
    ['en', 'trade amounting to more than US$300 million', 'more-than'],
    // lo: ມູນຄ່າ (value) and its trade, then the bound word.
    ['lo', 'ມູນຄ່າການຄ້າຫຼາຍກວ່າ 1 ຕື້ໂດລາ', 'more-than'],
    ['lo', 'ມູນຄ່າການຄ້າ ເກີນ 1 ຕື້ໂດລາ', 'more-than'],
  ])('%s: reads %j as %s', (_language, text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it('reads "vượt" as the amount reader reads "hơn"', () => {
    const read = parsePublishedAmount('vượt 1 tỷ USD');
    expect([read.bound, read.rounding]).toEqual(['more-than', 'truncate']);
    expect(parsePublishedAmount('vượt mốc 1 tỷ USD').bound).toBe('at-least');
  });

  it.each([
    // The subject's figure is none, or another figure is the text's first.
    '贸易额超过去年同期',
    '贸易余额超过3亿美元',
    '出口额5亿美元，进口额超过3亿美元',
    'kim ngạch trên địa bàn tỉnh đạt 565 triệu USD',
    'kim ngạch vượt kế hoạch, đạt 565 triệu USD',
    'kim ngạch vượt qua khó khăn, đạt 565 triệu USD',
    'Xuất khẩu đạt 5 triệu USD, kim ngạch nhập khẩu hơn 3 triệu USD',
    'trade of over 30 partners',
    'exports more than US$565 million',
    'trade over the first nine months, US$1.5 billion',
    'ມູນຄ່າການຄ້າຫຼາຍກວ່າປີກາຍ',
    '突破历史纪录，达5亿美元',
  ])('reads no bound in %j', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });
});

describe('readStatedBound: English verbs of passing a figure (h362)', () => {
  it.each([
    // "exceeded", "surpassed", "topped", "in excess of": more than the figure, as "over" is.
    ['Bilateral trade exceeded US$1 billion in 2023', 'more-than'],
    ['exports exceeds US$1 billion', 'more-than'],
    ['Exports topped US$500 million', 'more-than'],
    ['two-way trade surpassed US$2 billion', 'more-than'],
    ['trade in excess of US$300 million', 'more-than'],
    ['in excess of US$300 million', 'more-than'],
    // A mark passed: at least it, as "vượt mốc" and 突破 are.
    ['trade passed the US$1 billion mark', 'at-least'],
    ['Exports crossed the US$1 billion mark in May', 'at-least'],
    ['trade exceeded the US$1 billion mark', 'at-least'],
    ['two-way trade topped the US$1 billion threshold', 'at-least'],
  ])('reads %j as %s', (text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it('reads "in excess of" and "exceeded" as the amount reader reads "over"', () => {
    const read = parsePublishedAmount('in excess of US$300 million');
    expect([read.bound, read.rounding]).toEqual(['more-than', 'truncate']);
    expect(parsePublishedAmount('exceeded US$1 billion').bound).toBe('more-than');
  });

  it.each([
    // A difference, a target's figure, last year's figure, a figure reached, a later figure.
    'exports exceeded imports by US$300 million',
    'trade exceeded the target of US$1 billion',
    'trade exceeded the US$1 billion target',
    "trade surpassed last year's US$1 billion",
    'trade hit US$1 billion',
    'trade hit the US$1 billion mark',
    'Imports were US$900 million; exports exceeded US$1 billion',
    'trade not exceeding US$1 billion',
    'exports topped the list at US$1 billion',
  ])('reads no lower bound in %j', (text) => {
    expect(readBound(text)).toBeUndefined();
  });
});

describe('readStatedBound: a threshold of something else is no bound (h364)', () => {
  it.each([
    // zh: the figure closed by 的 before a noun it describes (companies, projects, countries).
    ['zh', '进出口总额超过3亿美元的企业', 'amount'],
    ['zh', '进出口总额超过3亿美元的企业有15家，双边贸易额达50亿美元', 'amount'],
    ['zh', '超过3亿美元的项目', 'amount'],
    ['zh', '贸易额突破10亿美元的国家', 'amount'],
    ['zh', '出口额达到超过3亿美元的商品', 'amount'],
    ['zh', '增长超过10%的企业', 'rate'],
    ['zh', '占比超过10%的国家', 'rate'],
    ['zh', '超过3亿美元的出口企业', 'amount'],
    ['zh', '超过3亿美元的出口商', 'amount'],
    // en, vi, lo: the trade of companies, items, goods ("with", "whose", "có", "ທີ່ມີ").
    ['en', 'companies with trade of more than US$300 million', 'amount'],
    ['en', 'Firms with annual exports of over US$300 million numbered 15', 'amount'],
    ['en', 'companies whose exports exceeded US$300 million', 'amount'],
    ['en', 'products whose exports reached more than US$1 billion', 'amount'],
    ['vi', 'doanh nghiệp có kim ngạch trên 300 triệu USD', 'amount'],
    ['vi', 'các mặt hàng có kim ngạch xuất khẩu hơn 1 tỷ USD', 'amount'],
    ['lo', 'ບໍລິສັດທີ່ມີມູນຄ່າການຄ້າຫຼາຍກວ່າ 300 ລ້ານໂດລາ', 'amount'],
    ['lo', 'ວິສາຫະກິດລາວ ທີ່ມີມູນຄ່າການສົ່ງອອກຫຼາຍກວ່າ 300 ລ້ານໂດລາ', 'amount'],
  ] as const)('%s: reads no bound in %j', (_language, text, figure) => {
    expect(readStatedBound(text, figure)).toBeUndefined();
  });

  it.each([
    // The figure 的 its own noun, a mark or a level: the trade figure's bound still.
    ['超过3亿美元的贸易额', 'amount', 'more-than'],
    ['超过3亿美元的双边贸易额', 'amount', 'more-than'],
    ['贸易额突破10亿美元的大关', 'amount', 'at-least'],
    ['贸易额超过3亿美元的规模', 'amount', 'more-than'],
    ['贸易额超过3亿美元。', 'amount', 'more-than'],
    ['超过10%的增长', 'rate', 'more-than'],
    // Its own exports, imports or value (r31b: each read none).
    ['超过10亿美元的出口', 'amount', 'more-than'],
    ['超过10亿美元的进出口。', 'amount', 'more-than'],
    ['超过10亿美元的进出口总值', 'amount', 'more-than'],
    ['两国贸易额突破30亿美元的里程碑', 'amount', 'at-least'],
    // The pair's own trade, with "with" or "có" after no holder of another's.
    ['Laos, with exports of over US$500 million, ranks second', 'amount', 'more-than'],
    ['Vietnam and Laos, two countries with trade of more than US$1 billion', 'amount', 'more-than'],
    ['trade in goods that has exceeded US$1 billion', 'amount', 'more-than'],
    ['Hai nước có kim ngạch thương mại trên 1,5 tỷ USD', 'amount', 'more-than'],
    ['ສອງປະເທດມີມູນຄ່າການຄ້າຫຼາຍກວ່າ 1 ຕື້ໂດລາ', 'amount', 'more-than'],
    // Lao ທີ່ມີ after the pair or a partner, not a company (r31b: each read none).
    ['ສອງປະເທດທີ່ມີມູນຄ່າການຄ້າຫຼາຍກວ່າ 1 ຕື້ໂດລາ', 'amount', 'more-than'],
    ['ລາວເປັນຄູ່ຮ່ວມການຄ້າທີ່ມີມູນຄ່າການຄ້າຫຼາຍກວ່າ 1 ຕື້ໂດລາ', 'amount', 'more-than'],
  ] as const)('reads %j (%s) as %s', (text, figure, bound) => {
    expect(readStatedBound(text, figure)).toBe(bound);
  });
});

describe('readStatedBound: a currency sign before the number (h364)', () => {
  it.each([
    // Each was no figure, so the bound before it read none: the amount nearest to it.
    'more than HK$500 million',
    'more than S$500 million',
    'over A$1 billion',
    'more than NT$500 million',
    'more than £500 million',
    'over ¥500 million',
    'more than ₩500 billion',
    'more than RM500 million',
  ])('reads %j as more-than', (text) => {
    expect(readStatedBound(text)).toBe('more-than');
  });

  it('reads no bound in a sign without a number after it', () => {
    expect(readStatedBound('more than HK$ figures, US$5 million')).toBeUndefined();
  });
});

describe('readStatedBound: "passed" and "crossed" a figure, no mark (h364)', () => {
  it.each([
    // Going past a figure is more than it, as "exceeded" and "vượt qua" ("went past") are; only a
    // mark passed ("passed the US$1 billion mark") is at least it. Each recorded no bound.
    ['Bilateral trade passed US$1 billion', 'more-than'],
    ['Bilateral trade crossed US$1 billion in 2023', 'more-than'],
    ['exports passes US$500 million', 'more-than'],
    ['two-way trade crosses US$2 billion', 'more-than'],
    ['trade went past US$1 billion', 'more-than'],
    ['trade passed US$1 billion mark', 'at-least'],
    // A word after the figure that is no noun of it.
    ['Exports passed US$1 billion for the first time', 'more-than'],
    ['Trade crossed US$1 billion last year', 'more-than'],
    // r32e: a word that opens another phrase, then one of PASSED_NOUN's nouns: each read none.
    ['Exports topped US$500 million as orders surged', 'more-than'],
    ['Bilateral trade exceeded US$1 billion despite credit constraints', 'more-than'],
    ['Trade exceeded US$1 billion with credit from banks', 'more-than'],
    ['Trade exceeded US$1 billion and bond markets rallied', 'more-than'],
  ])('reads %j as %s', (text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it('reads "passed" and "crossed" as the amount reader reads "over"', () => {
    const read = parsePublishedAmount('passed US$1 billion');
    expect([read.bound, read.rounding]).toEqual(['more-than', 'truncate']);
    expect(parsePublishedAmount('crossed US$1 billion').bound).toBe('more-than');
  });

  it.each([
    // A difference, a crossing of the border, a figure after the text's first, no figure.
    'exports passed imports',
    'exports passed imports by US$300 million',
    'goods crossed the border at US$1 billion',
    'goods worth US$1 billion crossed the border',
    'trucks crossed the border, carrying US$1 billion of goods',
    'Imports were US$900 million; exports passed US$1 billion',
    'trade passed the target of US$1 billion',
    'over 5,000 trucks crossed the border',
    // The verb's object is a noun the figure describes, not the figure (r31b, h373: each read
    // more-than): a budget or a loan passed, a target exceeded.
    'The committee passed US$1.2 billion budget',
    'The assembly passes US$500 million aid package',
    'Exports exceeded US$1 billion target',
    'exceeded US$1 billion target',
    'Exports surpassed US$1 billion goal in 2023',
    'The bank crossed US$300 million loans off its books',
  ])('reads no lower bound in %j', (text) => {
    expect(readBound(text)).toBeUndefined();
  });
});

describe('readStatedBound: a verb of passing a figure in vi, zh and lo (h372)', () => {
  it.each([
    // The verb is the predicate before the text's first figure, as "exceeded" is (r31b: each none).
    ['vi', 'Xuất khẩu (sang Lào) vượt 1 tỷ USD', 'more-than'],
    ['vi', 'Xuất khẩu sang Lào vượt 1 tỷ USD', 'more-than'],
    ['vi', 'Thương mại hai nước vượt 1,5 tỷ USD', 'more-than'],
    ['vi', 'Thương mại hai nước vượt qua 1,5 tỷ USD', 'more-than'],
    ['vi', 'Xuất khẩu sang Lào vượt quá 1 tỷ USD', 'more-than'],
    ['vi', 'Năm 2023, xuất khẩu sang Lào vượt 1 tỷ USD', 'more-than'],
    // A mark passed: at least it, as "vượt mốc" opening the text.
    ['vi', 'Thương mại hai nước vượt mốc 1 tỷ USD', 'at-least'],
    ['vi', 'Thương mại hai nước vượt qua ngưỡng 1 tỷ USD', 'at-least'],
    ['zh', '对老挝出口超过10亿美元', 'more-than'],
    ['zh', '双边贸易超过10亿美元', 'more-than'],
    ['zh', '两国贸易超過10億美元', 'more-than'],
    ['zh', '双边贸易突破10亿美元', 'at-least'],
    ['lo', 'ການຄ້າເກີນ 1 ຕື້ໂດລາ', 'more-than'],
    ['lo', 'ການສົ່ງອອກເກີນກວ່າ 1 ຕື້ໂດລາ', 'more-than'],
    ['lo', 'ການຄ້າສອງຝ່າຍເກີນ 1 ຕື້ໂດລາ', 'more-than'],
    // The pair's own trade: "Hai nước có…" (the two countries have), as before the verb.
    ['vi', 'Hai nước có kim ngạch thương mại vượt 1,5 tỷ USD', 'more-than'],
  ])('%s: reads %j as %s', (_language, text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it.each([
    // A difference, a plan's or a target's figure, a negated verb, a figure after the first one.
    'xuất khẩu vượt nhập khẩu 300 triệu USD',
    'Xuất khẩu vượt kế hoạch 1 tỷ USD',
    'Xuất khẩu vượt mục tiêu 1 tỷ USD',
    'Xuất khẩu chưa vượt 1 tỷ USD',
    'Nhập khẩu đạt 900 triệu USD, xuất khẩu vượt 1 tỷ USD',
    '出口超过进口3亿美元',
    '双边贸易未超过10亿美元',
    '进口5亿美元，出口超过10亿美元',
    '两国贸易超过30亿美元的年份',
    'ການສົ່ງອອກເກີນແຜນການ 1 ຕື້ໂດລາ',
    '发达国家超过5亿美元',
    'ການຄ້າບໍ່ເກີນ 1 ຕື້ໂດລາ',
    // Companies' trade, a threshold of them (as "firms whose exports exceeded US$300 million").
    'doanh nghiệp có kim ngạch vượt 1 tỷ USD',
    'các công ty có kim ngạch xuất khẩu vượt 1 tỷ USD',
    'doanh nghiệp có xuất khẩu vượt 1 tỷ USD',
    'ບໍລິສັດທີ່ມີການສົ່ງອອກເກີນ 300 ລ້ານໂດລາ',
    // r31f: a verb not passed, or only foreseen, a word or two after "không", "chưa", "khó", "có
    // thể", "dự kiến", "kỳ vọng", "sẽ" (as "did not exceed", "could exceed", "is expected to
    // exceed" read none): each read more-than.
    'Xuất khẩu không thể vượt 1 tỷ USD',
    'Xuất khẩu chưa thể vượt 1 tỷ USD',
    'Xuất khẩu chưa bao giờ vượt 1 tỷ USD',
    'Xuất khẩu chưa từng vượt 1 tỷ USD',
    'Xuất khẩu khó vượt 1 tỷ USD',
    'Xuất khẩu có thể vượt 1 tỷ USD',
    'Xuất khẩu năm nay dự kiến vượt 1 tỷ USD',
    'Xuất khẩu được kỳ vọng vượt 1 tỷ USD',
    'Xuất khẩu sẽ vượt 1 tỷ USD',
  ])('reads no lower bound in %j', (text) => {
    expect(readBound(text)).toBeUndefined();
  });

  it.each([
    // r31f: companies' trade without có or với, a relative clause all the same (as "firms
    // exporting over…"): a threshold of them, not the pair's trade. Each read more-than.
    'Các doanh nghiệp xuất khẩu vượt 1 tỷ USD',
    'Có 5 doanh nghiệp xuất khẩu vượt 1 tỷ USD',
    'Những công ty xuất khẩu sang Lào vượt 1 tỷ USD',
    'Các mặt hàng xuất khẩu vượt 1 tỷ USD',
    'Năm 2023, 12 dự án đầu tư vượt 1 tỷ USD',
    // The same subject before a verb of reaching or a trade figure's noun.
    '30 doanh nghiệp đạt kim ngạch trên 1 tỷ USD',
    'Các doanh nghiệp xuất khẩu đạt hơn 1 tỷ USD',
    // Lao ທີ່ before the verb opens a relative clause (companies, goods that export more than…).
    'ບໍລິສັດທີ່ສົ່ງອອກເກີນ 300 ລ້ານໂດລາ',
    'ສິນຄ້າທີ່ສົ່ງອອກເກີນ 300 ລ້ານໂດລາ',
    'ບໍລິສັດ ທີ່ ສົ່ງອອກ ເກີນ 300 ລ້ານໂດລາ',
    'ບໍລິສັດທີ່ໄດ້ສົ່ງອອກເກີນ 300 ລ້ານໂດລາ',
  ])('reads no bound in a cut-off of companies or goods %j (h373)', (text) => {
    expect(readBound(text)).toBeUndefined();
  });

  it.each([
    // Companies' exports as a whole, "của" (of) before them: the verb's subject is the exports;
    // a country after them: all of its companies, the pair's trade.
    'Xuất khẩu của các doanh nghiệp vượt 1 tỷ USD',
    'Xuất khẩu của doanh nghiệp Việt Nam sang Lào vượt 1 tỷ USD',
    'Doanh nghiệp Việt Nam xuất khẩu sang Lào vượt 1 tỷ USD',
    'Các doanh nghiệp hai nước trao đổi vượt 1 tỷ USD',
  ])('still reads more-than in %j (h373)', (text) => {
    expect(readStatedBound(text)).toBe('more-than');
  });

  it.each([
    // r32e: a clause of more than 4 syllables after the companies (a word is a syllable), and a
    // count of Chinese companies: each read more-than.
    'Có 12 doanh nghiệp đạt kim ngạch xuất khẩu vượt 100 triệu USD',
    'Các doanh nghiệp có kim ngạch xuất khẩu sang Lào vượt 100 triệu USD',
    'Các doanh nghiệp xuất khẩu sang thị trường Lào vượt 100 triệu USD',
    '有20家企业的出口超过1亿美元',
    '20家企业对老挝出口超过1亿美元',
  ])('reads no bound in a longer cut-off of companies %j (r32e)', (text) => {
    expect(readBound(text)).toBeUndefined();
  });

  it.each([
    // r32e: the pair's words or a verb of saying after the companies: the pair's trade.
    'Cộng đồng doanh nghiệp đánh giá thương mại hai nước vượt 1 tỷ USD',
    'Nhờ doanh nghiệp tích cực kim ngạch thương mại song phương vượt 1 tỷ USD',
    'Các doanh nghiệp cho biết kim ngạch vượt 1 tỷ USD',
    '中国对老挝出口超过30亿美元',
    '老挝的出口超过10亿美元',
    // ມູນຄ່າ ("value") before ທີ່: the value of the goods exported, the trade's own (read none).
    'ມູນຄ່າສິນຄ້າທີ່ສົ່ງອອກເກີນ 1 ຕື້ໂດລາ',
    'ມູນຄ່າສິນຄ້າ ທີ່ ນຳເຂົ້າ ເກີນ 500 ລ້ານໂດລາ',
    'ມູນຄ່າທີ່ສົ່ງອອກເກີນ 500 ລ້ານໂດລາ',
  ])('still reads more-than in %j (r32e)', (text) => {
    expect(readStatedBound(text)).toBe('more-than');
  });

  it.each([
    // h383: "không" of a compound (Sino-Vietnamese 空, "air, sky, space, void": hàng không
    // "aviation", chân không "vacuum", không khí "air", không gian "space"…) negates nothing; each
    // read none, as "không vượt" ("did not exceed").
    'Xuất khẩu dịch vụ hàng không vượt 1 tỷ USD',
    'Kim ngạch vận tải hàng không vượt 1 tỷ USD',
    'Doanh thu hàng không Lào vượt 1 tỷ USD',
    'Doanh thu hãng hàng không vượt 1 tỷ USD',
    'Xuất khẩu qua đường hàng không vượt 1 tỷ USD',
    'Xuất khẩu máy điều hòa không khí vượt 1 tỷ USD',
    'Xuất khẩu thiết bị chân không vượt 1 tỷ USD',
    'Xuất khẩu thiết bị không gian vượt 1 tỷ USD',
  ])('reads more-than after a compound of "không" in %j (h383)', (text) => {
    expect(readStatedBound(text)).toBe('more-than');
  });

  it.each([
    // "không" after "hàng" that is the goods of a compound (mặt hàng, nhóm hàng, lô hàng, đơn
    // hàng, ngân hàng…), after another "không", or before a word of no compound: a negation.
    'Xuất khẩu mặt hàng không vượt 1 tỷ USD',
    'Các lô hàng không vượt 1 tỷ USD',
    'Ngân hàng không vượt 1 tỷ USD',
    'Xuất khẩu hàng không không vượt 1 tỷ USD',
    'Xuất khẩu không thể vượt 1 tỷ USD',
    'Xuất khẩu không vượt 1 tỷ USD',
    'Xuất khẩu hàng hóa không vượt 1 tỷ USD',
    // "không vượt quá" ("not exceeding") is the law's and customs' formula: "hàng" before it is
    // more often goods than aviation ("Trị giá hàng không vượt quá…", the goods' value).
    'Trị giá hàng không vượt quá 1 tỷ USD',
    'Xuất khẩu hàng không vượt quá 1 tỷ USD',
    // r33a: "hàng" is aviation only after a word of aviation (ngành, hãng, dịch vụ, vận tải,
    // đường, cảng, công ty, doanh thu); elsewhere it is as likely goods (each read more-than,
    // h383): the value, the amount of goods, the goods exported did not exceed. A word that
    // strengthens the negation ("không hề", "không được") negates after aviation too.
    'Giá trị hàng không vượt 1 tỷ USD',
    'Lượng hàng không vượt 1 tỷ USD',
    'Xuất khẩu hàng không vượt 1 tỷ USD',
    'Trao đổi hàng không vượt 1 tỷ USD',
    'Hàng không vượt 1 tỷ USD',
    'Xuất khẩu hàng không hề vượt 1 tỷ USD',
    'Xuất khẩu dịch vụ hàng không hề vượt 1 tỷ USD',
    'Xuất khẩu dịch vụ hàng không được vượt 1 tỷ USD',
  ])('still reads no lower bound after a negating "không" in %j (h383)', (text) => {
    expect(readBound(text)).toBeUndefined();
  });

  it.each([
    // h383: Lao writes the pair after its word of trade, as ສອງຝ່າຍ ("bilateral"): the trade's
    // verb all the same, as "Thương mại hai nước vượt…" and "中老贸易超过…". Each read none.
    'ການຄ້າລາວ-ຈີນເກີນ 1 ຕື້ໂດລາ',
    'ການຄ້າ ລາວ - ຈີນ ເກີນ 1 ຕື້ໂດລາ',
    'ການຄ້າລະຫວ່າງລາວ ແລະ ຈີນເກີນ 1 ຕື້ໂດລາ',
    'ການສົ່ງອອກຂອງລາວໄປຈີນເກີນ 1 ຕື້ໂດລາ',
    'ການຄ້າ ສປປ ລາວ ກັບ ຫວຽດນາມ ເກີນ 1 ຕື້ໂດລາ',
    'ການຄ້າລາວ–ກຳປູເຈຍເກີນກວ່າ 500 ລ້ານໂດລາ',
    // r33a: border trade, and a partner beyond ASEAN and China (each read none, h383).
    'ການຄ້າຊາຍແດນລາວ-ຈີນເກີນ 1 ຕື້ໂດລາ',
    'ການຄ້າລາວ-ຍີ່ປຸ່ນເກີນ 500 ລ້ານໂດລາ',
    'ການສົ່ງອອກຂອງລາວໄປສະຫະລັດອາເມລິກາເກີນ 500 ລ້ານໂດລາ',
    'ການຄ້າລາວ-ຟີລິບປິນເກີນ 100 ລ້ານໂດລາ',
    // ມູນຄ່າ ("value") before ທີ່: the value of the goods exported, the trade's own (as r32e's).
    'ມູນຄ່າສິນຄ້າທີ່ສົ່ງອອກໄປຈີນເກີນ 1 ຕື້ໂດລາ',
  ])('lo: reads more-than after the pair of a word of trade in %j (h383)', (text) => {
    expect(readStatedBound(text)).toBe('more-than');
  });

  it.each([
    // r33a: 边贸 ("border trade") and 外贸 ("foreign trade") are words of trade before 超过 and
    // 突破 and before 额, as 贸易 (each read none).
    ['中越边贸突破10亿美元', 'at-least'],
    ['河口口岸边贸首次突破10亿美元', 'at-least'],
    ['全省外贸超过10亿美元', 'more-than'],
    ['中老边贸额超过10亿美元', 'more-than'],
    ['中老边贸额首次突破10亿美元', 'at-least'],
  ])('zh: reads %j as %s after 边贸 or 外贸 (r33a)', (text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it.each([
    // A negated or foreseen verb, no word of trade, no figure, ເກີນດຸນ (a surplus).
    'ການຄ້າລາວ-ຈີນບໍ່ເກີນ 1 ຕື້ໂດລາ',
    'ການຄ້າລາວ-ຈີນອາດເກີນ 1 ຕື້ໂດລາ',
    'ລາວ-ຈີນເກີນ 1 ຕື້ໂດລາ',
    'ການຄ້າລາວ-ຈີນເກີນແຜນການ 1 ຕື້ໂດລາ',
    'ການຄ້າລາວ-ຈີນເກີນດຸນ 500 ລ້ານໂດລາ',
    // A cut-off of goods or companies (ທີ່ + a verb of trade) with the pair after its verb.
    'ສິນຄ້າທີ່ສົ່ງອອກໄປຈີນເກີນ 300 ລ້ານໂດລາ',
    'ບໍລິສັດທີ່ສົ່ງອອກໄປຈີນເກີນ 300 ລ້ານໂດລາ',
  ])('lo: still reads no lower bound in %j (h383)', (text) => {
    expect(readBound(text)).toBeUndefined();
  });

  it.each([
    // h383: a clause whose subject is a budget, a target, a plan, a loan, a fund, an agreement…
    // (PASSED_NOUN's kinds), with no word of trade before the verb: that figure's own statement,
    // not the trade's. Each read more-than.
    'Ngân sách tỉnh vượt 500 tỷ đồng',
    'Thu ngân sách tỉnh vượt 500 tỷ đồng',
    'Năm 2023, ngân sách tỉnh đạt hơn 500 tỷ đồng',
    'Khoản vay ưu đãi vượt 1 tỷ USD',
    'Gói hỗ trợ đạt hơn 1 tỷ USD',
    '全省预算达到超过50亿元',
    '贷款总额达到超过10亿美元',
    'ງົບປະມານແຂວງບັນລຸຫຼາຍກວ່າ 500 ຕື້ກີບ',
    'ເງິນກູ້ ບັນລຸ ຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
    'The budget topped US$500 million',
    'The provincial budget exceeded US$500 million',
    'The loan reached more than US$1 billion',
    "Vientiane's budget for 2024 passed US$500 million",
    // r33a: a subject after words that are no preposition ("of", 从, ຈາກ after the noun).
    'Disbursement of the loan reached more than US$1 billion',
    "This year's state budget for infrastructure topped US$500 million",
    '老挝从中国获得的贷款达到超过10亿美元',
    'ເງິນກູ້ຈາກຈີນບັນລຸຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
    // r33a: a preposition of time before the subject keeps it the subject.
    'In 2024 the budget reached more than US$500 million',
    'Trong năm 2024 ngân sách tỉnh đạt hơn 500 tỷ đồng',
    '在2024年全省预算达到超过50亿元',
    'ໃນປີ 2024 ງົບປະມານແຂວງບັນລຸຫຼາຍກວ່າ 500 ຕື້ກີບ',
  ])('reads no bound in a budget’s or a loan’s own figure %j (h383)', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    // A word of trade in the clause (the figure is the trade's), or the budget in another clause.
    'Theo kế hoạch, xuất khẩu vượt 1 tỷ USD',
    'Nhờ ngân sách hỗ trợ xuất khẩu vượt 1 tỷ USD',
    'Ngân sách tăng, kim ngạch vượt 1 tỷ USD',
    'Trade under the loan agreement exceeded US$1 billion',
    'Despite budget cuts, exports topped US$500 million',
    '预算内出口超过10亿美元',
    'ການຄ້າຕາມແຜນການບັນລຸຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
    // r33a: a plan or an agreement after a preposition or as a verb's object is no subject, and
    // commerce, shipments, giao thương, 外贸, 边贸 are words of trade. Each read none (h383's guard).
    'Shipments under the agreement exceeded US$1 billion',
    'Commerce under the programme exceeded US$1 billion',
    'Under the agreement the two countries reached more than US$1 billion in trade',
    'Exports of farm products and processed goods to neighbouring Laos under the agreement signed in 2019 exceeded US$1 billion',
    'Giao thương hai nước theo hiệp định vượt 1 tỷ USD',
    'Giá trị hàng hóa qua cửa khẩu theo kế hoạch đạt hơn 1 tỷ USD',
    'Việt Nam và Lào trong năm đầu thực hiện hiệp định đạt hơn 1 tỷ USD',
    'Hai nước thực hiện kế hoạch đạt hơn 1 tỷ USD',
    '中越边贸在协议框架下达到超过10亿美元',
    '按照计划中老经贸往来达到超过10亿美元',
    '全省外贸按计划达到超过10亿美元',
    'ການແລກປ່ຽນສິນຄ້າລະຫວ່າງສອງປະເທດຕາມສັນຍາບັນລຸຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
  ])('still reads more-than in the trade’s figure %j (h383)', (text) => {
    expect(readStatedBound(text)).toBe('more-than');
  });

  it.each([
    // h383: the figure a company's or a budget's verb opens is theirs, whatever closes it: a
    // threshold of companies, a budget's own. Each read at-least (a closing word, "-plus") or
    // more-than (多): the verb was passed over and its figure read as the trade's.
    'Ngân sách tỉnh đạt 500 tỷ đồng trở lên',
    '全省预算达到50亿元以上',
    '全省预算达到5亿多美元',
    'ງົບປະມານແຂວງບັນລຸ 500 ຕື້ກີບຂຶ້ນໄປ',
    'doanh nghiệp có kim ngạch đạt 300 triệu USD trở lên',
    'companies with trade of US$300 million or more',
    'Companies with exports of US$300 million-plus',
    '有20家企业的出口达到1亿美元以上',
    'ບໍລິສັດທີ່ມີມູນຄ່າການຄ້າ 300 ລ້ານໂດລາຂຶ້ນໄປ',
    // The budget's clause before a comma, the figure in apposition after it (each read more-than).
    '全省预算，超过50亿元',
    'Ngân sách tỉnh, hơn 500 tỷ đồng',
    'The budget, more than US$500 million',
  ])('reads no bound in a figure a company’s or a budget’s words open %j (h383)', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    // The trade's own figure, closed: its bound stands.
    ['Kim ngạch đạt 565 triệu USD trở lên', 'at-least'],
    ['Ngân sách tăng, kim ngạch đạt 1 tỷ USD trở lên', 'at-least'],
    ['贸易额达到5亿多美元', 'more-than'],
    ['Trade reached US$300 million or more', 'at-least'],
    ['Năm 2023, hơn 5 triệu USD', 'more-than'],
    ['Bilateral trade, more than US$500 million', 'more-than'],
    // r33a: a plan or an agreement after a preposition is no subject (each read none, h383).
    ['依照协议中老边贸额达到10亿美元以上', 'at-least'],
    ["Vietnam's shipments to Laos under the plan reached US$1 billion or more", 'at-least'],
    ['Commerce under the deal reached US$300 million-plus', 'at-least'],
  ])('still reads %j as %s (h383)', (text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it('keeps a rate after "vượt" as it was: none', () => {
    expect(readStatedBound('Xuất khẩu vượt 10% so với cùng kỳ', 'rate')).toBeUndefined();
  });
});

describe('readStatedBound: a sentence’s end, a named province, a budget of trade (h389)', () => {
  it.each([
    // r33a: a full stop, "!" or "?" (en, vi, lo) and ！ or ？ (zh) end the budget's clause: the
    // next sentence's verb is the trade's. Each read none but the first (a word of trade).
    'The provincial budget was approved. Trade exceeded US$500 million.',
    'The provincial budget was approved. Bilateral flows topped US$1 billion',
    'The budget was approved. The two countries reached more than US$1 billion',
    'The plan was approved! Two-way flows reached more than US$1 billion',
    'Was the budget approved? The two countries reached more than US$1 billion',
    'Ngân sách tỉnh được phê duyệt. Hai nước đạt hơn 1 tỷ USD',
    'ງົບປະມານແຂວງໄດ້ຮັບອະນຸມັດ. ສອງປະເທດບັນລຸຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
    '全省预算获批！中老往来达到超过10亿美元',
    '全省预算获批？中老往来达到超过10亿美元',
  ])('reads more-than after a budget’s sentence in %j', (text) => {
    expect(readStatedBound(text)).toBe('more-than');
  });

  it.each([
    // A budget after a full stop is its sentence's subject (each read more-than: "Exports" and
    // "Xuất khẩu" before it were the clause's).
    'Exports grew. The budget topped US$500 million',
    'Xuất khẩu tăng. Ngân sách tỉnh vượt 500 tỷ đồng',
    // An abbreviation's full stop ends no sentence; nor does one after the figure.
    'The U.S. budget topped US$500 million',
    'The budget of Lao P.D.R. exceeded US$500 million',
    'Ngân sách tỉnh năm 2024 đạt hơn 500 tỷ đồng.',
    // r34c: nor does an ellipsis or "etc." in a list (5c962571 read each more-than, the budget's
    // or the loan's figure as the trade's), as "…" ends none.
    'Vốn vay ODA... đạt hơn 500 tỷ đồng',
    'Ngân sách, vốn vay ODA... đạt hơn 500 tỷ đồng',
    'Ngân sách, vốn vay ODA… đạt hơn 500 tỷ đồng',
    'The budget, loans, grants... topped US$500 million',
    'Loans, grants etc. topped US$500 million',
  ])('reads no bound in a budget’s own sentence %j', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    // r33a: a named province's trade, or this province's ("Lao Cai province has trade of more
    // than…", "Lao Cai is the province with…"), is no cut-off of provinces. Each read none but
    // "Tỉnh biên giới Điện Biên…" (4 words after "tỉnh", past the cut-off's 3).
    ['Tỉnh Lào Cai có kim ngạch xuất nhập khẩu đạt hơn 1 tỷ USD', 'more-than'],
    ['Tỉnh Lào Cai có kim ngạch xuất nhập khẩu đạt 1 tỷ USD trở lên', 'at-least'],
    ['Năm 2023, tỉnh Quảng Trị có kim ngạch vượt 500 triệu USD', 'more-than'],
    ['Tỉnh biên giới Điện Biên có kim ngạch đạt hơn 500 triệu USD', 'more-than'],
    ['Lào Cai là tỉnh có kim ngạch đạt hơn 1 tỷ USD', 'more-than'],
    ['Tỉnh này có kim ngạch vượt 500 triệu USD', 'more-than'],
    ['Địa phương này có kim ngạch đạt 500 triệu USD trở lên', 'at-least'],
    ['ແຂວງຫຼວງນ້ຳທາທີ່ມີມູນຄ່າການຄ້າຫຼາຍກວ່າ 1 ຕື້ໂດລາ', 'more-than'],
    ['ແຂວງຫຼວງນໍ້າທາທີ່ມີມູນຄ່າການຄ້າຫຼາຍກວ່າ 1 ຕື້ໂດລາ', 'more-than'],
    ['ແຂວງຄໍາມ່ວນທີ່ມີມູນຄ່າການຄ້າ 1 ຕື້ໂດລາຂຶ້ນໄປ', 'at-least'],
    // English: a province with… said of its subject ("is a province with", ", a province with").
    ['Lao Cai is a province with trade of more than US$1 billion', 'more-than'],
    ['Lao Cai, a border province with exports of over US$500 million', 'more-than'],
    // r34c: an adverb between the name and "là", "trở thành" (became), lowercase "đây" (this);
    // each read none.
    ['Lào Cai cũng là tỉnh có kim ngạch đạt hơn 1 tỷ USD', 'more-than'],
    ['Lạng Sơn hiện là tỉnh có kim ngạch đạt hơn 1 tỷ USD', 'more-than'],
    ['Quảng Ninh tiếp tục là tỉnh có kim ngạch đạt 1 tỷ USD trở lên', 'at-least'],
    ['Lào Cai đã trở thành tỉnh có kim ngạch vượt 1 tỷ USD', 'more-than'],
    ['Năm 2024, đây là tỉnh có kim ngạch vượt 1 tỷ USD', 'more-than'],
    // r34c: and in English ("is also", "became", "remains"), as 'Lao Cai is a province with…'.
    ['Lao Cai is also a province with trade of more than US$1 billion', 'more-than'],
    ['Lao Cai became a province with trade of more than US$1 billion', 'more-than'],
    ['Lao Cai remains the only province with trade of more than US$1 billion', 'more-than'],
  ])('reads a named province’s trade %j as %s', (text, bound) => {
    expect(readStatedBound(text)).toBe(bound);
  });

  it.each([
    // Still a cut-off: provinces unnamed, many or of a country (Lao, Chinese provinces), one among
    // them, and a named province's companies.
    'Tỉnh có kim ngạch đạt 1 tỷ USD trở lên',
    'Các tỉnh có kim ngạch vượt 1 tỷ USD',
    'Những tỉnh biên giới có kim ngạch đạt hơn 1 tỷ USD',
    'Các tỉnh Lào có kim ngạch vượt 100 triệu USD',
    'Những tỉnh Tây Bắc có kim ngạch vượt 100 triệu USD',
    '5 tỉnh Trung Quốc có kim ngạch vượt 100 triệu USD',
    'Lào Cai là một trong những tỉnh có kim ngạch vượt 1 tỷ USD',
    'Lào Cai cũng là một trong những tỉnh có kim ngạch vượt 1 tỷ USD',
    'Lào Cai không phải là tỉnh có kim ngạch vượt 1 tỷ USD',
    'Lao Cai is not a province with trade of more than US$1 billion',
    'Tỉnh Lào Cai có 12 doanh nghiệp có kim ngạch vượt 100 triệu USD',
    'Tỉnh Lào Cai có 12 doanh nghiệp xuất khẩu vượt 100 triệu USD',
    'ແຂວງທີ່ມີມູນຄ່າການຄ້າຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
    'ແຂວງຊາຍແດນທີ່ມີມູນຄ່າການຄ້າຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
    'Provinces with trade of more than US$1 billion',
    'Lao Cai is one of the provinces with trade of more than US$1 billion',
    'Vinamilk is a company with exports of more than US$1 billion',
    // r34c: many provinces after "is the", ", the" are still a cut-off (c8a72afe read more-than).
    'In 2024, the provinces with trade of more than US$1 billion were Lao Cai and Lang Son',
    'Of these, the border provinces with exports of over US$500 million grew fastest',
  ])('still reads no bound in a cut-off of provinces %j', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    // h383 left them read more-than: a budget, a plan, an order of trade is a budget, a plan, an
    // order, not the trade. en and zh name the trade before the noun, vi and lo after it.
    'The foreign-trade budget exceeded US$500 million',
    'The trade budget topped US$500 million',
    'The budget for trade promotion exceeded US$5 million',
    'The export-import budget exceeded US$5 million',
    'Export orders topped US$500 million',
    'Ngân sách xúc tiến thương mại vượt 500 tỷ đồng',
    'Ngân sách cho xuất khẩu đạt hơn 500 tỷ đồng',
    'Ngân sách hỗ trợ xuất khẩu vượt 1 tỷ USD',
    'Đơn hàng xuất khẩu vượt 1 tỷ USD',
    '对外贸易预算达到超过50亿元',
    '外贸预算达到超过50亿元',
    'ງົບປະມານການຄ້າບັນລຸຫຼາຍກວ່າ 500 ຕື້ກີບ',
    'ງົບປະມານສົ່ງເສີມການຄ້າບັນລຸຫຼາຍກວ່າ 500 ຕື້ກີບ',
    // r34c: a verb of helping decides a budget of trade only: a budget's own stays none.
    'Ngân sách giúp hai nước đạt hơn 1 tỷ USD',
    'Ngân sách xúc tiến thương mại được nâng lên hơn 500 tỷ đồng',
    'The trade budget was lifted and reached more than US$500 million',
  ])('reads no bound in a budget of trade’s own figure %j', (text) => {
    expect(readStatedBound(text)).toBeUndefined();
  });

  it.each([
    // A word of trade past the budget's name, a preposition before it, an agreement of trade
    // (what makes trade, no sum of money of its own): the trade's figure.
    'Chương trình xúc tiến thương mại giúp xuất khẩu vượt 1 tỷ USD',
    'Hiệp định thương mại giúp hai nước đạt hơn 1 tỷ USD',
    'The trade agreement took effect in 2020 and the two countries reached more than US$1 billion',
    'Nhờ ngân sách hỗ trợ xuất khẩu vượt 1 tỷ USD',
    'The trade budget rose as exports topped US$1 billion',
    'Under the trade agreement, exports exceeded US$1 billion',
    'Trade under the trade agreement exceeded US$1 billion',
    '预算内出口超过10亿美元',
    '贸易协定框架下双边贸易额超过10亿美元',
    'ການຄ້າຕາມແຜນການບັນລຸຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
    // r34c: a budget or a plan of trade that helps another subject to the figure
    // makes trade, as an agreement does (1069bfb3 read each none; 2feaa7bf more-than).
    'Kế hoạch xúc tiến thương mại giúp hai nước đạt hơn 1 tỷ USD',
    'Gói tín dụng xuất khẩu góp phần đưa hai nước đạt hơn 1 tỷ USD',
    'The trade promotion plan helped the two countries reach more than US$1 billion',
    '外贸计划带动中老往来达到超过10亿美元',
    'ແຜນການສົ່ງເສີມການຄ້າຊ່ວຍໃຫ້ສອງປະເທດບັນລຸຫຼາຍກວ່າ 1 ຕື້ໂດລາ',
  ])('still reads more-than in the trade’s figure %j', (text) => {
    expect(readStatedBound(text)).toBe('more-than');
  });
});
