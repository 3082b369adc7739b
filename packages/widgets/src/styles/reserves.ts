import type { Reserve } from './reserve.js';
import { BALANCE_RESERVE } from './reserve-balance.js';
import { GATES_RESERVE } from './reserve-gates.js';
import { GROWTH_RESERVE } from './reserve-growth.js';
import { TARGET_RESERVE } from './reserve-target.js';

/**
 * The height each element's content takes, by width, so that the loading state holds the space
 * the loaded figure will fill and nothing on the page moves when the data arrives. Each row is a
 * height in em at 16 px text per band and its parts in px (see `Reserve`), at least as tall as the
 * element draws the embedded Vietnam–Laos dataset in English, Vietnamese, Lao or Chinese at any
 * width of its band with 13 to 20 px text and at 200 % text (32 px on the page), measured in
 * Chromium every 8 px from 280 to 1,560 px by `pnpm --filter @bilateral/widgets reserve` (re-run
 * it after a layout change; the browser tests fail when a loaded element outgrows its reserve).
 * Each row is a module of its own (`reserve-<element>.ts`), so that a page loads only the rows of
 * its elements; this table is for the dashboard, the placeholder stylesheet and the tests.
 */
export const RESERVES = {
  growth: GROWTH_RESERVE,
  balance: BALANCE_RESERVE,
  target: TARGET_RESERVE,
  gates: GATES_RESERVE,
} as const satisfies Record<string, Reserve>;
