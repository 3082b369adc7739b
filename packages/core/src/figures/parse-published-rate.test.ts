import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatInterval } from './format-interval.js';
import { parsePublishedRate, safeParsePublishedRate } from './parse-published-rate.js';

describe('parsePublishedRate', () => {
  it.each([
    ['up 25.5%', '25.5', 'up', '0.1', '[25.45, 25.55)'],
    ['tăng 25,5%', '25.5', 'up', '0.1', '[25.45, 25.55)'],
    ['down 1.1%', '-1.1', 'down', '0.1', '(-1.15, -1.05]'],
    ['giảm 1,1%', '-1.1', 'down', '0.1', '(-1.15, -1.05]'],
    ['+22.5 %', '22.5', 'up', '0.1', '[22.45, 22.55)'],
    ['25.5 percent', '25.5', 'up', '0.1', '[25.45, 25.55)'],
    ['-1.1%', '-1.1', 'down', '0.1', '(-1.15, -1.05]'],
    ['−1.1 %', '-1.1', 'down', '0.1', '(-1.15, -1.05]'],
    ['up 24%', '24', 'up', '1', '[23.5, 24.5)'],
    ['surged by 22.5% year-on-year', '22.5', 'up', '0.1', '[22.45, 22.55)'],
    ['rose by 6.4%', '6.4', 'up', '0.1', '[6.35, 6.45)'],
    ['an increase of 41.7% year-on-year', '41.7', 'up', '0.1', '[41.65, 41.75)'],
    ['a rise of 26.2%', '26.2', 'up', '0.1', '[26.15, 26.25)'],
    ['2.4%', '2.4', 'up', '0.1', '[2.35, 2.45)'],
    ['15.91 per cent', '15.91', 'up', '0.01', '[15.905, 15.915)'],
    ['tăng 50,4% so với cùng kỳ năm trước', '50.4', 'up', '0.1', '[50.35, 50.45)'],
    ['fell 3%', '-3', 'down', '1', '(-3.5, -2.5]'],
    ['8.5% increase', '8.5', 'up', '0.1', '[8.45, 8.55)'],
    ['0%', '0', 'unchanged', '1', '[-0.5, 0.5)'],
    ['down 100%', '-100', 'down', '1', '(-100.5, -99.5]'],
  ])('reads %j', (text, value, direction, precision, range) => {
    const rate = parsePublishedRate(text);
    expect({
      value: rate.value.toString(),
      direction: rate.direction,
      precision: rate.precision.toString(),
      interval: formatInterval(rate.interval),
    }).toEqual({ value, direction, precision, interval: range });
    expect(rate.text).toBe(text);
  });

  it('reads "more than" as truncated, on the size of the rate', () => {
    expect(formatInterval(parsePublishedRate('up more than 25%').interval)).toBe('[25, 26)');
    expect(formatInterval(parsePublishedRate('giảm hơn 1,1%').interval)).toBe('(-1.2, -1.1]');
  });

  it('reads a bound on a fall on its size, and refuses one on a signed fall (h340)', () => {
    // "down more than 5%": the fall exceeds 5 %, truncated on its size as the model reads it.
    expect(formatInterval(parsePublishedRate('down more than 5%').interval)).toBe('(-6, -5]');
    expect(formatInterval(parsePublishedRate('giảm hơn 5%').interval)).toBe('(-6, -5]');
    // "more than -5%" is above -5 %: a fall of less than 5 % or a rise, which was read (-6, -5].
    for (const text of [
      'more than -5%',
      'at least −5 %',
      'hơn -5%',
      'trên -5 phần trăm',
      '-5% or more',
    ]) {
      const result = safeParsePublishedRate(text);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe('INVALID_FIGURE');
        expect(result.error.issues[0]?.message).toBe(
          `${JSON.stringify(text)} is not a published rate: a lower bound on a negative rate is an upper bound on the fall (at most its size, or a rise), which the model does not represent`,
        );
      }
    }
  });

  it('reads a closing "or more" or "trở lên" as a lower bound, truncated (h340)', () => {
    expect(formatInterval(parsePublishedRate('tăng 30% trở lên').interval)).toBe('[30, 31)');
    expect(formatInterval(parsePublishedRate('up 30% or more').interval)).toBe('[30, 31)');
    expect(formatInterval(parsePublishedRate('giảm 5% trở lên').interval)).toBe('(-6, -5]');
    const result = safeParsePublishedRate('up about 30% or more');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.message).toBe(
        '"up about 30% or more" is not a published rate: it has two qualifiers, "about" and "or more"',
      );
    }
  });

  it('lets options override precision and rounding', () => {
    expect(formatInterval(parsePublishedRate('up 24%', { precision: '0.1' }).interval)).toBe(
      '[23.95, 24.05)',
    );
    expect(formatInterval(parsePublishedRate('25%', { rounding: 'truncate' }).interval)).toBe(
      '[25, 26)',
    );
    expect(formatInterval(parsePublishedRate('0%', { rounding: 'truncate' }).interval)).toBe(
      '(-1, 1)',
    );
  });

  it.each([
    'up',
    'up and down',
    '25.5',
    'up -5%',
    'down +5%',
    'down 120%',
    'giảm 150%',
    'up 5% decrease',
    '5% of something',
    '',
  ])('refuses %j with INVALID_FIGURE naming the text', (text) => {
    const result = safeParsePublishedRate(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(BilateralError);
      expect(result.error.code).toBe('INVALID_FIGURE');
      expect(result.error.message).toContain(JSON.stringify(text));
    }
  });

  it('refuses what is not text', () => {
    expect(() => parsePublishedRate(null as unknown as string)).toThrowError(BilateralError);
  });
});
