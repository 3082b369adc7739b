import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { RowSet } from './_row-set.js';

describe('RowSet', () => {
  it('holds each row added once and hands them out rising', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5000)),
        fc.array(fc.nat(6000), { maxLength: 50 }),
        (rows, probes) => {
          const set = new RowSet();
          for (const row of rows) set.add(row);
          const unique = [...new Set(rows)].sort((a, b) => a - b);
          expect([...set]).toEqual(unique);
          expect(set.size).toBe(unique.length);
          for (const probe of probes) expect(set.has(probe)).toBe(rows.includes(probe));
        },
      ),
      propertyRuns(20261204, { ci: 100, full: 1000 }),
    );
  });

  it('keeps the rows of the first and last bits of a word, and grows to a far row at once', () => {
    const set = new RowSet();
    const rows = [0, 31, 32, 63, 1023, 2 ** 20 + 31, 5_000_001];
    for (const row of rows) set.add(row);
    expect([...set]).toEqual(rows);
    expect([set.has(5_000_000), set.has(1023), set.has(10 ** 9), set.size]).toEqual([
      false,
      true,
      false,
      7,
    ]);
  });
});
