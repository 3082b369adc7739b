import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { contains, decimalText, q, roundTo, type TestRounding } from './__fixtures__/exact.js';
import { PROPERTY_RUNS } from './__fixtures__/properties.js';
import { formatInterval } from './format-interval.js';
import { parsePublishedAmount } from './parse-published-amount.js';
import { publishedAmount } from './published-amount.js';

describe('PublishedAmount', () => {
  it('reads "US$1.5 billion" as [1.45, 1.55) billion', () => {
    const turnover = parsePublishedAmount('US$1.5 billion');
    expect(turnover.value.toString()).toBe('1500000000');
    expect(formatInterval(turnover.interval, { unit: '1e9' })).toBe('[1.45, 1.55)');
  });
});

describe('publishedAmount', () => {
  it('refuses null, undefined and text with INVALID_FIGURE, not a TypeError (hostile-input harness)', () => {
    for (const input of [null, undefined, '179000000']) {
      expect(() => publishedAmount(input as never)).toThrow(
        expect.objectContaining({ name: 'BilateralError', code: 'INVALID_FIGURE' }),
      );
    }
  });

  it('builds the interval from value, precision and rounding', () => {
    const imports = publishedAmount({ value: '179000000', currency: 'USD', precision: '1000000' });
    expect(imports.text).toBe('US$179 M');
    expect(imports.scale).toBe('million');
    expect(imports.rounding).toBe('nearest');
    expect(formatInterval(imports.interval, { unit: '1e6' })).toBe('[178.5, 179.5)');
    const truncated = publishedAmount({
      value: '25000000000',
      currency: 'USD',
      precision: '1000000000',
      rounding: 'truncate',
    });
    expect(formatInterval(truncated.interval, { unit: '1e9' })).toBe('[25, 26)');
    expect(truncated.text).toBe('US$25 B');
  });

  it('writes other currencies with their code and keeps given text and scale', () => {
    const figure = publishedAmount({
      value: '43340000000',
      currency: 'CNY',
      precision: '10000000',
      text: 'CNY 43.34 billion',
      scale: 'billion',
    });
    expect(figure.text).toBe('CNY 43.34 billion');
    expect(
      publishedAmount({ value: '43340000000', currency: 'CNY', precision: '10000000' }).text,
    ).toBe('CNY 43.34 B');
  });

  it('never lets the interval go below zero', () => {
    const small = publishedAmount({ value: '0', currency: 'USD', precision: '1000000' });
    expect(formatInterval(small.interval, { unit: '1e6' })).toBe('[0, 0.5)');
  });

  it('refuses negative values, non-positive precisions and bad currencies', () => {
    const codes = [
      () => publishedAmount({ value: '-1', currency: 'USD', precision: '1' }),
      () => publishedAmount({ value: '1', currency: 'USD', precision: '0' }),
      () => publishedAmount({ value: '1', currency: 'USD', precision: '-1' }),
      () => publishedAmount({ value: '1', currency: 'usd', precision: '1' }),
      () => publishedAmount({ value: Number.NaN, currency: 'USD', precision: '1' }),
    ].map((build) => {
      try {
        build();
        return 'none';
      } catch (error) {
        expect(error).toBeInstanceOf(BilateralError);
        return (error as BilateralError).code;
      }
    });
    expect(codes).toEqual([
      'INVALID_FIGURE',
      'INVALID_FIGURE',
      'INVALID_FIGURE',
      'INVALID_CURRENCY',
      'INVALID_DECIMAL',
    ]);
  });

  it('records a lower bound, truncated, and refuses one rounded to the nearest or of no kind', () => {
    const input = { value: '565000000', currency: 'USD', precision: '1000000' } as const;
    const bound = publishedAmount({ ...input, bound: 'at-least' });
    expect([bound.bound, bound.rounding, formatInterval(bound.interval, { unit: '1e6' })]).toEqual([
      'at-least',
      'truncate',
      '[565, 566)',
    ]);
    expect('bound' in publishedAmount(input)).toBe(false);
    expect(() => publishedAmount({ ...input, bound: 'more-than', rounding: 'nearest' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_FIGURE',
        issues: [expect.objectContaining({ path: ['rounding'] })],
      }),
    );
    // @ts-expect-error: a bound is 'at-least' or 'more-than'
    expect(() => publishedAmount({ ...input, bound: 'below' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_FIGURE',
        issues: [expect.objectContaining({ path: ['bound'] })],
      }),
    );
  });

  it('contains every exact value that rounds to the stated one', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: -2, max: 10 }),
        fc.constantFrom<TestRounding>('half-up', 'truncate'),
        (cents, power, rounding) => {
          const exact = q(cents, 100n);
          const step = power >= 0 ? q(10n ** BigInt(power)) : q(1n, 10n ** BigInt(-power));
          const stated = roundTo(exact, step, rounding);
          const figure = publishedAmount({
            value: decimalText(stated),
            currency: 'USD',
            precision: decimalText(step),
            rounding: rounding === 'truncate' ? 'truncate' : 'nearest',
          });
          expect(contains(figure.interval, exact)).toBe(true);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
