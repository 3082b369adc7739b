import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../flow/schemas.js';
import { convert, money } from '../money/index.js';
import { checkRate } from '../money/rate-table.js';
import type { Period } from '../period/index.js';
import { ANNUAL_AVERAGE_RATES, RATE_SOURCES } from './index.js';

const year = (value: number): Period => ({ kind: 'year', year: value });
const rowYear = (row: (typeof ANNUAL_AVERAGE_RATES)[number]) =>
  row.period?.kind === 'year' ? row.period.year : undefined;

describe('ANNUAL_AVERAGE_RATES', () => {
  it('is a valid rate table: annual averages 2015–2025, USD against the six currencies', () => {
    ANNUAL_AVERAGE_RATES.forEach((row, index) => {
      expect(checkRate(row, [index]).rate.gt(0)).toBe(true);
      expect(row.from).toBe('USD');
      expect(['VND', 'LAK', 'CNY', 'THB', 'KHR', 'MMK']).toContain(row.to);
      expect(row.kind).toBe('period-average');
      expect(row.date).toBeUndefined();
      expect(rowYear(row)).toBeGreaterThanOrEqual(2015);
      expect(rowYear(row)).toBeLessThanOrEqual(2025);
    });
  });

  it('has one rate per currency and year', () => {
    const keys = ANNUAL_AVERAGE_RATES.map((row) => `${row.to} ${rowYear(row)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cites a listed source in every row, and every listed source is cited', () => {
    const ids = RATE_SOURCES.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of ANNUAL_AVERAGE_RATES) expect(ids).toContain(row.source);
    for (const id of ids) {
      expect(ANNUAL_AVERAGE_RATES.some((row) => row.source === id)).toBe(true);
    }
    for (const source of RATE_SOURCES) {
      expect(SourceSchema.safeParse(source).success).toBe(true);
      expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('holds the figures as the sources print them (spot checks)', () => {
    const rate = (to: string, at: number) =>
      ANNUAL_AVERAGE_RATES.find((row) => row.to === to && rowYear(row) === at)?.rate;
    expect(rate('VND', 2015)).toBe('21697.57');
    expect(rate('VND', 2021)).toBe('23159.78');
    expect(rate('THB', 2016)).toBe('35.30');
    expect(rate('CNY', 2020)).toBe('6.8974');
    expect(rate('CNY', 2023)).toBe('7.0467');
  });

  it('converts with convert, both ways (the TSDoc example)', () => {
    const rates = ANNUAL_AVERAGE_RATES;
    expect(
      convert(money('1000', 'USD'), 'VND', { period: year(2021), rates }).amount.toString(),
    ).toBe('23159780');
    expect(
      convert(money('68974', 'CNY'), 'USD', { period: year(2020), rates }).amount.toString(),
    ).toBe('10000');
  });

  it('refuses a year it has no source for with MISSING_RATE naming the currency and year', () => {
    const call = () =>
      convert(money('1', 'USD'), 'LAK', { period: year(2024), rates: ANNUAL_AVERAGE_RATES });
    expect(call).toThrow(expect.objectContaining({ code: 'MISSING_RATE' }));
    expect(call).toThrow(/USD to LAK.*2024/);
  });
});
