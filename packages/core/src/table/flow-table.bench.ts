/**
 * Grouped sums and grouped year-on-year per (reporter, partner, flow) on Comtrade-shaped data of
 * 10k, 100k and 1M rows (and 1M with values past 2^53 units): the float loop (the floor), Arquero,
 * DuckDB in process, and Bilateral's flow table, in one process on the same data. Each engine's
 * result is first checked against the exact answer (BigInt): Bilateral must equal it; the float
 * engines' differences are counted and printed. `BENCH_ROWS=10000` runs one size only.
 * Run with `pnpm bench`; numbers in docs/performance.md.
 */
import { DuckDBDecimalValue, DuckDBInstance } from '@duckdb/node-api';
import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import {
  type ComtradeShaped,
  comtradeRecords,
  comtradeShaped,
  MONTHS,
} from './__fixtures__/comtrade-shaped.js';
import { createFlowTableBuilder, type FlowTable, sumBy, yearOnYearBy } from './index.js';
import { divideRounded, toBig } from './internal/scaled-units.js';

const SIZES = (process.env.BENCH_ROWS ?? '10000,100000,1000000')
  .split(',')
  .map((text) => Number(text));
const KEYS = ['reporter', 'partner', 'flow'] as const;
const SCALE = 1000n;

const units = (text: string): bigint => {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(3, '0'));
};

/** Index of a (reporter, partner, flow) series in the generator's order. */
const seriesIndex = (data: ComtradeShaped, r: number, p: number, f: number) =>
  (r * data.partners + p) * 2 + f;

/** Exact sums per series and per series-month, as BigInt units of 0.001. */
function exactAnswer(data: ComtradeShaped) {
  const series = REPORTERS_TIMES(data);
  const sums = new Array<bigint>(series).fill(0n);
  const monthly = new Array<bigint | undefined>(series * MONTHS);
  for (let row = 0; row < data.rows; row++) {
    const s = seriesIndex(
      data,
      data.reporter[row] as number,
      data.partner[row] as number,
      data.flow[row] as number,
    );
    const value = units(data.value[row] as string);
    sums[s] = (sums[s] as bigint) + value;
    const slot = s * MONTHS + (data.month[row] as number);
    monthly[slot] = (monthly[slot] ?? 0n) + value;
  }
  const rates = new Float64Array(series * MONTHS).fill(Number.NaN);
  for (let slot = 0; slot < rates.length; slot++) {
    const current = monthly[slot];
    const previous = slot % MONTHS >= 12 ? monthly[slot - 12] : undefined;
    if (current !== undefined && previous !== undefined && previous > 0n) {
      rates[slot] = divideRounded(current - previous, previous);
    }
  }
  return { sums, rates };
}

function REPORTERS_TIMES(data: ComtradeShaped): number {
  return 10 * data.partners * 2;
}

/** How far a float engine is from the exact answer: differing values and the worst digit. */
function difference(label: string, pairs: Iterable<[got: number, exact: number]>): void {
  let differing = 0;
  let worst = 17;
  let total = 0;
  for (const [got, exact] of pairs) {
    if (!Number.isNaN(exact)) total++;
    if (Number.isNaN(exact) || got === exact) continue;
    differing++;
    const digits = Math.floor(-Math.log10(Math.abs(got - exact) / Math.abs(exact)));
    worst = Math.min(worst, digits);
  }
  console.log(
    `${label}: ${differing} of ${total} differ from the exact answer${differing > 0 ? ` (first wrong significant digit: ${worst + 1} at worst)` : ''}`,
  );
}

