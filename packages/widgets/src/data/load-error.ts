import { BilateralError, type BilateralErrorCode } from '@bilateral/core/calc';
import type { LoadFailure } from '../i18n/messages.js';

/** A failure with the reason the element shows and the event carries. */
export class LoadError extends Error {
  declare readonly reason: LoadFailure;
  declare readonly error: BilateralError;
  constructor(reason: LoadFailure, error: BilateralError) {
    super(error.message);
    this.reason = reason;
    this.error = error;
  }
}

/** A {@link LoadError} of one problem at `path`. */
export const fail = (
  reason: LoadFailure,
  code: BilateralErrorCode,
  path: string,
  message: string,
): LoadError => new LoadError(reason, new BilateralError(code, [{ path: [path], message }]));

/** Converts whatever a load threw into a {@link LoadError}. */
export function toLoadError(error: unknown, reason: LoadFailure = 'compute'): LoadError {
  if (error instanceof LoadError) return error;
  if (error instanceof BilateralError) return new LoadError(reason, error);
  return fail(reason, 'INVALID_INPUT', 'data', String(error));
}
