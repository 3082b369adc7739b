import type { ClassChange, CrossingSide, StatusPeriod } from '../border-crossing.js';
import type { ClassBasis } from '../crossing-class-on.js';
import type { CrossingStatus } from '../crossing-terms.js';
import { partialDateEnd, partialDateStart } from './partial-date.js';

/** The class of a (validated) side on `day` (`YYYY-MM-DD`). */
export function sideClassOn(
  side: CrossingSide,
  day: string,
): { class: string | undefined; basis: ClassBasis; entry?: ClassChange; approximate: boolean } {
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
}

/** The status period of a (validated) crossing covering `day`, if any. */
export function statusOn(
  periods: readonly StatusPeriod[],
  day: string,
): { status: CrossingStatus | undefined; period?: StatusPeriod; approximate: boolean } {
  const fuzzy = (bound: string | undefined) =>
    bound !== undefined &&
    bound.length < 10 &&
    partialDateStart(bound) <= day &&
    day <= partialDateEnd(bound);
  for (const period of periods) {
    const start = period.from === undefined ? '0000-01-01' : partialDateStart(period.from);
    const end = period.to === undefined ? '9999-12-31' : partialDateEnd(period.to);
    if (start <= day && day <= end) {
      return { status: period.status, period, approximate: fuzzy(period.from) || fuzzy(period.to) };
    }
  }
  return { status: undefined, approximate: false };
}
