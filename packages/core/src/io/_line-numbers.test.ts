import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { LineNumbers } from './_line-numbers.js';

describe('LineNumbers', () => {
  it('gives back the line of every record pushed, whatever the gaps between lines', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(3), { maxLength: 300 }), (gaps) => {
        const lines = new LineNumbers();
        const expected: number[] = [];
        let line = 1;
        for (const gap of gaps) {
          line += 1 + gap;
          lines.push(line);
          expected.push(line);
        }
        expect(expected.map((_, record) => lines.at(record))).toEqual(expected);
        expect([lines.at(-1), lines.at(expected.length), lines.at(0.5)]).toEqual([
          undefined,
          undefined,
          undefined,
        ]);
      }),
      propertyRuns(20261226, { ci: 50, full: 1000 }),
    );
  });
});
