import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import {
  checkedNextPeriod,
  checkedYearEarlier,
  comparePeriods,
  formatPeriod,
  isSamePeriod,
  monthCount,
  nextPeriod,
  type Period,
  parsePeriod,
  periodContains,
  periodEnd,
  periodMonths,
  periodStart,
  periodsOverlap,
  previousPeriod,
  safeParsePeriod,
  writePeriod,
  yearEarlier,
} from './index.js';
import { PeriodTextSchema } from './schemas.js';

const fmt = (text: string, f: (p: Period) => Period) => formatPeriod(f(parsePeriod(text)));

describe('parsePeriod / formatPeriod', () => {
  it.each([
    ['2024', { kind: 'year', year: 2024 }],
    ['2024-H1', { kind: 'half', year: 2024, half: 1 }],
    ['2024-H2', { kind: 'half', year: 2024, half: 2 }],
    ['2024-Q3', { kind: 'quarter', year: 2024, quarter: 3 }],
    ['2024-09', { kind: 'month', year: 2024, month: 9 }],
    ['2024-01/2024-09', { kind: 'year-to-date', year: 2024, throughMonth: 9 }],
    [
      '2023-11/2024-02',
      { kind: 'range', start: { year: 2023, month: 11 }, end: { year: 2024, month: 2 } },
    ],
    [
      '2024-03/2024-05',
      { kind: 'range', start: { year: 2024, month: 3 }, end: { year: 2024, month: 5 } },
    ],
  ])('reads %s and writes it back', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
    expect(formatPeriod(period as Period)).toBe(text);
  });

  it.each([
    ['2024-13', 'month 13 is not between 01 and 12'],
    ['2024-00', 'month 00 is not between 01 and 12'],
    ['2024-Q5', 'quarter 5 is not between Q1 and Q4'],
    ['2024-Q0', 'quarter 0'],
    ['2024-H3', 'half 3 is not H1 or H2'],
    ['2024-09/2024-01', 'the range ends before it starts'],
    ['abc', 'expected YYYY'],
    ['', 'expected YYYY'],
    ['24', 'expected YYYY'],
    ['2024-9', 'expected YYYY'],
    [' 2024', 'expected YYYY'],
  ])('refuses %s with INVALID_PERIOD naming the text', (text, reason) => {
    const result = safeParsePeriod(text);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(BilateralError);
    expect(result.error.code).toBe('INVALID_PERIOD');
    expect(result.error.message).toContain(JSON.stringify(text));
    expect(result.error.message).toContain(reason);
  });

  it('refuses non-strings without a TypeError and keeps the given path', () => {
    expect(() => parsePeriod(2024 as unknown as string, ['flows', 0, 'period'])).toThrowError(
      expect.objectContaining({
        code: 'INVALID_PERIOD',
        issues: [expect.objectContaining({ path: ['flows', 0, 'period'] })],
      }),
    );
  });

  it('PeriodTextSchema accepts period texts and explains rejections', () => {
    expect(PeriodTextSchema.safeParse('2024-01/2024-09').success).toBe(true);
    const result = PeriodTextSchema.safeParse('2024-13');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('month 13');
  });
});

