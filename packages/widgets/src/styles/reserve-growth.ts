import type { Reserve } from './reserve.js';

/**
 * `<bilateral-growth>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const GROWTH_RESERVE: Reserve = [
  41, 39.5, 39.5, 35.75, 33.25, 33.25, 32.25, 30.5, 31.5, 30.25, 29, 29, 29, 29, 27.75, 27.75,
  27.25, 26.25, 26.25, 272, 7, 224, 371,
];
