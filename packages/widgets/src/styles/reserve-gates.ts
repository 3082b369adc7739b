import type { Reserve } from './reserve.js';

/**
 * `<bilateral-gates>`'s loading reserve, by width band (see `RESERVES` in `reserves.ts`): a
 * module of its own, so that only the chunk of the element (and the dashboard's) carries it.
 */
export const GATES_RESERVE: Reserve = [
  54.5, 53.25, 51, 49, 49, 45, 45, 45, 45, 45, 43.5, 43.5, 43.5, 43.5, 39.75, 39.75, 39.75, 39.75,
  39.75, 480, 3, 68, 343,
];
