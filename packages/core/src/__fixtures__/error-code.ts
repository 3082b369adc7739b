import { BilateralError } from '../errors/index.js';

/** The `code` of the error a call throws, or `'no error'`: lets a test assert codes in a table. */
export const errorCode = (call: () => unknown): string | undefined => {
  try {
    call();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

/**
 * The `code` and issue paths of the {@link BilateralError} a call throws, or `undefined` when it
 * passes (any other error is thrown on): lets a test compare two checks of the same input.
 */
export function failure(call: () => unknown) {
  try {
    call();
    return undefined;
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return { code: error.code, paths: error.issues.map((issue) => issue.path) };
  }
}
