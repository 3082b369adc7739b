import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import {
  contains,
  finite,
  HUNDRED,
  ONE,
  qAdd,
  qDiv,
  qMul,
  roundedArbitrary,
} from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { impliedCurrentInterval } from './implied-current-interval.js';
import { interval } from './interval.js';
import { scaleInterval } from './scale-interval.js';

describe('impliedCurrentInterval', () => {
  it('grows a previous level by a rate', () => {
    const current = impliedCurrentInterval(
      interval('149.5', '150.5', '[)'),
      interval('0.0635', '0.0645', '[)'),
    );
    expect(formatInterval(current)).toBe('[158.993, 160.208)');
  });

  it('refuses rates that can reach −100 %', () => {
    try {
      impliedCurrentInterval(interval('1', '2'), interval('-1.0005', '-0.9995', '(]'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).code).toBe('NON_POSITIVE_BASE');
    }
  });

  it('contains previous × (1 + rate) for any values within the inputs', () => {
    const previous = roundedArbitrary({ min: 0n, max: 10n ** 10n, maxStep: 6 });
    const percent = roundedArbitrary({ min: -99n, max: 1000n, maxStep: 0 });
    fc.assert(
      fc.property(previous, percent, (prev, rate) => {
        const fraction = scaleInterval(rate.range, '0.01');
        let current: ReturnType<typeof impliedCurrentInterval>;
        try {
          current = impliedCurrentInterval(prev.range, fraction);
        } catch (error) {
          expect((error as BilateralError).code).toBe('NON_POSITIVE_BASE');
          expect(fraction.lo.lte(-1)).toBe(true);
          return;
        }
        expect(finite(current)).toBe(true);
        expect(contains(current, qMul(prev.exact, qAdd(ONE, qDiv(rate.exact, HUNDRED))))).toBe(
          true,
        );
      }),
      PROPERTY_RUNS,
    );
  });
});
