import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { tradeBalance } from '../balance/index.js';
import { yearlyRecords } from './__fixtures__/flow-records.js';
import { balanceBy, flowTableFromRecords } from './index.js';

describe('balanceBy', () => {
  it('equals tradeBalance of the exact exports and imports per reporter, partner and period', () => {
    fc.assert(
      fc.property(yearlyRecords, (list) => {
        const sums = new Map<string, { exports?: Decimal; imports?: Decimal }>();
        for (const record of list) {
          const key = `${record.reporter} ${record.partner} ${record.period}`;
          const entry = sums.get(key) ?? {};
          const side = record.flow === 'export' ? 'exports' : 'imports';
          entry[side] = (entry[side] ?? new Decimal(0)).plus(record.value);
          sums.set(key, entry);
        }
        const pairs = balanceBy(flowTableFromRecords(list));
        expect(pairs.length).toBe(sums.size);
        pairs.toRows().forEach((row, index) => {
          const { exports, imports } =
            sums.get(`${row.reporter} ${row.partner} ${row.period}`) ?? {};
          expect(row.exports?.toFixed() ?? null).toBe(exports?.toFixed() ?? null);
          expect(row.imports?.toFixed() ?? null).toBe(imports?.toFixed() ?? null);
          if (exports === undefined || imports === undefined) {
            expect([row.turnover, row.balance, row.coverage]).toEqual([null, null, null]);
            expect(row.reason).toBe(exports === undefined ? 'missing-exports' : 'missing-imports');
            return;
          }
          const expected = tradeBalance({ exports: exports.toFixed(), imports: imports.toFixed() });
          expect(row.turnover?.toFixed()).toBe(expected.turnover.toFixed());
          expect(row.balance?.toFixed()).toBe(expected.balance.toFixed());
          expect(pairs.coverageDecimal(index)?.toString() ?? null).toBe(
            expected.coverageRatio?.toString() ?? null,
          );
          // The float64 ratio is the exact quotient rounded once.
          expect(row.coverage).toBe(
            expected.coverageRatio === null ? null : Number(expected.coverageRatio.toString()),
          );
          expect(row.reason).toBe(expected.coverageRatio === null ? 'zero-imports' : null);
        });
      }),
      propertyRuns(1404, { ci: 100, full: 1000 }),
    );
  });

  it('groups by other keys and refuses flow as a key', () => {
    const base = { reporter: 'VNM', partner: 'LAO', period: '2024', currency: 'USD' } as const;
    const table = flowTableFromRecords([
      { ...base, flow: 'export', value: '3' },
      { ...base, flow: 'import', value: '4', partner: 'THA' },
    ]);
    const all = balanceBy(table, ['reporter']);
    expect([all.length, all.turnoverAt(0)?.toString(), all.coverageAt(0)]).toEqual([1, '7', 0.75]);
    expect(() => balanceBy(table, ['flow'])).toThrow(/cannot be a grouping key/);
  });
});
