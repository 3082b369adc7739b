import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { contains, decimalText, q, roundTo, type TestRounding } from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { publishedRate } from './published-rate.js';

describe('publishedRate', () => {
  it('refuses null, undefined and text with INVALID_FIGURE, not a TypeError (hostile-input harness)', () => {
    for (const input of [null, undefined, '24']) {
      expect(() => publishedRate(input as never)).toThrow(
        expect.objectContaining({ name: 'BilateralError', code: 'INVALID_FIGURE' }),
      );
    }
  });

  it('builds the interval on the size of the rate', () => {
    expect(formatInterval(publishedRate({ value: '24', precision: '1' }).interval)).toBe(
      '[23.5, 24.5)',
    );
    expect(formatInterval(publishedRate({ value: '-1.1', precision: '0.1' }).interval)).toBe(
      '(-1.15, -1.05]',
    );
    expect(
      formatInterval(
        publishedRate({ value: '-1.1', precision: '0.1', rounding: 'truncate' }).interval,
      ),
    ).toBe('(-1.2, -1.1]');
  });

  it('writes its text and direction', () => {
    expect(publishedRate({ value: '24', precision: '1' }).text).toBe('+24 %');
    expect(publishedRate({ value: '-1.10', precision: '0.01' }).text).toBe('-1.10 %');
    expect(publishedRate({ value: '0', precision: '0.1' }).direction).toBe('unchanged');
    expect(publishedRate({ value: '-0', precision: '0.1' }).value.isNegative()).toBe(false);
  });

  it('refuses a fall beyond 100 % and a precision that is not positive', () => {
    for (const input of [
      { value: '-100.1', precision: '0.1' },
      { value: '5', precision: '0' },
    ]) {
      try {
        publishedRate(input);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        expect((error as BilateralError).code).toBe('INVALID_FIGURE');
      }
    }
  });

  it('contains every exact rate that rounds to the stated one', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 6n), max: 10n ** 8n }),
        fc.integer({ min: -3, max: 1 }),
        fc.constantFrom<TestRounding>('half-up', 'truncate'),
        (tenThousandths, power, rounding) => {
          const exact = q(tenThousandths, 10n ** 4n);
          const step = power >= 0 ? q(10n ** BigInt(power)) : q(1n, 10n ** BigInt(-power));
          const stated = roundTo(exact, step, rounding);
          const rate = publishedRate({
            value: decimalText(stated),
            precision: decimalText(step),
            rounding: rounding === 'truncate' ? 'truncate' : 'nearest',
          });
          expect(contains(rate.interval, exact)).toBe(true);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
