import { describe, expect, it } from 'vitest';
import { previousPeriodInRange } from '../../period/previous-period-in-range.js';
import { yearEarlierInRange } from '../../period/year-earlier-in-range.js';
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
    const year = shiftedPeriodCodes(table, yearEarlierInRange);
    expect([...year.codes]).toEqual([-1, 0, -1]);
    expect(year.texts).toEqual(['2022-01', '2023-01', '2023-02']);
    const month = shiftedPeriodCodes(table, previousPeriodInRange);
    expect([...month.codes]).toEqual([-1, -1, 1]);
    expect(month.texts).toEqual(['2022-12', '2023-12', '2024-01']);
  });

  it('gives no code and no text where the shift gives no period (the year 1)', () => {
    const early = flowTableFromRecords(
      ['0001-01', '0001-02', '0002-01'].map((period) => ({
        reporter: 'VNM',
        partner: 'LAO',
        flow: 'export' as const,
        period,
        value: '1',
        currency: 'USD',
      })),
    );
    const year = shiftedPeriodCodes(early, yearEarlierInRange);
    expect([[...year.codes], year.texts]).toEqual([
      [-1, -1, 0],
      [null, null, '0001-01'],
    ]);
    const month = shiftedPeriodCodes(early, previousPeriodInRange);
    expect([[...month.codes], month.texts]).toEqual([
      [-1, 0, -1],
      [null, '0001-01', '0001-12'],
    ]);
  });

  it('computes them once per dictionary and shift (regression: a few kB a call kept V8 collecting)', () => {
    const first = shiftedPeriodCodes(table, yearEarlierInRange);
    expect(shiftedPeriodCodes(table, yearEarlierInRange)).toBe(first);
    expect(shiftedPeriodCodes(table, previousPeriodInRange)).not.toBe(first);
  });
});
