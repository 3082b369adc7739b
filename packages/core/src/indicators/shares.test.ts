import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { money } from '../money/index.js';
import { cents, centsText, isRounded64 } from './__fixtures__/rational.js';
import { shares } from './shares.js';

describe('shares', () => {
  it('gives each row its share of the total (worked example: 600, 300, 100)', () => {
    const rows = shares([
      { key: '1201', value: money('600', 'USD') },
      { key: '4001', value: money('300', 'USD') },
      { key: '2601', value: money('100', 'USD') },
    ]);
    expect(rows.map((row) => [row.key, row.value?.toString()])).toEqual([
      ['1201', '0.6'],
      ['4001', '0.3'],
      ['2601', '0.1'],
    ]);
  });

  it('rounds a third once, to 64 significant digits', () => {
    const [row] = shares([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
    expect(row?.value?.toString()).toBe(`0.${'3'.repeat(64)}`);
  });

  it('gives null with zero-denominator per row when the total is 0', () => {
    const rows = shares([
      { key: 'a', value: '0' },
      { key: 'b', value: '0' },
    ]);
    expect(rows.map((row) => (row.value === null ? row.reason : 'value'))).toEqual([
      'zero-denominator',
      'zero-denominator',
    ]);
  });

  it('refuses a repeated key, a negative value, mixed currencies and a non-array', () => {
    expect(() =>
      shares([
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: [1, 'key'] })],
      }),
    );
    expect(() => shares([{ key: 'a', value: '-1' }])).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: [0, 'value'] })],
      }),
    );
    expect(() =>
      shares([
        { key: 'a', value: money('1', 'USD') },
        { key: 'b', value: money('1', 'VND') },
      ]),
    ).toThrow(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
    expect(() =>
      shares([
        { key: 'a', value: money('1', 'USD') },
        { key: 'b', value: '1' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
    expect(() => shares('1201' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => shares([null as never])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => shares([{ key: 'a', value: Number.NaN }])).toThrow(
      expect.objectContaining({ code: 'INVALID_DECIMAL' }),
    );
  });

  it('quotes a long key capped in its message, not whole', () => {
    const key = 'x'.repeat(5000);
    const error = (() => {
      try {
        shares([
          { key, value: '1' },
          { key, value: '1' },
        ]);
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toContain('(5,000 characters)');
    expect(error?.message.length).toBeLessThan(300);
  });

  it('matches exact rational shares, and the shares sum to 1', () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 12 }), (values) => {
        const total = values.reduce((a, b) => a + b, 0n);
        fc.pre(total > 0n);
        const rows = shares(
          values.map((value, index) => ({ key: `k${index}`, value: centsText(value) })),
        );
        rows.forEach((row, index) => {
          expect(row.value).not.toBeNull();
          expect(
            isRounded64(row.value as Decimal, { num: values[index] as bigint, den: total }),
          ).toBe(true);
        });
        const sum = rows.reduce((acc, row) => acc.plus(row.value as Decimal), new Decimal(0));
        expect(sum.minus(1).abs().lte(new Decimal('1e-63').times(rows.length))).toBe(true);
      }),
      propertyRuns(1701, { ci: 100, full: 1000 }),
    );
  });
});
