/**
 * Grouped sums and grouped year-on-year per (reporter, partner, flow) on Comtrade-shaped data of
 * 10k, 100k and 1M rows (and 1M with values past 2^53 units): the float loop (the floor), Arquero,
 * DuckDB in process, and Bilateral's flow table, in one process on the same data. Each engine's
 * result is first checked against the exact answer (BigInt): Bilateral must equal it; the float
 * engines' differences are counted and printed. Then, at the largest size, each engine's peak RSS
 * in a process of its own. `BENCH_ROWS=10000` runs one size only; `BENCH_RSS=0` skips the RSS.
 * Run with `pnpm bench`; numbers in docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DuckDBDecimalValue } from '@duckdb/node-api';
import { describe, expect, test } from 'vitest';
import { comtradeShaped, MONTHS } from './__fixtures__/comtrade-shaped.js';
import {
  arqueroEngine,
  bilateralEngine,
  DUCKDB_SUMS,
  DUCKDB_YOY,
  duckdbEngine,
  floatEngine,
} from './__fixtures__/engines.js';
import { checkBilateralExact, exactAnswer, seriesLookup } from './__fixtures__/exact-answer.js';

const SIZES = (process.env.BENCH_ROWS ?? '10000,100000,1000000')
  .split(',')
  .map((text) => Number(text));
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
  const float = floatEngine(data);
  const floatSums = float.sums;
  const floatYoy = float.yoy;
  const arquero = arqueroEngine(data);
  const arqueroSums = arquero.sums;
  const arqueroYoy = arquero.yoy;
  const bilateral = bilateralEngine(data);
  const { sums: bilateralSums, yoy: bilateralYoy } = bilateral;
  // One DuckDB per size, loaded when first needed and closed after the last benchmark.
  let duck: Promise<Awaited<ReturnType<typeof duckdbEngine>>> | undefined;
  const duckdb = () => {
    duck ??= duckdbEngine(data);
    return duck;
  };

  const seriesOf = seriesLookup(data);

  test('results equal the exact answer (Bilateral) or are counted (float engines)', {
    timeout: 600_000,
  }, async () => {
    // Bilateral must be exact.
    checkBilateralExact(data, exact, bilateral);
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
  });

  test('grouped sums per (reporter, partner, flow)', { timeout: 600_000 }, async ({ bench }) => {
    const duck = await duckdb();
    const duckExact = (await duck.connection.runAndReadAll(DUCKDB_SUMS))
      .getRows()
      .every(
        ([reporter, partner, flow, value]) =>
          value instanceof DuckDBDecimalValue &&
          value.value === exact.sums[seriesOf(reporter, partner, flow)],
      );
    console.log(`DuckDB, sums: equal to the exact answer (DECIMAL(38, 3)): ${duckExact}`);
    await bench.compare(
      bench('float loop (inexact)', () => void floatSums()),
      bench('Arquero (inexact)', () => void arqueroSums().array('value')),
      bench('DuckDB, read back', async () => void (await duck.sums())),
      bench('Bilateral sumBy (exact)', () => void bilateralSums()),
      { iterations: rows >= 1_000_000 ? 5 : 7, time: 0, warmupIterations: 1, throws: true },
    );
  });

  test('grouped year-on-year per (reporter, partner, flow), monthly', { timeout: 600_000 }, async ({
    bench,
  }) => {
    const duck = await duckdb();
    const duckRates = (await duck.connection.runAndReadAll(DUCKDB_YOY)).getRows();
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
      bench('DuckDB, read back', async () => void (await duck.yoy())),
      bench('Bilateral yearOnYearBy (exact levels, rates rounded once)', () => void bilateralYoy()),
      { iterations: rows >= 1_000_000 ? 5 : 7, time: 0, warmupIterations: 1, throws: true },
    );
    duck.close();
  });
});

/**
 * Peak RSS per engine at the largest size, each engine in a process of its own (see
 * __fixtures__/peak-rss.ts): `BENCH_RSS=0` skips it.
 */
describe.skipIf(process.env.BENCH_RSS === '0')('peak RSS per engine', () => {
  const rows = Math.max(...SIZES);
  test(`${rows} rows, one process per engine`, { timeout: 600_000 }, () => {
    const script = fileURLToPath(new URL('./__fixtures__/peak-rss.ts', import.meta.url));
    const root = fileURLToPath(new URL('../../../..', import.meta.url));
    for (const engine of ['none', 'float', 'arquero', 'duckdb', 'bilateral']) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', script, engine, String(rows)], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(child.status, child.stderr).toBe(0);
      console.log(child.stdout.trim());
    }
  });
});
