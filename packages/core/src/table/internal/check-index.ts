import { BilateralError } from '../../errors/index.js';

/** Refuses an index that is not an integer in `[0, length)`, naming what it indexes. */
export function checkIndex(index: number, length: number, what: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [],
        message: `${String(index)} is not a ${what} index: the ${what}s are numbered 0 to ${length - 1}`,
      },
    ]);
  }
}
