import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import type { SeriesPoint } from '../flow/series.js';
import { money } from '../money/money.js';
import {
  growthToDateDigits,
  knownUnit,
  rateDigits,
  roundedRate,
  uncertaintyUnit,
  yearOnYearDigits,
} from './rate-digits.js';

/** A yearly figure in billions, known to `precision` billion (exact without). */
const billions = (amount: string, precision?: string): SeriesPoint => ({
  period: { kind: 'year', year: 2025 },
  value: money(new Decimal(amount).times(1e9), 'USD'),
  ...(precision === undefined ? {} : { precision: new Decimal(precision).times(1e9) }),
});

/** The growth of `current` on `base` rounded as the widgets and the report write it. */
const written = (
  current: SeriesPoint,
  base: SeriesPoint,
  years = 1,
  digits = rateDigits(current, base, years),
) => {
  const ratio = current.value.amount.div(base.value.amount);
  const exact = years === 1 ? ratio.minus(1) : new Decimal(ratio.toNumber() ** (1 / years) - 1);
  const { rate, decimals } = roundedRate(exact, digits);
  const percent = rate.times(100);
  const sign = percent.isNegative() || percent.isZero() ? '' : '+';
  return `${decimals < 1 ? 'about ' : ''}${sign}${percent.toFixed(Math.max(0, decimals))} %`;
};

