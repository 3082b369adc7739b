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
    expect(defaultMeasure(counts({ turnover: 2, exports: 9, imports: 9 }, asked))).toBe('turnover');
    expect(asked).toEqual(['turnover']);
  });

  it('otherwise takes the measure known for the most periods, in measure order on a tie', () => {
    expect(defaultMeasure(counts({ turnover: 1, exports: 3, imports: 2 }))).toBe('exports');
    expect(defaultMeasure(counts({ turnover: 0, exports: 0, imports: 4 }))).toBe('imports');
    expect(defaultMeasure(counts({ turnover: 0, exports: 2, imports: 2 }))).toBe('exports');
    expect(defaultMeasure(counts({ turnover: 1, exports: 1, imports: 1 }))).toBe('turnover');
  });

  it('is undefined when nothing is known', () => {
    expect(defaultMeasure(counts({ turnover: 0, exports: 0, imports: 0 }))).toBeUndefined();
  });

  it('asks for the plural measures, the words statements use (defect 6)', () => {
    const asked: SeriesMeasure[] = [];
    defaultMeasure(counts({ turnover: 0, exports: 1, imports: 1 }, asked));
    expect(asked).toEqual(['turnover', 'exports', 'imports']);
  });

  it('refuses a count that is not a whole number instead of comparing NaN', () => {
    expect(() => defaultMeasure(() => Number.NaN)).toThrow(/not a whole number of periods/);
    expect(() => defaultMeasure('turnover' as never)).toThrow(/give a function/);
  });
});
