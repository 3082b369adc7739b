import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { ExampleGroups, sortExamples } from './_example-groups.js';
import { exampleLimit, ImportLog } from './_report.js';

describe('ExampleGroups', () => {
  it('counts every row and lists the first ones, whatever the order rows come and go', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat(40)), { maxLength: 60 }),
        (limit, steps) => {
          const groups = new ExampleGroups<string>(limit);
          const group = groups.group('note', 'a note');
          const rows = new Set<number>();
          let removed = false;
          for (const [add, row] of steps) {
            if (add && !rows.has(row)) {
              rows.add(row);
              groups.add(group, row);
            } else if (!add && rows.has(row)) {
              rows.delete(row);
              groups.remove(group, row);
              removed = true;
            }
          }
          const all = [...rows].sort((a, b) => a - b);
          const listed = sortExamples(group);
          expect(group.count).toBe(all.length);
          expect(listed.length).toBeLessThanOrEqual(limit);
          // The listed rows are the first ones; all of the first `limit` while none was taken out.
          expect(listed).toEqual(all.slice(0, listed.length));
          if (!removed) expect(listed.length).toBe(Math.min(limit, all.length));
        },
      ),
      propertyRuns(20261204, { ci: 200, full: 5000 }),
    );
  });

  it('counts a row added twice in a row once', () => {
    const groups = new ExampleGroups<string>(10);
    const group = groups.group('note', 'a note');
    groups.add(group, 4);
    groups.add(group, 4);
    expect([group.count, group.examples]).toEqual([1, [4]]);
  });
});

describe('ImportLog with an example limit', () => {
  it('lists the first rows of each group with their lines, and says how many it left out', () => {
    const log = new ImportLog(['rows'], (row) => row + 2, 2);
    for (let row = 0; row < 5; row += 1) {
      log.note('missing-quantity', 'no quantity', row);
      if (row % 2 === 1) log.exclude('self-trade', 'to itself', row);
    }
    log.note('empty', 'nothing');
    expect(log.excluded()).toEqual([
      { reason: 'self-trade', count: 2, rows: [1, 3], lines: [3, 5], message: 'to itself' },
    ]);
    expect(log.notes()).toEqual([
      { code: 'missing-quantity', rows: [0, 1], lines: [2, 3], omitted: 3, message: 'no quantity' },
      { code: 'empty', rows: [], message: 'nothing' },
    ]);
  });

  it('takes back the notes on a row that is no flow, and leaves out a note with no row left', () => {
    const log = new ImportLog(['rows'], () => undefined, 100);
    log.note('estimate', 'an estimate', 0);
    log.note('estimate', 'an estimate', 1);
    log.note('valuation', 'CIF', 1);
    expect([log.notesOf(0), log.notesOf(1)]).toEqual([[], [0, 1]]);
    log.unnoteRow(1); // row 1 left out: its two notes go, and the CIF note has no row left
    log.note('estimate', 'an estimate', 2);
    log.unnote(0, 2); // row 2's flow dropped once the input has ended
    expect(log.notes()).toEqual([{ code: 'estimate', rows: [0], message: 'an estimate' }]);
  });

  it('refuses an example limit that is no whole number of at least 0', () => {
    expect(exampleLimit(undefined)).toBe(100);
    expect(exampleLimit(Infinity)).toBe(Infinity);
    expect(exampleLimit(0)).toBe(0);
    for (const bad of [-1, 1.5, Number.NaN, '10', null]) {
      expect(() => exampleLimit(bad)).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path: ['examples'] })],
        }),
      );
    }
  });
});
