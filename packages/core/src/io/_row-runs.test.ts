import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { RowRuns } from './_row-runs.js';
import { RowSet } from './_row-set.js';

/** The rows as a set. */
function setOf(rows: readonly number[]): RowSet {
  const set = new RowSet();
  for (const row of rows) set.add(row);
  return set;
}

describe('RowRuns', () => {
  it('holds the rows pushed, in order, whatever the gaps, and leaves out the rows asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(3), { maxLength: 200 }),
        fc.array(fc.boolean(), { maxLength: 200 }),
        (gaps, leave) => {
          const runs = new RowRuns();
          const rows: number[] = [];
          let row = -1;
          for (const gap of gaps) {
            row += 1 + gap;
            runs.push(row);
            rows.push(row);
          }
          expect(runs.size).toBe(rows.length);
          expect([runs.first, runs.last]).toEqual([rows[0] ?? -1, rows[rows.length - 1] ?? -1]);
          const odd = (n: number) => n % 2 === 1;
          expect(runs.countWhere(odd)).toBe(rows.filter(odd).length);
          expect(runs.toArray()).toEqual(rows);
          const left = setOf(rows.filter((_, at) => leave[at] === true));
          expect(runs.toArray(left)).toEqual(rows.filter((_, at) => leave[at] !== true));
          expect([...runs.positionsOf(left)]).toEqual(
            rows.flatMap((_, at) => (leave[at] === true ? [at] : [])),
          );
          const pieces = [...runs.pieces(7, left)];
          expect(pieces.flat()).toEqual(runs.toArray(left));
          expect(pieces.map((piece) => piece.length > 0 && piece.length <= 7)).not.toContain(false);
        },
      ),
      propertyRuns(20261227, { ci: 50, full: 1000 }),
    );
  });

  it('counts the rows of a long run', () => {
    const runs = new RowRuns();
    for (let row = 0; row < 1000; row += 1) runs.push(row);
    expect([runs.size, runs.first, runs.last]).toEqual([1000, 0, 999]);
    expect(runs.toArray(setOf([3, 998]))).toHaveLength(998);
  });

  it('keeps rows far apart (gaps of several bytes) and alternating rows in about two bytes each', () => {
    const far = [3, 200, 201, 70_000, 2 ** 31 + 5, 2 ** 32 - 1];
    const runs = new RowRuns();
    for (const row of far) runs.push(row);
    expect([runs.toArray(), runs.first, runs.last, runs.size]).toEqual([far, 3, 2 ** 32 - 1, 6]);
    const alternating = new RowRuns();
    for (let row = 0; row < 100_000; row += 2) alternating.push(row);
    expect(alternating.countWhere((row) => row % 4 === 0)).toBe(25_000);
    expect(alternating.toArray(setOf([0, 99_998]))).toHaveLength(49_998);
  });
});
