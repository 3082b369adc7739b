import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import {
  type BorderCrossing,
  LAOS_CHECKPOINT_COUNT_2016,
  LAOS_CHINA_CROSSINGS,
  sideClassOn,
  statusOn,
  summarizeCheckedCrossings,
  summarizeCrossings,
  VIETNAM_LAOS_CROSSINGS,
  VIETNAM_LAOS_OFFICIAL_COUNT_2024_10,
} from './index.js';

const ALL = [...VIETNAM_LAOS_CROSSINGS, ...LAOS_CHINA_CROSSINGS];

describe('summarizeCheckedCrossings', () => {
  it.each([
    ['no filter', {}],
    [
      'the Vietnam–Laos count',
      { countries: ['VNM', 'LAO'], official: VIETNAM_LAOS_OFFICIAL_COUNT_2024_10 },
    ],
    [
      'the Lao count of 2016, on its day',
      { date: '2016-12-31', official: LAOS_CHECKPOINT_COUNT_2016 },
    ],
    ['open on a day, by road', { date: '2023-06-30', status: ['open'], modes: ['road'] }],
    [
      'after the 2025 merger, certain ones',
      { provinces: 'after-2025-merger', excludeUncertain: true },
    ],
  ] as const)('gives what summarizeCrossings gives for validated crossings: %s', (_, filter) => {
    expect(summarizeCheckedCrossings(ALL, filter)).toEqual(summarizeCrossings(ALL, filter));
  });

  it('checks the filter, not the crossings', () => {
    const bad = () => summarizeCheckedCrossings([], { date: '2024-02-30' });
    expect(bad).toThrow(BilateralError);
    expect(bad).toThrow(/filter\.date/);
    expect(() => summarizeCheckedCrossings([], { status: ['open'] })).toThrow(/filter\.date/);
    // A class no system defines is counted as it is written (summarizeCrossings refuses it).
    const first = VIETNAM_LAOS_CROSSINGS[0] as BorderCrossing;
    const odd: BorderCrossing = {
      ...first,
      sides: [{ ...first.sides[0], class: 'odd' }, first.sides[1]],
    };
    expect(summarizeCheckedCrossings([odd]).byClass.VNM).toEqual({ odd: 1 });
    expect(() => summarizeCrossings([odd])).toThrow(BilateralError);
  });
});

describe('the calculations on validated crossings, given something else', () => {
  it('throw INVALID_CROSSING, never a TypeError', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof BilateralError ? error.code : String(error);
      }
      return 'no error';
    };
    expect(code(() => summarizeCheckedCrossings([null as never]))).toBe('INVALID_CROSSING');
    expect(code(() => summarizeCheckedCrossings(42 as never))).toBe('INVALID_CROSSING');
    expect(code(() => sideClassOn(undefined as never, '2024-01-01'))).toBe('INVALID_CROSSING');
    expect(code(() => statusOn(null as never, '2024-01-01'))).toBe('INVALID_CROSSING');
  });
});