describe('period arithmetic', () => {
  it('knows the previous and next period of each kind', () => {
    expect(fmt('2024', previousPeriod)).toBe('2023');
    expect(fmt('2024-H1', previousPeriod)).toBe('2023-H2');
    expect(fmt('2024-Q1', previousPeriod)).toBe('2023-Q4');
    expect(fmt('2024-01', previousPeriod)).toBe('2023-12');
    expect(fmt('2024-01/2024-09', previousPeriod)).toBe('2023-01/2023-09');
    expect(fmt('2024-03/2024-05', previousPeriod)).toBe('2023-12/2024-02');
    expect(fmt('2024-H2', nextPeriod)).toBe('2025-H1');
    expect(fmt('2024-Q4', nextPeriod)).toBe('2025-Q1');
    expect(fmt('2024-12', nextPeriod)).toBe('2025-01');
  });

  it('knows the same period a year earlier', () => {
    expect(fmt('2021-Q1', yearEarlier)).toBe('2020-Q1');
    expect(fmt('2024-01/2024-09', yearEarlier)).toBe('2023-01/2023-09');
    expect(fmt('2024-02', yearEarlier)).toBe('2023-02');
    expect(fmt('2023-11/2024-02', yearEarlier)).toBe('2022-11/2023-02');
  });

  it('gives calendar-true bounds as midnight UTC', () => {
    const day = (date: Date) => date.toISOString();
    expect(day(periodStart(parsePeriod('2024-Q3')))).toBe('2024-07-01T00:00:00.000Z');
    expect(day(periodEnd(parsePeriod('2024-Q3')))).toBe('2024-09-30T00:00:00.000Z');
    expect(day(periodEnd(parsePeriod('2024-02')))).toBe('2024-02-29T00:00:00.000Z');
    expect(day(periodEnd(parsePeriod('2023-02')))).toBe('2023-02-28T00:00:00.000Z');
    expect(day(periodEnd(parsePeriod('2024-01/2024-09')))).toBe('2024-09-30T00:00:00.000Z');
    expect(day(periodStart(parsePeriod('2023-11/2024-02')))).toBe('2023-11-01T00:00:00.000Z');
    expect(day(periodEnd(parsePeriod('2024')))).toBe('2024-12-31T00:00:00.000Z');
  });

  it('gives the same bounds in every time zone (defect 15: not 2023-12-31T17:00Z in Hanoi)', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        // Node applies a changed TZ at once: local midnight is no longer UTC midnight.
        expect(new Date(2024, 0, 1).toISOString()).not.toBe('2024-01-01T00:00:00.000Z');
        expect(periodStart(parsePeriod('2024')).toISOString()).toBe('2024-01-01T00:00:00.000Z');
        expect(periodEnd(parsePeriod('2024')).toISOString()).toBe('2024-12-31T00:00:00.000Z');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('reads years 0001–0099 as years 1–99, not 1901–1999, and refuses 0000 (defect 11)', () => {
    expect(parsePeriod('0099')).toEqual({ kind: 'year', year: 99 });
    expect(periodStart(parsePeriod('0099')).getUTCFullYear()).toBe(99);
    expect(periodStart(parsePeriod('0001-Q1')).toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(periodEnd(parsePeriod('0050-02')).toISOString()).toBe('0050-02-28T00:00:00.000Z');
    expect(formatPeriod(nextPeriod(parsePeriod('0099')))).toBe('0100');
    for (const text of ['0000', '0000-H1', '0000-Q1', '0000-01', '0000-01/0001-02']) {
      expect(safeParsePeriod(text).success).toBe(false);
    }
    expect(() => parsePeriod('0000')).toThrow(/there is no year 0000/);
  });

  it('counts and lists months', () => {
    expect(monthCount(parsePeriod('2024'))).toBe(12);
    expect(monthCount(parsePeriod('2024-H2'))).toBe(6);
    expect(monthCount(parsePeriod('2024-01/2024-09'))).toBe(9);
    expect(monthCount(parsePeriod('2023-11/2024-02'))).toBe(4);
    expect(periodMonths(parsePeriod('2024-Q1')).map(formatPeriod)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
  });

  it('compares, contains and overlaps', () => {
    const sorted = ['2024-Q2', '2024', '2023-12'].map((t) => parsePeriod(t)).sort(comparePeriods);
    expect(sorted.map(formatPeriod)).toEqual(['2023-12', '2024', '2024-Q2']);
    expect(periodContains(parsePeriod('2024'), parsePeriod('2024-Q3'))).toBe(true);
    expect(periodContains(parsePeriod('2024-Q3'), parsePeriod('2024'))).toBe(false);
    expect(periodsOverlap(parsePeriod('2024-H1'), parsePeriod('2024-Q2'))).toBe(true);
    expect(periodsOverlap(parsePeriod('2024-H1'), parsePeriod('2024-Q3'))).toBe(false);
    expect(isSamePeriod(parsePeriod('2024-Q1'), parsePeriod('2024-01/2024-03'))).toBe(false);
    expect(isSamePeriod(parsePeriod('2024-Q1'), parsePeriod('2024-Q1'))).toBe(true);
  });
});

/** Any valid period with every month between the years 2 and 9998 (so one step either way stays in range). */
export const arbitraryPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 2, max: 9998 }).map((year): Period => ({ kind: 'year', year })),
  fc
    .record({
      year: fc.integer({ min: 2, max: 9998 }),
      half: fc.constantFrom(1 as const, 2 as const),
    })
    .map((p): Period => ({ kind: 'half', ...p })),
  fc
    .record({
      year: fc.integer({ min: 2, max: 9998 }),
      quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    })
    .map((p): Period => ({ kind: 'quarter', ...p })),
  fc
    .record({ year: fc.integer({ min: 2, max: 9998 }), month: fc.integer({ min: 1, max: 12 }) })
    .map((p): Period => ({ kind: 'month', ...p })),
  fc
    .record({
      year: fc.integer({ min: 2, max: 9998 }),
      throughMonth: fc.integer({ min: 1, max: 12 }),
    })
    .map((p): Period => ({ kind: 'year-to-date', ...p })),
  fc
    .tuple(fc.integer({ min: 10 * 12, max: 9990 * 12 + 11 }), fc.integer({ min: 0, max: 60 }))
    .filter(
      ([first, length]) => first + length <= 2100 * 12 + 11 && (first % 12 !== 0 || length >= 12),
    )
    .map(
      ([first, length]): Period => ({
        kind: 'range',
        start: { year: Math.floor(first / 12), month: (first % 12) + 1 },
        end: { year: Math.floor((first + length) / 12), month: ((first + length) % 12) + 1 },
      }),
    ),
);

