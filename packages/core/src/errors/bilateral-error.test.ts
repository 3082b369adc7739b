import { describe, expect, it } from 'vitest';
import { BilateralError, formatIssuePath, toSafeParse } from './index.js';

describe('BilateralError', () => {
  it('carries a stable code and a list of issues', () => {
    const error = new BilateralError('INVALID_PERIOD', '"2024-13" is not a period');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BilateralError');
    expect(error.code).toBe('INVALID_PERIOD');
    expect(error.issues).toEqual([{ path: [], message: '"2024-13" is not a period' }]);
    expect(String(error)).toBe('BilateralError [INVALID_PERIOD]: "2024-13" is not a period');
  });

  it('lists several issues one per line with their paths', () => {
    const error = new BilateralError('INVALID_DATASET', [
      { path: ['flows', 3, 'value'], message: 'must be a decimal' },
      { path: ['title', 'en'], message: 'expected string' },
    ]);
    expect(error.message).toBe(
      '2 problems\n  - flows[3].value: must be a decimal\n  - title.en: expected string',
    );
  });

  it('formats paths as JSON paths', () => {
    expect(formatIssuePath([])).toBe('(root)');
    expect(formatIssuePath(['flows', 0, 'period'])).toBe('flows[0].period');
    expect(formatIssuePath(['title', 'zh-Hans'])).toBe('title["zh-Hans"]');
    expect(formatIssuePath([2, 'a'])).toBe('[2].a');
  });

  it('toSafeParse turns BilateralErrors into results and rethrows bugs', () => {
    expect(toSafeParse(() => 1)).toEqual({ success: true, data: 1 });
    const failure = toSafeParse(() => {
      throw new BilateralError('EMPTY_SERIES', 'empty');
    });
    expect(failure.success).toBe(false);
    expect(() =>
      toSafeParse(() => {
        throw new TypeError('bug');
      }),
    ).toThrowError(TypeError);
  });
});
