import { describe, expect, it } from 'vitest';
import { listProvinces, provinceAt } from './index.js';

describe('provinceAt', () => {
  it.each([
    ['VN-QUANG-BINH', '2025-06-30', 'VN-QUANG-BINH'],
    ['VN-QUANG-BINH', '2025-07-01', 'VN-QUANG-TRI'],
    ['VN-KON-TUM', '2025-06-30', 'VN-KON-TUM'],
    ['VN-KON-TUM', '2025-07-01', 'VN-QUANG-NGAI'],
    ['VN-QUANG-NAM', '2024-10-24', 'VN-QUANG-NAM'],
    ['VN-QUANG-NAM', '2026-01-01', 'VN-DA-NANG'],
    ['VN-THUA-THIEN-HUE', '2024-12-31', 'VN-THUA-THIEN-HUE'],
    ['VN-THUA-THIEN-HUE', '2025-01-01', 'VN-HUE'],
    ['VN-DIEN-BIEN', '2030-01-01', 'VN-DIEN-BIEN'],
    ['VN-QUANG-TRI', '2020-01-01', 'VN-QUANG-TRI'],
    ['LA-HOUAPHANH', '2025-07-01', 'LA-HOUAPHANH'],
  ])('%s on %s is %s', (id, date, expected) => {
    expect(provinceAt(id, date).id).toBe(expected);
  });

  it('accepts a Date, read as a local calendar day', () => {
    expect(provinceAt('VN-QUANG-BINH', new Date(2025, 5, 30, 23, 59)).id).toBe('VN-QUANG-BINH');
    expect(provinceAt('VN-QUANG-BINH', new Date(2025, 6, 1, 0, 0)).id).toBe('VN-QUANG-TRI');
  });

  it('ends on a unit that is not merged away on that date, for every province', () => {
    for (const province of listProvinces()) {
      const now = provinceAt(province.id, '2030-01-01');
      expect(now.mergedInto, province.id).toBeUndefined();
      expect(now.country).toBe(province.country);
    }
  });

  it('throws UNKNOWN_ECONOMY naming an unknown id', () => {
    expect(() => provinceAt('VN-ATLANTIS', '2025-07-01')).toThrowError(
      expect.objectContaining({
        code: 'UNKNOWN_ECONOMY',
        message: expect.stringContaining('"VN-ATLANTIS" is not a known border province id'),
      }),
    );
  });

  it.each([
    ['2025-02-30'],
    ['2023-02-29'],
    ['0000-01-01'],
    ['2024-13-01'],
    ['2025-7-1'],
    ['1 July 2025'],
    [''],
  ])('throws INVALID_INPUT naming the date %j', (date) => {
    expect(() => provinceAt('VN-KON-TUM', date)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          {
            path: ['date'],
            message: `${JSON.stringify(date)} is not a date: expected a Date or "YYYY-MM-DD"`,
          },
        ],
      }),
    );
  });

  it('names a value that is not text without echoing it whole', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const date of [cyclic, 10n, 'x'.repeat(100_000)]) {
      expect(() => provinceAt('VN-KON-TUM', date as string)).toThrowError(
        /^date: .{0,120} is not a date/,
      );
    }
  });

  it('throws INVALID_INPUT for an invalid Date', () => {
    expect(() => provinceAt('VN-KON-TUM', new Date(Number.NaN))).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'date: an invalid Date is not a date: expected a Date or "YYYY-MM-DD"',
      }),
    );
  });
});
