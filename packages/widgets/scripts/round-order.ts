/**
 * The order in which `page-profile.ts run` opens its pages in a round: the indexes of its `count`
 * folders, starting one later each round (round 0, and the warm-up round -1, from the first), so
 * that no folder is always opened first. The page opened first in a round and the one opened
 * second differ by more than two builds do at times: on 2026-12-07 (h353, load 9) a variant of
 * HEAD's bundle had the lower last figure in 20 of 30 pairs opened second and in 8 of 18 opened
 * first, and h334 (2026-12-06) found the page opened first with the lower busy CPU in 6 of 8
 * pairs, twice.
 *
 * @example
 * ```ts
 * import { roundOrder } from './round-order.js';
 *
 * roundOrder(3, 0); //=> [0, 1, 2]
 * roundOrder(3, 1); //=> [1, 2, 0]
 * roundOrder(2, 3); //=> [1, 0]
 * ```
 */
export function roundOrder(count: number, round: number): number[] {
  const start = Math.max(round, 0);
  return Array.from({ length: count }, (_, at) => (start + at) % count);
}
