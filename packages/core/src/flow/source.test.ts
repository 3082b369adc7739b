import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { parseSource, safeParseSource } from './source.js';
import { safeParseTradeFlow } from './trade-flow-schema.js';

const source = { id: 'moit', publisher: 'MOIT', title: 'Border trade', date: '2024-10-24' };

describe('parseSource', () => {
  it('takes a source without a language (the docs say it is optional)', () => {
    expect(parseSource(source)).toEqual(source);
    expect(parseSource({ ...source, language: 'vi' }).language).toBe('vi');
    expect(safeParseSource({ ...source, language: 'Vietnamese' }).success).toBe(false);
  });

  it.each([
    ['2024-13-01', 'month 13 is not between 01 and 12'],
    ['2023-02-29', 'day 29 does not exist in 2023-02'],
    ['0000', 'year 0000 does not exist'],
  ])('refuses the date %s: %s', (date, problem) => {
    expect(() => parseSource({ ...source, date })).toThrowError(
      `date: "${date}" is not a date: ${problem}`,
    );
  });

  it('caps a long date in the message', () => {
    const result = safeParseSource({ ...source, date: '2'.repeat(10_000_000) });
    expect(result.success ? '' : result.error.message).toBe(
      'date: must be YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
});

describe('safeParseSource and safeParseTradeFlow never throw', () => {
  it('on arbitrary JSON and arbitrary values, cycles included', () => {
    const cyclic: Record<string, unknown> = { ...source };
    cyclic.note = cyclic;
    expect(safeParseSource(cyclic).success).toBe(false);
    const deep = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`);
    expect(safeParseTradeFlow(deep).success).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        const results = [safeParseSource(input), safeParseTradeFlow(input)];
        for (const result of results) {
          if (!result.success) expect(result.error.code).toBe('INVALID_INPUT');
        }
      }),
      propertyRuns(1214, { ci: 300, full: 1000 }),
    );
  });
});
