import { BilateralError } from '../../errors/index.js';

/**
 * Runs a calculation that takes crossings as validated (`summarizeCheckedCrossings`,
 * `sideClassOn`, `statusOn`): a value of the wrong shape gives `INVALID_CROSSING`, never a raw
 * TypeError. It is not a check: use the checking functions for crossings no one validated.
 */
export function asValidated<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new BilateralError('INVALID_CROSSING', [
      {
        path: [],
        message: `${what} takes validated crossings (read them with parseBorderCrossings, or call the function that checks them)`,
      },
    ]);
  }
}
