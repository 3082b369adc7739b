import type { Reserve } from './reserve.js';

/**
 * `<bilateral-growth>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const GROWTH_RESERVE: Reserve = [
  40.25, 39.5, 37.75, 35.75, 33.25, 33.25, 33.25, 31.5, 31.5, 30.25, 29, 29, 29, 29, 29, 29, 26.25,
  26.25, 26.25, 284, 17, 272, 44,
];
