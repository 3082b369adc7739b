import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import { LOCALES } from '../economy/locale.js';
import { interval } from '../figures/interval.js';
import { money } from '../money/money.js';
import { intervalAmount, knownAmount, writeKnownAmount } from './amount-digits.js';

/** `amount` US dollars known to `unit` (exact without), written in `locale` as the report does. */
const written = (amount: string, unit?: string, locale: (typeof LOCALES)[number] = 'en') => {
  const { text, about } = writeKnownAmount(
    money(amount, 'USD'),
    unit === undefined ? undefined : new Decimal(unit),
    locale,
  );
  return about ? `about ${text}` : text;
};

describe('knownAmount: an amount rounded to the unit it is known to (QA h120 F4, F11)', () => {
  it('rounds to the first digit of the unit, halves away from zero, and says so', () => {
    expect(knownAmount(new Decimal('1150000000'), new Decimal('1e8'))).toEqual({
      amount: new Decimal('1200000000'),
      power: 8,
      about: true,
    });
    // A summed unit (10.1 million: to the 0.1 million plus to the 10 million) counts its first digit.
    const sum = knownAmount(new Decimal('1696400000'), new Decimal('10100000'));
    expect([sum.amount.toFixed(), sum.power, sum.about]).toEqual(['1700000000', 7, true]);
    const balance = knownAmount(new Decimal('-1250000'), new Decimal('1e5'));
    expect([balance.amount.toFixed(), balance.about]).toEqual(['-1300000', true]);
    // Never a minus zero.
    expect(Object.is(knownAmount(new Decimal('-4'), new Decimal('10')).amount.toNumber(), 0)).toBe(
      true,
    );
  });

  it('keeps an amount that is not finer than its unit, or has none', () => {
    expect(knownAmount(new Decimal('2200000000'), new Decimal('1e8'))).toMatchObject({
      power: 8,
      about: false,
    });
    const exact = knownAmount(new Decimal('822949308.756'), undefined);
    expect([exact.amount.toFixed(), exact.power, exact.about]).toEqual([
      '822949308.756',
      undefined,
      false,
    ]);
    expect(knownAmount(new Decimal('5'), new Decimal('0')).power).toBeUndefined();
  });
});

