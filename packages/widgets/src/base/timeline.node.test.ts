import type { Period } from '@bilateral/core/calc';
import { describe, expect, it } from 'vitest';
import { timeSlots } from './timeline.js';

const kinds = (periods: readonly Period[]) => periods.map((period) => period.kind);

describe('timeSlots', () => {
  it('gives years, halves, quarters and months a slot for every period between the first and the last year', () => {
    expect(
      timeSlots([
        { kind: 'year', year: 2020 },
        { kind: 'year', year: 2022 },
      ]),
    ).toEqual([
      { kind: 'year', year: 2020 },
      { kind: 'year', year: 2021 },
      { kind: 'year', year: 2022 },
    ]);
    expect(
      timeSlots([
        { kind: 'half', year: 2021, half: 2 },
        { kind: 'half', year: 2022, half: 2 },
      ]),
    ).toHaveLength(3);
    expect(
      timeSlots([
        { kind: 'quarter', year: 2022, quarter: 1 },
        { kind: 'quarter', year: 2022, quarter: 4 },
      ]),
    ).toHaveLength(4);
    expect(
      kinds(
        timeSlots([
          { kind: 'month', year: 2022, month: 1 },
          { kind: 'month', year: 2022, month: 3 },
        ]),
      ),
    ).toEqual(Array(12).fill('month'));
  });

  it('gives year-to-date periods and free ranges a slot each, as they are', () => {
    const ytd: Period[] = [
      { kind: 'year-to-date', year: 2021, throughMonth: 6 },
      { kind: 'year-to-date', year: 2023, throughMonth: 6 },
    ];
    expect(timeSlots(ytd)).toBe(ytd);
    const ranges: Period[] = [
      { kind: 'range', start: { year: 2021, month: 1 }, end: { year: 2021, month: 5 } },
      { kind: 'range', start: { year: 2023, month: 1 }, end: { year: 2023, month: 5 } },
    ];
    expect(timeSlots(ranges)).toBe(ranges);
  });
});
