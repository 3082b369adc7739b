/**
 * The public functions whose unchecked faces the widgets take from `@bilateral/core/internal`
 * (every page loads those: h388 left these 19 throwing a TypeError for a wrong argument, for the
 * bytes a guard costs there) check their arguments' shape: each ordinary mistake — nothing, null,
 * text, a number, an array, an empty object, a function — is a BilateralError `INVALID_INPUT`
 * naming the argument. And each public face gives what its unchecked face gives for a good one.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError, MISTAKES } from '../__fixtures__/misuse.js';
import { roundedShare, uncheckedRoundedShare } from '../balance/rounded-share.js';
import {
  checkedDatasetCommodities,
  uncheckedDatasetCommodities,
} from '../dataset/checked-dataset-commodities.js';
import { checkedDatasetSeries, uncheckedDatasetSeries } from '../dataset/checked-dataset-series.js';
import { vietnamLaos } from '../datasets/index.js';
import { formatIssuePath } from '../errors/bilateral-error.js';
import type { SeriesPoint } from '../flow/series.js';
import { checkedGrowthRate, uncheckedGrowthRate } from '../growth/checked-growth-rate.js';
import { fewestDigits } from '../growth/fewest-digits.js';
import {
  growthToDateDigits,
  knownUnit,
  rateDigits,
  roundedRate,
  uncertaintyUnit,
  yearOnYearDigits,
} from '../growth/rate-digits.js';
import { uncheckedFewestDigits } from '../growth/unchecked-fewest-digits.js';
import {
  uncheckedGrowthToDateDigits,
  uncheckedKnownUnit,
  uncheckedRateDigits,
  uncheckedRoundedRate,
  uncheckedUncertaintyUnit,
  uncheckedYearOnYearDigits,
} from '../growth/unchecked-rate-digits.js';
import { money } from '../money/money.js';
import { MONEY_WORDS_VI } from '../money/money-words-vi.js';
import { groupDigits, uncheckedGroupDigits } from '../money/number-separators.js';
import { uncheckedWriteMoneyIn, writeMoneyIn } from '../money/write-money-in.js';
import { quoteInput as checkedQuoteInput } from '../node.js';
import {
  checkedNextPeriod,
  checkedYearEarlier,
  uncheckedNextPeriod,
  uncheckedYearEarlier,
} from '../period/shift-period.js';
import { uncheckedWritePeriod, writePeriod } from '../period/write-period.js';
import { bandDecimals, uncheckedBandDecimals } from '../targets/band-decimals.js';
import { Decimal } from './decimal.js';
import { uncheckedFormatIssuePath } from './issue-path-text.js';
import { quoteInput } from './quote-input.js';

const quarter = { kind: 'quarter', year: 2024, quarter: 4 } as const;
const point: SeriesPoint = {
  period: { kind: 'year', year: 2024 },
  value: money('2200000000', 'USD'),
  precision: new Decimal('1e8'),
};
const base: SeriesPoint = {
  ...point,
  period: { kind: 'year', year: 2023 },
  value: money('1650000000', 'USD'),
};
const request = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'exports',
  periodKind: 'year',
} as const;
const unread = () => new Decimal(1);
const pair = { reporter: 'VNM', partner: 'LAO' };
const options = { locale: 'vi', compact: true } as const;
const [one, two] = [new Decimal('0.1'), new Decimal('0.15')];

/** Whether a value is text (a good value where a text goes). */
const text = (value: unknown) => typeof value === 'string';

/**
 * Each public face, with the argument a mistake goes in and the path that names it, a good call
 * and the same call of its unchecked face, and the mistakes that are good values there.
 */
