import type { Reserve } from './reserve.js';

/**
 * `<bilateral-growth>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const GROWTH_RESERVE: Reserve = [
  39.75, 37.25, 37.25, 37.25, 33, 33, 33, 31.5, 30.25, 29, 28.25, 28.25, 28.25, 28.25, 28.25, 28.25,
  27.25, 25.5, 25.5, 246,
];
