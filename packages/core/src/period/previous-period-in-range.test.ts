import { describe, expect, it } from 'vitest';
import { formatPeriod } from './format-period.js';
import { parsePeriod } from './parse-period.js';
import { previousPeriod } from './previous-period.js';
import { previousPeriodInRange } from './previous-period-in-range.js';

describe('previousPeriodInRange', () => {
  it('gives no period in the first step of the year 1, and previousPeriod after it', () => {
    const before = (text: string) => {
      const period = previousPeriodInRange(parsePeriod(text));
      return period === undefined ? null : formatPeriod(period);
    };
    expect(
      ['0001', '0001-H1', '0001-Q1', '0001-01', '0001-01/0001-09', '0001-02/0001-04'].map(before),
    ).toEqual([null, null, null, null, null, null]);
    for (const text of [
      '0002',
      '0001-H2',
      '0001-Q2',
      '0001-02',
      '0002-01/0002-09',
      '0001-04/0001-06',
      '2024-Q1',
    ]) {
      expect(before(text)).toBe(formatPeriod(previousPeriod(parsePeriod(text))));
    }
    // previousPeriod throws where this one gives none.
    expect(() => previousPeriod(parsePeriod('0001-Q1'))).toThrow(/leaves the years 1–9999/);
  });
});