const faces: readonly (readonly [
  name: string,
  call: (value: never) => unknown,
  path: readonly (string | number)[],
  good: () => unknown,
  unchecked: () => unknown,
  skip?: (value: unknown) => boolean,
])[] = [
  [
    'writePeriod',
    (v) => writePeriod(v),
    ['period'],
    () => writePeriod(quarter),
    () => uncheckedWritePeriod(quarter),
  ],
  [
    'checkedNextPeriod',
    (v) => checkedNextPeriod(v),
    ['period'],
    () => checkedNextPeriod(quarter),
    () => uncheckedNextPeriod(quarter),
  ],
  [
    'checkedYearEarlier',
    (v) => checkedYearEarlier(v),
    ['period'],
    () => checkedYearEarlier(quarter),
    () => uncheckedYearEarlier(quarter),
  ],
  [
    'checkedGrowthRate (current)',
    (v) => checkedGrowthRate(v, two),
    ['current'],
    () => checkedGrowthRate(two, one),
    () => uncheckedGrowthRate(two, one),
  ],
  [
    'checkedGrowthRate (previous)',
    (v) => checkedGrowthRate(two, v),
    ['previous'],
    () => checkedGrowthRate(two, one),
    () => uncheckedGrowthRate(two, one),
  ],
  [
    'bandDecimals (lower)',
    (v) => bandDecimals(v, two),
    ['lower'],
    () => bandDecimals(one, two),
    () => uncheckedBandDecimals(one, two),
  ],
  [
    'bandDecimals (upper)',
    (v) => bandDecimals(one, v),
    ['upper'],
    () => bandDecimals(one, two),
    () => uncheckedBandDecimals(one, two),
  ],
  [
    'fewestDigits',
    (v) => fewestDigits([[one, v]]),
    ['sides', 0, 1],
    () => fewestDigits([[two, one]]),
    () => uncheckedFewestDigits([[two, one]]),
    (value) => value === undefined,
  ],
  [
    'groupDigits (integer)',
    (v) => groupDigits(v, 'vi'),
    ['integer'],
    () => groupDigits('1234567', 'vi'),
    () => uncheckedGroupDigits('1234567', 'vi'),
    text,
  ],
  [
    'groupDigits (locale)',
    (v) => groupDigits('1234', v),
    ['locale'],
    () => groupDigits('1234', 'zh', true),
    () => uncheckedGroupDigits('1234', 'zh', true),
  ],
  [
    'knownUnit',
    (v) => knownUnit(v),
    ['point'],
    () => knownUnit(point),
    () => uncheckedKnownUnit(point),
  ],
  [
    'uncertaintyUnit',
    (v) => uncertaintyUnit(v),
    ['point'],
    () => uncertaintyUnit(point),
    () => uncheckedUncertaintyUnit(point),
  ],
  [
    'rateDigits (current)',
    (v) => rateDigits(v, base),
    ['current'],
    () => rateDigits(point, base),
    () => uncheckedRateDigits(point, base),
  ],
  [
    'rateDigits (base)',
    (v) => rateDigits(point, v),
    ['base'],
    () => rateDigits(point, base, 2),
    () => uncheckedRateDigits(point, base, 2),
  ],
  [
    'yearOnYearDigits',
    (v) => yearOnYearDigits(v, base),
    ['point'],
    () => yearOnYearDigits(point, base),
    () => uncheckedYearOnYearDigits(point, base),
  ],
  [
    'growthToDateDigits',
    (v) => growthToDateDigits(v),
    ['evaluation'],
    () => growthToDateDigits({ base, current: point, elapsedYears: 1 }),
    () => uncheckedGrowthToDateDigits({ base, current: point, elapsedYears: 1 }),
  ],
  [
    'roundedRate',
    (v) => roundedRate(v, 2),
    ['rate'],
    () => roundedRate(one, 2),
    () => uncheckedRoundedRate(one, 2),
  ],
  [
    'roundedShare',
    (v) => roundedShare(v, 2),
    ['ratio'],
    () => roundedShare(one, 2),
    () => uncheckedRoundedShare(one, 2),
  ],
  [
    'checkedDatasetSeries',
    (v) => checkedDatasetSeries(v, request, unread),
    ['dataset'],
    () => checkedDatasetSeries(vietnamLaos, request, unread),
    () => uncheckedDatasetSeries(vietnamLaos, request, unread),
    // An object without flows: its flows are refused at `flows`, as documented.
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  ],
  [
    'checkedDatasetCommodities',
    (v) => checkedDatasetCommodities(v, pair),
    ['dataset'],
    () => checkedDatasetCommodities(vietnamLaos, pair),
    () => uncheckedDatasetCommodities(vietnamLaos, pair),
  ],
  [
    'writeMoneyIn (value)',
    (v) => writeMoneyIn(v, options, MONEY_WORDS_VI),
    ['value'],
    () => writeMoneyIn(point.value, options, MONEY_WORDS_VI),
    () => uncheckedWriteMoneyIn(point.value, options, MONEY_WORDS_VI),
  ],
  [
    'writeMoneyIn (options)',
    (v) => writeMoneyIn(point.value, v, MONEY_WORDS_VI),
    ['options'],
    () => writeMoneyIn(point.value, { locale: 'en', compact: false }, undefined),
    () => uncheckedWriteMoneyIn(point.value, { locale: 'en', compact: false }, undefined),
  ],
  [
    'formatIssuePath',
    (v) => formatIssuePath(v),
    ['path'],
    () => formatIssuePath(['a b', 1]),
    () => uncheckedFormatIssuePath(['a b', 1]),
    Array.isArray,
  ],
  [
    'quoteInput (/node)',
    (v) => checkedQuoteInput(v),
    ['text'],
    () => checkedQuoteInput('x'.repeat(99), 3),
    () => quoteInput('x'.repeat(99), 3),
    text,
  ],
];