describe('rateDigits: the digits of a rate its figures’ precisions support (h108)', () => {
  it('never rounds a rate out of the interval its figures allow', () => {
    // US$2.98 billion on "about US$2.2 billion": 32.2–38.8 %; to the ten it was "about +40 %".
    expect(written(billions('2.98', '0.01'), billions('2.2', '0.1'))).toBe('about +35 %');
    // Three significant digits of the ratio 1.35 (its @example).
    expect(rateDigits(billions('2.98', '0.01'), billions('2.2', '0.1'))).toBe(3);
    // US$1.65 billion on 1,696.4 million (its parts, to 10.1 million): −3.6 to −1.9 %, not "−2.7 %".
    expect(written(billions('1.65', '0.01'), billions('1.6964', '0.0101'))).toBe('about -3 %');
  });

  it('writes the fewest digits that stay inside the interval', () => {
    // An estimate of 1.1–1.2 billion on "about US$1.03 billion": 6.3–17.1 %.
    expect(written(billions('1.15', '0.1'), billions('1.03', '0.01'))).toBe('about +10 %');
    // "US$2.2 billion" on US$1.65 billion: 29.9–36.8 %.
    expect(written(billions('2.2', '0.1'), billions('1.65', '0.01'))).toBe('about +30 %');
  });

  it('never writes a rate that is not 0 at the unit as "about 0 %" (review h113 F1)', () => {
    // "US$1.1 billion" on "US$1.0 billion": 0–21.05 %, +10 % exactly.
    expect(written(billions('1.1', '0.1'), billions('1', '0.1'))).toBe('about +10 %');
    // US$2 million on US$1 million, to the million: 0–400 %.
    expect(written(billions('0.002', '0.001'), billions('0.001', '0.001'))).toBe('about +100 %');
    // "US$3 million" (to 1 m) on US$2.5 million (to 0.1 m): −2.0 to +42.9 %.
    expect(written(billions('0.003', '0.001'), billions('0.0025', '0.0001'))).toBe('about +20 %');
    // 0.99 on 1.00 (to 0.01): −1.99 to 0 %.
    expect(written(billions('0.99', '0.01'), billions('1', '0.01'))).toBe('about -1 %');
    // 2.249 (to 0.001) on "2.64" (to 1): −28.4 to +5.1 %, −14.8 %.
    expect(written(billions('2.249', '0.001'), billions('2.64', '1'))).toBe('about -10 %');
    // A range across 0 keeps its central rate (QA h120 F2, decided so): "US$1.2 billion" on US$1.19
    // billion, −3.8 to +5.5 %, +0.84 %. "about 0 %" would also call the −2.0 to +42.9 % above flat.
    expect(written(billions('1.2', '0.1'), billions('1.19', '0.01'))).toBe('about +1 %');
    // A rate that is 0 at the unit may be "about 0 %": 1.003 on 1.0, −4.8 to +5.6 %.
    expect(written(billions('1.003', '0.1'), billions('1', '0.001'))).toBe('about 0 %');
  });

  it('writes one decimal when the figures are exact or know the rate to under a point', () => {
    // US$1.200 billion on US$1.000 billion, to the million: 19.86–20.14 % (review h113 F6).
    expect(written(billions('1.2', '0.001'), billions('1', '0.001'))).toBe('+20.0 %');
    expect(written(billions('3', '0.001'), billions('2.222', '0.001'))).toBe('+35.0 %');
    expect(rateDigits(billions('2.98'), billions('2.2'))).toBeUndefined();
    expect(written(billions('2.98'), billions('2.2'))).toBe('+35.5 %');
    // US$892.9 million on US$823.0 million, both to the 0.1 million: 8.48–8.51 %.
    expect(written(billions('0.8929', '0.0001'), billions('0.823', '0.0001'))).toBe('+8.5 %');
  });

  it('knows a compound rate over n years about n times better than the ratio', () => {
    // US$2.98 billion in 2025 on US$1.65 billion in 2023: 34.1–34.7 % a year (34 is outside);
    // the ratio's 79.8–81.4 % over the two years, written alone, is about 80 %.
    expect(written(billions('2.98', '0.01'), billions('1.65', '0.01'), 2)).toBe('+34.4 %');
    expect(written(billions('2.98', '0.01'), billions('1.65', '0.01'))).toBe('about +80 %');
    // "US$2.2 billion" in 2024 on US$823 million in 2016: 12.7–13.4 % a year, under a point
    // apart: one decimal (h113 F6; "about +13 %" when 2016 is derived, below).
    expect(written(billions('2.2', '0.1'), billions('0.823', '0.001'), 8)).toBe('+13.1 %');
  });

  it('knows a derived value without a precision to three significant digits', () => {
    const implied = { ...billions('0.82304147'), derivation: 'implied by 2017 and +8.5 %' };
    expect(knownUnit(implied)?.toString()).toBe('1000000');
    expect(knownUnit(billions('0.8929', '0.0001'))?.toString()).toBe('100000');
    expect(knownUnit(billions('0.8929'))).toBeUndefined();
    expect(written(billions('2.2', '0.1'), implied, 8)).toBe('about +13 %');
  });

  it('writes a rate of an approximate or derived figure as "about" one (QA h110 F5)', () => {
    // "US$1.65 billion", approximate: 34.1–34.7 % a year, but not "+34.4 %" as if it were exact.
    const approximate = { ...billions('1.65', '0.01'), uncertain: true };
    expect(written(billions('2.98', '0.01'), approximate, 2)).toBe('about +34 %');
    expect(written(approximate, billions('1.6964', '0.0101'))).toBe('about -3 %');
    // Without a precision, an approximate figure is known to three digits (1.645–1.655 billion).
    const { precision, ...bare } = approximate;
    expect(written(billions('2.98'), bare, 2)).toBe('about +34 %');
    expect(rateDigits(billions('2.98'), { ...bare, uncertain: false }, 2)).toBeUndefined();
    // A derived one, exact in the series, too.
    const implied = { ...billions('0.82304147'), derivation: 'implied by 2017 and +8.5 %' };
    expect(written(billions('0.8929'), implied)).toBe('about +8 %');
  });

  it('gives one digit when the base may be 0, and none for a ratio that is not positive', () => {
    expect(rateDigits(billions('1', '0.1'), billions('0.04', '0.1'))).toBe(1);
    expect(written(billions('1', '0.1'), billions('0.04', '0.1'))).toBe('about +2000 %');
    expect(rateDigits(billions('0', '0.1'), billions('1', '0.1'))).toBeUndefined();
  });

  it('gives none on a base of 0 or less, which has no rate (review h150 A1: NaN)', () => {
    expect(rateDigits(billions('0.1', '0.01'), billions('0', '0.01'))).toBeUndefined();
    expect(rateDigits(billions('0.1'), billions('0', '0.01'))).toBeUndefined();
    expect(rateDigits(billions('0', '0.01'), billions('0', '0.01'))).toBeUndefined();
    expect(rateDigits(billions('0.1', '0.01'), billions('-0.05', '0.01'))).toBeUndefined();
  });

  it('writes a rate on a base that may be 0 as "about" one, however small the ratio (review h150 A1)', () => {
    // 0.001 billion on 1 ± 1.5 billion: one digit of the ratio 0.001 was the first decimal,
    // "−99.9 %" as if exact.
    expect(written(billions('0.001', '0.00001'), billions('1', '3'))).toBe('about -100 %');
    expect(written(billions('0.01', '0.00001'), billions('1', '3'))).toBe('about -99 %');
  });

  it('never rounds a rate on a base that may be 0 to 0 either (review h130 F4)', () => {
    // US$50 million on US$40 million, both to the 0.1 billion: one digit of 1.25 was "about 0 %".
    expect(written(billions('0.05', '0.1'), billions('0.04', '0.1'))).toBe('about +30 %');
    expect(written(billions('0.0388', '0.1'), billions('0.04', '0.1'))).toBe('about -3 %');
    // Never finer than the rate's own first digit, never coarser than one digit of the ratio.
    expect(written(billions('0.24', '0.1'), billions('0.04', '0.1'))).toBe('about +500 %');
  });

  it('takes the ratio’s exponent from the exact ratio, as roundedRate does (review h130 F1)', () => {
    // US$1 million on US$1,000 million, to the 1,000: −99.90005 to −99.89995 %, "about −100 %"
    // when the exponent of 0.001 came from a float that gave 0.00099…9.
    expect(written(billions('0.001', '0.000001'), billions('1', '0.000001'))).toBe('-99.9 %');
    expect(written(billions('0.000001', '0.000000001'), billions('1', '0.000000001'), 2)).toBe(
      '-99.9 %',
    );
    // Ratios just under and just over a power of ten keep their own exponent: one decimal.
    expect(written(billions('0.000999', '0.000001'), billions('1', '0.000001'))).toBe('-99.9 %');
    expect(written(billions('0.001001', '0.000001'), billions('1', '0.000001'))).toBe('-99.9 %');
    expect(written(billions('0.01', '0.000001'), billions('1', '0.000001'))).toBe('-99.0 %');
  });
});

