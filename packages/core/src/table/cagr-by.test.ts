import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { cagr } from '../growth/index.js';
import { valueText } from './__fixtures__/flow-records.js';
import { cagrBy, flowTableFromRecords, rollUp } from './index.js';
import { compoundRateRounded } from './internal/compound-rate.js';

const records = fc.array(
  fc.record({
    reporter: fc.constantFrom('VNM', 'LAO'),
    partner: fc.constantFrom('LAO', 'CHN', 'THA'),
    flow: fc.constant<'export'>('export'),
    period: fc.constantFrom('2017', '2020', '2023', '2024'),
    value: valueText,
    currency: fc.constant('USD'),
  }),
  { maxLength: 40 },
);

describe('cagrBy', () => {
  it('equals cagr of the exact levels, the float64 rounded once from the exact rate', () => {
    const ends = fc.constantFrom<[string, string]>(
      ['2017', '2024'],
      ['2023', '2024'],
      ['2017', '2020'],
    );
    fc.assert(
      fc.property(records, ends, (list, [first, last]) => {
        const levels = new Map<string, { first?: Decimal; last?: Decimal }>();
        for (const record of list) {
          const end = record.period === first ? 'first' : record.period === last ? 'last' : null;
          if (end === null) continue;
          const key = `${record.reporter} ${record.partner}`;
          const entry = levels.get(key) ?? {};
          entry[end] = (entry[end] ?? new Decimal(0)).plus(record.value);
          levels.set(key, entry);
        }
        const growth = cagrBy(flowTableFromRecords(list), ['reporter', 'partner'], first, last);
        expect(growth.length).toBe(levels.size);
        growth.toRows().forEach((row, index) => {
          const level = levels.get(`${row.reporter} ${row.partner}`) ?? {};
          expect(row.firstValue?.toFixed() ?? null).toBe(level.first?.toFixed() ?? null);
          expect(row.lastValue?.toFixed() ?? null).toBe(level.last?.toFixed() ?? null);
          const reason =
            level.first === undefined
              ? 'missing-base'
              : level.last === undefined
                ? 'missing-last'
                : level.first.isZero()
                  ? 'non-positive-base'
                  : null;
          expect(row.reason).toBe(reason);
          if (reason !== null || level.first === undefined || level.last === undefined) return;
          const expected = cagr(level.first.toFixed(), level.last.toFixed(), growth.intervals);
          expect(growth.rateDecimal(index)?.toString()).toBe(expected.toString());
          expect(row.rate).toBe(Number(expected.toString()));
        });
      }),
      propertyRuns(1407, { ci: 100, full: 1000 }),
    );
  });

  it('rounds exact rates exactly and steps to the correctly rounded neighbour', () => {
    expect(compoundRateRounded(100, 121, 2)).toBe(0.1);
    expect(compoundRateRounded(1, 1024, 10)).toBe(1);
    expect(compoundRateRounded(1, 0, 5)).toBe(-1);
    expect(compoundRateRounded(1000000000000n, 1000000000001n, 30)).toBe(
      Number(cagr('1000000000000', '1000000000001', 30).toString()),
    );
  });

  it('counts whole years, refuses other pairs and marks partial ends', () => {
    const base = { reporter: 'VNM', partner: 'LAO', flow: 'export', currency: 'USD' } as const;
    const months = flowTableFromRecords(
      ['2023-01', '2023-02', '2023-03', '2024-01', '2024-02'].map((period) => ({
        ...base,
        period,
        value: '10',
      })),
    );
    const quarters = rollUp(months, 'quarter', { allowIncomplete: true });
    expect(cagrBy(quarters, ['reporter'], '2023-Q1', '2024-Q1').reasonAt(0)).toBe('partial-period');
    expect(() => cagrBy(quarters, ['reporter'], '2023-Q1', '2024-Q2')).toThrow(/whole years/);
    expect(() => cagrBy(quarters, ['reporter'], '2024-Q1', '2023-Q1')).toThrow(/whole years/);
    expect(() => cagrBy(quarters, ['period'], '2023-Q1', '2024-Q1')).toThrow(/grouping key/);
  });
});
