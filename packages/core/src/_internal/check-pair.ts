import type { IssuePath } from '../errors/index.js';
import { isRecord, wrongArgument } from './wrong-argument.js';

/**
 * Checks that a value given as a `FlowPair` is an object, so that `tradeBalance()` or a pair
 * given as text is a `BilateralError` naming `path`, not a `TypeError`.
 *
 * @throws BilateralError `INVALID_INPUT`
 */
export function checkPair(pair: unknown, path: IssuePath = []): void {
  if (!isRecord(pair)) {
    throw wrongArgument(path, '{ exports, imports }', pair);
  }
}
