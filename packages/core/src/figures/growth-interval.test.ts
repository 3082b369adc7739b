import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import {
  closureContains,
  contains,
  finite,
  ONE,
  q,
  qDiv,
  qSub,
  roundedArbitrary,
} from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { growthInterval } from './growth-interval.js';
import { interval } from './interval.js';

describe('growthInterval', () => {
  it('gives the growth between two rounded levels', () => {
    const growth = growthInterval(
      interval('159.55', '159.65', '[)'),
      interval('149.5', '150.5', '[)'),
    );
    expect(formatInterval(growth, { unit: '0.01' })).toBe('(6.01328, 6.7893)');
  });

  it('refuses a previous level that is zero or negative', () => {
    const codes = [interval('0', '1'), interval('-5', '-1'), interval('-1', '0', '[)')].map(
      (previous) => {
        try {
          growthInterval(interval('1', '2'), previous);
          return 'none';
        } catch (error) {
          expect(error).toBeInstanceOf(BilateralError);
          return (error as BilateralError).code;
        }
      },
    );
    expect(codes).toEqual(['DIVISION_BY_ZERO', 'NON_POSITIVE_BASE', 'DIVISION_BY_ZERO']);
  });

  it('contains cur/prev − 1 for any levels within the inputs', () => {
    const current = roundedArbitrary({ min: 0n, max: 10n ** 10n, maxStep: 6 });
    const previous = roundedArbitrary({ min: 0n, max: 10n ** 10n, maxStep: 6 });
    fc.assert(
      fc.property(current, previous, (cur, prev) => {
        let growth: ReturnType<typeof growthInterval>;
        try {
          growth = growthInterval(cur.range, prev.range);
        } catch (error) {
          expect((error as BilateralError).code).toBe('DIVISION_BY_ZERO');
          expect(closureContains(prev.range, q(0n))).toBe(true);
          return;
        }
        expect(finite(growth)).toBe(true);
        expect(contains(growth, qSub(qDiv(cur.exact, prev.exact), ONE))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
