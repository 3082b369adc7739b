import type { Reserve } from './reserve.js';

/**
 * `<bilateral-target>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const TARGET_RESERVE: Reserve = [
  59.75, 54.75, 45.25, 44, 42.75, 42.75, 41.75, 40.25, 42.75, 41.5, 40.5, 38.75, 36, 36, 36, 33,
  31.5, 30.5, 30.5,
];
