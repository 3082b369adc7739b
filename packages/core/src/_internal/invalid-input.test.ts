import { describe, expect, it } from 'vitest';
import { thrown } from './__fixtures__/thrown.js';
import { invalidInput } from './invalid-input.js';

describe('invalidInput', () => {
  it('throws INVALID_INPUT with its one issue at the path', () => {
    const error = thrown(() => invalidInput(['points', 3, 'value'], 'expected Money, got null'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([
      { path: ['points', 3, 'value'], message: 'expected Money, got null' },
    ]);
  });
});
