import { BilateralError, type IssuePath } from '../errors/index.js';
import { describeInput } from './quote-input.js';

/**
 * Checks that a value given as a `FlowPair` is an object, so that `tradeBalance()` or a pair
 * given as text is a `BilateralError` naming `path`, not a `TypeError`.
 *
 * @throws BilateralError `INVALID_INPUT`
 */
export function checkPair(pair: unknown, path: IssuePath = []): void {
  if (typeof pair !== 'object' || pair === null || Array.isArray(pair)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path,
        message: `expected { exports, imports }, got ${describeInput(pair)}`,
      },
    ]);
  }
}
