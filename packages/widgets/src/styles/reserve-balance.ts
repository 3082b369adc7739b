import type { Reserve } from './reserve.js';

/**
 * `<bilateral-balance>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const BALANCE_RESERVE: Reserve = [
  44.75, 42.25, 41, 36.5, 36.5, 35.75, 32.5, 32.5, 32.5, 30.5, 30.5, 28.5, 25, 23.25, 23.25, 23.25,
  23.25, 17.25, 17.25, 144,
];