describe('yearOnYearDigits: a year-on-year rate’s digits (h115)', () => {
  const implied = {
    ...billions('0.82304147'),
    derivation: '2017 value ÷ (1 + 8.5 %)',
    source: 'moit',
  };
  it('gives back exactly the published rate a base was implied by (same source)', () => {
    expect(yearOnYearDigits({ ...billions('0.8929', '0.0001'), source: 'moit' }, implied)).toBe(
      undefined,
    );
    // From another source, the implied base is known to three digits: "about +8 %" (3 of 1.08).
    const other = { ...billions('0.8929', '0.0001'), source: 'gso' };
    expect(yearOnYearDigits(other, implied)).toBe(3);
    expect(written(other, implied)).toBe('about +8 %');
  });

  it('gives a rate published to the unit back to the unit: "about +24 %" (review h130 F3)', () => {
    // 2022's US$1.7 billion (to 0.1 billion) on the 2021 its "up 24%" implies (23.5–24.5 %).
    const point = { ...billions('1.7', '0.1'), source: 'moit' };
    const base = {
      ...billions('1.37096774'),
      derivation: '2022 value ÷ (1 + 24 %)',
      source: 'moit',
    };
    expect(yearOnYearDigits(point, base)).toBe(3);
    expect(written(point, base, 1, yearOnYearDigits(point, base))).toBe('about +24 %');
    // A fall to a tenth: 2 digits of 0.1, "about −90 %".
    const fall = { ...billions('0.1'), derivation: '2022 value ÷ (1 + -90 %)', source: 'moit' };
    const after = { ...billions('0.01', '0.001'), source: 'moit' };
    expect(written(after, fall, 1, yearOnYearDigits(after, fall))).toBe('about -90 %');
    // Two decimals published: one, as a computed rate is written at most.
    const twoDecimals = { ...implied, derivation: '2017 value ÷ (1 + 8.50 %)' };
    expect(yearOnYearDigits({ ...billions('0.8929', '0.0001'), source: 'moit' }, twoDecimals)).toBe(
      undefined,
    );
  });

  it('does not give back an uncertain or converted rate, nor another derivation (review h130 F3)', () => {
    const point = { ...billions('0.8929', '0.0001'), source: 'moit' };
    // "up about 8.5%" (datasetSeries writes it so): the rate is that of the two figures.
    const about = { ...implied, derivation: '2017 value ÷ (1 + about 8.5 %)', uncertain: true };
    expect(yearOnYearDigits(point, about)).toBe(3);
    expect(written(point, about)).toBe('about +8 %');
    // An uncertain point ("about US$892.9 million") makes its implied base uncertain, not the
    // ratio, which is the published rate's: given back.
    expect(yearOnYearDigits({ ...point, uncertain: true }, { ...implied, uncertain: true })).toBe(
      undefined,
    );
    // Converted since (each year at its own rate): no longer the published rate.
    const converted = {
      ...implied,
      derivation: `${implied.derivation}; converted from USD at 23000`,
    };
    expect(yearOnYearDigits(point, converted)).toBe(rateDigits(point, converted));
    expect(rateDigits(point, converted)).toBe(3);
    // Derived otherwise (a conversion alone, a part of a turnover): approximate.
    const other = { ...billions('0.823', '0.0001'), derivation: 'converted from USD at 23000' };
    const converter = { ...other, source: 'moit' };
    expect(yearOnYearDigits(point, converter)).toBe(rateDigits(point, converter));
    expect(written(point, converter)).toBe('about +8 %');
  });

  it('gives none without a base, and rateDigits otherwise', () => {
    const point = billions('2.2', '0.1');
    expect(yearOnYearDigits(point, undefined)).toBeUndefined();
    expect(yearOnYearDigits(point, point)).toBeUndefined();
    expect(yearOnYearDigits(point, billions('1.65', '0.01'))).toBe(2);
  });
});

