import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import {
  closureContains,
  contains,
  finite,
  HUNDRED,
  ONE,
  q,
  qAdd,
  qDiv,
  roundedArbitrary,
} from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { impliedPreviousInterval } from './implied-previous-interval.js';
import { interval } from './interval.js';
import { scaleInterval } from './scale-interval.js';

describe('impliedPreviousInterval', () => {
  it("implies Vietnam's Q1 2020 exports to Laos from 159.6 M up 6.4 % (seed 003)", () => {
    const previous = impliedPreviousInterval(
      interval('159.55', '159.65', '[)'),
      interval('0.0635', '0.0645', '[)'),
    );
    expect(formatInterval(previous)).toBe('(149.882, 150.118)');
  });

  it('refuses rates of −100 % or below', () => {
    const codes = [interval('-1.0005', '-0.9995', '(]'), interval('-2', '-1.5')].map((rate) => {
      try {
        impliedPreviousInterval(interval('1', '2'), rate);
        return 'none';
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        return (error as BilateralError).code;
      }
    });
    expect(codes).toEqual(['DIVISION_BY_ZERO', 'NON_POSITIVE_BASE']);
  });

  it('contains current / (1 + rate) for any values within the inputs', () => {
    const current = roundedArbitrary({ min: 0n, max: 10n ** 10n, maxStep: 6 });
    const percent = roundedArbitrary({ min: -100n, max: 1000n, maxStep: 1 });
    fc.assert(
      fc.property(current, percent, (cur, rate) => {
        const fraction = scaleInterval(rate.range, '0.01');
        const factor = qAdd(ONE, qDiv(rate.exact, HUNDRED));
        let previous: ReturnType<typeof impliedPreviousInterval>;
        try {
          previous = impliedPreviousInterval(cur.range, fraction);
        } catch (error) {
          expect(['DIVISION_BY_ZERO', 'NON_POSITIVE_BASE']).toContain(
            (error as BilateralError).code,
          );
          expect(closureContains(fraction, q(-1n)) || fraction.hi.lt(-1)).toBe(true);
          return;
        }
        expect(finite(previous)).toBe(true);
        expect(contains(previous, qDiv(cur.exact, factor))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
