import { describe, expect, it } from 'vitest';
import { crossingStatusOn, LAOS_CHINA_CROSSINGS, type StatusPeriod, statusOn } from './index.js';

describe('statusOn', () => {
  it('answers as crossingStatusOn does for every Laos–China crossing', () => {
    for (const crossing of LAOS_CHINA_CROSSINGS) {
      for (const day of ['2021-06-30', '2022-01-15', '2023-09-10', '2023-09-11', '2025-01-01']) {
        const { date, ...answer } = crossingStatusOn(crossing, day);
        expect(statusOn(crossing.status ?? [], day)).toEqual(answer);
      }
    }
  });

  it('has no status where no period covers the day, and marks a day within a month bound', () => {
    expect(statusOn([], '2024-01-01')).toEqual({ status: undefined, approximate: false });
    const periods: StatusPeriod[] = [
      { status: 'suspended', from: '2022-01', to: '2023-09-10', sources: ['x'] },
    ];
    expect(statusOn(periods, '2022-01-15')).toMatchObject({
      status: 'suspended',
      approximate: true,
    });
    expect(statusOn(periods, '2023-09-11').status).toBeUndefined();
  });
});
