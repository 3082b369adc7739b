import { asValidated } from './_lib/as-validated.js';
import { partialDateEnd, partialDateStart } from './_lib/partial-date.js';
import type { ClassChange, CrossingSide } from './border-crossing.js';
import type { ClassBasis } from './crossing-class-on.js';

/**
 * The class of one validated side of a crossing on a day, from its class history — what
 * {@link crossingClassOn} answers, for a side that was validated already (a dataset's crossings
 * as `parseDataset` or `datasetFromCompact` give them), without checking it or the day again.
 *
 * @param side - a validated side (as {@link parseBorderCrossing} returns it)
 * @param day - the day, `YYYY-MM-DD` (not checked: see {@link crossingClassOn})
 * @returns the class that day (`undefined` when the sources do not say), on what it rests, the
 *   history entry it comes from and whether the day falls within a change known only to the month
 *   or year
 * @throws {@link BilateralError} `INVALID_CROSSING` (naming no field) for a side of the wrong
 *   shape — it is not a check
 *
 * @example
 * ```ts
 * const laLay = VIETNAM_LAOS_CROSSINGS.find((c) => c.id === 'vnm-lao-la-lay')!;
 * const vietnamese = laLay.sides[0];
 * [sideClassOn(vietnamese, '2014-05-31').class, sideClassOn(vietnamese, '2014-05-31').basis];
 * //=> ['main', 'history'] (its 1998 upgrade to main)
 * sideClassOn(vietnamese, '2014-06-10').approximate;
 * //=> true
 * sideClassOn(undefined as never, '2014-06-10');
 * // throws BilateralError [INVALID_CROSSING]: sideClassOn takes validated crossings (…)
 * ```
 *
 * @category Infrastructure
 */
export function sideClassOn(
  side: CrossingSide,
  day: string,
): { class: string | undefined; basis: ClassBasis; entry?: ClassChange; approximate: boolean } {
  return asValidated('sideClassOn', () => {
    const history = side.classHistory ?? [];
    if (history.length === 0) {
      return side.class === undefined
        ? { class: undefined, basis: 'unknown', approximate: false }
        : { class: side.class, basis: 'undated', approximate: false };
    }
    let last: ClassChange | undefined;
    for (const entry of history) {
      if (partialDateStart(entry.date) <= day) last = entry;
    }
    if (last !== undefined) {
      return {
        class: last.class,
        basis: 'history',
        entry: last,
        approximate: last.date.length < 10 && day <= partialDateEnd(last.date),
      };
    }
    const first = history[0] as ClassChange;
    return first.from === undefined
      ? { class: undefined, basis: 'unknown', entry: first, approximate: false }
      : { class: first.from, basis: 'before-first-change', entry: first, approximate: false };
  });
}
