import { BilateralError, parsePeriod } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { loadedPeriodParser } from './load-validator.js';
import { periodOf } from './period-of.js';

describe('periodOf', () => {
  it('reads well-formed text without the parser, as parsePeriod does', () => {
    for (const text of [
      '2024',
      '2024-H1',
      '2024-Q3',
      '2024-09',
      '2024-01/2024-09',
      '2023-07/2024-06',
    ]) {
      expect(periodOf(text, ['period'])).toEqual(parsePeriod(text));
    }
    expect(loadedPeriodParser()).toBeUndefined();
  });

  it("loads the parser for any other text, then throws the parser's error", async () => {
    let pending: unknown;
    try {
      periodOf('2024-Q7', ['period']);
    } catch (thrown) {
      pending = thrown;
    }
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(() => periodOf('2024-Q7', ['period'])).toThrow(BilateralError);
    expect(() => periodOf('2024-Q7', ['period'])).toThrow(
      expect.objectContaining({
        code: 'INVALID_PERIOD',
        issues: [expect.objectContaining({ path: ['period'] })],
      }),
    );
  });
});
