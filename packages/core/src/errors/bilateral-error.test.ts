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

  it('lists the first 100 issues in its message, counted in thousands as the command counts, and keeps every one in issues', () => {
    const issues = Array.from({ length: 100_000 }, (_, row) => ({
      path: ['rows', row],
      message: 'bad',
    }));
    const error = new BilateralError('INVALID_IMPORT', issues);
    expect(error.issues).toHaveLength(100_000);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(102);
    expect(lines[0]).toBe('100,000 problems');
    expect(lines[100]).toBe('  - rows[99]: bad');
    expect(lines[101]).toBe('  … and 99,900 more (error.issues lists every one)');
  });

  it('says how many more past the first 100, and nothing more for 100', () => {
    const issuesOf = (count: number) =>
      Array.from({ length: count }, (_, row) => ({ path: [row], message: 'bad' }));
    const hundred = new BilateralError('INVALID_IMPORT', issuesOf(100)).message.split('\n');
    expect(hundred).toHaveLength(101);
    expect(hundred.at(-1)).toBe('  - [99]: bad');
    const more = new BilateralError('INVALID_IMPORT', issuesOf(101)).message.split('\n');
    expect(more.at(-1)).toBe('  … and 1 more (error.issues lists every one)');
    expect(new BilateralError('INVALID_IMPORT', issuesOf(1)).message).toBe('[0]: bad');
  });

  it('formats paths as JSON paths', () => {
    expect(formatIssuePath([])).toBe('(root)');
    expect(formatIssuePath(['flows', 0, 'period'])).toBe('flows[0].period');
    expect(formatIssuePath(['title', 'zh-Hans'])).toBe('title["zh-Hans"]');
    expect(formatIssuePath([2, 'a'])).toBe('[2].a');
    expect(formatIssuePath([''])).toBe('[""]');
    expect(formatIssuePath(['Flows', '_a', '$b', 'c1', '1c'])).toBe('Flows._a.$b.c1["1c"]');
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
