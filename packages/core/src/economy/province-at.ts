import { formatISO, isValid } from 'date-fns';
import { calendarDateProblem } from '../_internal/calendar-date.js';
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';
import type { BorderProvince } from './border-province.js';
import { requireProvince } from './province-lookup.js';

function dateText(date: Date | string): string {
  if (date instanceof Date) {
    if (isValid(date)) return formatISO(date, { representation: 'date' });
  } else if (
    typeof date === 'string' &&
    date.length === 10 &&
    calendarDateProblem(date) === undefined
  ) {
    return date;
  }
  const shown = date instanceof Date ? 'an invalid Date' : describeInput(date);
  throw new BilateralError('INVALID_INPUT', [
    { path: ['date'], message: `${shown} is not a date: expected a Date or "YYYY-MM-DD"` },
  ]);
}

/**
 * The unit a province belonged to on a date: follows `mergedInto` (as many times as needed)
 * while the date is on or after the merger's `since`. A date before a merger gives the province
 * itself. Use it to put figures published under old and new province names side by side.
 *
 * @param id - the province id as published, e.g. `'VN-QUANG-BINH'`
 * @param date - a `Date` (read in local time) or a `'YYYY-MM-DD'` string
 * @returns the frozen {@link BorderProvince} in force on that date
 * @throws {@link BilateralError} `UNKNOWN_ECONOMY` naming an unknown id; `INVALID_INPUT` naming
 * a date that is not a calendar date
 *
 * @example
 * ```ts
 * provinceAt('VN-QUANG-BINH', '2025-06-30').id;
 * //=> 'VN-QUANG-BINH'
 * provinceAt('VN-QUANG-BINH', '2025-07-01').id;
 * //=> 'VN-QUANG-TRI'
 * provinceAt('VN-THUA-THIEN-HUE', '2025-03-01').names.vi;
 * //=> 'Huế'
 * ```
 *
 * @category Economies
 */
export function provinceAt(id: string, date: Date | string): BorderProvince {
  const day = dateText(date);
  let province = requireProvince(id);
  const seen = new Set<string>([province.id]);
  while (
    province.mergedInto !== undefined &&
    province.since !== undefined &&
    day >= province.since
  ) {
    province = requireProvince(province.mergedInto);
    if (seen.has(province.id)) break;
    seen.add(province.id);
  }
  return province;
}
