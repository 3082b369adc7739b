/**
 * Items listed in running English text, cut after a few with how many more there are: the
 * titles an importer writes (`UN Comtrade: Brazil, China and Laos …`, a flows CSV's sources).
 *
 * @internal
 */
import { grouped } from './count-of.js';

/** How many items {@link wordList} writes in full by default, before `and N more`. */
const LISTED = 3;

/**
 * `A`, `A and B`, `A, B and C`, `A, B, C and 4 more` (`and 1,195 more`): the first `max` items
 * and how many more there are. Items of which one written holds a comma (`Korea, Republic of`)
 * are set apart by semicolons, the last after `; and`, as English lists such items: `the World,
 * Korea, Republic of and Thailand` could be four names.
 *
 * @example
 * ```ts
 * wordList(['Brazil', 'China', 'Laos', 'Peru', 'Chile']); //=> 'Brazil, China, Laos and 2 more'
 * wordList(['the World', 'Korea, Republic of', 'Thailand']);
 * //=> 'the World; Korea, Republic of; and Thailand'
 * ```
 */
export function wordList(items: readonly string[], max = LISTED): string {
  if (items.length <= 1) return items[0] ?? '';
  const cut = items.length > max;
  const shown = cut ? items.slice(0, max) : items.slice(0, -1);
  const last = cut ? `${grouped(items.length - max)} more` : items.at(-1);
  return listsWithComma(items, max)
    ? `${shown.join('; ')}; and ${last}`
    : `${shown.join(', ')} and ${last}`;
}

/**
 * Whether {@link wordList} writes `items` apart by semicolons: one of those it writes in full
 * (the first `max`) holds a comma. A text that holds such a list sets its own parts apart by
 * semicolons too.
 *
 * @example
 * ```ts
 * listsWithComma(['Laos', 'Areas, nes']); //=> true
 * listsWithComma(['Brazil', 'China', 'Laos', 'Areas, nes']); //=> false (and 1 more)
 * ```
 */
export function listsWithComma(items: readonly string[], max = LISTED): boolean {
  return items.slice(0, max).some((item) => item.includes(','));
}
