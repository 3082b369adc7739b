import { assertDay } from './_lib/partial-date.js';
import { readCrossing } from './_lib/read-crossing.js';
import { resolveSide, type SideSelector } from './_lib/resolve.js';
import type { BorderCrossing, ClassChange, ParseCrossingOptions } from './border-crossing.js';
import { sideClassOn } from './side-class-on.js';

/**
 * How {@link crossingClassOn} knows the class: from the dated history (`history`), from the
 * `from` of the first dated change when the day is before it (`before-first-change`), from an
 * undated `class` with no history (`undated`: the class as recorded, no date known), or not at
 * all (`unknown`).
 *
 * @example
 * ```ts
 * crossingClassOn(VIETNAM_LAOS_CROSSINGS[0], 'VNM', '2024-10-24').basis;
 * //=> 'undated'
 * ```
 *
 * @category Infrastructure
 */
export type ClassBasis = 'history' | 'before-first-change' | 'undated' | 'unknown';

/**
 * The class of one side of a crossing on one day.
 *
 * @example
 * ```ts
 * crossingClassOn(VIETNAM_LAOS_CROSSINGS[0], 'LAO', '2024-10-24').class;
 * //=> 'international'
 * ```
 *
 * @category Infrastructure
 */
export interface CrossingClassOnDay {
  readonly country: string;
  readonly date: string;
  /** The class that day, or `undefined` when the sources do not say. */
  readonly class: string | undefined;
  readonly basis: ClassBasis;
  /** The history entry the answer rests on: the last one on or before the day, or the first one. */
  readonly entry?: ClassChange;
  /**
   * True when the day falls inside the month or year of a change known only to the month or
   * year, so the change may come after it (La Lay on 2014-06-10: upgraded "in June 2014").
   */
  readonly approximate: boolean;
}

/**
 * The class of one side of a crossing on a given day: the last dated class change on or before
 * the day; before the first change, the class it changed from (when recorded). A change known
 * only to the month or year takes effect from the first day of that month or year, and answers
 * inside that span are flagged `approximate`.
 *
 * @param crossing - the crossing (validated as {@link parseBorderCrossing} does)
 * @param side - the side: `0`, `1` or its country code (`'VNM'`)
 * @param date - the day, `YYYY-MM-DD`
 * @param options - the classification systems and sources to validate the crossing against
 * @returns the class, how it is known, and the entry it rests on
 * @throws {@link BilateralError} `INVALID_INPUT` for a bad day or side; `INVALID_CROSSING` or
 *   `UNKNOWN_CLASS` for a bad crossing
 *
 * @example
 * ```ts
 * const namGiang = VIETNAM_LAOS_CROSSINGS.find((c) => c.id === 'vnm-lao-nam-giang')!;
 * crossingClassOn(namGiang, 'VNM', '2019-06-01').class;
 * //=> 'main'
 * crossingClassOn(namGiang, 'VNM', '2021-09-01').class;
 * //=> 'international'
 * ```
 *
 * @category Infrastructure
 */
export function crossingClassOn(
  crossing: BorderCrossing,
  side: SideSelector,
  date: string,
  options: ParseCrossingOptions = {},
): CrossingClassOnDay {
  const day = assertDay(date, ['date']);
  const checked = readCrossing(crossing, ['crossing'], options);
  const { side: chosen } = resolveSide(checked, side, ['side']);
  return { country: chosen.country, date: day, ...sideClassOn(chosen, day) };
}
