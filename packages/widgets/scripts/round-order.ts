/**
 * The order in which `page-profile.ts run` opens its pages in a round: the indexes of its `count`
 * folders, starting one later each round (round 0, and the warm-up round -1, from the first), so
 * that no folder is always opened first: which page a round opens first has weighed more than
 * the builds did (docs/performance.md, on comparing two builds, gives the measurements).
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
