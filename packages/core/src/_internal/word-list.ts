/**
 * Items listed in running English text, cut after a few with how many more there are: the
 * titles an importer writes (`UN Comtrade: Brazil, China and Laos …`, a flows CSV's sources).
 *
 * @internal
 */
import { grouped } from './count-of.js';

/**
 * `A`, `A and B`, `A, B and C`, `A, B, C and 4 more` (`and 1,195 more`): the first `max` items
 * and how many more there are.
 *
 * @example
 * ```ts
 * wordList(['Brazil', 'China', 'Laos', 'Peru', 'Chile']); //=> 'Brazil, China, Laos and 2 more'
 * ```
 */
export function wordList(items: readonly string[], max = 3): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max)
    return `${items.slice(0, max).join(', ')} and ${grouped(items.length - max)} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
