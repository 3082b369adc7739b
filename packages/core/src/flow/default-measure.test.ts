import { describe, expect, it } from 'vitest';
import { defaultMeasure } from './default-measure.js';
import type { SeriesMeasure } from './series.js';

const counts =
  (known: Record<SeriesMeasure, number>, asked: SeriesMeasure[] = []) =>
  (measure: SeriesMeasure) => {
    asked.push(measure);
    return known[measure];
  };

describe('defaultMeasure', () => {
  it('takes turnover when it is known for two periods, without counting the others', () => {
    const asked: SeriesMeasure[] = [];
    expect(defaultMeasure(counts({ turnover: 2, export: 9, import: 9 }, asked))).toBe('turnover');
    expect(asked).toEqual(['turnover']);
  });

  it('otherwise takes the measure known for the most periods, in measure order on a tie', () => {
    expect(defaultMeasure(counts({ turnover: 1, export: 3, import: 2 }))).toBe('export');
    expect(defaultMeasure(counts({ turnover: 0, export: 0, import: 4 }))).toBe('import');
    expect(defaultMeasure(counts({ turnover: 0, export: 2, import: 2 }))).toBe('export');
    expect(defaultMeasure(counts({ turnover: 1, export: 1, import: 1 }))).toBe('turnover');
  });

  it('is undefined when nothing is known', () => {
    expect(defaultMeasure(counts({ turnover: 0, export: 0, import: 0 }))).toBeUndefined();
  });
});
