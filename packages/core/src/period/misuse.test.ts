import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import {
  comparePeriods,
  formatPeriod,
  isSamePeriod,
  monthCount,
  nextPeriod,
  type Period,
  parsePeriod,
  parsePeriodKind,
  periodContains,
  periodEnd,
  periodMonths,
  periodStart,
  periodsOverlap,
  previousPeriod,
  yearEarlier,
} from './index.js';

/** Every public function that takes a Period, called with one argument standing in for it. */
const FUNCTIONS: readonly [string, (period: Period) => unknown][] = [
  ['formatPeriod', formatPeriod],
  ['monthCount', monthCount],
  ['periodMonths', periodMonths],
  ['periodStart', periodStart],
  ['periodEnd', periodEnd],
  ['previousPeriod', previousPeriod],
  ['nextPeriod', nextPeriod],
  ['yearEarlier', yearEarlier],
  ['comparePeriods(x, 2024)', (period) => comparePeriods(period, parsePeriod('2024'))],
  ['comparePeriods(2024, x)', (period) => comparePeriods(parsePeriod('2024'), period)],
  ['isSamePeriod', (period) => isSamePeriod(period, parsePeriod('2024'))],
  ['periodContains', (period) => periodContains(parsePeriod('2024'), period)],
  ['periodsOverlap', (period) => periodsOverlap(period, parsePeriod('2024'))],
];

/** What people pass instead of a Period, and words the message must contain. */
const MISTAKES: readonly [unknown, RegExp][] = [
  ['2024', /parsePeriod\("2024"\)/],
  ['2024-Q3', /parsePeriod\("2024-Q3"\)/],
  [undefined, /got undefined/],
  [null, /got null/],
  [2024, /got number 2024/],
  [[2024], /got an array/],
  [{}, /not a period kind/],
  [{ kind: 'years', year: 2024 }, /"years" is not a period kind/],
  [{ kind: 'year' }, /year is undefined/],
  [{ kind: 'year', year: '2024' }, /year is "2024"/],
  [{ kind: 'year', year: 2024.5 }, /whole year/],
  [{ kind: 'year', year: 0 }, /from 1 to 9999/],
  [{ kind: 'year', year: Number.NaN }, /whole year/],
  [{ kind: 'quarter', year: 2024, quarter: 5 }, /quarter is number 5/],
  [{ kind: 'half', year: 2024 }, /half is undefined/],
  [{ kind: 'month', year: 2024, month: 13 }, /month is number 13/],
  [{ kind: 'year-to-date', year: 2024, throughMonth: 0 }, /throughMonth is number 0/],
  [{ kind: 'range', start: { year: 2024, month: 1 } }, /expected \{ year, month \}/],
  [
    { kind: 'range', start: { year: 2024, month: 5 }, end: { year: 2024, month: 2 } },
    /ends before it starts/,
  ],
];

describe('period functions given something that is not a Period (defect 7)', () => {
  for (const [name, call] of FUNCTIONS) {
    it(`${name} refuses each mistake with INVALID_PERIOD and a message that says what to do`, () => {
      for (const [input, words] of MISTAKES) {
        let thrown: unknown;
        try {
          call(input as Period);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${name}(${JSON.stringify(input)})`).toBeInstanceOf(BilateralError);
        const error = thrown as BilateralError;
        expect(error.code).toBe('INVALID_PERIOD');
        expect(error.message).toMatch(words);
      }
    });
  }

  it('names the argument that is wrong', () => {
    const path = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as BilateralError).issues[0]?.path;
      }
      return undefined;
    };
    const year = parsePeriod('2024');
    expect(path(() => comparePeriods(year, { kind: 'quarter', year: 2024 } as Period))).toEqual([
      'b',
      'quarter',
    ]);
    expect(path(() => periodContains('2024' as unknown as Period, year))).toEqual(['outer']);
    expect(path(() => formatPeriod({ kind: 'month', year: 2024, month: 0 }))).toEqual([
      'period',
      'month',
    ]);
  });

  it('refuses to step out of years 1–9999 instead of making a period it cannot write', () => {
    expect(() => nextPeriod(parsePeriod('9999-12'))).toThrow(BilateralError);
    expect(() => previousPeriod(parsePeriod('0001'))).toThrow(/years 1–9999/);
    expect(() => yearEarlier(parsePeriod('0001-01/0001-03'))).toThrow(BilateralError);
  });

  it('parsePeriod refuses what is not text, and quotes long text capped', () => {
    expect(() => parsePeriod(2024 as unknown as string)).toThrow(/got number 2024/);
    const error = (() => {
      try {
        parsePeriod('2'.repeat(1_000_000));
      } catch (caught) {
        return caught as BilateralError;
      }
      return undefined;
    })();
    expect(error?.code).toBe('INVALID_PERIOD');
    expect(error?.message.length).toBeLessThan(300);
  });

  it('parsePeriodKind refuses unknown kinds with the kind probably meant', () => {
    expect(parsePeriodKind('year-to-date')).toBe('year-to-date');
    const messageOf = (input: unknown) => {
      try {
        parsePeriodKind(input);
      } catch (error) {
        return (error as BilateralError).message;
      }
      return 'accepted';
    };
    expect(messageOf('years')).toMatch(/use "year"$/);
    expect(messageOf('Quarter')).toMatch(/use "quarter"$/);
    expect(messageOf('ytd')).toMatch(/use "year-to-date"$/);
    expect(messageOf('decade')).toMatch(/use one of "year", "half"/);
    expect(messageOf(undefined)).toMatch(/undefined is not a period kind/);
    expect(messageOf('constructor')).toMatch(/use one of/);
  });
});
