import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { yearOnYear } from '../growth/index.js';
import { formatPeriod, periodOnPeriod } from '../index.js';
import { seriesOf, valueText } from './__fixtures__/flow-records.js';
import {
  type FlowRecord,
  filterFlowTable,
  flowTableFromRecords,
  periodOnPeriodBy,
  sumBy,
  yearOnYearBy,
} from './index.js';

const PERIODS: Record<'year' | 'quarter' | 'month', string[]> = {
  year: ['2020', '2021', '2022', '2023'],
  quarter: ['2022-Q3', '2022-Q4', '2023-Q1', '2023-Q3', '2023-Q4', '2024-Q1'],
  month: ['2023-11', '2023-12', '2024-01', '2024-11', '2024-12'],
};

/** Records with one value per reporter, partner, flow and period, all periods of one kind. */
const records = fc.constantFrom('year', 'quarter', 'month').chain((kind) =>
  fc.uniqueArray(
    fc.record({
      reporter: fc.constantFrom('VNM', 'LAO'),
      partner: fc.constantFrom('LAO', 'CHN', 'THA'),
      flow: fc.constantFrom<'export' | 'import'>('export', 'import'),
      period: fc.constantFrom(...PERIODS[kind]),
      value: valueText,
      currency: fc.constant('USD'),
    }),
    {
      maxLength: 40,
      selector: (record) => `${record.reporter} ${record.partner} ${record.flow} ${record.period}`,
    },
  ),
);

/**
 * Periods of every kind that reach the year 1, where a base would be before the first year
 * periods can be in: the per-series functions give such a point `missing-base` with no base period.
 */
const YEAR_ONE_PERIODS: Record<string, string[]> = {
  year: ['0001', '0002', '0003'],
  half: ['0001-H1', '0001-H2', '0002-H1', '0002-H2'],
  quarter: ['0001-Q1', '0001-Q2', '0001-Q4', '0002-Q1', '0002-Q4'],
  month: ['0001-01', '0001-02', '0001-12', '0002-01', '0002-12'],
  'year-to-date': ['0001-01/0001-09', '0002-01/0002-09', '0003-01/0003-09'],
  range: ['0001-02/0001-04', '0001-05/0001-07', '0001-11/0002-01', '0002-02/0002-04'],
};

/** Records as {@link records}, all periods of one kind, in the first years. */
const yearOneRecords = fc.constantFrom(...Object.values(YEAR_ONE_PERIODS)).chain((periods) =>
  fc.uniqueArray(
    fc.record({
      reporter: fc.constantFrom('VNM', 'LAO'),
      partner: fc.constantFrom('LAO', 'CHN'),
      flow: fc.constantFrom<'export' | 'import'>('export', 'import'),
      period: fc.constantFrom(...periods),
      value: valueText,
      currency: fc.constant('USD'),
    }),
    {
      maxLength: 30,
      selector: (record) => `${record.reporter} ${record.partner} ${record.flow} ${record.period}`,
    },
  ),
);

