import { BilateralError } from '../../errors/index.js';

/**
 * Runs a target calculation that takes its input as validated (`evaluateCheckedTarget`,
 * `checkedTargetPath`): a value of the wrong shape gives `INVALID_INPUT` naming the function,
 * never a raw TypeError (nor the decimal engine's error for a rate that is not a number). It is
 * not a check: `evaluateTarget` and `targetPath` check their input.
 *
 * The crossings' functions of the same kind have their own (`infrastructure/_lib/as-validated.ts`,
 * `INVALID_CROSSING`): one module shared by the target card and the gates would be a script of its
 * own on every page with both (the dashboard), 0.2 kB gzipped and a request for six lines.
 */
export function asChecked<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof BilateralError) throw error;
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [],
        message: `${what} takes a validated target and values as a dataset's series give them (or call the function that checks them)`,
      },
    ]);
  }
}
