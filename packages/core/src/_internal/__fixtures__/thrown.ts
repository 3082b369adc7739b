import { expect } from 'vitest';
import { BilateralError } from '../../errors/index.js';

/** The error `call` throws (failing the test when it returns). */
export function thrown(call: () => unknown): BilateralError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(BilateralError);
    return error as BilateralError;
  }
  throw new Error('expected a BilateralError');
}
