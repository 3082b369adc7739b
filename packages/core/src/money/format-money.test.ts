import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectBilateralError } from '../__fixtures__/misuse.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { LOCALES } from '../economy/locale.js';
import { formatMoney } from './format-money.js';
import { money } from './money.js';
import type { MoneyWords } from './money-words.js';
import { MONEY_WORDS_LO } from './money-words-lo.js';
import { MONEY_WORDS_VI } from './money-words-vi.js';
import { MONEY_WORDS_ZH } from './money-words-zh.js';
import { type WriteMoneyOptions, writeMoney } from './write-money.js';
import { writeMoneyIn } from './write-money-in.js';

const ROUNDING_MODES = ['half-up', 'half-even', 'down', 'floor', 'ceil'] as const;

describe('writeMoney', () => {
  it("is what formatMoney calls with its options read: notation 'compact' as compact, and the defaults (any valid amount)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('USD', 'VND', 'CNY', 'LAK', 'KHR'),
        fc.constantFrom(...LOCALES),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        fc.option(fc.constantFrom(...ROUNDING_MODES), { nil: undefined }),
        (units, scale, currency, locale, compact, fractionDigits, roundingMode) => {
          const value = money(`${units}e-${scale}`, currency);
          const options = {
            locale,
            ...(fractionDigits === undefined ? {} : { fractionDigits }),
            ...(roundingMode === undefined ? {} : { roundingMode }),
          };
          expect(writeMoney(value, { ...options, compact })).toBe(
            formatMoney(value, { ...options, notation: compact ? 'compact' : 'full' }),
          );
        },
      ),
      propertyRuns(0x3e7, { ci: 300, full: 5000 }),
    );
  });

  it('writes the texts formatMoney wrote before writeMoney was apart (pinned at 50ca46d)', () => {
    // Picked from a 16,800-case grid (14 amounts × 5 currencies × 4 locales × both notations × 5
    // fraction digits × 6 rounding modes) on which this writeMoney and 50ca46d's formatMoney agree.
    const pinned: readonly (readonly [string, string, WriteMoneyOptions, string])[] = [
      [
        '0',
        'VND',
        { locale: 'lo', fractionDigits: 5, roundingMode: 'down', compact: false },
        '0,00000 VND',
      ],
      [
        '0',
        'KHR',
        { locale: 'zh', fractionDigits: 2, roundingMode: 'ceil', compact: false },
        '0.00柬埔寨瑞尔',
      ],
      ['1491900000', 'USD', { locale: 'vi', compact: false }, '1.491.900.000 USD'],
      [
        '1491900000',
        'USD',
        { locale: 'lo', fractionDigits: 0, roundingMode: 'half-up', compact: true },
        '1 ຕື້ USD',
      ],
      [
        '1491900000',
        'LAK',
        { locale: 'vi', fractionDigits: 5, roundingMode: 'half-even', compact: true },
        '1,49190 tỷ LAK',
      ],
      [
        '1491900000',
        'LAK',
        { locale: 'zh', roundingMode: 'down', compact: true },
        '14.9亿老挝基普',
      ],
      ['-508.1', 'USD', { locale: 'en', fractionDigits: 5, compact: false }, '-US$508.10000'],
      ['-508.1', 'KHR', { locale: 'en', roundingMode: 'floor', compact: true }, '-KHR 508.10'],
      ['0.005', 'USD', { locale: 'zh', roundingMode: 'half-even', compact: false }, '0.00美元'],
      [
        '0.005',
        'VND',
        { locale: 'zh', fractionDigits: 2, roundingMode: 'ceil', compact: true },
        '0.01越南盾',
      ],
      ['0.005', 'CNY', { locale: 'vi', compact: true }, '0,01 CNY'],
      [
        '-0.0049',
        'USD',
        { locale: 'en', fractionDigits: 2, roundingMode: 'half-up', compact: true },
        'US$0.00',
      ],
      [
        '-0.0049',
        'VND',
        { locale: 'vi', fractionDigits: 0, roundingMode: 'floor', compact: true },
        '-1 VND',
      ],
      [
        '-0.0049',
        'LAK',
        { locale: 'zh', fractionDigits: 2, roundingMode: 'floor', compact: false },
        '-0.01老挝基普',
      ],
      [
        '123456789.125',
        'USD',
        { locale: 'vi', fractionDigits: 2, roundingMode: 'half-even', compact: true },
        '123,46 triệu USD',
      ],
      [
        '123456789.125',
        'VND',
        { locale: 'lo', fractionDigits: 0, roundingMode: 'ceil', compact: true },
        '124 ລ້ານ VND',
      ],
      [
        '123456789.125',
        'CNY',
        { locale: 'en', fractionDigits: 2, compact: false },
        'CN¥123,456,789.13',
      ],
      [
        '123456789.125',
        'CNY',
        { locale: 'zh', roundingMode: 'half-even', compact: true },
        '1.2346亿元人民币',
      ],
      [
        '999999.995',
        'USD',
        { locale: 'vi', fractionDigits: 1, roundingMode: 'half-even', compact: false },
        '1.000.000,0 USD',
      ],
      [
        '999999.995',
        'USD',
        { locale: 'lo', fractionDigits: 2, roundingMode: 'down', compact: true },
        '999,99 ພັນ USD',
      ],
      ['999999.995', 'VND', { locale: 'zh', fractionDigits: 1, compact: true }, '100.0万越南盾'],
      [
        '12345678901234.5678',
        'USD',
        { locale: 'en', fractionDigits: 0, roundingMode: 'half-even', compact: true },
        'US$12 trillion',
      ],
      [
        '12345678901234.5678',
        'LAK',
        { locale: 'zh', fractionDigits: 0, roundingMode: 'ceil', compact: false },
        '12,345,678,901,235老挝基普',
      ],
      [
        '-2.5',
        'CNY',
        { locale: 'vi', fractionDigits: 0, roundingMode: 'half-even', compact: false },
        '-2 CNY',
      ],
      [
        '1500',
        'CNY',
        { locale: 'en', roundingMode: 'half-even', compact: true },
        'CN¥1.5 thousand',
      ],
      [
        '999500000',
        'VND',
        { locale: 'zh', fractionDigits: 5, roundingMode: 'half-even', compact: true },
        '9.99500亿越南盾',
      ],
      [
        '999500000',
        'KHR',
        { locale: 'vi', fractionDigits: 0, roundingMode: 'half-even', compact: true },
        '1 tỷ KHR',
      ],
      [
        '0.000001',
        'LAK',
        { locale: 'en', fractionDigits: 0, roundingMode: 'ceil', compact: false },
        'LAK 1',
      ],
      [
        '-74250000000',
        'VND',
        { locale: 'lo', fractionDigits: 1, roundingMode: 'half-even', compact: true },
        '-74,2 ຕື້ VND',
      ],
      [
        '-74250000000',
        'CNY',
        { locale: 'zh', roundingMode: 'ceil', compact: true },
        '-742.5亿元人民币',
      ],
    ];
    for (const [amount, currency, options, text] of pinned) {
      expect(
        writeMoney(money(amount, currency), options),
        JSON.stringify([amount, currency, options]),
      ).toBe(text);
    }
  });

  it('writes compact amounts as the widgets ask for them', () => {
    const turnover = money('1491900000', 'USD');
    expect(writeMoney(turnover, { locale: 'en', compact: true })).toBe('US$1.49 billion');
    expect(writeMoney(turnover, { locale: 'vi', compact: true })).toBe('1,49 tỷ USD');
    expect(writeMoney(turnover, { locale: 'zh', compact: true, fractionDigits: 0 })).toBe(
      '15亿美元',
    );
    expect(writeMoney(money('-508.1', 'USD'), { locale: 'en', compact: false })).toBe('-US$508.10');
  });
});

