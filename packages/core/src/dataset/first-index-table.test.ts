import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { FirstIndexTable } from './first-index-table.js';

describe('FirstIndexTable', () => {
  it('gives the first index of each key, and finds it again, as a Map would', () => {
    const part = (max: number) =>
      fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(part(2 ** 31 - 1), part(2 ** 32 - 1)), { maxLength: 200 }),
        (keys) => {
          const table = new FirstIndexTable(keys.length);
          const expected = new Map<string, number>();
          keys.forEach(([hi, lo], index) => {
            const key = `${hi} ${lo}`;
            expect(table.indexOf(hi, lo)).toBe(expected.get(key) ?? -1);
            if (!expected.has(key)) expected.set(key, index);
            expect(table.first(hi, lo, index)).toBe(expected.get(key));
          });
          for (const [hi, lo] of keys) {
            expect(table.indexOf(hi, lo)).toBe(expected.get(`${hi} ${lo}`));
            // The same low bits with the other high bit of `lo`: a different key.
            expect(table.indexOf(hi, (lo + 2 ** 31) % 2 ** 32)).toBe(
              expected.get(`${hi} ${(lo + 2 ** 31) % 2 ** 32}`) ?? -1,
            );
          }
        },
      ),
      propertyRuns(1451, { ci: 100, full: 1000 }),
    );
  });

  it('refuses more keys than its capacity instead of probing a full table forever', () => {
    const table = new FirstIndexTable(1);
    let added = 0;
    expect(() => {
      for (let key = 0; key < 64; key++) added += table.first(0, key, key) === key ? 1 : 0;
    }).toThrow(RangeError);
    expect(added).toBe(15); // 16 slots: one always left empty
  });
});
