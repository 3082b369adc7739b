/**
 * The `spill` option of a streamed import, checked. Private to the `io` module.
 *
 * @internal
 */

import { BilateralError } from '../errors/index.js';
import type { ImportSpill } from './spill-store.js';

/** How many distinct records a streamed import keeps in memory with `spill` and no `records`. */
export const SPILL_RECORDS = 1_048_576;

/**
 * The `spill` option checked: its store and how many records stay in memory.
 *
 * @throws BilateralError `INVALID_INPUT` at `spill.store` without `create`, at `spill.records` for
 * anything but a whole number of at least 1
 */
export function spillSettings(
  spill: ImportSpill | undefined,
): { readonly store: ImportSpill['store']; readonly records: number } | undefined {
  if (spill === undefined) return undefined;
  const store: unknown = spill.store;
  if (typeof (store as { create?: unknown } | null)?.create !== 'function') {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['spill', 'store'], message: 'expected a store with create(), which gives a file' },
    ]);
  }
  const records = spill.records ?? SPILL_RECORDS;
  if (!Number.isSafeInteger(records) || records < 1) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['spill', 'records'],
        message: `expected a whole number of at least 1, got ${records}`,
      },
    ]);
  }
  return { store: spill.store, records };
}
