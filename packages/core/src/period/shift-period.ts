import { checkPeriodShape } from '../_internal/face-checks.js';
import { BilateralError } from '../errors/index.js';
import { fromMonthIndex, monthSpan } from './month-index.js';
import { MAX_YEAR, MIN_YEAR, type Period } from './period.js';
import { uncheckedWritePeriod } from './write-period.js';

/**
 * How many months one step of this period's kind spans: the months it covers (a year 12, a half
 * 6, a quarter 3, a month 1, a range its own length), but 12 for a year to date, whose next one is
 * the same months a year later.
 */
export function periodStep(period: Period): number {
  if (period.kind === 'year-to-date') return 12;
  const [first, last] = monthSpan(period);
  return last - first + 1;
}

/**
 * Moves a period by a whole number of months, keeping its kind. `months` must be a multiple of
 * the kind's step for years, halves, quarters and year-to-date periods (callers guarantee it).
 *
 * `period` must be a valid Period (checked by the caller: `checkPeriod`, or read or computed by
 * the core).
 *
 * @throws BilateralError `INVALID_PERIOD` when the result would leave years 1–9999
 */
export function shiftPeriod(period: Period, months: number): Period {
  const [first, last] = monthSpan(period);
  const start = fromMonthIndex(first + months);
  const endYear = fromMonthIndex(last + months).year;
  if (start.year < MIN_YEAR || endYear > MAX_YEAR) {
    throw new BilateralError('INVALID_PERIOD', [
      {
        path: ['period'],
        message: `${uncheckedWritePeriod(period)} moved by ${months} months leaves the years ${MIN_YEAR}–${MAX_YEAR} periods can be in`,
      },
    ]);
  }
  switch (period.kind) {
    case 'year':
      return { kind: 'year', year: start.year };
    case 'half':
      return { kind: 'half', year: start.year, half: start.month <= 6 ? 1 : 2 };
    case 'quarter':
      return {
        kind: 'quarter',
        year: start.year,
        quarter: Math.ceil(start.month / 3) as 1 | 2 | 3 | 4,
      };
    case 'month':
      return { kind: 'month', year: start.year, month: start.month };
    case 'year-to-date':
      return { kind: 'year-to-date', year: start.year, throughMonth: period.throughMonth };
    case 'range':
      return { kind: 'range', start, end: fromMonthIndex(last + months) };
  }
}

/**
 * `nextPeriod` for a period the caller knows is valid (read with `parsePeriod` or
 * `readPeriodText`, or computed by the core): the same period, without checking the one given, so
 * code that steps through periods it was given does not load the period checker and its
 * messages. A value of the wrong shape (nothing, text, an object of no known kind or without the
 * whole numbers of its kind) is refused, but a period out of its values' ranges is not reported: it
 * gives a plausible wrong period (quarter 5 of 2024 gives 2025-Q2). Use `nextPeriod` for periods
 * that come from elsewhere.
 *
 * @param period - a valid period
 * @returns the period of the same kind just after it, as `nextPeriod` gives it
 * @throws {@link BilateralError} `INVALID_PERIOD` when it would be after the year 9999;
 * `INVALID_INPUT` at `period` for a value not shaped as a period
 *
 * @example
 * ```ts
 * checkedNextPeriod({ kind: 'quarter', year: 2024, quarter: 4 });
 * //=> { kind: 'quarter', year: 2025, quarter: 1 }
 * ```
 *
 * @category Periods
 */
export function checkedNextPeriod(period: Period): Period {
  checkPeriodShape(period, ['period']);
  return uncheckedNextPeriod(period);
}

/**
 * {@link checkedNextPeriod} without its check of the period's shape, for the core's own modules and the
 * widgets (from `@bilateral/core/internal`), which step through periods they read or computed.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedNextPeriod({ kind: 'half', year: 2024, half: 2 });
 * //=> { kind: 'half', year: 2025, half: 1 }
 * ```
 */
export function uncheckedNextPeriod(period: Period): Period {
  return shiftPeriod(period, periodStep(period));
}

/**
 * `yearEarlier` for a period the caller knows is valid (read with `parsePeriod` or
 * `readPeriodText`, or computed by the core): the same period, without checking the one given.
 * A value of the wrong shape is refused, as {@link checkedNextPeriod} refuses it, but a period out of
 * its values' ranges is not reported: it gives a plausible wrong period (month 13 of 2024 gives
 * 2024-01). Use `yearEarlier` for periods that come from elsewhere.
 *
 * @param period - a valid period
 * @returns the same period twelve months earlier, as `yearEarlier` gives it
 * @throws {@link BilateralError} `INVALID_PERIOD` when it would be before the year 1;
 * `INVALID_INPUT` at `period` for a value not shaped as a period
 *
 * @example
 * ```ts
 * checkedYearEarlier({ kind: 'year-to-date', year: 2024, throughMonth: 9 });
 * //=> { kind: 'year-to-date', year: 2023, throughMonth: 9 }
 * ```
 *
 * @category Periods
 */
export function checkedYearEarlier(period: Period): Period {
  checkPeriodShape(period, ['period']);
  return uncheckedYearEarlier(period);
}

/**
 * {@link checkedYearEarlier} without its check of the period's shape, for the core's own modules and the
 * widgets (from `@bilateral/core/internal`), which step through periods they read or computed.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedYearEarlier({ kind: 'month', year: 2024, month: 3 });
 * //=> { kind: 'month', year: 2023, month: 3 }
 * ```
 */
export function uncheckedYearEarlier(period: Period): Period {
  return shiftPeriod(period, -12);
}
