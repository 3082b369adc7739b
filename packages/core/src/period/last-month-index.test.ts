import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { lastMonthIndex } from './last-month-index.js';
import { parsePeriod } from './parse-period.js';
import type { Period } from './period.js';
import { periodEnd } from './period-bounds.js';

const at = (text: string) => lastMonthIndex(parsePeriod(text));

describe('lastMonthIndex', () => {
  it('counts the months from January of the year 0 to the last month, for every kind', () => {
    expect(
      ['2024', '2024-H1', '2024-Q3', '2024-02', '2024-01/2024-09', '2023-11/2024-02'].map(at),
    ).toEqual([24299, 24293, 24296, 24289, 24296, 24289]);
    expect(at('0001-01')).toBe(12);
    expect(at('9999')).toBe(9999 * 12 + 11);
  });

  it('orders periods by their end as periodEnd does', () => {
    const texts = ['2023', '2024-H1', '2024-Q3', '2024-01/2024-09', '2024-09', '2024', '2025-Q1'];
    for (const a of texts) {
      for (const b of texts) {
        const [x, y] = [parsePeriod(a), parsePeriod(b)];
        expect([a, b, Math.sign(lastMonthIndex(x) - lastMonthIndex(y))]).toEqual([
          a,
          b,
          Math.sign(periodEnd(x).getTime() - periodEnd(y).getTime()),
        ]);
      }
    }
  });

  it('refuses what is not a period with INVALID_PERIOD and a path', () => {
    for (const value of ['2024', undefined, { kind: 'quarter', year: 2024, quarter: 5 }]) {
      try {
        lastMonthIndex(value as unknown as Period);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        expect((error as BilateralError).code).toBe('INVALID_PERIOD');
        expect((error as BilateralError).issues[0]?.path[0]).toBe('period');
      }
    }
  });
});
