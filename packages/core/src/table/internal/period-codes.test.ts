import { describe, expect, it } from 'vitest';
import { previousPeriod, yearEarlier } from '../../period/previous-period.js';
import { flowTableFromRecords } from '../flow-table-from-records.js';
import { shiftedPeriodCodes } from './period-codes.js';

const table = flowTableFromRecords(
  ['2023-01', '2024-01', '2024-02'].map((period) => ({
    reporter: 'VNM',
    partner: 'LAO',
    flow: 'export' as const,
    period,
    value: '1',
    currency: 'USD',
  })),
);

describe('shiftedPeriodCodes', () => {
  it('gives each period code the code and text of the shifted period (−1 when absent)', () => {
    const year = shiftedPeriodCodes(table, yearEarlier);
    expect([...year.codes]).toEqual([-1, 0, -1]);
    expect(year.texts).toEqual(['2022-01', '2023-01', '2023-02']);
    const month = shiftedPeriodCodes(table, previousPeriod);
    expect([...month.codes]).toEqual([-1, -1, 1]);
    expect(month.texts).toEqual(['2022-12', '2023-12', '2024-01']);
  });

  it('computes them once per dictionary and shift (regression: a few kB a call kept V8 collecting)', () => {
    const first = shiftedPeriodCodes(table, yearEarlier);
    expect(shiftedPeriodCodes(table, yearEarlier)).toBe(first);
    expect(shiftedPeriodCodes(table, previousPeriod)).not.toBe(first);
  });
});