describe('period properties', () => {
  it('every valid period of 1990–2100 round-trips through format and parse', () => {
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        expect(parsePeriod(formatPeriod(period))).toEqual(period);
      }),
      propertyRuns(20241024, { ci: 2000, full: 2000 }),
    );
  });

  it('previous and next are inverse', () => {
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        expect(nextPeriod(previousPeriod(period))).toEqual(period);
        expect(previousPeriod(nextPeriod(period))).toEqual(period);
      }),
      propertyRuns(20210426, { ci: 2000, full: 2000 }),
    );
  });

  it('a year earlier keeps the kind and the month count, and starts twelve months before', () => {
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        const earlier = yearEarlier(period);
        expect(earlier.kind).toBe(period.kind);
        expect(monthCount(earlier)).toBe(monthCount(period));
        const start = periodStart(period);
        const expected = new Date(0);
        expected.setUTCFullYear(start.getUTCFullYear() - 1, start.getUTCMonth(), 1);
        expect(periodStart(earlier)).toEqual(expected);
      }),
      propertyRuns(7, { ci: 1000, full: 1000 }),
    );
  });
});

describe('the period functions for valid periods', () => {
  /** What `run` gives, or the code and message of the BilateralError it throws. */
  const outcome = (run: () => unknown) => {
    try {
      return { value: run() };
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      return { code: error.code, message: error.message, issues: error.issues };
    }
  };

  /** The UTC day `days` days after `date`, or the same day `years` years later. */
  const shifted = (date: Date, { days = 0, years = 0 }) => {
    const day = new Date(date);
    day.setUTCFullYear(day.getUTCFullYear() + years, day.getUTCMonth(), day.getUTCDate() + days);
    return day;
  };

  it('writePeriod writes text parsePeriod reads back; checkedNextPeriod and checkedYearEarlier step by the calendar', () => {
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        // A range starting in January of its end's year reads back as a year to date.
        if (period.kind !== 'range') expect(parsePeriod(writePeriod(period))).toEqual(period);
        const next = checkedNextPeriod(period);
        expect(next.kind).toBe(period.kind);
        if (period.kind === 'year-to-date') {
          expect(next).toEqual({ ...period, year: period.year + 1 });
        } else {
          expect(monthCount(next)).toBe(monthCount(period));
          expect(periodStart(next)).toEqual(shifted(periodEnd(period), { days: 1 }));
        }
        const earlier = checkedYearEarlier(period);
        expect(earlier.kind).toBe(period.kind);
        expect(monthCount(earlier)).toBe(monthCount(period));
        expect(periodStart(earlier)).toEqual(shifted(periodStart(period), { years: -1 }));
        // …and the checks of the public functions let valid periods through unchanged.
        expect(writePeriod(period)).toBe(formatPeriod(period));
        expect(next).toEqual(nextPeriod(period));
        expect(earlier).toEqual(yearEarlier(period));
      }),
      propertyRuns(20261203, { ci: 1000, full: 5000 }),
    );
  });

  it.each([
    ['9999', undefined, '9998'],
    ['9999-H2', undefined, '9998-H2'],
    ['9999-Q4', undefined, '9998-Q4'],
    ['9999-12', undefined, '9998-12'],
    ['9999-01/9999-12', undefined, '9998-01/9998-12'],
    ['9998-06/9999-05', undefined, '9997-06/9998-05'],
    ['0001', '0002', undefined],
    ['0001-H1', '0001-H2', undefined],
    ['0001-Q1', '0001-Q2', undefined],
    ['0001-01', '0001-02', undefined],
    ['0001-01/0001-03', '0002-01/0002-03', undefined],
  ])(
    'steps out of the years 1–9999 from %s with INVALID_PERIOD, as the checked functions do',
    (text, nextText, earlierText) => {
      const period = parsePeriod(text);
      const next = outcome(() => checkedNextPeriod(period));
      const earlier = outcome(() => checkedYearEarlier(period));
      for (const [result, written] of [
        [next, nextText],
        [earlier, earlierText],
      ] as const) {
        if (written === undefined) expect(result).toMatchObject({ code: 'INVALID_PERIOD' });
        else expect(result).toEqual({ value: parsePeriod(written) });
      }
      expect(next).toEqual(outcome(() => nextPeriod(period)));
      expect(earlier).toEqual(outcome(() => yearEarlier(period)));
    },
  );

  it('writes the text parsePeriod reads back, for every kind', () => {
    for (const text of [
      '2024',
      '2024-H2',
      '2024-Q3',
      '2024-09',
      '2024-01/2024-09',
      '2023-11/2024-02',
    ]) {
      expect(writePeriod(parsePeriod(text))).toBe(text);
    }
  });
});
