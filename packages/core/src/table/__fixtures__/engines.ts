/**
 * The four engines of the flow-table benchmark, each built from the same generated data: a plain
 * float loop over integer codes (the floor), Arquero, DuckDB in process (`DECIMAL(38, 3)`, exact)
 * and Bilateral's flow table. Each gives grouped sums per (reporter, partner, flow) and monthly
 * year-on-year rates per the same series. Used by flow-table.bench.ts and peak-rss.ts.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import * as aq from 'arquero';
import { createFlowTableBuilder, type FlowTable, sumBy, yearOnYearBy } from '../index.js';
import { type ComtradeShaped, comtradeRecords, MONTHS, REPORTERS } from './comtrade-shaped.js';

const KEYS = ['reporter', 'partner', 'flow'] as const;

/** Number of (reporter, partner, flow) series in the data. */
export const seriesCount = (data: ComtradeShaped) => REPORTERS * data.partners * 2;

/** The float loop: integer codes and float64 values in dense arrays (inexact). */
export function floatEngine(data: ComtradeShaped) {
  const values = Float64Array.from(data.value, Number);
  const { rows, reporter, partner, flow, month, partners } = data;
  const series = seriesCount(data);
  const months = MONTHS; // a local: an imported binding is a getter under Vitest's module runner
  return {
    sums() {
      const sums = new Float64Array(series);
      for (let row = 0; row < rows; row++) {
        const s =
          ((reporter[row] as number) * partners + (partner[row] as number)) * 2 +
          (flow[row] as number);
        sums[s] = (sums[s] as number) + (values[row] as number);
      }
      return sums;
    },
    yoy() {
      const levels = new Float64Array(series * months);
      for (let row = 0; row < rows; row++) {
        const s =
          ((reporter[row] as number) * partners + (partner[row] as number)) * 2 +
          (flow[row] as number);
        const slot = s * months + (month[row] as number);
        levels[slot] = (levels[slot] as number) + (values[row] as number);
      }
      const rates = new Float64Array(levels.length).fill(Number.NaN);
      for (let slot = 0; slot < levels.length; slot++) {
        const previous = slot % months >= 12 ? (levels[slot - 12] as number) : 0;
        if (previous > 0) rates[slot] = ((levels[slot] as number) - previous) / previous;
      }
      return rates;
    },
  };
}

/** Arquero: string keys, float64 values (inexact). */
export function arqueroEngine(data: ComtradeShaped) {
  const table = aq.table({
    reporter: Array.from(data.reporter, (code) => data.reporterText[code]),
    partner: Array.from(data.partner, (code) => data.partnerText[code]),
    flow: Array.from(data.flow, (code) => (code === 0 ? 'export' : 'import')),
    month: data.month,
    value: Float64Array.from(data.value, Number),
  });
  return {
    sums: () => table.groupby(...KEYS).rollup({ value: aq.op.sum('value') }),
    yoy: () =>
      table
        .groupby(...KEYS, 'month')
        .rollup({ level: aq.op.sum('value') })
        .groupby(...KEYS)
        .orderby('month')
        // Expressions as text: Arquero parses a function's source, which a transpiler may rewrite.
        .derive({ previous: 'd => op.lag(d.level, 12)' })
        .derive({ rate: 'd => d.previous > 0 ? (d.level - d.previous) / d.previous : null' }),
  };
}

export const DUCKDB_SUMS =
  'SELECT reporter, partner, flow, SUM(value) AS value FROM flows GROUP BY ALL';
export const DUCKDB_YOY = `WITH g AS (SELECT reporter, partner, flow, month, SUM(value) AS level FROM flows GROUP BY ALL)
  SELECT g.reporter, g.partner, g.flow, g.month, (g.level - b.level) / b.level AS rate
  FROM g LEFT JOIN g AS b ON b.reporter = g.reporter AND b.partner = g.partner AND b.flow = g.flow AND b.month = g.month - 12`;

/** The data in an in-process DuckDB, values as DECIMAL(38, 3) (exact); results read back. */
export async function duckdbEngine(data: ComtradeShaped) {
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
    sums: async () => (await connection.runAndReadAll(DUCKDB_SUMS)).getColumns(),
    yoy: async () => (await connection.runAndReadAll(DUCKDB_YOY)).getColumns(),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Bilateral: the flow table, built from the records' text (exact). */
export function bilateralEngine(data: ComtradeShaped) {
  const builder = createFlowTableBuilder();
  builder.append(comtradeRecords(data));
  const table: FlowTable = builder.finish();
  return {
    table,
    sums: () => sumBy(table, KEYS),
    yoy: () => yearOnYearBy(table, KEYS),
  };
}
