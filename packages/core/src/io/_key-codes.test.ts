import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { KeyCodes } from './_key-codes.js';

describe('KeyCodes', () => {
  it('gives each list of parts its own short key, and the parts back', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { maxLength: 5 }), { maxLength: 30 }), (lists) => {
        const codes = new KeyCodes();
        const keys = lists.map((parts) => codes.encode(parts));
        lists.forEach((parts, at) => {
          expect(codes.decode(keys[at] ?? '')).toEqual(parts);
          lists.forEach((other, otherAt) => {
            expect(keys[at] === keys[otherAt]).toBe(
              JSON.stringify(parts) === JSON.stringify(other),
            );
          });
        });
      }),
      propertyRuns(20261204, { ci: 200, full: 2000 }),
    );
  });

  it('numbers past 2^15 parts with two code units', () => {
    const codes = new KeyCodes();
    for (let part = 0; part < 40_000; part += 1) codes.encode([part]);
    const key = codes.encode([7, 39_999, 'LAO']);
    expect(key).toHaveLength(5);
    expect(codes.decode(key)).toEqual(['7', '39999', 'LAO']);
  });
});
