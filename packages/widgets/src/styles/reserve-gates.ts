import type { Reserve } from './reserve.js';

/**
 * `<bilateral-gates>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const GATES_RESERVE: Reserve = [
  55.5, 53, 51.5, 51.5, 51.5, 45, 45, 45, 45, 45, 43.75, 43.75, 43.75, 43.75, 39.75, 39.75, 39.75,
  39.75, 39.75, 465,
];
