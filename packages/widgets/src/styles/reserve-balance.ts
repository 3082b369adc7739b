import type { Reserve } from './reserve.js';

/**
 * `<bilateral-balance>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const BALANCE_RESERVE: Reserve = [
  44.75, 43.5, 40.25, 36.5, 36.5, 34.75, 31.75, 31.75, 31.75, 29.5, 29.5, 28.25, 24.75, 23.25,
  23.25, 22, 22, 17, 17, 124, 10, 272, 434,
];
