import { assertDay } from './_lib/partial-date.js';
import { readCrossing } from './_lib/read-crossing.js';
import type { BorderCrossing, ParseCrossingOptions, StatusPeriod } from './border-crossing.js';
import type { CrossingStatus } from './crossing-terms.js';
import { statusOn } from './status-on.js';

/**
 * The status of a crossing on one day.
 *
 * @example
 * ```ts
 * crossingStatusOn(VIETNAM_LAOS_CROSSINGS[0], '2024-10-24').status;
 * //=> undefined
 * ```
 *
 * @category Infrastructure
 */
export interface CrossingStatusOnDay {
  readonly date: string;
  /** The status that day, or `undefined` when no sourced period covers it. */
  readonly status: CrossingStatus | undefined;
  /** The period that covers the day. */
  readonly period?: StatusPeriod;
  /** True when the day falls inside a bound known only to the month or year. */
  readonly approximate: boolean;
}

/**
 * The status of a crossing (open, restricted, suspended, planned) on a given day: the status
 * period that covers it. Days no sourced period covers have no status (`undefined`), never an
 * assumed "open".
 *
 * @param crossing - the crossing (validated as {@link parseBorderCrossing} does)
 * @param date - the day, `YYYY-MM-DD`
 * @param options - the classification systems and sources to validate the crossing against
 * @returns the status and the period it comes from
 * @throws {@link BilateralError} `INVALID_INPUT` for a bad day; `INVALID_CROSSING` or
 *   `UNKNOWN_CLASS` for a bad crossing
 *
 * @example
 * ```ts
 * const pangHai = LAOS_CHINA_CROSSINGS.find((c) => c.id === 'lao-chn-pang-hai-mengman')!;
 * crossingStatusOn(pangHai, '2023-03-01').status;
 * //=> 'suspended'
 * crossingStatusOn(pangHai, '2024-02-01').status;
 * //=> 'open'
 * ```
 *
 * @category Infrastructure
 */
export function crossingStatusOn(
  crossing: BorderCrossing,
  date: string,
  options: ParseCrossingOptions = {},
): CrossingStatusOnDay {
  const day = assertDay(date, ['date']);
  const checked = readCrossing(crossing, ['crossing'], options);
  return { date: day, ...statusOn(checked.status ?? [], day) };
}
