import { formatMoney, parsePeriod } from '@bilateral/core';
import { Decimal, knownDigits, type Locale, type Money, money } from '@bilateral/core/calc';
import { rateDigits, roundedRate } from '@bilateral/core/rate-digits';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAmountColumn } from './amount-column.js';
import {
  amountScale,
  axisUnit,
  formatAmount,
  formatGrowth,
  formatNumber,
  formatPeriodLabel,
  formatRate,
  formatShare,
  inSentence,
  sharedDecimals,
} from './format.js';
import { formatPartialDate } from './format-date.js';
import { gatesWords } from './gates-words.js';
import { addEnglish, loadMessages } from './messages.js';

// The words of the texts (about, scales, months, days) come with each language's messages,
// as an element draws in a language once they have loaded (English days with the gates' words).
beforeAll(() => {
  addEnglish(gatesWords);
  return Promise.all(['vi', 'lo', 'zh'].map(loadMessages));
});

const usd = (amount: string) => money(amount, 'USD');

describe('formatRate and formatGrowth', () => {
  it('write a rate once per way of writing it, and each way as asked', () => {
    const rate = new Decimal('0.33333');
    expect(formatGrowth(rate, 'en', 3)).toBe('about +33\u00a0%');
    expect(formatGrowth(rate, 'en', undefined)).toBe('+33.3\u00a0%');
    expect(formatGrowth(rate, 'en', 3, '≈')).toBe('≈+33\u00a0%');
    expect(formatRate(rate, 'en', false)).toBe('33.3\u00a0%');
    expect(formatRate(rate, 'vi', true, 2)).toBe('+33,33%');
    expect(formatGrowth(rate, 'en', 3)).toBe('about +33\u00a0%');
  });
});

