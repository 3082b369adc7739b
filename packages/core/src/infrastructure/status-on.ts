import { asValidated } from './_lib/as-validated.js';
import { partialDateEnd, partialDateStart } from './_lib/partial-date.js';
import type { StatusPeriod } from './border-crossing.js';
import type { CrossingStatus } from './crossing-terms.js';

/**
 * The status of a validated crossing on a day, from its status periods — what
 * {@link crossingStatusOn} answers, for a crossing that was validated already (a dataset's
 * crossings as `parseDataset` or `datasetFromCompact` give them), without checking it or the day
 * again.
 *
 * @param periods - the crossing's validated `status` periods (`crossing.status ?? []`)
 * @param day - the day, `YYYY-MM-DD` (not checked: see {@link crossingStatusOn})
 * @returns the status that day (`undefined` when no period covers it), the period and whether
 *   the day falls within a bound known only to the month or year
 * @throws {@link BilateralError} `INVALID_CROSSING` (naming no field) for periods of the wrong
 *   shape — it is not a check
 *
 * @example
 * ```ts
 * const boten = LAOS_CHINA_CROSSINGS[0];
 * statusOn(boten.status ?? [], '2024-01-01').status;
 * //=> 'open'
 * statusOn([], '2024-01-01');
 * //=> { status: undefined, approximate: false }
 * ```
 *
 * @category Infrastructure
 */
export function statusOn(
  periods: readonly StatusPeriod[],
  day: string,
): { status: CrossingStatus | undefined; period?: StatusPeriod; approximate: boolean } {
  return asValidated('statusOn', () => {
    const fuzzy = (bound: string | undefined) =>
      bound !== undefined &&
      bound.length < 10 &&
      partialDateStart(bound) <= day &&
      day <= partialDateEnd(bound);
    for (const period of periods) {
      const start = period.from === undefined ? '0000-01-01' : partialDateStart(period.from);
      const end = period.to === undefined ? '9999-12-31' : partialDateEnd(period.to);
      if (start <= day && day <= end) {
        return {
          status: period.status,
          period,
          approximate: fuzzy(period.from) || fuzzy(period.to),
        };
      }
    }
    return { status: undefined, approximate: false };
  });
}
