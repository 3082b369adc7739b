import type { Reserve } from './reserve.js';

/**
 * `<bilateral-growth>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const GROWTH_RESERVE: Reserve = [
  39.75, 37, 34.5, 34.5, 30.75, 30.75, 30.75, 29.25, 30.25, 29, 27.75, 27.75, 27.75, 27.75, 27.75,
  27.75, 26.25, 25, 25,
];