function rss(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

describe.each(
  SIZES.flatMap((rows) =>
    rows >= 1_000_000
      ? [
          [rows, false],
          [rows, true],
        ]
      : [[rows, false]],
  ) as [number, boolean][],
)('%i rows (values past 2^53 units: %s)', (rows, pastExactRange) => {
  const data = comtradeShaped(rows, pastExactRange);
  const exact = exactAnswer(data);
  const exactSums = exact.sums.map((sum) => Number(sum) / 1000);
  const memory: Record<string, number> = {};

  // The float loop: integer codes and float64 values, dense arrays (the floor).
  let before = rss();
  const floatValues = Float64Array.from(data.value, Number);
  memory.float = rss() - before;
  const floatSums = () => {
    const sums = new Float64Array(REPORTERS_TIMES(data));
    for (let row = 0; row < rows; row++) {
      const s =
        ((data.reporter[row] as number) * data.partners + (data.partner[row] as number)) * 2 +
        (data.flow[row] as number);
      sums[s] = (sums[s] as number) + (floatValues[row] as number);
    }
    return sums;
  };
  const floatYoy = () => {
    const levels = new Float64Array(REPORTERS_TIMES(data) * MONTHS);
    for (let row = 0; row < rows; row++) {
      const s =
        ((data.reporter[row] as number) * data.partners + (data.partner[row] as number)) * 2 +
        (data.flow[row] as number);
      const slot = s * MONTHS + (data.month[row] as number);
      levels[slot] = (levels[slot] as number) + (floatValues[row] as number);
    }
    const rates = new Float64Array(levels.length).fill(Number.NaN);
    for (let slot = 0; slot < levels.length; slot++) {
      if (slot % MONTHS >= 12 && (levels[slot - 12] as number) > 0) {
        rates[slot] =
          ((levels[slot] as number) - (levels[slot - 12] as number)) /
          (levels[slot - 12] as number);
      }
    }
    return rates;
  };

  // Bilateral: the flow table, built from the records' text.
  before = rss();
  const builder = createFlowTableBuilder();
  builder.append(comtradeRecords(data));
  const table: FlowTable = builder.finish();
  memory.bilateral = rss() - before;

  // Arquero: string keys, float64 values.
  before = rss();
  const arquero = aq.table({
    reporter: Array.from(data.reporter, (code) => data.reporterText[code]),
    partner: Array.from(data.partner, (code) => data.partnerText[code]),
    flow: Array.from(data.flow, (code) => (code === 0 ? 'export' : 'import')),
    month: data.month,
    value: floatValues,
  });
  memory.arquero = rss() - before;
  const arqueroSums = () => arquero.groupby(...KEYS).rollup({ value: aq.op.sum('value') });
  const arqueroYoy = () =>
    arquero
      .groupby(...KEYS, 'month')
      .rollup({ level: aq.op.sum('value') })
      .groupby(...KEYS)
      .orderby('month')
      .derive({ previous: (d: { level: number }) => aq.op.lag(d.level, 12) })
      .derive({
        rate: (d: { level: number; previous: number }) =>
          d.previous > 0 ? (d.level - d.previous) / d.previous : undefined,
      });

  const reporterCode = new Map(data.reporterText.map((text, code) => [text, code]));
  const partnerCode = new Map(data.partnerText.map((text, code) => [text, code]));
  const seriesOf = (reporter: unknown, partner: unknown, flow: unknown) =>
    seriesIndex(
      data,
      reporterCode.get(String(reporter)) ?? -1,
      partnerCode.get(String(partner)) ?? -1,
      flow === 'export' ? 0 : 1,
    );

  test('results equal the exact answer (Bilateral) or are counted (float engines)', {
    timeout: 600_000,
  }, async () => {
    // Bilateral must be exact.
    const sums = sumBy(table, KEYS);
    expect(sums.length).toBe(Math.ceil(rows / MONTHS));
    for (let i = 0; i < sums.length; i++) {
      const s = seriesOf(
        sums.keyAt(i, 'reporter'),
        sums.keyAt(i, 'partner'),
        sums.keyAt(i, 'flow'),
      );
      if (toBig(sums.unitsAt(i)) * 10n ** BigInt(3 - table.scale) !== exact.sums[s])
        throw new Error(`Bilateral's sum of group ${i} is not exact`);
    }
    const growth = yearOnYearBy(table, KEYS);
    const monthCode = new Map(data.monthText.map((text, code) => [text, code]));
    for (let i = 0; i < growth.length; i++) {
      const s = seriesOf(
        growth.keyAt(i, 'reporter'),
        growth.keyAt(i, 'partner'),
        growth.keyAt(i, 'flow'),
      );
      const expected = exact.rates[
        s * MONTHS + (monthCode.get(growth.keyAt(i, 'period')) ?? -1)
      ] as number;
      const got = growth.rateAt(i) ?? Number.NaN;
      if (!(got === expected || (Number.isNaN(got) && Number.isNaN(expected)))) {
        throw new Error(
          `Bilateral's rate of group ${i} is ${got}, the exact rate rounded once is ${expected}`,
        );
      }
    }
    // The float engines are floats: count how they differ.
    const floats = floatSums();
    difference(
      'float loop, sums',
      Array.from(floats, (sum, s) => [sum, exactSums[s] as number]),
    );
    const floatRates = floatYoy();
    difference(
      'float loop, year-on-year rates',
      Array.from(floatRates, (rate, slot) => [rate, exact.rates[slot] as number]),
    );
    const aqSums = arqueroSums();
    const [ar, ap, af, av] = ['reporter', 'partner', 'flow', 'value'].map((name) =>
      aqSums.array(name),
    );
    difference(
      'Arquero, sums',
      Array.from(
        { length: aqSums.numRows() },
        (_, i) => [av?.[i], exactSums[seriesOf(ar?.[i], ap?.[i], af?.[i])]] as [number, number],
      ),
    );
    const aqYoy = arqueroYoy();
    const [yr, yp, yf, ym, yrate] = ['reporter', 'partner', 'flow', 'month', 'rate'].map((name) =>
      aqYoy.array(name),
    );
    difference(
      'Arquero, year-on-year rates',
      Array.from(
        { length: aqYoy.numRows() },
        (_, i) =>
          [
            yrate?.[i] ?? Number.NaN,
            exact.rates[seriesOf(yr?.[i], yp?.[i], yf?.[i]) * MONTHS + Number(ym?.[i])],
          ] as [number, number],
      ),
    );
    console.log(
      `memory after building each engine's data (RSS growth, MiB): ${JSON.stringify(Object.fromEntries(Object.entries(memory).map(([k, v]) => [k, Math.round(v)])))}`,
    );
  });

  test('grouped sums per (reporter, partner, flow)', { timeout: 600_000 }, async ({ bench }) => {
    const duck = await duckdb(data);
    const duckSums = await duck.connection.runAndReadAll(
      'SELECT reporter, partner, flow, SUM(value) AS value FROM flows GROUP BY ALL',
    );
    const duckExact = duckSums
      .getRows()
      .every(
        ([reporter, partner, flow, value]) =>
          value instanceof DuckDBDecimalValue &&
          value.value === exact.sums[seriesOf(reporter, partner, flow)],
      );
    console.log(
      `DuckDB, sums: exact (DECIMAL(38, 3)): ${duckExact}; load ${Math.round(duck.memory)} MiB RSS growth`,
    );
    await bench.compare(
      bench('float loop (inexact)', () => void floatSums()),
      bench('Arquero (inexact)', () => void arqueroSums().array('value')),
      bench('DuckDB, read back', async () => {
        (
          await duck.connection.runAndReadAll(
            'SELECT reporter, partner, flow, SUM(value) AS value FROM flows GROUP BY ALL',
          )
        ).getColumns();
      }),
      bench('Bilateral sumBy (exact)', () => void sumBy(table, KEYS)),
      { iterations: rows >= 1_000_000 ? 3 : 5, time: 0, warmupIterations: 1, throws: true },
    );
    duck.close();
  });

  test('grouped year-on-year per (reporter, partner, flow), monthly', { timeout: 600_000 }, async ({
    bench,
  }) => {
    const duck = await duckdb(data);
    const sql = `WITH g AS (SELECT reporter, partner, flow, month, SUM(value) AS level FROM flows GROUP BY ALL)
        SELECT g.reporter, g.partner, g.flow, g.month, (g.level - b.level) / b.level AS rate
        FROM g LEFT JOIN g AS b ON b.reporter = g.reporter AND b.partner = g.partner AND b.flow = g.flow AND b.month = g.month - 12`;
    const duckRates = (await duck.connection.runAndReadAll(sql)).getRows();
    difference(
      'DuckDB, year-on-year rates',
      duckRates.map(([reporter, partner, flow, month, rate]) => [
        rate === null ? Number.NaN : Number(rate),
        exact.rates[seriesOf(reporter, partner, flow) * MONTHS + Number(month)] as number,
      ]),
    );
    await bench.compare(
      bench('float loop (inexact)', () => void floatYoy()),
      bench('Arquero (inexact)', () => void arqueroYoy().array('rate')),
      bench('DuckDB, read back', async () => {
        (await duck.connection.runAndReadAll(sql)).getColumns();
      }),
      bench(
        'Bilateral yearOnYearBy (exact levels, rates rounded once)',
        () => void yearOnYearBy(table, KEYS),
      ),
      { iterations: rows >= 1_000_000 ? 3 : 5, time: 0, warmupIterations: 1, throws: true },
    );
    duck.close();
  });
});

/** The data in an in-process DuckDB, values as DECIMAL(38, 3) (exact). */
async function duckdb(data: ComtradeShaped) {
  const before = rss();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(
    'CREATE TABLE staging (reporter VARCHAR, partner VARCHAR, flow VARCHAR, month INTEGER, value VARCHAR)',
  );
  const appender = await connection.createAppender('staging');
  for (let row = 0; row < data.rows; row++) {
    appender.appendVarchar(data.reporterText[data.reporter[row] as number] as string);
    appender.appendVarchar(data.partnerText[data.partner[row] as number] as string);
    appender.appendVarchar(data.flow[row] === 0 ? 'export' : 'import');
    appender.appendInteger(data.month[row] as number);
    appender.appendVarchar(data.value[row] as string);
    appender.endRow();
  }
  appender.closeSync();
  await connection.run(
    'CREATE TABLE flows AS SELECT reporter, partner, flow, month, CAST(value AS DECIMAL(38, 3)) AS value FROM staging; DROP TABLE staging',
  );
  return {
    connection,
    memory: rss() - before,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
