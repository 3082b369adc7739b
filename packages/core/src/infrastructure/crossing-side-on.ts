import { resolveSide, type SideSelector } from './_lib/resolve.js';
import type { BorderCrossing, CrossingSide, ParseCrossingOptions } from './border-crossing.js';
import { type CrossingClassOnDay, crossingClassOn } from './crossing-class-on.js';
import { type CrossingStatusOnDay, crossingStatusOn } from './crossing-status-on.js';

/**
 * One side of a crossing on one day: where it is, its class that day and the crossing's status.
 *
 * @example
 * ```ts
 * crossingSideOn(VIETNAM_LAOS_CROSSINGS[0], 1, '2024-10-24').gate;
 * //=> 'Sop Hun'
 * ```
 *
 * @category Infrastructure
 */
export interface CrossingSideOnDay {
  readonly crossingId: string;
  readonly date: string;
  readonly country: string;
  readonly gate: string | undefined;
  readonly province: CrossingSide['province'];
  readonly class: CrossingClassOnDay;
  readonly status: CrossingStatusOnDay;
}

/**
 * The class and status of one side of a crossing on a given day — {@link crossingClassOn} and
 * {@link crossingStatusOn} together.
 *
 * @param crossing - the crossing (validated as {@link parseBorderCrossing} does)
 * @param side - the side: `0`, `1` or its country code
 * @param date - the day, `YYYY-MM-DD`
 * @param options - the classification systems and sources to validate the crossing against
 * @returns the side's gate, province, class that day and the crossing's status that day
 * @throws {@link BilateralError} `INVALID_INPUT` for a bad day or side; `INVALID_CROSSING` or
 *   `UNKNOWN_CLASS` for a bad crossing
 *
 * @example
 * ```ts
 * const laLay = VIETNAM_LAOS_CROSSINGS.find((c) => c.id === 'vnm-lao-la-lay')!;
 * const before = crossingSideOn(laLay, 'VNM', '2014-05-31');
 * [before.class.class, before.class.basis];
 * //=> ['main', 'history']
 * crossingSideOn(laLay, 'VNM', '2014-07-01').class.class;
 * //=> 'international'
 * ```
 *
 * @category Infrastructure
 */
export function crossingSideOn(
  crossing: BorderCrossing,
  side: SideSelector,
  date: string,
  options: ParseCrossingOptions = {},
): CrossingSideOnDay {
  const cls = crossingClassOn(crossing, side, date, options);
  const status = crossingStatusOn(crossing, date, options);
  const { side: chosen } = resolveSide(crossing, side, ['side']);
  return {
    crossingId: crossing.id,
    date: cls.date,
    country: chosen.country,
    gate: chosen.gate,
    province: chosen.province,
    class: cls,
    status,
  };
}