describe('writeMoneyIn', () => {
  const WORDS = { en: undefined, vi: MONEY_WORDS_VI, lo: MONEY_WORDS_LO, zh: MONEY_WORDS_ZH };

  it("writes writeMoney's text with a language's words given (any valid amount)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('USD', 'VND', 'CNY', 'LAK', 'KHR'),
        fc.constantFrom(...LOCALES),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        (units, scale, currency, locale, compact, fractionDigits) => {
          const value = money(`${units}e-${scale}`, currency);
          const options = {
            locale,
            compact,
            ...(fractionDigits === undefined ? {} : { fractionDigits }),
          };
          expect(writeMoneyIn(value, options, WORDS[locale])).toBe(writeMoney(value, options));
        },
      ),
      propertyRuns(0x3e8, { ci: 300, full: 5000 }),
    );
  });

  it('writes with the words it is given, not the core’s', () => {
    const words: MoneyWords = {
      scales: [[9, 'B']],
      currencies: { USD: '$' },
    };
    const turnover = money('1491900000', 'USD');
    expect(writeMoneyIn(turnover, { locale: 'zh', compact: true }, words)).toBe('1.49B$');
    expect(writeMoneyIn(turnover, { locale: 'vi', compact: true }, MONEY_WORDS_VI)).toBe(
      '1,49 tỷ USD',
    );
    // English's are built in.
    expect(writeMoneyIn(turnover, { locale: 'en', compact: true }, MONEY_WORDS_ZH)).toBe(
      'US$1.49 billion',
    );
  });

  it.each([
    ['vi', 'MONEY_WORDS_VI'],
    ['lo', 'MONEY_WORDS_LO'],
    ['zh', 'MONEY_WORDS_ZH'],
  ] as const)('refuses %s without its words, naming the words to pass', (locale, name) => {
    // It threw a TypeError (reading `scales` of undefined), or wrote a full amount as if nothing
    // were missing.
    for (const compact of [true, false]) {
      const error = expectBilateralError(
        () => writeMoneyIn(money('1491900000', 'USD'), { locale, compact }, undefined),
        ['words'],
      );
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0]?.message).toBe(`pass ${name} for ${locale}`);
    }
  });
});
