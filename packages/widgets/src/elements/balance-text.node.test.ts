import { Decimal, type Locale, money, writeKnownAmount } from '@bilateral/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n/messages.js';
import { oneLine } from '../i18n/one-line.js';
import { rangeEnds } from './balance-text.js';

// The words of the amounts (about, scales) come with each language's messages.
beforeAll(() => Promise.all(['vi', 'lo', 'zh'].map(loadMessages)));

const LOCALES: readonly Locale[] = ['en', 'vi', 'lo', 'zh'];

/**
 * Intervals and the unit `bilateral report` writes both their ends to (its `endsUnit`: the finest
 * power of ten either end other than 0 has a digit in), worked out by hand.
 */
const TABLE: readonly (readonly [lo: string, hi: string, unit: string])[] = [
  ['-75000000', '35000000', '1000000'],
  ['-123456', '876544', '1'],
  ['-623457', '376545', '1'],
  ['1130500000', '1131500000', '100000'],
  ['-366000000', '-365000000', '1000000'],
  ['0', '1000000', '1000000'],
  ['-0.5', '0.5', '0.1'],
  ['-500', '300', '100'],
  ['-1500000000', '25000', '1000'],
  ['-9999999', '1', '1'],
];

describe('rangeEnds (the card writes every digit a range end has, as the report does)', () => {
  it.each(
    LOCALES.flatMap((locale) => TABLE.map(([lo, hi, unit]) => [locale, lo, hi, unit] as const)),
  )('%s: %s to %s, both ends to %s', (locale, lo, hi, unit) => {
    // The core's writer of an amount to a unit, with the card's signs: a true minus, + above 0.
    const end = (amount: string, signed: boolean) => {
      const value = new Decimal(amount);
      const written = writeKnownAmount(
        money(signed ? value : value.abs(), 'USD'),
        new Decimal(unit),
        locale,
      );
      expect(written.about).toBe(false);
      return oneLine(`${signed && value.gt(0) ? '+' : ''}${written.text.replace('-', '\u2212')}`);
    };
    const range = [new Decimal(lo), new Decimal(hi)] as const;
    expect(rangeEnds(range, 'USD', locale)).toEqual([end(lo, true), end(hi, true)]);
    expect(rangeEnds(range, 'USD', locale, true)).toEqual([end(lo, false), end(hi, false)]);
  });

  it('writes the digits the default hundredth of a scale would round away', () => {
    const ends = (lo: string, hi: string, sizes?: boolean) =>
      rangeEnds([new Decimal(lo), new Decimal(hi)], 'USD', 'en', sizes).map((text) =>
        text.replace(/\u00a0/g, ' '),
      );
    expect(ends('-123456', '876544')).toEqual(['−US$123.456 thousand', '+US$876.544 thousand']);
    expect(ends('1130500000', '1131500000')).toEqual(['+US$1.1305 billion', '+US$1.1315 billion']);
    expect(ends('-1131500000', '-1130500000', true)).toEqual([
      'US$1.1315 billion',
      'US$1.1305 billion',
    ]);
    // Already at their digits: as before.
    expect(ends('-75000000', '35000000')).toEqual(['−US$75 million', '+US$35 million']);
    expect(ends('0', '1000000')).toEqual(['US$0', '+US$1 million']);
  });
});
