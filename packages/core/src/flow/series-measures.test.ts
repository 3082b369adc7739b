import { describe, expect, it } from 'vitest';
import { parseSeriesMeasure } from './parse-series-measure.js';
import { isMeasure, SERIES_MEASURES } from './series-measures.js';

describe('SERIES_MEASURES and isMeasure', () => {
  it('lists the three measures in the order a default is looked for', () => {
    expect(SERIES_MEASURES).toEqual(['turnover', 'exports', 'imports']);
    expect(Object.isFrozen(SERIES_MEASURES)).toBe(true);
  });

  it('takes a measure in exactly the spellings parseSeriesMeasure reads', () => {
    // isMeasure no longer reads parseSeriesMeasure's table of aliases (it is in another file, so
    // that a page's first chunk need not carry it): the two must agree on every spelling.
    const inputs: unknown[] = [
      ...SERIES_MEASURES,
      'export',
      'import',
      'turnove',
      'turnovers',
      'exportss',
      'Exports',
      'IMPORT',
      ' exports',
      'export ',
      's',
      '',
      'total',
      'trade',
      null,
      undefined,
      1,
      ['exports'],
      { measure: 'exports' },
    ];
    for (const input of inputs) {
      let parsed: string | undefined;
      try {
        parsed = parseSeriesMeasure(input);
      } catch {
        parsed = undefined;
      }
      for (const measure of SERIES_MEASURES) {
        expect([input, measure, isMeasure(input, measure)]).toEqual([
          input,
          measure,
          parsed === measure,
        ]);
      }
    }
  });
});