describe('the public faces of the unchecked functions the widgets take', () => {
  for (const [name, call, path, good, unchecked, skip] of faces) {
    it.each(MISTAKES.filter(([, value]) => !skip?.(value)))(
      `${name}: %s is INVALID_INPUT at ${path.join('.')}`,
      (_, value) => {
        const error = expectBilateralError(() => call(value as never), path);
        expect(error.code).toBe('INVALID_INPUT');
        expect(error.issues[0]?.message).toMatch(/^expected .+, got /);
      },
    );

    it(`${name}: a good call gives what its unchecked face gives`, () => {
      expect(good()).toEqual(unchecked());
    });
  }

  it('refuses a period of no known kind, or without the whole numbers of its kind', () => {
    for (const period of [
      { kind: 'week', year: 2024 },
      { kind: 'quarter', year: 2024 },
      { kind: 'month', year: '2024', month: 1 },
      { kind: 'range', start: { year: 2024, month: 1 } },
      { kind: 'range', start: { year: 2024, month: 1 }, end: '2024-03' },
    ]) {
      expectBilateralError(() => writePeriod(period as never), ['period']);
      expectBilateralError(() => checkedNextPeriod(period as never), ['period']);
    }
    // The shape only, as documented: quarter 5 is written, not refused.
    expect(writePeriod({ kind: 'quarter', year: 2024, quarter: 5 as never })).toBe('2024-Q5');
  });

  it('names the part of a pair, point or option that is wrong', () => {
    expectBilateralError(
      () =>
        fewestDigits([
          [one, one],
          ['5' as never, one],
        ]),
      ['sides', 1, 0],
    );
    expectBilateralError(() => fewestDigits([one as never]), ['sides', 0]);
    expectBilateralError(() => knownUnit({ ...point, precision: '1e8' as never }), ['point']);
    expectBilateralError(() => rateDigits(point, base, 0), ['years']);
    expectBilateralError(
      () => growthToDateDigits({ base, current: point, elapsedYears: '1' as never }),
      ['evaluation', 'elapsedYears'],
    );
    expectBilateralError(
      () => growthToDateDigits({ base, current: {} as never, elapsedYears: 1 }),
      ['evaluation', 'current'],
    );
    expectBilateralError(
      () => writeMoneyIn(point.value, { locale: 'fr' } as never, undefined),
      ['options', 'locale'],
    );
    expectBilateralError(() => writeMoneyIn(point.value, options, {} as never), ['words']);
    // No words (`null`, as `undefined`, which the unchecked face reads alike): English is written,
    // another language is told the words to pass.
    expect(writeMoneyIn(point.value, { locale: 'en', compact: false }, null as never)).toBe(
      'US$2,200,000,000',
    );
    expect(
      expectBilateralError(() => writeMoneyIn(point.value, options, null as never), ['words'])
        .issues[0]?.message,
    ).toBe('pass MONEY_WORDS_VI for vi');
    expectBilateralError(() => roundedShare(one, 0), ['digits']);
    // A whole number of digits past 2^53 is one (the percentage is exact), as before the check.
    expect(roundedShare(one, 1e20)).toEqual(uncheckedRoundedShare(one, 1e20));
    expectBilateralError(() => checkedQuoteInput('x', 0), ['limit']);
    // Infinity shows the whole text, as it did before the check (which refused it), and so does
    // a whole number past 2^53 (refused too); no limit that is no whole number from 1 is taken.
    const long = 'x'.repeat(5000);
    expect(checkedQuoteInput(long, Infinity)).toBe(JSON.stringify(long));
    expect(checkedQuoteInput(long, 2 ** 60)).toBe(JSON.stringify(long));
    for (const limit of [-1, Number.NaN, 2.5, Number.NEGATIVE_INFINITY]) {
      expectBilateralError(() => checkedQuoteInput('x', limit), ['limit']);
    }
    expectBilateralError(() => checkedDatasetCommodities(vietnamLaos, 'VNM' as never), ['pair']);
  });
});
