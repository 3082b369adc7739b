import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { shareOf } from '../balance/index.js';
import { yearlyRecords } from './__fixtures__/flow-records.js';
import { flowTableFromRecords, sharesBy, topN } from './index.js';

/** Exact sums of the records per key. */
function sumsBy<T>(list: readonly T[], key: (record: T) => string, value: (record: T) => string) {
  const sums = new Map<string, Decimal>();
  for (const record of list) {
    sums.set(key(record), (sums.get(key(record)) ?? new Decimal(0)).plus(value(record)));
  }
  return sums;
}

describe('sharesBy', () => {
  it("equals shareOf of each partner's exact sum in its reporter's total per period", () => {
    fc.assert(
      fc.property(yearlyRecords, (list) => {
        const parts = sumsBy(
          list,
          (r) => `${r.reporter} ${r.period} ${r.partner}`,
          (r) => r.value,
        );
        const totals = sumsBy(
          list,
          (r) => `${r.reporter} ${r.period}`,
          (r) => r.value,
        );
        const shares = sharesBy(
          flowTableFromRecords(list),
          ['reporter', 'period', 'partner'],
          ['reporter', 'period'],
        );
        expect(shares.length).toBe(parts.size);
        shares.toRows().forEach((row, index) => {
          const part = parts.get(`${row.reporter} ${row.period} ${row.partner}`) as Decimal;
          const total = totals.get(`${row.reporter} ${row.period}`) as Decimal;
          expect(row.value.toFixed()).toBe(part.toFixed());
          expect(shares.totalAt(index).toFixed()).toBe(total.toFixed());
          if (total.isZero()) {
            expect([row.share, shares.shareDecimal(index)]).toEqual([null, null]);
            return;
          }
          const expected = shareOf(part.toFixed(), total.toFixed());
          expect(shares.shareDecimal(index)?.toString()).toBe(expected.toString());
          expect(row.share).toBe(Number(expected.toString()));
        });
      }),
      propertyRuns(1405, { ci: 100, full: 1000 }),
    );
  });

  it('refuses a total key that is not a part key', () => {
    const table = flowTableFromRecords([
      {
        reporter: 'VNM',
        partner: 'LAO',
        flow: 'export',
        period: '2024',
        value: '1',
        currency: 'USD',
      },
    ]);
    expect(() => sharesBy(table, ['partner'], ['period'])).toThrow(/not one of the part's keys/);
  });
});

describe('topN', () => {
  it('gives the n largest partners per reporter and period, ties by partner code', () => {
    fc.assert(
      fc.property(yearlyRecords, fc.integer({ min: 1, max: 4 }), (list, n) => {
        const sums = sumsBy(
          list,
          (r) => `${r.reporter} ${r.period}|${r.partner}`,
          (r) => r.value,
        );
        const expected = new Map<string, [string, string][]>();
        for (const [key, value] of sums) {
          const [group = '', partner = ''] = key.split('|');
          expected.set(group, [...(expected.get(group) ?? []), [partner, value.toFixed()]]);
        }
        for (const [group, items] of expected) {
          items.sort(([p, a], [q, b]) => new Decimal(b).cmp(a) || (p < q ? -1 : p > q ? 1 : 0));
          expected.set(group, items.slice(0, n));
        }
        const top = topN(flowTableFromRecords(list), 'partner', n, ['reporter', 'period']);
        const got = new Map<string, [string, string][]>();
        top.toRows().forEach((row, index) => {
          const group = `${row.reporter} ${row.period}`;
          const items = got.get(group) ?? [];
          expect(top.rankAt(index)).toBe(items.length + 1);
          got.set(group, [...items, [row.partner ?? '', row.value.toFixed()]]);
        });
        expect(got).toEqual(expected);
      }),
      propertyRuns(1406, { ci: 100, full: 1000 }),
    );
  });

  it('refuses a bad n or item', () => {
    const table = flowTableFromRecords([]);
    expect(() => topN(table, 'partner', 0)).toThrow(/positive whole number/);
    expect(() => topN(table, 'currency', 1)).toThrow(/cannot be ranked/);
    expect(() => topN(table, 'partner', 1, ['partner'])).toThrow(/cannot be a grouping key/);
  });
});
