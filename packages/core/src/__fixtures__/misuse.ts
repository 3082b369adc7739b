import { expect } from 'vitest';
import { BilateralError } from '../errors/index.js';

/**
 * Ordinary mistakes a caller makes where an object (Money, a Series, options) is expected:
 * nothing, null, text, a number, an array, an empty object, a function.
 */
export const MISTAKES: readonly (readonly [name: string, value: unknown])[] = [
  ['undefined', undefined],
  ['null', null],
  ['text', '12'],
  ['a number', 12],
  ['an array', []],
  ['an empty object', {}],
  ['a function', () => 1],
];

/**
 * Runs `call` and asserts it throws a {@link BilateralError} whose every issue has a message (and,
 * when `path` is given, whose first issue starts with it); returns the error.
 */
export function expectBilateralError(call: () => unknown, path?: readonly (string | number)[]) {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'a BilateralError').toBeInstanceOf(BilateralError);
  const error = caught as BilateralError;
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) expect(issue.message).not.toBe('');
  if (path !== undefined) expect(error.issues[0]?.path.slice(0, path.length)).toEqual(path);
  return error;
}
