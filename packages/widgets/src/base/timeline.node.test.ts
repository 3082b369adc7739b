import type { SeriesPoint } from '@bilateral/core';
import { Decimal, money, type Period } from '@bilateral/core/calc';
import { describe, expect, it } from 'vitest';
import { timeline, timeSlots } from './timeline.js';

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

describe('timeline', () => {
  it('writes a rate to or from a figure published as a lower bound with "about", to the unit', () => {
    // "more than US$565 million" in H1 2023 (565 to 566 million); 600.0 million a year later is
    // 6.01 % to 6.19 % up, which "+6.2 %" (one decimal, as if exact) would not be.
    const half = (year: number, millions: string, step: string, lowerBound?: 'more-than') => ({
      period: { kind: 'half', year, half: 1 } as const,
      value: money(new Decimal(millions).times(1e6), 'USD'),
      precision: new Decimal(step).times(1e6),
      source: 'thestar-2023-09-18',
      ...(lowerBound ? { lowerBound } : {}),
    });
    const series = {
      reporter: 'LAO',
      partner: 'VNM',
      measure: 'exports',
      currency: 'USD',
      points: [
        half(2022, '500', '0.1'),
        half(2023, '565', '1', 'more-than'),
        half(2024, '600', '0.1'),
      ],
    } as const;
    // Slots for the second halves are empty (null).
    const digits = (points: readonly SeriesPoint[]) =>
      timeline({ ...series, points }, () => true).points.flatMap((point) =>
        point === null ? [] : [point.rateDigits],
      );
    // 3 significant digits of a ratio of 1.xx: the rate to the unit, "about +13 %", "about +6 %".
    expect(digits(series.points)).toEqual([undefined, 3, 3]);
    // Without the bound, the same figures are written to one decimal (4 digits).
    expect(digits(series.points.map(({ lowerBound: _, ...point }) => point))).toEqual([
      undefined,
      4,
      4,
    ]);
  });

  it('gives a series without points no periods and no points, with or without a year to reach', () => {
    const series = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'exports',
      currency: 'USD',
      points: [],
    } as const;
    expect(timeline(series, () => true)).toEqual({ periods: [], points: [] });
    expect(timeline(series, () => true, 2030)).toEqual({ periods: [], points: [] });
  });
});
