import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { money } from '../money/index.js';
import { targetPath } from './index.js';
import { parseTarget } from './schemas.js';

const common = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  source: 'seed-002',
  setBy: 'test',
} as const;
const band = { lower: '0.10', upper: '0.15' };
const growthBand = parseTarget({ kind: 'growth-band', id: 'a', ...common, year: '2025', band });
const average = parseTarget({
  kind: 'average-growth-band',
  id: 'b',
  ...common,
  baseYear: '2023',
  endYear: '2026',
  band,
});
const level = parseTarget({
  kind: 'level',
  id: 'c',
  ...common,
  level: { amount: '5000000000', currency: 'USD' },
  byYear: '2030',
});

const code = errorCode;

describe('targetPath', () => {
  it('gives the one-year band of a growth-band target', () => {
    const path = targetPath(growthBand, { year: 2024, value: money('2200000000', 'USD') });
    expect(
      path.points.map((p) => [p.year, p.lower.amount.toString(), p.upper.amount.toString()]),
    ).toEqual([[2025, '2420000000', '2530000000']]);
    expect(path.base.currency).toBe('USD');
  });

  it('compounds an average band year by year (not base × (1 + rate × years))', () => {
    const path = targetPath(average, { year: 2023, value: '1.6' });
    expect(path.points.map((p) => [p.year, p.lower.toString(), p.upper.toString()])).toEqual([
      [2024, '1.76', '1.84'],
      [2025, '1.936', '2.116'],
      [2026, '2.1296', '2.4334'],
    ]);
  });

  it('follows the constant-rate path to a level, reaching it exactly', () => {
    const path = targetPath(level, { year: 2024, value: money('2200000000', 'USD') });
    expect(path.points).toHaveLength(6);
    expect(path.points[5]?.lower.amount.toString()).toBe('5000000000');
    expect(path.points[0]?.lower.amount.toFixed(0)).toBe('2522593282');
    expect(path.points.every((p) => p.lower.amount.eq(p.upper.amount))).toBe(true);
  });

  it('refuses a wrong base year, a non-positive base and a bare base for a level target', () => {
    expect(code(() => targetPath(growthBand, { year: 2023, value: '1' }))).toBe('PERIOD_MISMATCH');
    expect(code(() => targetPath(average, { year: 2024, value: '1' }))).toBe('PERIOD_MISMATCH');
    expect(code(() => targetPath(level, { year: 2030, value: money('1', 'USD') }))).toBe(
      'PERIOD_MISMATCH',
    );
    expect(code(() => targetPath(average, { year: 2023, value: '0' }))).toBe('NON_POSITIVE_BASE');
    expect(code(() => targetPath(level, { year: 2024, value: '2.2' }))).toBe('CURRENCY_MISMATCH');
    expect(code(() => targetPath(level, { year: 2024, value: money('1', 'VND') }))).toBe(
      'CURRENCY_MISMATCH',
    );
  });
});