describe('growthToDateDigits: the digits of a target’s growth to date (review h130 F5)', () => {
  const implied = {
    ...billions('0.82304147'),
    derivation: '2017 value ÷ (1 + 8.5 %)',
    source: 'moit',
  };
  const current = { ...billions('0.8929', '0.0001'), source: 'moit' };

  it('gives a year’s (or year-to-date) growth its year-on-year digits', () => {
    // A base implied by the current figure's own published rate gives that rate back, as the
    // growth table does; rateDigits alone (what <bilateral-target> used) says "about +8 %".
    expect(growthToDateDigits({ base: implied, current, elapsedYears: 1 })).toBe(
      yearOnYearDigits(current, implied),
    );
    expect(rateDigits(current, implied)).toBe(3);
    const base = billions('1.65', '0.01');
    expect(growthToDateDigits({ base, current: billions('2.2', '0.1'), elapsedYears: 1 })).toBe(2);
    // No time elapsed: the current observation is the base.
    expect(growthToDateDigits({ base, current: base, elapsedYears: 0 })).toBeUndefined();
  });

  it('gives a growth over more than a year its compound rate’s digits', () => {
    const base = billions('1.65', '0.01');
    const later = billions('2.98', '0.01');
    // 34.1–34.7 % a year: one decimal; the two years' ratio alone would be "about +80 %".
    expect(growthToDateDigits({ base, current: later, elapsedYears: 2 })).toBe(
      rateDigits(later, base, 2),
    );
    expect(rateDigits(later, base, 2)).toBe(4);
    // Over more than a year, the implied base is no longer given back exactly.
    expect(growthToDateDigits({ base: implied, current, elapsedYears: 8 })).toBe(
      rateDigits(current, implied, 8),
    );
    expect(rateDigits(current, implied, 8)).not.toBeUndefined();
  });
});

