import type { Reserve } from './reserve.js';

/**
 * `<bilateral-target>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const TARGET_RESERVE: Reserve = [
  57.25, 55.75, 49.75, 45.5, 44.25, 44.25, 43, 40.25, 42.75, 42.75, 41.5, 40, 37.5, 37.5, 36, 34.75,
  31.5, 30.5, 30.5, 300, 3, 0, 625,
];
