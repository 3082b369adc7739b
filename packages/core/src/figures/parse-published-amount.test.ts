import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { formatMoney } from '../money/format-money.js';
import { money } from '../money/money.js';
import { formatInterval } from './format-interval.js';
import { parsePublishedAmount, safeParsePublishedAmount } from './parse-published-amount.js';

const inMillions = (text: string, options = {}) => {
  const figure = parsePublishedAmount(text, options);
  return {
    value: figure.value.div(1e6).toString(),
    currency: figure.currency,
    precision: figure.precision.div(1e6).toString(),
    interval: formatInterval(figure.interval, { unit: '1e6' }),
    scale: figure.scale,
    rounding: figure.rounding,
  };
};

describe('parsePublishedAmount', () => {
  it.each([
    ['US$1.5 billion', '1500', 'USD', '100', '[1450, 1550)', 'billion'],
    ['$491.9 million', '491.9', 'USD', '0.1', '[491.85, 491.95)', 'million'],
    ['338.6 M', '338.6', 'USD', '0.1', '[338.55, 338.65)', 'million'],
    ['1.65 B', '1650', 'USD', '10', '[1645, 1655)', 'billion'],
    ['US$179 million', '179', 'USD', '1', '[178.5, 179.5)', 'million'],
    ['1,5 tỷ USD', '1500', 'USD', '100', '[1450, 1550)', 'billion'],
    ['491,9 triệu USD', '491.9', 'USD', '0.1', '[491.85, 491.95)', 'million'],
    ['1 tỷ đô la', '1000', 'USD', '1000', '[500, 1500)', 'billion'],
    ['$1 billion', '1000', 'USD', '1000', '[500, 1500)', 'billion'],
    ['USD 1.5 bn', '1500', 'USD', '100', '[1450, 1550)', 'billion'],
    ['1.5 billion US dollars', '1500', 'USD', '100', '[1450, 1550)', 'billion'],
    ['1,500 million', '1500', 'USD', '1', '[1499.5, 1500.5)', 'million'],
    ['1.234,5 triệu USD', '1234.5', 'USD', '0.1', '[1234.45, 1234.55)', 'million'],
    ['US $ 2.50 billion', '2500', 'USD', '10', '[2495, 2505)', 'billion'],
    ['CNY 43.34 billion', '43340', 'CNY', '10', '[43335, 43345)', 'billion'],
    ['43,34 tỷ nhân dân tệ', '43340', 'CNY', '10', '[43335, 43345)', 'billion'],
    ['732.7 mln USD', '732.7', 'USD', '0.1', '[732.65, 732.75)', 'million'],
    ['khoảng 1,5 tỷ USD', '1500', 'USD', '100', '[1450, 1550)', 'billion'],
    ['about US$1.37 billion', '1370', 'USD', '10', '[1365, 1375)', 'billion'],
    ['\u00a0US$1.5\u00a0billion ', '1500', 'USD', '100', '[1450, 1550)', 'billion'],
  ])('reads %j', (text, value, currency, precision, range, scale) => {
    expect(inMillions(text)).toEqual({
      value,
      currency,
      precision,
      interval: range,
      scale,
      rounding: 'nearest',
    });
  });

  it('keeps the text as published', () => {
    expect(parsePublishedAmount('1,5 tỷ USD').text).toBe('1,5 tỷ USD');
  });

  it('reads "more than" as truncated', () => {
    expect(inMillions('more than US$1.5 billion')).toMatchObject({
      rounding: 'truncate',
      interval: '[1500, 1600)',
    });
    expect(inMillions('hơn 1,5 tỷ USD')).toMatchObject({ rounding: 'truncate' });
  });

  it('reads a closing "or more" or "trở lên" as at least the figure (h340)', () => {
    for (const [text, range] of [
      ['565 triệu USD trở lên', '[565, 566)'],
      ['US$1.5 billion or more', '[1500, 1600)'],
      ['$565 M and above', '[565, 566)'],
    ] as const) {
      const read = parsePublishedAmount(text);
      expect([read.bound, read.rounding, formatInterval(read.interval, { unit: '1e6' })]).toEqual([
        'at-least',
        'truncate',
        range,
      ]);
    }
    expect(() => parsePublishedAmount('about US$5 million or more')).toThrow(
      '"about US$5 million or more" is not a published amount: it has two qualifiers, "about" and "or more"',
    );
    expect(() => parsePublishedAmount('565 triệu USD trở lên', { rounding: 'nearest' })).toThrow(
      expect.objectContaining({ code: 'INVALID_FIGURE' }),
    );
  });

  it('truncates when told: "$25 billion" ⇒ [25, 26) billion', () => {
    const figure = parsePublishedAmount('$25 billion', { rounding: 'truncate' });
    expect(formatInterval(figure.interval, { unit: '1e9' })).toBe('[25, 26)');
  });

  it('lets an option override the precision the text shows', () => {
    expect(inMillions('US$1 billion', { precision: '100000000' })).toMatchObject({
      precision: '100',
      interval: '[950, 1050)',
    });
  });

  it('uses the currency option when the text has none, and checks it when it has one', () => {
    expect(inMillions('338.6 M', { currency: 'LAK' }).currency).toBe('LAK');
    try {
      parsePublishedAmount('1,5 tỷ USD', { currency: 'VND' });
      expect.unreachable();
    } catch (error) {
      expect((error as BilateralError).code).toBe('CURRENCY_MISMATCH');
    }
  });

  it.each([
    // Signs and names of other currencies, before the number or after its scale (h364): each was
    // no amount, so a statement in another currency took it with its precision given.
    ['HK$500 million', 'HKD'],
    ['S$500 million', 'SGD'],
    ['A$1.5 billion', 'AUD'],
    ['NT$500 million', 'TWD'],
    ['£500 million', 'GBP'],
    ['₩500 billion', 'KRW'],
    ['RMB 500 million', 'CNY'],
    ['RMB500 million', 'CNY'],
    ['RM500 million', 'MYR'],
    ['more than £500 million', 'GBP'],
    ['500 million yen', 'JPY'],
    ['500 million Singapore dollars', 'SGD'],
    ['500 million pounds sterling', 'GBP'],
    ['5 billion Czech koruna', 'CZK'],
    ['500 triệu yên', 'JPY'],
    ['500 triệu bảng Anh', 'GBP'],
  ])('reads %j in its currency, %s, and refuses it as US dollars', (text, currency) => {
    expect(parsePublishedAmount(text).currency).toBe(currency);
    expect(parsePublishedAmount(text, { currency }).currency).toBe(currency);
    expect(() => parsePublishedAmount(text, { currency: 'USD' })).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
  });

  it.each([
    ['¥500 million', '"¥"', 'CNY or JPY'],
    ['500 million kroner', '"kroner"', 'DKK or NOK'],
  ])('reads no amount in %j without the currency, saying which it may be', (text, word, codes) => {
    expect(() => parsePublishedAmount(text)).toThrow(
      new BilateralError('INVALID_FIGURE', [
        {
          path: ['text'],
          message: `"${text}" is not a published amount: ${word} is the sign or name of ${codes}: say which with the currency option`,
        },
      ]),
    );
  });

  it.each([
    ['¥500 million', 'JPY', '500', '1'],
    ['¥500 million', 'CNY', '500', '1'],
    ['￥500 million', 'CNY', '500', '1'],
    ['¥ 1.2 billion', 'JPY', '1200', '100'],
    ['more than ¥500 million', 'JPY', '500', '1'],
    ['500 million kroner', 'DKK', '500', '1'],
    ['500 million Kroner', 'NOK', '500', '1'],
    ['about 1.5 billion krone', 'NOK', '1500', '100'],
    ['500 million krona', 'ISK', '500', '1'],
  ])(
    'reads %j in the currency given, %s, one its sign or name may be',
    (text, currency, value, step) => {
      // Each was no amount whatever the currency given ("no number was found", "kroner" is not a
      // scale or a currency): a statement's figure in yen or kroner was never checked against its text.
      const figure = inMillions(text, { currency });
      expect([figure.value, figure.currency, figure.precision]).toEqual([value, currency, step]);
      expect(parsePublishedAmount(text, { currency }).text).toBe(text);
    },
  );

  it.each([
    ['CN¥500 million', 'CNY', '500'],
    ['JP¥500 million', 'JPY', '500'],
    ['JP¥ 1.5 billion', 'JPY', '1500'],
    ['RMB¥500 million', 'CNY', '500'],
    ['RMB ¥500 million', 'CNY', '500'],
    ['more than CN¥500 million', 'CNY', '500'],
    [formatMoney(money('1500000000', 'JPY'), { notation: 'compact' }), 'JPY', '1500'],
  ])(
    'reads %j, whose ¥ its letters name, as %s with or without it given',
    (text, currency, value) => {
      // Each was "no number was found" with its currency given, and without one was said to be CNY
      // or JPY, to be told with the currency option (67c88ed0).
      expect(inMillions(text)).toMatchObject({ value, currency });
      expect(inMillions(text, { currency })).toMatchObject({ value, currency });
      const other = currency === 'CNY' ? 'JPY' : 'CNY';
      expect(() => parsePublishedAmount(text, { currency: other })).toThrow(
        new BilateralError('CURRENCY_MISMATCH', [
          { path: ['text'], message: `"${text}" is in ${currency}, not ${other}` },
        ]),
      );
    },
  );

  it('reads the letters before ¥ in capitals only ("jp¥5 million" is no JP¥)', () => {
    expect(() => parsePublishedAmount('jp¥5 million', { currency: 'JPY' })).toThrow(
      expect.objectContaining({ code: 'INVALID_FIGURE' }),
    );
  });

  it('refuses a sign or name of several currencies as another currency, naming those it may be', () => {
    expect(() => parsePublishedAmount('¥500 million', { currency: 'USD' })).toThrow(
      new BilateralError('CURRENCY_MISMATCH', [
        { path: ['text'], message: '"¥500 million" is in CNY or JPY, not USD' },
      ]),
    );
    expect(() => parsePublishedAmount('500 million kroner', { currency: 'SEK' })).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
    // "kronor" is Sweden's alone; "Danish kroner" Denmark's.
    expect(parsePublishedAmount('500 million kronor').currency).toBe('SEK');
    expect(parsePublishedAmount('500 million Danish kroner').currency).toBe('DKK');
  });

  it('reads the letters of a sign in capitals only ("a$5 million" is no A$)', () => {
    expect(() => parsePublishedAmount('a$5 million')).toThrow(
      expect.objectContaining({ code: 'INVALID_FIGURE' }),
    );
    expect(parsePublishedAmount('us$5 million').currency).toBe('USD');
  });

  it('lets the locale option settle an ambiguous separator', () => {
    expect(inMillions('1.500 M', { locale: 'vi' }).value).toBe('1500');
    expect(inMillions('1.500 M').value).toBe('1.5');
  });

  it.each([
    'US$1.5 bilion',
    '',
    '   ',
    'a lot',
    'US$ million',
    '1.2.3 million',
    '-5 million',
    '1.5 billion USD CNY',
    'USD 1.5 billion VND',
    '1,5,5 tỷ',
  ])('refuses %j with INVALID_FIGURE naming the text', (text) => {
    const result = safeParsePublishedAmount(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(BilateralError);
      expect(result.error.code).toBe('INVALID_FIGURE');
      expect(result.error.message).toContain(JSON.stringify(text));
    }
  });

  it('refuses what is not text', () => {
    expect(() => parsePublishedAmount(15 as unknown as string)).toThrowError(/got number/);
  });

  it('refuses a precision override that is not positive', () => {
    expect(() => parsePublishedAmount('US$1 billion', { precision: '0' })).toThrowError(
      /precision must be positive/,
    );
  });
});

describe('safeParsePublishedAmount', () => {
  it('returns the data on success', () => {
    const result = safeParsePublishedAmount('US$179 million');
    expect(result.success && result.data.value.toString()).toBe('179000000');
  });
});