describe('uncertaintyUnit: the unit a figure is known to for what is computed from it (h187)', () => {
  it('takes an approximate or derived figure without precision to three significant digits', () => {
    const exact = billions('1.012');
    const unit = (point: SeriesPoint) => uncertaintyUnit(point)?.toFixed();
    expect(unit(exact)).toBeUndefined();
    expect(unit({ ...exact, uncertain: true })).toBe('10000000');
    expect(unit({ ...exact, derivation: 'turnover − exports' })).toBe('10000000');
    expect(unit({ ...billions('1.012', '0.001'), uncertain: true })).toBe('1000000');
    // knownUnit, the unit a value is written to, keeps an approximate figure's own digits.
    expect(knownUnit({ ...exact, uncertain: true })).toBeUndefined();
  });
});

describe('roundedRate: a rate rounded to the digits of its ratio (h115)', () => {
  const rounded = (rate: string, digits: number | undefined) => {
    const result = roundedRate(new Decimal(rate), digits);
    return [result.rate.toFixed(), result.decimals];
  };
  it('rounds in percent to one decimal without digits, or when they reach it', () => {
    expect(rounded('0.08504', undefined)).toEqual(['0.085', 1]);
    expect(rounded('0.3443', 4)).toEqual(['0.344', 1]);
    // Digits beyond the first decimal do not add decimals.
    expect(rounded('0.3443', 6)).toEqual(['0.344', 1]);
  });

  it('rounds further, halves away from zero, as many as the digits allow', () => {
    expect(rounded('0.3545', 3)).toEqual(['0.35', 0]);
    expect(rounded('0.3333', 2)).toEqual(['0.3', -1]);
    expect(rounded('0.355', 3)).toEqual(['0.36', 0]);
    expect(rounded('-0.025', 2)).toEqual(['-0.03', 0]);
    // A ratio of 0.5 has its first digit a place lower: 2 digits are whole percents.
    expect(rounded('-0.4962', 2)).toEqual(['-0.5', 0]);
  });

  it('keeps one decimal for a ratio that is not positive', () => {
    expect(rounded('-1', 2)).toEqual(['-1', 1]);
  });

  it('takes digits that are not a whole number as none known: one decimal (review h150 A1)', () => {
    // NaN (what rateDigits gave on a base of 0) threw a DecimalError "Invalid argument: 1eNaN".
    expect(rounded('0.3443', Number.NaN)).toEqual(['0.344', 1]);
    expect(rounded('0.3443', 2.5)).toEqual(['0.344', 1]);
    expect(rounded('0.3443', Number.NEGATIVE_INFINITY)).toEqual(['0.344', 1]);
  });
});

describe('@bilateral/core/rate-digits (review r35e)', () => {
  it('exports the checked faces only: their unchecked ones are @bilateral/core/internal’s', async () => {
    const entry = await import('./rate-digits.js');
    expect(Object.keys(entry).sort()).toEqual([
      'growthToDateDigits',
      'knownUnit',
      'rateDigits',
      'roundedRate',
      'uncertaintyUnit',
      'yearOnYearDigits',
    ]);
  });
});
