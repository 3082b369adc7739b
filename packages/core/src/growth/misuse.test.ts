/**
 * Every public function of growth/ called with ordinary mistakes — nothing, null, text, a number,
 * an array or an object missing fields where a Series, a pair of flows, Money or options are
 * expected — throws a BilateralError with a path, never a TypeError. Periods written as text are
 * the one mistake accepted: they are read with parsePeriod.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError, MISTAKES } from '../__fixtures__/misuse.js';
import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { formatPeriod, parsePeriod } from '../period/index.js';
import {
  aggregateSeries,
  cagr,
  fixedBaseIndex,
  growthContributions,
  growthRate,
  impliedCurrent,
  impliedPrevious,
  periodOnPeriod,
  seriesCagr,
  yearOnYear,
  yearToDate,
} from './index.js';

const usd = (amount: string) => money(amount, 'USD');
const isEmptyObject = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 0;
const point = (period: string, amount: string) => ({
  period: parsePeriod(period),
  value: usd(amount),
});
const years: Series<'USD'> = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  currency: 'USD',
  points: [point('2023', '100'), point('2024', '125')],
};
const months: Series<'USD'> = {
  ...years,
  points: [point('2024-01', '1'), point('2024-02', '2'), point('2024-03', '3')],
};

/** The series functions, each with the path its error names when `series` is a mistake. */
const seriesCalls: readonly (readonly [name: string, call: (series: never) => unknown])[] = [
  ['yearOnYear', (series) => yearOnYear(series)],
  ['periodOnPeriod', (series) => periodOnPeriod(series)],
  ['fixedBaseIndex', (series) => fixedBaseIndex(series)],
  ['seriesCagr', (series) => seriesCagr(series)],
  ['yearToDate', (series) => yearToDate(series, 3)],
  ['aggregateSeries', (series) => aggregateSeries(series, 'quarter')],
];

/** Series that are wrong in one part, and the path of the problem. */
const badSeries: readonly (readonly [
  name: string,
  series: unknown,
  path: readonly (string | number)[],
])[] = [
  ...MISTAKES.map(([name, value]): readonly [string, unknown, readonly []] => [name, value, []]),
  ['points that are text', { ...months, points: '2024' }, ['points']],
  ['no currency', { ...months, currency: undefined }, ['currency']],
  ['a null point', { ...months, points: [null] }, ['points', 0]],
  [
    'a point without a value',
    { ...months, points: [{ period: parsePeriod('2024-01') }] },
    ['points', 0, 'value'],
  ],
  [
    'a value in its JSON form',
    {
      ...months,
      points: [{ period: parsePeriod('2024-01'), value: { amount: '1', currency: 'USD' } }],
    },
    ['points', 0, 'value', 'amount'],
  ],
  [
    'a period that is a number',
    { ...months, points: [{ period: 2024, value: usd('1') }] },
    ['points', 0, 'period'],
  ],
  [
    'a period text that is not one',
    { ...months, points: [{ period: '2024-13', value: usd('1') }] },
    ['points', 0, 'period'],
  ],
  [
    'a period missing its year',
    { ...months, points: [{ period: { kind: 'year' }, value: usd('1') }] },
    ['points', 0, 'period', 'year'],
  ],
];

describe('growth: mistakes give a BilateralError, never a TypeError', () => {
  for (const [name, call] of seriesCalls) {
    it.each(badSeries)(`${name} of a series with %s`, (_, series, path) => {
      expectBilateralError(() => call(series as never), path);
    });
  }

  // An empty object is valid options.
  it.each(MISTAKES.filter(([, value]) => value !== undefined && !isEmptyObject(value)))(
    'yearToDate(s, 3, %s)',
    (_, bad) => {
      expectBilateralError(() => yearToDate(months, 3, bad as never), ['options']);
    },
  );
  it.each(MISTAKES.filter(([, value]) => value !== undefined && !isEmptyObject(value)))(
    'aggregateSeries(s, "quarter", %s)',
    (_, bad) => {
      expectBilateralError(() => aggregateSeries(months, 'quarter', bad as never), ['options']);
    },
  );

  it.each(MISTAKES.filter(([, value]) => value !== 12))('yearToDate(s, %s)', (_, bad) => {
    expectBilateralError(() => yearToDate(months, bad as never), ['throughMonth']);
  });

  it.each(MISTAKES.filter(([, value]) => value !== undefined))(
    'fixedBaseIndex(s, %s)',
    (_, bad) => {
      expectBilateralError(() => fixedBaseIndex(years, bad as never), ['basePeriod']);
    },
  );

  /** Calls with a level or rate replaced by a mistake (text and numbers are levels, so not here). */
  const levelCalls: readonly (readonly [
    name: string,
    call: (bad: never) => unknown,
    path: (string | number)[],
  ])[] = [
    ['growthRate(bad, 1)', (bad) => growthRate(bad, '1'), ['current']],
    ['growthRate(1, bad)', (bad) => growthRate('1', bad), ['previous']],
    ['cagr(bad, 2, 1)', (bad) => cagr(bad, '2', 1), ['first']],
    ['cagr(1, 2, bad)', (bad) => cagr('1', '2', bad), ['intervals']],
    ['impliedPrevious(bad, 0.1)', (bad) => impliedPrevious(bad, '0.1'), ['current']],
    ['impliedPrevious(1, bad)', (bad) => impliedPrevious('1', bad), ['rate']],
    ['impliedCurrent(bad, 0.1)', (bad) => impliedCurrent(bad, '0.1'), ['previous']],
    ['impliedCurrent(1, bad)', (bad) => impliedCurrent('1', bad), ['rate']],
    // An object without the flows is named by the first flow it lacks (`current.exports`).
    [
      'growthContributions(bad, pair)',
      (bad) => growthContributions(bad, { exports: '1', imports: '1' }),
      ['current'],
    ],
    [
      'growthContributions(pair, bad)',
      (bad) => growthContributions({ exports: '1', imports: '1' }, bad),
      ['previous'],
    ],
  ];
  const notLevels = [
    ...MISTAKES.filter(([, value]) => value !== '12' && value !== 12),
    ['the JSON form of Money', { amount: '1', currency: 'USD' }],
  ] as const;
  for (const [name, call, path] of levelCalls) {
    it.each(notLevels)(`${name} with %s`, (_, bad) => {
      expectBilateralError(() => call(bad as never), path);
    });
  }

  it('growthContributions with a pair missing a flow names it', () => {
    expectBilateralError(
      () => growthContributions({ exports: '1' } as never, { exports: '1', imports: '1' }),
      ['current', 'imports'],
    );
  });
});

describe('growth: periods written as text are read', () => {
  it('yearOnYear and periodOnPeriod of points whose periods are text', () => {
    const text = {
      ...years,
      points: [
        { period: '2023', value: usd('100') },
        { period: '2024', value: usd('125') },
      ],
    } as unknown as Series<'USD'>;
    const rates = yearOnYear(text).map((p) => [
      formatPeriod(p.period),
      p.rate === null ? p.reason : p.rate.toString(),
    ]);
    expect(rates).toEqual([
      ['2023', 'missing-base'],
      ['2024', '0.25'],
    ]);
    expect(periodOnPeriod(text)[1]?.rate?.toString()).toBe('0.25');
    expect(seriesCagr(text).rate.toString()).toBe('0.25');
  });
});
