/**
 * Import of a generated Comtrade CSV (1M rows by default; `BENCH_ROWS=5000000` for 5M) through
 * `readComtradeBulk` (checks, exclusions, DECIMAL(38, s), the flow table) against DuckDB's own
 * read + aggregate of the same file (`read_csv` + `GROUP BY` + `SUM(DECIMAL)`), with peak RSS.
 * Each result is first checked against the other. Run with `pnpm bench`; numbers in
 * docs/scale.md.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sumBy } from '@bilateral/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readComtradeBulk } from './read-comtrade-bulk.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REPORTERS = [
  ['704', 'VNM'],
  ['418', 'LAO'],
  ['764', 'THA'],
  ['116', 'KHM'],
  ['156', 'CHN'],
] as const;
const PARTNERS = [...REPORTERS, ['0', 'W00'], ['842', 'USA'], ['392', 'JPN']] as const;
const HEADER =
  'reporterCode,reporterISO,flowCode,partnerCode,partnerISO,period,cmdCode,motCode,customsCode,partner2Code,primaryValue';

let folder = '';
let file = '';
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Writes ROWS distinct records (reporter × partner × flow × month × HS6 code), values to 2 dp. */
async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  let seed = 20_261_202;
  let lines: string[] = [];
  for (let row = 0; row < ROWS; row++) {
    const month = row % 60;
    const pair = Math.floor(row / 60);
    const [rc, ri] = REPORTERS[pair % 5] as readonly [string, string];
    const [pc, pi] = PARTNERS[
      (Math.floor(pair / 5) % 7) + (Math.floor(pair / 5) % 7 >= pair % 5 ? 1 : 0)
    ] as readonly [string, string];
    const flow = Math.floor(pair / 35) % 2 === 0 ? 'X' : 'M';
    const cmd = String(10_000 + Math.floor(pair / 70)).padStart(6, '0');
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const value = `${1 + (seed % 90_000_000)}.${String(seed % 100).padStart(2, '0')}`;
    const period = `${2019 + Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, '0')}`;
    lines.push(`${rc},${ri},${flow},${pc},${pi},${period},${cmd},0,C00,0,${value}`);
    if (lines.length === 10_000) {
      if (!out.write(`${lines.join('\n')}\n`))
        await new Promise<void>((done) => out.once('drain', () => done()));
      lines = [];
    }
  }
  out.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  await new Promise<void>((done) => out.end(() => done()));
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilateral-bench-'));
  file = join(folder, `comtrade-${ROWS}.csv`);
  await writeCsv(file);
}, 600_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe(`import of a ${ROWS.toLocaleString('en')}-row Comtrade CSV`, () => {
  test('readComtradeBulk vs DuckDB read + aggregate', { timeout: 1_800_000 }, async ({ bench }) => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const own = `SELECT reporterCode, partnerCode, flowCode, period, cmdCode, SUM(CAST(primaryValue AS DECIMAL(38, 2))) AS value
      FROM read_csv('${file}', all_varchar = true) GROUP BY ALL`;
    const before = process.memoryUsage.rss();
    const { table, report } = await readComtradeBulk(file, { instance });
    const ownRows = (await connection.runAndReadAll(own)).getRowsJS();
    expect(report.imported).toBe(ROWS);
    expect(table.length).toBe(ownRows.length);
    const total = (
      await connection.runAndReadAll(`SELECT CAST(SUM(value) AS VARCHAR) FROM (${own})`)
    ).getRowsJS()[0]?.[0];
    expect(sumBy(table, ['currency']).valueAt(0).toFixed(2)).toBe(total);
    console.log(
      `${ROWS} rows: table ${table.length} rows; RSS growth ${mib(process.memoryUsage.rss() - before)} MiB; peak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`,
    );
    await bench.compare(
      bench('DuckDB read + aggregate (read back)', async () => {
        (await connection.runAndReadAll(own)).getColumns();
      }),
      bench('readComtradeBulk (checks, DECIMAL, flow table)', async () => {
        await readComtradeBulk(file, { instance });
      }),
      { iterations: 3, time: 0, warmupIterations: 0, throws: true },
    );
    console.log(`peak RSS after the runs: ${mib(process.resourceUsage().maxRSS * 1024)} MiB`);
    connection.closeSync();
    instance.closeSync();
  });
});