describe('writeKnownAmount: compact notation with the digits the amount knows', () => {
  it('writes an uncertain or derived figure as "about" its known digits', () => {
    // vietnam-laos 2019: US$1.15 billion, an estimate known to the 0.1 billion.
    expect(written('1150000000', '1e8')).toBe('about US$1.2 billion');
    // 2016, implied by 2017's US$892.9 million and +8.5 %: three digits (knownUnit).
    expect(written('822949308.756', '1e6')).toBe('about US$823 million');
    // Rounded into the next scale: still to the million.
    expect(written('999600000', '1e6')).toBe('about US$1.000 billion');
  });

  it('writes every digit a figure knows, trailing zeros included, and no more', () => {
    expect(written('1001000000', '1e6')).toBe('US$1.001 billion');
    expect(written('1000000000', '1e6')).toBe('US$1.000 billion');
    expect(written('2200000000', '1e8')).toBe('US$2.2 billion');
    expect(written('2980000000', '1e7')).toBe('US$2.98 billion');
    expect(written('892900000', '1e5')).toBe('US$892.9 million');
    expect(written('780000000', '5000000')).toBe('US$780 million');
    expect(written('1000000000', '1e9')).toBe('US$1 billion');
    expect(written('-383600000', '1e5')).toBe('-US$383.6 million');
    expect(written('1234.5', '0.1')).toBe('US$1.2345 thousand');
    expect(written('12.5', '0.1')).toBe('US$12.5');
    expect(written('0.5', '0.1')).toBe('US$0.5');
    expect(written('0', '1e6')).toBe('US$0');
  });

  it('writes an exact amount as compact notation does by default', () => {
    expect(written('822949308.756')).toBe('US$822.95 million');
    expect(written('1001000000')).toBe('US$1 billion');
  });

  it('never writes an exact amount that is not 0 as 0 (h133’s doubt: was "US$0.00")', () => {
    expect(written('0.004')).toBe('US$0.004');
    expect(written('-0.0049')).toBe('-US$0.005');
    expect(written('0.000000000000000000000003')).toBe('US$0.000000000000000000000003');
    expect(written('0.004', undefined, 'vi')).toBe('0,004 USD');
    expect(written('0.005')).toBe('US$0.01');
    expect(written('0')).toBe('US$0');
  });

  it('takes each locale’s scales and separators', () => {
    expect(written('1150000000', '1e8', 'vi')).toBe('about 1,2 tỷ USD');
    expect(written('1001000000', '1e6', 'lo')).toBe('1,001 ຕື້ USD');
    // Chinese counts in 亿 (1e8) and 万 (1e4): the same digits in other places.
    expect(written('1150000000', '1e8', 'zh')).toBe('about 12亿美元');
    expect(written('1001000000', '1e6', 'zh')).toBe('10.01亿美元');
    expect(written('892900000', '1e5', 'zh')).toBe('8.929亿美元');
    expect(written('56000', '1e3', 'zh')).toBe('5.6万美元');
    expect(written('1560000000000', '1e10', 'zh')).toBe('1.56万亿美元');
    expect(written('1560000000000', '1e10', 'en')).toBe('US$1.56 trillion');
  });

  it('writes each amount down to its unit’s digit, never past it after the separator, in every locale', () => {
    for (const locale of LOCALES) {
      for (const [amount, unit] of [
        ['123456789012', '1e3'],
        ['987654', '1e2'],
        ['45000', '1e4'],
        ['999949999', '1e5'],
        ['1500', '1e3'],
      ] as const) {
        const text = written(amount, unit, locale);
        const rounded = knownAmount(new Decimal(amount), new Decimal(unit)).amount;
        // The digits written, read as a whole number, are the rounded amount over a power of ten:
        // that of its last digit written, the unit's or finer only where it is a whole number's.
        const place = rounded.div(new Decimal(text.replace(/\D/g, '')));
        const power = place.e;
        expect(place.eq(new Decimal(`1e${power}`)), `${locale} ${text}`).toBe(true);
        expect(power, `${locale} ${text}`).toBeLessThanOrEqual(new Decimal(unit).e);
        const decimal = locale === 'vi' || locale === 'lo' ? ',' : '.';
        if (power < new Decimal(unit).e) expect(text, locale).not.toContain(decimal);
      }
    }
  });
});

describe('intervalAmount', () => {
  const written = (lo: string, hi: string) => {
    const { amount, unit } = intervalAmount(interval(lo, hi));
    const known = writeKnownAmount(money(amount, 'USD'), unit, 'en');
    return `${known.about ? 'about ' : ''}${known.text}`;
  };

  it('writes an interval with the fewest digits that stay inside it', () => {
    // Nine months of 2024 (seed 004): turnover as published, and the balance it leaves.
    expect(written('1450000000', '1550000000')).toBe('US$1.5 billion');
    expect(written('-566300000', '-466100000')).toBe('about -US$500 million');
    // Lao H1 2023: 565 + 267 million within a published US$833 million.
    expect(written('832500000', '833000000')).toBe('about US$833 million');
    // Q1 2021 (seed 003): −19 million would lie outside; the midpoint needs no rounding.
    expect(written('-19550000', '-19250000')).toBe('-US$19.4 million');
    expect(written('-19560000', '-19250000')).toBe('about -US$19.4 million');
  });

  it('gives the midpoint and no coarser unit than the power of ten at its width', () => {
    const { amount, unit } = intervalAmount(interval('950', '1050'));
    expect([amount.toFixed(), unit?.toFixed()]).toEqual(['1000', '100']);
    expect(written('950000000', '1050000000')).toBe('US$1.0 billion');
  });

  it('keeps a single point exact', () => {
    const { amount, unit } = intervalAmount(interval('4', '4'));
    expect([amount.toFixed(), unit]).toEqual(['4', undefined]);
  });
});