describe('formatAmount', () => {
  it('writes an amount once per locale and options, and each of them as asked', () => {
    const value = usd('491900000');
    const precise = formatAmount(value, 'en');
    expect(precise).toBe('US$491.9 million');
    expect(formatAmount(value, 'en', { precision: new Decimal('10000000') })).toBe(
      'about US$490 million',
    );
    expect(formatAmount(value, 'vi')).toBe('491,9 triệu USD');
    expect(formatAmount(value, 'en', { fractionDigits: 2 })).toBe('US$491.90 million');
    expect(formatAmount(value, 'en')).toBe(precise);
    expect(formatAmount(usd('491900000'), 'en')).toBe(precise);
  });

  it('writes a negative amount with a true minus sign in every language', () => {
    expect(formatAmount(usd('-508100000'), 'en')).toBe('\u2212US$508.1 million');
    expect(formatAmount(usd('-508100000'), 'vi')).toBe('\u2212508,1 triệu USD');
    expect(formatAmount(usd('-508100000'), 'lo')).toBe('\u2212508,1 ລ້ານ USD');
    expect(formatAmount(usd('-508100000'), 'zh')).toBe('\u22125.081亿美元');
    expect(formatAmount(usd('-508100000'), 'en')).not.toContain('-');
  });

  it('writes Chinese with the significant digits English shows (issue 15, defect 11)', () => {
    // Seen on the screenshots: "81.22亿" and "46.98亿" beside "US$8.12 billion" and "US$4.7 billion".
    expect(formatAmount(usd('8122000000'), 'en')).toBe('US$8.12 billion');
    expect(formatAmount(usd('8122000000'), 'zh')).toBe('81.2亿美元');
    expect(formatAmount(usd('4698000000'), 'en')).toBe('US$4.7 billion');
    expect(formatAmount(usd('4698000000'), 'zh')).toBe('47亿美元');
    expect(formatAmount(usd('4389000000'), 'zh')).toBe('43.9亿美元');
    expect(formatAmountColumn([usd('8122000000'), usd('4698000000')], 'zh')).toEqual([
      '81.2亿美元',
      '47.0亿美元',
    ]);
  });

  it('rounds a figure finer than its inputs were published to, and says "about"', () => {
    // Exports of US$491.9 million (to 0.1 M) less imports published as "US$1 billion" (to 1 B).
    const precision = new Decimal('100000').plus('1000000000');
    const balance = usd('-508100000');
    expect(formatAmount(balance, 'en', { precision })).toBe('about \u2212US$1 billion');
    expect(formatAmount(balance, 'vi', { precision })).toBe('khoảng \u22121 tỷ USD');
    expect(formatAmount(balance, 'lo', { precision })).toBe('ປະມານ \u22121 ຕື້ USD');
    expect(formatAmount(balance, 'zh', { precision })).toBe('约\u221210亿美元');
    // Two sides published to 0.1 M: the balance has the digits it shows; no "about".
    expect(formatAmount(usd('-383600000'), 'en', { precision: new Decimal('200000') })).toBe(
      '\u2212US$383.6 million',
    );
    // Rounded to nothing: zero, never a minus zero.
    expect(formatAmount(usd('-40000000'), 'en', { precision: new Decimal('1000000000') })).toBe(
      'about US$0',
    );
  });

  it("writes a negative amount as its size is written, with one minus before it (the balance sentence's size)", () => {
    // The balance card's sentence writes a deficit's size as its figure less the minus; halves
    // (…5 at the digit kept, at a precision's power of ten and at the scale's hundredth) round
    // away from zero both ways.
    const precisions = [undefined, new Decimal('10000000'), new Decimal('100000').plus('1e9')];
    let compared = 0;
    for (const amount of ['494800000', '1250000000', '1255000000', '5000000', '995000', '4.5']) {
      for (const locale of ['en', 'vi', 'lo', 'zh'] as const) {
        for (const precision of precisions) {
          const size = formatAmount(usd(amount), locale, { precision });
          const negative = formatAmount(usd(`-${amount}`), locale, { precision });
          expect(negative.replace('\u2212', ''), `${amount} ${locale} ${precision}`).toBe(size);
          if (negative !== size) compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(40); // the others round to zero: `about US$0`
    expect(formatAmount(usd('-1255000000'), 'en')).toBe('\u2212US$1.26 billion');
  });
});

describe('formatAmount of a figure published as a bound (lowerBound)', () => {
  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');
  const boundAmount = (value: Money, locale: Locale) =>
    formatAmount(value, locale, { lowerBound: 'more-than' });
  it('writes every digit it has, in every language, where the default would round some away', () => {
    expect(nbsp(boundAmount(usd('1065000000'), 'en'))).toBe('US$1.065 billion');
    expect(nbsp(boundAmount(usd('1065000000'), 'vi'))).toBe('1,065 tỷ USD');
    expect(nbsp(boundAmount(usd('1065000000'), 'lo'))).toBe('1,065 ຕື້ USD');
    expect(boundAmount(usd('1065000000'), 'zh')).toBe('10.65亿美元');
    expect(nbsp(boundAmount(usd('12345678900.5'), 'en'))).toBe('US$12.3456789005 billion');
    expect(nbsp(boundAmount(usd('1234567'), 'vi'))).toBe('1,234567 triệu USD');
  });

  it('writes no trailing zero, nor a separator before none (as the default)', () => {
    for (const amount of ['565000000', '560000000', '1500000000', '1000000000', '2500', '0']) {
      for (const locale of ['en', 'vi', 'lo', 'zh'] as const) {
        expect(boundAmount(usd(amount), locale)).toBe(formatAmount(usd(amount), locale));
        // Not the text of 20 decimals, written for another caller (memoized apart).
        expect(formatAmount(usd(amount), locale, { fractionDigits: 20 })).toMatch(/\d{20}\D*$/);
      }
    }
  });
});

describe('formatAmountColumn', () => {
  it('gives every figure of a column written in the same scale the same decimals', () => {
    // Review h130 F7: 'US$656.40 million' beside billions had a digit it was not written with.
    expect(
      formatAmountColumn([usd('1000000000'), usd('656400000'), undefined, usd('1150000000')], 'en'),
    ).toEqual(['US$1.00 billion', 'US$656.4 million', '—', 'US$1.15 billion']);
    // In 万 and in 亿: each its own (was 9,950.000万美元); in one scale, rounded alike, shared.
    expect(formatAmountColumn([usd('99500000'), usd('100500000')], 'zh')).toEqual([
      '9950万美元',
      '1.005亿美元',
    ]);
    expect(formatAmountColumn([usd('936150000'), usd('940000000')], 'zh')).toEqual([
      '9.3615亿美元',
      '9.4000亿美元',
    ]);
    expect(formatAmountColumn([usd('524500000'), usd('-383600000')], 'vi')).toEqual([
      '524,5 triệu USD',
      '\u2212383,6 triệu USD',
    ]);
  });

  it('leaves a figure said to be "about" with only the digits its precision supports', () => {
    const coarse = new Decimal('1000100000');
    expect(
      formatAmountColumn([usd('-508100000'), usd('-383650000')], 'en', [coarse, undefined]),
    ).toEqual(['about \u2212US$1 billion', '\u2212US$383.65 million']);
  });
});

describe('sharedDecimals (QA h110 F8)', () => {
  it('counts the most decimals any amount shows, with each language’s separator', () => {
    const ends = [usd('1820000000'), usd('1900000000')];
    // US$1.82 billion beside US$1.9 billion; 18.2亿美元 beside 19亿美元 (亿 is 10^8).
    expect(
      (['en', 'vi', 'lo', 'zh'] as const).map((locale) => sharedDecimals(ends, locale)),
    ).toEqual([2, 2, 2, 1]);
    expect(sharedDecimals([usd('2000000000'), usd('3000000000')], 'en')).toBe(0);
    expect(sharedDecimals([usd('-383650000')], 'vi')).toBe(2);
    expect(sharedDecimals([], 'en')).toBe(0);
  });
});

describe('amountScale (review h130 F7)', () => {
  const same = (a: string, b: string, locale: 'en' | 'vi' | 'zh') =>
    amountScale(usd(a), locale) === amountScale(usd(b), locale);

  it('is the scale an amount is written in', () => {
    expect(same('1820000000', '-1900000000', 'en')).toBe(true);
    expect(same('950000000', '1050000000', 'en')).toBe(false); // million, billion
    expect(same('950000000', '1050000000', 'vi')).toBe(false); // triệu, tỷ
    expect(same('99500000', '100500000', 'zh')).toBe(false); // 万, 亿
    expect(same('950', '1050', 'en')).toBe(false); // in full, thousand
    // 999,996,000 is written US$1 billion, 10亿美元: in billions.
    expect(same('999996000', '1050000000', 'en')).toBe(true);
    expect(same('999996000', '1050000000', 'zh')).toBe(true);
  });

  it('and the one English writes it in, where the writer rounds it (zh)', () => {
    // Both in 亿, but 9.3615亿 (936.15 million) rounded to the 10,000, 10.5亿 to the 10 million.
    expect(same('936150000', '1050000000', 'zh')).toBe(false);
    expect(same('936150000', '940000000', 'zh')).toBe(true);
  });
});

describe('numbers and rates', () => {
  it('use the minus sign and one percent spacing per language', () => {
    expect(formatNumber(-1234.5, 'en', 1)).toBe('\u22121,234.5');
    expect(formatRate(new Decimal('-0.027'), 'en')).toBe('\u22122.7\u00a0%');
    expect(formatRate(new Decimal('-0.027'), 'vi')).toBe('\u22122,7%');
    expect(formatRate(new Decimal('-0.027'), 'lo')).toBe('\u22122,7%');
    expect(formatRate(new Decimal('-0.027'), 'zh')).toBe('\u22122.7%');
  });
});

describe('shares of figures published to a precision (issue 15 defect 11)', () => {
  it('count the significant digits a published precision supports', () => {
    expect(knownDigits(new Decimal('491900000'), new Decimal('100000'))).toBe(4);
    expect(knownDigits(new Decimal('1000000000'), new Decimal('1000000000'))).toBe(1);
    expect(knownDigits(new Decimal('1000000000'), undefined)).toBeUndefined();
  });

  it('say "about" and drop the digits the inputs do not support', () => {
    const coverage = new Decimal('491900000').dividedBy('1000000000');
    expect(formatShare(coverage, 'en', 1)).toBe('about 50\u00a0%');
    expect(formatShare(coverage, 'vi', 2)).toBe('khoảng 49%');
    expect(formatShare(new Decimal('1.4238'), 'en', 3)).toBe('about 142\u00a0%');
    expect(formatShare(new Decimal('0.0123'), 'zh', 1)).toBe('约1%');
    expect(formatShare(new Decimal('0.0123'), 'zh', 2)).toBe('1.2%');
    // Enough digits (or none known): the usual one decimal.
    expect(formatShare(coverage, 'en', 3)).toBe('49.2\u00a0%');
    expect(formatShare(new Decimal('1.4238'), 'en', 4)).toBe('142.4\u00a0%');
    expect(formatShare(coverage, 'en', undefined)).toBe('49.2\u00a0%');
    // Not 0, under 0.05 %: down to its first digit, as bilateral report writes it ("0.0 %" read
    // as none).
    expect(formatShare(new Decimal('0.0004'), 'en', undefined)).toBe('0.04\u00a0%');
    expect(formatShare(new Decimal('0.00005'), 'vi', 1)).toBe('0,005%');
    // Its first digit rounded up to 0.1 %: one decimal, as 0.1 % (not "0.10 %").
    expect(formatShare(new Decimal('0.000999'), 'en', undefined)).toBe('0.1\u00a0%');
    // A negative share (a sign flipped by hand) gets the true minus every rate has (was '-').
    expect(formatShare(new Decimal('-0.4919'), 'en', 1)).toBe('about \u221250\u00a0%');
  });
});

describe('growth of rounded figures (issue 15 defect 11)', () => {
  it('keeps only the digits two figures known to n digits support, and says "about"', () => {
    // US$1.37 billion (3 digits) on US$1.03 billion: 1.330…, a ratio known to a percent.
    const rate = new Decimal('1370000000').dividedBy('1030000000').minus(1);
    expect(formatGrowth(rate, 'en', 3)).toBe('about +33\u00a0%');
    // US$2.2 billion (2 digits) on 1.65: 33.3 % is 30–36 %.
    expect(formatGrowth(new Decimal('0.3333'), 'en', 2)).toBe('about +30\u00a0%');
    expect(formatGrowth(new Decimal('0.3333'), 'en', 2, '≈')).toBe('≈+30\u00a0%');
    expect(formatGrowth(new Decimal('-0.0273'), 'vi', 3)).toBe('\u22122,7%');
    expect(formatGrowth(new Decimal('-0.105'), 'zh', 2)).toBe('约\u221211%');
    // Enough digits, or none known: one decimal.
    expect(formatGrowth(rate, 'en', 4)).toBe('+33.0\u00a0%');
    expect(formatGrowth(rate, 'en', undefined)).toBe('+33.0\u00a0%');
  });
});

describe('formatGrowth and the core’s roundedRate (review h130 F1, F16 a)', () => {
  // writeGrowth rounds as roundedRate does, written apart because calling it costs the pages and
  // the app bytes (1f14a6c; measured again by h163, see writeGrowth): the two must not drift.
  // Rates around every power of ten of the ratio (−99.9 %, −99.999 %, +900 %), −100 % (a ratio
  // of 0: one decimal, as the core; was "about 0 %" with digits), halves, zero and signs, by
  // digits from none known to more than enough.
  const rates = [
    '-1',
    '-0.999',
    '-0.99999',
    '-0.9995',
    '-0.95',
    '-0.5',
    '-0.105',
    '-0.0273',
    '-0.00049',
    '0',
    '0.00049',
    '0.085',
    '0.08504',
    '0.25',
    '0.333333',
    '0.354545',
    '0.995',
    '1',
    '9',
    '9.995',
    '99.9',
    '1234.5',
  ];
  const percent = (text: string) =>
    Number(text.replace(/[^\d.\u2212]/g, '').replace('\u2212', '-'));

  it.each([undefined, 0, 1, 2, 3, 4, 5, 6])(
    'write the rate roundedRate gives, digits %s',
    (digits) => {
      for (const text of rates) {
        const rate = new Decimal(text);
        const core = roundedRate(rate, digits);
        const written = formatGrowth(rate, 'en', digits);
        // The same number (a minus zero is 0 written), "about" and decimals.
        expect([text, percent(written)]).toEqual([text, core.rate.times(100).toNumber() + 0]);
        expect([text, written.startsWith('about ')]).toEqual([text, core.decimals < 1]);
        const decimals = written.match(/\.(\d+)/)?.[1]?.length ?? 0;
        expect([text, decimals]).toEqual([text, Math.max(0, core.decimals)]);
      }
    },
  );

  it('writes −99.9 % of figures known to 1e-4 points so (F1: was "about −100 %")', () => {
    // US$1 million on US$1,000 million, both to US$1,000: −99.90005 to −99.89995 %.
    const year = (year: number, amount: string) => ({
      period: { kind: 'year', year } as const,
      value: money(amount, 'USD'),
      precision: new Decimal('1000'),
    });
    const digits = rateDigits(year(2024, '1000000'), year(2023, '1000000000'));
    expect(formatGrowth(new Decimal('-0.999'), 'en', digits)).toBe('\u221299.9\u00a0%');
  });
});

describe('Lao periods and dates', () => {
  it('are written in Lao, months by CLDR (not the English a browser without Lao data gives)', () => {
    const lo = (text: string) => formatPeriodLabel(parsePeriod(text), 'lo');
    // A month and a day with no line break in them (`~`: a no-break space; seen: '(24 ຕ.ລ.' /
    // '2024)' at 390 px); a span of months neither: `_` a word joiner and a no-break space.
    const nbsp = (text: string) => text.replaceAll('\u2060\u00a0', '_').replaceAll('\u00a0', '~');
    const span = (text: string) => nbsp(lo(text));
    expect(span('2024-09')).toBe('ກ.ຍ.~2024');
    expect(span('2024-01/2024-09')).toBe('ມ.ກ._–_ກ.ຍ.~2024');
    expect(span('2023-11/2024-02')).toBe('ພ.ຈ.~2023_–_ກ.ພ.~2024');
    expect(lo('2024-Q3')).toBe('ໄຕມາດ 3/2024');
    expect(lo('2024-H1')).toBe('6 ເດືອນຕົ້ນປີ 2024');
    expect(lo('2024-H2')).toBe('6 ເດືອນທ້າຍປີ 2024');
    expect(nbsp(formatPartialDate('2024-10-24', 'lo'))).toBe('24~ຕ.ລ.~2024');
    expect(nbsp(formatPartialDate('2014-06', 'lo'))).toBe('ມິ.ຖ.~2014');
  });

  it("has CLDR's month names (checked against Node's ICU, which has Lao data)", () => {
    const cldr = new Intl.DateTimeFormat('lo', {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month++) {
      const text = `2024-${String(month).padStart(2, '0')}`;
      expect(formatPeriodLabel(parsePeriod(text), 'lo')).toBe(
        cldr.format(new Date(Date.UTC(2024, month - 1, 15))).replace(' ', '\u00a0'),
      );
    }
  });
});

describe('periods, dates and axis units in every language', () => {
  const label = (text: string, locale: 'en' | 'vi' | 'lo' | 'zh') =>
    formatPeriodLabel(parsePeriod(text), locale);

  it('write halves and quarters in each language’s way', () => {
    expect(['2024-H1', '2024-H2', '2024-Q3', '2024'].map((text) => label(text, 'en'))).toEqual([
      'H1/2024',
      'H2/2024',
      'Q3 2024',
      '2024',
    ]);
    expect(['2024-H1', '2024-Q3'].map((text) => label(text, 'vi'))).toEqual(['H1/2024', 'Q3/2024']);
    expect(['2024-H1', '2024-H2', '2024-Q3'].map((text) => label(text, 'zh'))).toEqual([
      '2024年上半年',
      '2024年下半年',
      '2024年第3季度',
    ]);
  });

  it.each(['en', 'vi', 'zh'] as const)(
    'write months, spans of months and days as Intl.DateTimeFormat does, without one (%s)',
    (locale) => {
      // Checked against Node's ICU (Chromium's gives the same texts, with plain spaces where
      // Node's newer CLDR puts thin ones around a range's dash); the widgets build none. Spaces
      // compared as plain ones: the widgets keep a span's from breaking (tested below).
      const plain = (text: string) => text.replace(/\u2060?[\u2009\u00a0]/g, ' ');
      const month = new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      });
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      const at = (year: number, month: number, day = 15) =>
        new Date(Date.UTC(year, month - 1, day));
      for (let number = 1; number <= 12; number++) {
        const text = `2024-${String(number).padStart(2, '0')}`;
        expect(plain(label(text, locale))).toBe(month.format(at(2024, number)));
        expect(plain(formatPartialDate(`${text}-05`, locale))).toBe(
          day.format(at(2024, number, 5)),
        );
        expect(plain(label(`2024-01/${text}`, locale))).toBe(
          plain(month.formatRange(at(2024, 1), at(2024, number))),
        );
      }
      expect(plain(label('2023-11/2024-02', locale))).toBe(
        plain(month.formatRange(at(2023, 11), at(2024, 2))),
      );
      expect(plain(label('2024-03/2024-09', locale))).toBe(
        plain(month.formatRange(at(2024, 3), at(2024, 9))),
      );
    },
  );

  it('keep a span of months on one line, in every language (was "Jan –" / "Jul 2025")', () => {
    // A year to date, a span across years, one within a year (`_`: a word joiner (U+2060) and
    // a no-break space, as no line break follows the dash: UAX #14 LB12a allows one before a
    // no-break space alone; `~`: a no-break space, which is enough after a letter).
    const spans = ['2025-01/2025-07', '2023-11/2024-02', '2024-03/2024-09'];
    const written = (locale: 'en' | 'vi' | 'lo' | 'zh') =>
      spans.map((text) =>
        label(text, locale).replaceAll('\u2060\u00a0', '_').replaceAll('\u00a0', '~'),
      );
    expect(written('en')).toEqual(['Jan_–_Jul_2025', 'Nov_2023_–_Feb_2024', 'Mar_–_Sep_2024']);
    expect(written('vi')).toEqual([
      'thg~1_–_thg~7_2025',
      'thg~11_2023_–_thg~2_2024',
      'thg~3_–_thg~9_2024',
    ]);
    expect(written('lo')).toEqual([
      'ມ.ກ._–_ກ.ລ.~2025',
      'ພ.ຈ.~2023_–_ກ.ພ.~2024',
      'ມ.ນ._–_ກ.ຍ.~2024',
    ]);
    expect(written('zh')).toEqual(['2025/1_–_2025/7', '2023/11_–_2024/2', '2024/3_–_2024/9']);
    // One month is a month, as `Messages.month` writes it.
    expect(label('2025-07/2025-07', 'en')).toBe('Jul 2025');
  });

  it('keep a Vietnamese month\'s word with its number (was "thg" / "9 2024")', () => {
    const nbsp = (text: string) => text.replaceAll('\u00a0', '~');
    expect(nbsp(label('2024-09', 'vi'))).toBe('thg~9 2024');
    expect(nbsp(formatPartialDate('2024-09-05', 'vi'))).toBe('5 thg~9, 2024');
  });

  it('write a day with the language’s medium date, a month or a year, and other text as it is', () => {
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(formatPartialDate('2020-12-22', 'en')).toBe(day.format(Date.UTC(2020, 11, 22)));
    expect(formatPartialDate('2014-06', 'en')).toBe(label('2014-06', 'en'));
    expect(formatPartialDate('2014', 'zh')).toBe('2014');
    expect(formatPartialDate('2014-6-1', 'en')).toBe('2014-6-1');
  });

  it('name an axis’s unit by its largest value', () => {
    const unit = (max: number, currency: string, locale: 'en' | 'vi' | 'lo' | 'zh') =>
      `${axisUnit(max, currency, locale).divisor} ${axisUnit(max, currency, locale).label}`;
    expect(unit(2e9, 'USD', 'en')).toBe('1000000000 US$ billion');
    expect(unit(2e12, 'THB', 'en')).toBe('1000000000 THB billion');
    expect(unit(3e3, 'USD', 'en')).toBe('1000 US$ thousand');
    expect(unit(12, 'USD', 'en')).toBe('1 US$');
    expect(unit(5e6, 'USD', 'vi')).toBe('1000000 triệu USD');
    expect(unit(12, 'THB', 'vi')).toBe('1 THB');
    expect(unit(2e9, 'USD', 'lo')).toBe('1000000000 ຕື້ USD');
    expect(unit(2e9, 'USD', 'zh')).toBe('100000000 亿美元');
    expect(unit(5e6, 'THB', 'zh')).toBe('10000 万 THB');
    expect(unit(3e3, 'USD', 'zh')).toBe('1 美元');
  });

  it('write numbers and rates with the language’s separators, no minus zero, no grouping in rates', () => {
    expect(formatNumber(1234567.891, 'vi', 2)).toBe('1.234.567,89');
    expect(formatNumber(-0.04, 'en', 1)).toBe('0.0');
    expect(formatNumber(0, 'zh')).toBe('0');
    expect(formatRate(new Decimal(0), 'en')).toBe('0.0\u00a0%');
    expect(formatRate(new Decimal('12.3456'), 'lo')).toBe('+1234,6%');
  });
});

describe('axis ticks in Chinese (h376)', () => {
  it('group from five digits, as the core writes a compact amount’s number', () => {
    // A tick of an axis in 万美元 read "1,376" beside the core's 1376万美元 (d9f24af7).
    expect(formatNumber(1376, 'zh', 0, true)).toBe('1376');
    expect(formatNumber(-9999.5, 'zh', 1, true)).toBe('\u22129999.5');
    expect(formatNumber(12345, 'zh', 0, true)).toBe('12,345');
    // Below 万 (an axis in 美元) as the core writes an amount below its scales: 1234美元.
    for (const value of ['1234', '9000', '-5000', '950']) {
      const core = formatMoney(money(value, 'USD'), { locale: 'zh', notation: 'compact' });
      expect(`${formatNumber(Number(value), 'zh', 0, true)}美元`).toBe(core.replace('-', '\u2212'));
    }
  });

  it('leave a count and the other languages’ ticks grouped from four digits', () => {
    expect(formatNumber(1376, 'zh')).toBe('1,376');
    expect(formatNumber(1376, 'en', 0, true)).toBe('1,376');
    expect(formatNumber(1376.5, 'vi', 1, true)).toBe('1.376,5');
    expect(formatNumber(1376, 'lo', 0, true)).toBe('1.376');
  });
});

describe('inSentence in the possessive (r30g)', () => {
  it('gives a name ending in s the apostrophe alone, any other ’s, as the report writes them', () => {
    expect(inSentence('Laos', true, true)).toBe('Laos’');
    expect(inSentence('Vietnam', false, true)).toBe('Vietnam’s');
    expect(inSentence('Vietnam')).toBe('Vietnam');
  });
});
