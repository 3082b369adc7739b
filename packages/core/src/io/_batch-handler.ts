/**
 * The options of a streaming importer split into its `onFlows` and the options of the
 * whole-text importer it follows. Private to the `io` module.
 *
 * @internal
 */

import { BilateralError } from '../errors/index.js';

/**
 * `onFlows` and the other options.
 *
 * @throws BilateralError `INVALID_INPUT` at `onFlows` when it is not a function
 */
export function splitOnFlows<T extends { readonly onFlows: unknown }>(
  options: T,
): { onFlows: T['onFlows']; importOptions: Omit<T, 'onFlows'> } {
  const { onFlows, ...importOptions } = options;
  if (typeof onFlows !== 'function') {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['onFlows'], message: 'expected a function that takes each batch of flows' },
    ]);
  }
  return { onFlows, importOptions };
}