describe('sumBy', () => {
  it('equals Decimal sums on random data, past 2^53 units and with many decimals', () => {
    fc.assert(
      fc.property(records, (list) => {
        const sums = sumBy(flowTableFromRecords(list), ['partner', 'flow']);
        const expected = new Map<string, Decimal>();
        for (const record of list) {
          const key = `${record.partner} ${record.flow}`;
          expected.set(key, (expected.get(key) ?? new Decimal(0)).plus(String(record.value)));
        }
        expect(sums.length).toBe(expected.size);
        for (const row of sums.toRows()) {
          expect(row.value.toFixed()).toBe(expected.get(`${row.partner} ${row.flow}`)?.toFixed());
        }
      }),
      propertyRuns(1401, { ci: 100, full: 1000 }),
    );
  });

  it('goes to BigInt only for the groups whose sum passes 2^53 − 1 units', () => {
    const base = { reporter: 'VNM', partner: 'LAO', period: '2024', currency: 'USD' } as const;
    const table = flowTableFromRecords([
      { ...base, flow: 'export', value: '4503599627370496' },
      { ...base, flow: 'export', value: '4503599627370497' },
      { ...base, flow: 'import', value: '0.5' },
    ]);
    const sums = sumBy(table, ['flow']);
    expect(sums.unitsAt(0)).toBe(90071992547409930n);
    expect(sums.valueAt(0).toFixed()).toBe('9007199254740993');
    expect(sums.unitsAt(1)).toBe(5);
    expect([...sums.big.keys()]).toEqual([0]);
  });

  it('never adds currencies together and refuses unknown keys', () => {
    const base = { reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2024' } as const;
    const table = flowTableFromRecords([
      { ...base, value: '1', currency: 'USD' },
      { ...base, value: '2', currency: 'LAK' },
    ]);
    expect(
      sumBy(table, [])
        .toRows()
        .map((row) => [row.currency, row.value.toString()]),
    ).toEqual([
      ['USD', '1'],
      ['LAK', '2'],
    ]);
    expect(() => sumBy(table, ['country' as never])).toThrow(/not a key/);
    expect(() => sumBy(table, ['flow', 'flow'])).toThrow(/twice/);
  });
});

describe('yearOnYearBy and periodOnPeriodBy', () => {
  for (const [name, verb, perValue] of [
    ['yearOnYearBy', yearOnYearBy, yearOnYear],
    ['periodOnPeriodBy', periodOnPeriodBy, periodOnPeriod],
  ] as const) {
    /** The verb's groups against the per-series function's points: values, bases, rates, reasons. */
    const expectPerSeries = (list: readonly FlowRecord[]) => {
      const growth = verb(flowTableFromRecords(list), ['reporter', 'partner', 'flow']);
      const rows = growth.toRows();
      const expected = new Map(
        [...seriesOf(list)].flatMap(([key, series]) =>
          perValue(series).map((point) => [`${key} ${formatPeriod(point.period)}`, point]),
        ),
      );
      expect(rows.length).toBe(expected.size);
      rows.forEach((row, index) => {
        const point = expected.get(`${row.reporter} ${row.partner} ${row.flow} ${row.period}`);
        expect(point).toBeDefined();
        if (point === undefined) return;
        expect(row.value.eq(point.value.amount)).toBe(true);
        expect(row.baseValue?.toFixed() ?? null).toBe(point.baseValue?.amount.toFixed() ?? null);
        expect(growth.base[index] === -1).toBe(point.baseValue === null);
        if (point.rate === null) {
          expect(row.reason).toBe(point.reason);
          expect(growth.messageAt(index)).toBe(point.message);
          expect(growth.rateDecimal(index)).toBeNull();
        } else {
          expect(row.reason).toBeNull();
          expect(growth.rateDecimal(index)?.toString()).toBe(point.rate.toString());
          // One rounding of the exact quotient to float64.
          expect(row.rate).toBe(Number(point.rate.toString()));
        }
      });
    };

    it(`${name} equals the per-series Decimal rates and reasons on random data`, () => {
      fc.assert(fc.property(records, expectPerSeries), propertyRuns(1402, { ci: 100, full: 1000 }));
    });

    it(`${name} equals the per-series function on data in the year 1, for every period kind (regression: INVALID_PERIOD)`, () => {
      fc.assert(
        fc.property(yearOneRecords, expectPerSeries),
        propertyRuns(1403, { ci: 100, full: 1000 }),
      );
    });
  }

  it('reads keys, bases and messages right after other groupings ran (regression: the rates use a shared scratch lookup)', () => {
    const plain = (growth: ReturnType<typeof yearOnYearBy>) =>
      growth.toRows().map((row, index) => ({
        ...row,
        value: row.value.toFixed(),
        baseValue: row.baseValue?.toFixed() ?? null,
        base: growth.base[index],
        message: growth.messageAt(index),
      }));
    fc.assert(
      fc.property(records, records, (first, second) => {
        const keys = ['reporter', 'partner', 'flow'] as const;
        const expected = plain(yearOnYearBy(flowTableFromRecords(first), keys));
        const growth = yearOnYearBy(flowTableFromRecords(first), keys);
        // Other groupings between computing the rates and reading the rest.
        periodOnPeriodBy(flowTableFromRecords(second), ['partner']);
        yearOnYearBy(flowTableFromRecords(second), keys).base;
        sumBy(flowTableFromRecords(second), ['reporter']);
        expect(plain(growth)).toEqual(expected);
      }),
      propertyRuns(1403, { ci: 50, full: 1000 }),
    );
  });

  it('rounds a rate past 2^53 units once, in BigInt', () => {
    const base = { reporter: 'VNM', partner: 'LAO', flow: 'export', currency: 'USD' } as const;
    const table = flowTableFromRecords([
      { ...base, period: '2023', value: '30000000000000000000000.000001' },
      { ...base, period: '2024', value: '10000000000000000000000.000001' },
    ]);
    const growth = yearOnYearBy(table, ['reporter', 'partner', 'flow']);
    const exact = new Decimal('10000000000000000000000.000001')
      .minus('30000000000000000000000.000001')
      .div('30000000000000000000000.000001');
    expect(growth.rateDecimal(1)?.toString()).toBe(exact.toString());
    expect(growth.rateAt(1)).toBe(Number(exact.toString()));
  });

  it('keeps a level past 2^53 units exact when no rate reads it (regression)', () => {
    const base = { reporter: 'VNM', partner: 'LAO', flow: 'export', currency: 'USD' } as const;
    const table = flowTableFromRecords([
      { ...base, period: '2024', value: '30000000000000000000000.000001' },
      { ...base, flow: 'import', period: '2023', value: '2' },
      { ...base, flow: 'import', period: '2024', value: '3' },
    ]);
    const growth = yearOnYearBy(table, ['reporter', 'partner', 'flow']);
    expect(growth.valueAt(0).toFixed()).toBe('30000000000000000000000.000001');
    expect(growth.reasonAt(0)).toBe('missing-base');
    expect(growth.rateAt(2)).toBe(0.5);
  });

  it('answers an empty table and a table of one period (regression: the base loop steps by the periods)', () => {
    const empty = flowTableFromRecords([]);
    expect(yearOnYearBy(empty, ['reporter']).length).toBe(0);
    expect(periodOnPeriodBy(empty, ['reporter']).length).toBe(0);
    const base = { reporter: 'VNM', flow: 'export', period: '2024-03', currency: 'USD' } as const;
    const one = flowTableFromRecords([
      { ...base, partner: 'LAO', value: '1' },
      { ...base, partner: 'THA', value: '2' },
    ]);
    const growth = periodOnPeriodBy(one, ['reporter', 'partner']);
    expect(growth.length).toBe(2);
    expect([growth.reasonAt(0), growth.reasonAt(1)]).toEqual(['missing-base', 'missing-base']);
  });

  it('gives a group at the start of the year 1 no base, as yearOnYear and periodOnPeriod do', () => {
    const base = { reporter: 'VNM', partner: 'LAO', flow: 'export', currency: 'USD' } as const;
    const table = flowTableFromRecords(
      [
        ['0001-Q1', '400'],
        ['0001-Q2', '500'],
        ['0002-Q1', '600'],
      ].map(([period, value]) => ({ ...base, period: period as string, value: value as string })),
    );
    const noBase = (period: string) =>
      `${period} has no base: it would be before the year 1 (periods are in the years 1–9999)`;
    const keys = ['reporter', 'partner', 'flow'] as const;
    const yearly = yearOnYearBy(table, keys);
    expect([0, 1, 2].map((i) => [yearly.reasonAt(i), yearly.base[i], yearly.messageAt(i)])).toEqual(
      [
        ['missing-base', -1, noBase('0001-Q1')],
        ['missing-base', -1, noBase('0001-Q2')],
        [null, 0, null],
      ],
    );
    expect(yearly.rateAt(2)).toBe(0.5);
    const chained = periodOnPeriodBy(table, keys);
    expect(
      [0, 1, 2].map((i) => [chained.reasonAt(i), chained.base[i], chained.messageAt(i)]),
    ).toEqual([
      ['missing-base', -1, noBase('0001-Q1')],
      [null, 0, null],
      ['missing-base', -1, '0002-Q1 has no base: 0001-Q4 is not in the series'],
    ]);
    expect(chained.baseValueAt(0)).toBeNull();
  });

  it('finds the year-earlier bases of the Vietnam–Laos totals', () => {
    const base = { reporter: 'VNM', partner: 'LAO', flow: 'export', currency: 'USD' } as const;
    const table = filterFlowTable(
      flowTableFromRecords([
        { ...base, period: '2023-01/2023-09', value: '396700000' },
        { ...base, period: '2024-01/2024-09', value: '491900000' },
        { ...base, period: '2024-01/2024-09', value: '5', commodity: '0901' },
      ]),
      { commodity: null },
    );
    const growth = yearOnYearBy(table, ['reporter', 'partner', 'flow']);
    expect(growth.length).toBe(2);
    expect(growth.rateDecimal(1)?.toFixed(3)).toBe('0.240');
    expect(growth.messageAt(0)).toBe(
      '2023-01/2023-09 has no base: 2022-01/2022-09 is not in the series',
    );
    expect(() => yearOnYearBy(table, ['period'])).toThrow(/cannot be a grouping key/);
  });
});

describe('grouping paths', () => {
  /** 600 rows: 300 reporters × 300 partners (90,000 combinations, past the dense lookup of 2,400 rows). */
  const wide = flowTableFromRecords(
    Array.from({ length: 600 }, (_, row) => {
      const code = (n: number) =>
        String.fromCharCode(
          65 + (n % 26),
          65 + (Math.floor(n / 26) % 26),
          65 + Math.floor(n / 676),
        );
      return {
        reporter: code(row % 300),
        partner: code((row * 7) % 300),
        flow: 'export' as const,
        period: row < 300 ? '2023' : '2024',
        value: String(row + 1),
        currency: 'USD',
      };
    }),
  );

  it('sums and finds bases when the keys have too many combinations for a dense lookup', () => {
    const sums = sumBy(wide, ['reporter', 'partner']);
    expect(sums.length).toBe(300);
    expect(sums.valueAt(0).toString()).toBe(String(1 + 301));
    const growth = yearOnYearBy(wide, ['reporter', 'partner']);
    expect(growth.length).toBe(600);
    expect(growth.reasonAt(0)).toBe('missing-base');
    expect(growth.base[300]).toBe(0);
    expect(growth.rateAt(300)).toBe((301 - 1) / 1);
    expect(growth.rateAt(599)).toBe((600 - 300) / 300);
  });

  const code = (n: number) =>
    String.fromCharCode(65 + (n % 26), 65 + (Math.floor(n / 26) % 26), 65 + Math.floor(n / 676));
  const months = Array.from(
    { length: 300 },
    (_, m) => `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
  );
  /** Monthly records of `count` series, the series' reporter and partner given by `keysOf`. */
  const monthly = (
    count: number,
    keysOf: (series: number) => [reporter: number, partner: number],
    monthsOf: (series: number) => number[],
  ) =>
    Array.from({ length: count }, (_, series) =>
      monthsOf(series).map((m, i) => ({
        reporter: code((keysOf(series) as number[])[0] as number),
        partner: code((keysOf(series) as number[])[1] as number),
        flow: 'export' as const,
        period: months[m] as string,
        // A base of 0 in every eleventh series; values past 2^53 units in every thirteenth.
        value:
          i === 0 && series % 11 === 0
            ? '0'
            : `${series % 13 === 0 ? '9007199254740993' : ''}${(series * 7919 + m) % 100000}.${series % 100}`,
        currency: 'USD',
      })),
    ).flat();
  const layouts = [
    [
      // 280 series (56 reporters × 5 partners), one or two months each of 292: 81,760
      // combinations of the series that occur and the months, past the dense lookup (2^16 slots
      // for 520 rows): the groups and their bases are found through a hash table.
      'even the combinations that occur are past the dense lookup',
      monthly(
        280,
        (series) => [Math.floor(series / 5), 60 + (series % 5)],
        // Every seventh series has no base.
        (series) => (series % 7 === 0 ? [series + 12] : [series, series + 12]),
      ),
    ],
    [
      // 60 reporters × 60 partners of which 60 pairs occur, × 24 months (86,400 combinations):
      // renumbered, the pairs take the month as a digit again (1,440 slots).
      'the pairs that occur are renumbered and take the period as a digit',
      monthly(
        60,
        (series) => [series, 100 + ((series * 37) % 60)],
        (series) => (series % 5 === 0 ? [0, 5, 12, 23] : months.slice(0, 24).map((_, m) => m)),
      ),
    ],
  ] as const;
  for (const [name, list] of layouts) {
    it(`equals the per-series Decimal path when ${name}`, () => {
      const table = flowTableFromRecords(list);
      for (const [verb, perValue] of [
        [yearOnYearBy, yearOnYear],
        [periodOnPeriodBy, periodOnPeriod],
      ] as const) {
        const growth = verb(table, ['reporter', 'partner', 'flow']);
        const expected = new Map(
          [...seriesOf(list)].flatMap(([key, series]) =>
            perValue(series).map((point) => [`${key} ${formatPeriod(point.period)}`, point]),
          ),
        );
        const got = growth.toRows().map((row, index) => {
          const key = `${row.reporter} ${row.partner} ${row.flow} ${row.period}`;
          return [
            key,
            row.value.toFixed(),
            row.reason,
            row.rate,
            growth.rateDecimal(index)?.toString(),
          ];
        });
        const want = got.map(([key]) => {
          const point = expected.get(key as string);
          const rate = point?.rate?.toString();
          return [
            key,
            point?.value.amount.toFixed(),
            point === undefined || point.rate !== null ? null : point.reason,
            rate === undefined ? null : Number(rate),
            rate,
          ];
        });
        expect(got).toEqual(want);
        expect(got.length).toBe(expected.size);
        if (verb === yearOnYearBy) {
          expect(new Set(got.map((row) => row[2]))).toEqual(
            new Set([null, 'missing-base', 'non-positive-base']),
          );
        }
      }
    });
  }

  it('groups by more than four keys', () => {
    const table = flowTableFromRecords(
      ['2023', '2024'].flatMap((period, p) =>
        ['export', 'import'].flatMap((flow, f) =>
          ['01', '02'].map((commodity, c) => ({
            reporter: 'VNM',
            partner: p === 0 ? 'LAO' : 'THA',
            flow: flow as 'export' | 'import',
            period,
            commodity,
            source: `s${c}`,
            status: 'official',
            value: String(1 + p + 2 * f + 4 * c),
            currency: c === 0 ? 'USD' : 'LAK',
          })),
        ),
      ),
    );
    const sums = sumBy(table, ['partner', 'flow', 'period', 'commodity', 'source']);
    expect(sums.length).toBe(8);
    expect(sums.toRows().map((row) => row.value.toNumber())).toEqual([1, 5, 3, 7, 2, 6, 4, 8]);
    expect(
      sumBy(table, [])
        .toRows()
        .map((row) => [row.currency, row.value.toNumber()]),
    ).toEqual([
      ['USD', 1 + 3 + 2 + 4],
      ['LAK', 5 + 7 + 6 + 8],
    ]);
  });
});
