import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import { aggregateSeries, yearToDate } from '../growth/index.js';
import { formatPeriod, parsePeriod } from '../period/index.js';
import { seriesOf } from './__fixtures__/flow-records.js';
import {
  filterFlowTable,
  flowTableFromRecords,
  rollUp,
  yearOnYearBy,
  yearToDateBy,
} from './index.js';

const months = ['2023', '2024'].flatMap((year) =>
  Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`),
);
const quarters = ['2023', '2024'].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`));

const valueText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat(4))
  .map(([units, decimals]) => {
    const digits = units.toString().padStart(decimals + 1, '0');
    return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  });

/** Records of one kind; most series have most of their periods, so complete periods occur. */
const records = fc.constantFrom(months, quarters).chain((periods) =>
  fc.uniqueArray(
    fc.record({
      reporter: fc.constantFrom('VNM', 'LAO'),
      partner: fc.constantFrom('LAO', 'CHN'),
      flow: fc.constantFrom<'export' | 'import'>('export', 'import'),
      period: fc.constantFrom(...periods),
      value: valueText,
      currency: fc.constant('USD'),
      source: fc.constantFrom('a', 'b'),
    }),
    {
      maxLength: 120,
      selector: (record) => `${record.reporter} ${record.partner} ${record.flow} ${record.period}`,
    },
  ),
);

function refusal(run: () => unknown): BilateralError | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof BilateralError) return error;
    throw error;
  }
}

/** The table's rows as `series period → [value, partial]`. */
function rowsOf(table: ReturnType<typeof rollUp>): Map<string, [string, boolean]> {
  return new Map(
    Array.from({ length: table.length }, (_, row) => [
      `${table.keyAt(row, 'reporter')} ${table.keyAt(row, 'partner')} ${table.keyAt(row, 'flow')} ${table.keyAt(row, 'period')}`,
      [table.valueAt(row).toFixed(), table.partial?.[row] === 1],
    ]),
  );
}

describe('rollUp and yearToDateBy', () => {
  it('equal aggregateSeries and yearToDate per series, partial and refused alike', () => {
    const cases = fc.tuple(
      records,
      fc.constantFrom<'quarter' | 'half' | 'year' | number>('quarter', 'half', 'year', 3, 6, 9, 12),
    );
    fc.assert(
      fc.property(cases, ([list, to]) => {
        const table = flowTableFromRecords(list);
        const kind = parsePeriod(String(list[0]?.period ?? '2024-01')).kind;
        if (kind === 'quarter' && to === 'quarter') return;
        const roll = (allowIncomplete: boolean) =>
          typeof to === 'number'
            ? yearToDateBy(table, to, { allowIncomplete })
            : rollUp(table, to, { allowIncomplete });
        const expected = new Map<string, [string, boolean]>();
        let incomplete = false;
        for (const [key, series] of seriesOf(list)) {
          const aggregate = (allowIncomplete: boolean) =>
            typeof to === 'number'
              ? yearToDate(series, to, { allowIncomplete })
              : aggregateSeries(series, to, { allowIncomplete });
          if (refusal(() => aggregate(false)) !== null) incomplete = true;
          const aggregated = aggregate(true);
          for (const point of aggregated.points) {
            expected.set(`${key} ${formatPeriod(point.period)}`, [
              point.value.amount.toFixed(),
              point.partial,
            ]);
          }
        }
        expect(rowsOf(roll(true))).toEqual(expected);
        expect(refusal(() => roll(false))?.code ?? null).toBe(
          incomplete ? 'INCOMPLETE_PERIOD' : null,
        );
      }),
      propertyRuns(1403, { ci: 60, full: 1000 }),
    );
  });

  const base = { reporter: 'VNM', partner: 'LAO', flow: 'export', currency: 'USD' } as const;

  it('names the series and the periods an incomplete one lacks; keeps a source the members share', () => {
    const table = flowTableFromRecords(
      ['2024-07', '2024-09', '2024-10', '2024-11', '2024-12'].map((period, i) => ({
        ...base,
        period,
        value: String(i + 1),
        source: i === 4 ? 'gso' : 'moit',
        commodity: '0901',
      })),
    );
    const error = refusal(() => rollUp(table, 'quarter'));
    expect(error?.code).toBe('INCOMPLETE_PERIOD');
    expect(error?.issues).toEqual([
      { path: ['table'], message: 'VNM → LAO export, HS 0901 (USD): 2024-Q3 lacks 2024-08' },
    ]);
    const rolled = rollUp(table, 'quarter', { allowIncomplete: true });
    expect(Array.from(rolled.partial ?? [])).toEqual([1, 0]);
    expect([rolled.keyAt(0, 'source'), rolled.keyAt(1, 'source')]).toEqual(['moit', '']);
    expect(rolled.valueAt(1).toString()).toBe('12');
    // Growth against a partial quarter has no rate.
    const halves = rollUp(rolled, 'half', { allowIncomplete: true });
    expect(halves.partial?.[0]).toBe(1);
    const growth = yearOnYearBy(rolled, ['reporter', 'partner', 'flow']);
    expect(growth.reasonAt(0)).toBe('missing-base');
  });

  it('refuses mixed kinds, kinds not finer than the target and bad arguments', () => {
    const mixed = flowTableFromRecords([
      { ...base, period: '2024-01', value: '1' },
      { ...base, period: '2024-Q1', value: '1' },
    ]);
    expect(refusal(() => rollUp(mixed, 'year'))?.code).toBe('PERIOD_MISMATCH');
    const years = filterFlowTable(mixed, { periodKind: 'quarter' });
    expect(refusal(() => rollUp(years, 'quarter'))?.code).toBe('PERIOD_MISMATCH');
    expect(refusal(() => yearToDateBy(years, 8))?.message).toMatch(/multiple of 3/);
    expect(refusal(() => yearToDateBy(years, 13))?.code).toBe('INVALID_INPUT');
    expect(refusal(() => rollUp(years, 'decade' as never))?.code).toBe('INVALID_PERIOD');
    expect(refusal(() => rollUp(years, 'year', { allowIncomplete: 'yes' as never }))?.code).toBe(
      'INVALID_INPUT',
    );
    // A filtered table keeps its dictionary; periods no row has do not count.
    expect(rollUp(years, 'year', { allowIncomplete: true }).keyAt(0, 'period')).toBe('2024');
  });
});
