import { Decimal, vietnamLaos } from '@bilateral/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The browser's decimal engine (decimal.js is Node's), and the core's own check of a Period (not
// exported: every public period function runs it).
import { BigDecimal } from '../../../core/src/_internal/decimal-bigint.js';
import { checkPeriod } from '../../../core/src/period/check-period.js';
import { isParsedDataset } from './to-dataset.js';

/** Whether the core takes `value` as a Period. */
function corePeriod(value: unknown): boolean {
  try {
    checkPeriod(value);
    return true;
  } catch {
    return false;
  }
}

const [flow] = vietnamLaos.flows;
/** vietnam-laos with its first flow's period `period`. */
const withPeriod = (period: unknown) => ({
  ...vietnamLaos,
  flows: [{ ...flow, period }, ...vietnamLaos.flows.slice(1)],
});

/** Numbers near every bound of a period's fields, and values of other types. */
const field = fc.oneof(
  fc.integer({ min: -2, max: 14 }),
  fc.constantFrom(9998, 9999, 10000, 2024, 1.5, Number.NaN, '2024', '3', null, undefined, 2024n),
);
const yearMonth = fc.oneof(
  fc.record({ year: fc.oneof(field, fc.constantFrom(2023, 2024)), month: field }),
  fc.constantFrom(null, undefined, '2024-01', {}),
);
const fields = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom('year', 'half', 'quarter', 'month', 'year-to-date', 'week', 'Year'),
      year: fc.oneof(field, fc.constantFrom(1, 2024)),
      half: field,
      quarter: field,
      month: field,
      throughMonth: field,
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record({ kind: fc.constant('range'), start: yearMonth, end: yearMonth }),
);
/** Periods' fields on an object, and on an array or a function (which the core refuses). */
const period = fc.oneof(
  fields,
  fields.map((value) => Object.assign([], value)),
  fields.map((value) => Object.assign(() => 0, value)),
  fc.constantFrom(null, undefined, '2024', 2024, [], {}, { kind: 'range' }),
);

describe('isParsedDataset', () => {
  it("takes a flow's period as the core's checkPeriod takes it, no more, no less", () => {
    expect(isParsedDataset(vietnamLaos)).toBe(true);
    fc.assert(
      fc.property(period, (value) => {
        expect(isParsedDataset(withPeriod(value))).toBe(corePeriod(value));
      }),
      { seed: 301, numRuns: 2000 },
    );
  });

  it('agrees with checkPeriod on every kind with each field at, inside and past its bounds', () => {
    // Every combination, not a sample: fast-check above rarely draws a valid year with a field at
    // its bound (half 3, a one-month range, a range in year 10000).
    const years = [0, 1, 2024, 9999, 10000, '2024'];
    const values = [0, 1, 2, 3, 4, 5, 12, 13, 1.5, '1', undefined];
    const periods: unknown[] = [];
    for (const kind of ['year', 'half', 'quarter', 'month', 'year-to-date', 'week']) {
      for (const year of years) {
        for (const value of values) {
          periods.push({
            kind,
            year,
            half: value,
            quarter: value,
            month: value,
            throughMonth: value,
          });
          periods.push({ kind, year, [kind === 'year-to-date' ? 'throughMonth' : kind]: value });
        }
      }
    }
    const months = years.flatMap((year) =>
      [0, 1, 2, 12, 13, '1'].map((month) => ({ year, month })),
    );
    for (const start of months) {
      for (const end of months) periods.push({ kind: 'range', start, end });
    }
    for (const value of periods) {
      expect([value, isParsedDataset(withPeriod(value))]).toEqual([value, corePeriod(value)]);
    }
  });

  it('takes the periods the core reads from text, and refuses month 13 and a text year', () => {
    for (const value of [
      { kind: 'year', year: 2024 },
      { kind: 'half', year: 2024, half: 2 },
      { kind: 'quarter', year: 2024, quarter: 4 },
      { kind: 'month', year: 2024, month: 12 },
      { kind: 'year-to-date', year: 2024, throughMonth: 9 },
      { kind: 'range', start: { year: 2023, month: 11 }, end: { year: 2024, month: 2 } },
    ]) {
      expect(isParsedDataset(withPeriod(value))).toBe(true);
    }
    expect(isParsedDataset(withPeriod({ kind: 'month', year: 2024, month: 13 }))).toBe(false);
    expect(isParsedDataset(withPeriod({ kind: 'year', year: '2024' }))).toBe(false);
    const backwards = { start: { year: 2024, month: 2 }, end: { year: 2023, month: 11 } };
    expect(isParsedDataset(withPeriod({ kind: 'range', ...backwards }))).toBe(false);
  });

  it('takes as parsed only crossings with an id and two sides, each with its country', () => {
    const [crossing, ...crossings] = vietnamLaos.crossings;
    const withCrossing = (value: unknown) => ({ ...vietnamLaos, crossings: [value, ...crossings] });
    expect(isParsedDataset(withCrossing(crossing))).toBe(true);
    for (const value of [
      null,
      {},
      { ...crossing, id: 7 },
      { ...crossing, sides: undefined },
      { ...crossing, sides: crossing?.sides.slice(0, 1) },
      { ...crossing, sides: [crossing?.sides[0], null] },
      { ...crossing, sides: [crossing?.sides[0], { ...crossing?.sides[1], country: undefined }] },
    ]) {
      expect(isParsedDataset(withCrossing(value))).toBe(false);
    }
  });

  it("takes as a Decimal what either engine's isDecimal takes, not any object with a plus method", () => {
    // Before: any object with a `plus` method passed, `{ plus() {} }` among them.
    const withAmount = (amount: unknown) => ({
      ...vietnamLaos,
      flows: [{ ...flow, value: { ...flow?.value, amount } }, ...vietnamLaos.flows.slice(1)],
    });
    const brand = Symbol.for('bilateral-decimal');
    for (const amount of [
      new Decimal('565'),
      new BigDecimal('565'),
      { [brand]: true, toString: () => '565' },
      { toStringTag: '[object Decimal]', toString: () => '565' },
      Object.create({ [brand]: true }),
      { plus() {} },
      { plus: () => 0, toString: () => '565' },
      { [brand]: false, plus() {} },
      { toStringTag: 'Decimal', plus() {} },
      '565',
      565,
      null,
    ]) {
      const either = Decimal.isDecimal(amount) || BigDecimal.isDecimal(amount);
      expect([amount, isParsedDataset(withAmount(amount))]).toEqual([amount, either]);
    }
  });
});
