import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period.js';
import { readPeriodText } from './read-period-text.js';

/** parsePeriod's period, or `undefined` where it refuses the text. */
function parsed(text: string) {
  try {
    return parsePeriod(text);
  } catch {
    return undefined;
  }
}

describe('readPeriodText', () => {
  it('reads every text as parsePeriod does, and gives undefined where parsePeriod refuses it', () => {
    const digits = (n: number) =>
      fc
        .array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n })
        .map((d) => d.join(''));
    const year = fc.oneof(digits(4), fc.constantFrom('0000', '0001', '2024', '9999', '202'));
    const month = fc.oneof(digits(2), fc.constantFrom('00', '01', '09', '12', '13', '1'));
    const text = fc.oneof(
      year,
      fc
        .tuple(
          year,
          fc.constantFrom('H', 'Q', 'h', 'q'),
          fc.constantFrom('0', '1', '2', '3', '4', '5'),
        )
        .map(([y, k, n]) => `${y}-${k}${n}`),
      fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
      fc.tuple(year, month, year, month).map(([y, m, z, n]) => `${y}-${m}/${z}-${n}`),
      fc.string(),
    );
    let read = 0;
    fc.assert(
      fc.property(text, (candidate) => {
        const expected = parsed(candidate);
        expect(readPeriodText(candidate)).toEqual(expected);
        if (expected !== undefined) read += 1;
      }),
      { numRuns: 5000 },
    );
    // Not a comparison of refusals alone.
    expect(read).toBeGreaterThan(500);
  });

  it.each([
    ['2024', { kind: 'year', year: 2024 }],
    ['2024-H2', { kind: 'half', year: 2024, half: 2 }],
    ['2024-Q3', { kind: 'quarter', year: 2024, quarter: 3 }],
    ['2024-09', { kind: 'month', year: 2024, month: 9 }],
    ['2024-01/2024-09', { kind: 'year-to-date', year: 2024, throughMonth: 9 }],
    [
      '2023-07/2024-06',
      { kind: 'range', start: { year: 2023, month: 7 }, end: { year: 2024, month: 6 } },
    ],
  ])('reads %s', (text, period) => {
    expect(readPeriodText(text)).toEqual(period);
  });

  it.each(['0000', '2024-Q0', '2024-H3', '2024-13', '2024-09/2024-01', '2024 ', ' 2024', '24', ''])(
    'gives undefined for %j',
    (text) => {
      expect(readPeriodText(text)).toBeUndefined();
    },
  );
});
