/**
 * The options of a streaming importer split into its `onFlows` and the options of the
 * whole-text importer it follows. Private to the `io` module.
 *
 * @internal
 */

import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';

/**
 * `onFlows` and the other options.
 *
 * @throws BilateralError `INVALID_INPUT` at `options` when they are not an object, at `onFlows`
 * when it is not a function
 */
export function splitOnFlows<T extends { readonly onFlows: unknown }>(
  options: T,
): { onFlows: T['onFlows']; importOptions: Omit<T, 'onFlows'> } {
  const given: unknown = options;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['options'],
        message: `expected options such as { onFlows: (flows) => … }, got ${describeInput(given)}`,
      },
    ]);
  }
  const { onFlows, ...importOptions } = options;
  if (typeof onFlows !== 'function') {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['onFlows'], message: 'expected a function that takes each batch of flows' },
    ]);
  }
  return { onFlows, importOptions };
}
