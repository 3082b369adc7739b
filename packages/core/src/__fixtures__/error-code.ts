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

/**
 * What a call gives: its result, or the `code` and issues of the {@link BilateralError} it throws
 * (any other error is thrown on): lets a test compare two functions, results and errors alike.
 */
export function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return [error.code, error.issues];
  }
}
