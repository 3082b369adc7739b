/**
 * Parquet for large pulls (issue 16): `writeFlowsParquet`, and `bilateral fetch comtrade -o
 * pull.parquet` against the core's local stand-in for the UN Comtrade API (never the internet).
 * Here rather than in the core, so that the core's tests need no DuckDB.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BilateralError, type TradeFlowJson } from '@bilateral/core';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { bilateral } from '../../core/src/__fixtures__/run-cli.js';
import {
  type ComtradeServer,
  raw,
  startComtradeServer,
  tableHandler,
  totalsRecord,
} from '../../core/src/io/__fixtures__/comtrade-server.js';
import { writeFlowsParquet } from './write-flows-parquet.js';

/** The rows of a Parquet file, values as DuckDB's exact text, and its key–value metadata. */
async function readParquet(file: string) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const path = `'${file.replaceAll("'", "''")}'`;
    const rows = await connection.runAndReadAll(
      `SELECT reporter, partner, flow, period, commodity, currency, value::VARCHAR AS value,
              typeof(value) AS type, valuation, status, source FROM read_parquet(${path})`,
    );
    const metadata = await connection.runAndReadAll(
      `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${path})`,
    );
    return {
      rows: rows.getRowObjects() as Record<string, string | null>[],
      metadata: Object.fromEntries(
        (metadata.getRowObjects() as { key: string; value: string }[]).map((m) => [m.key, m.value]),
      ),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const flow = (value: string, extra: Partial<TradeFlowJson> = {}): TradeFlowJson => ({
  reporter: 'THA',
  partner: 'KHM',
  flow: 'export',
  period: '2024',
  value,
  currency: 'USD',
  valuation: 'FOB',
  status: 'official',
  source: 'un-comtrade',
  ...extra,
});

let dir = '';
let server: ComtradeServer | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-parquet-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

describe('writeFlowsParquet', () => {
  test('writes every value as an exact DECIMAL(38, scale), the commodity NULL for all goods', async () => {
    const output = join(dir, 'flows.parquet');
    const flows = [
      flow('9007199254740993.25'),
      flow('0.5', { flow: 'import', valuation: 'CIF', commodity: '0901' }),
      flow('1000000000000000000000000000000000'),
    ];
    const written = await writeFlowsParquet(flows, output, {
      sources: [{ id: 'un-comtrade', publisher: 'UN Comtrade', title: "it's", date: '2025-03-04' }],
    });
    expect(written).toMatchObject({ rows: 3, scale: 2 });
    const { rows, metadata } = await readParquet(output);
    expect(rows.map((row) => [row.value, row.type, row.commodity])).toEqual([
      ['9007199254740993.25', 'DECIMAL(38,2)', null],
      ['0.50', 'DECIMAL(38,2)', '0901'],
      ['1000000000000000000000000000000000.00', 'DECIMAL(38,2)', null],
    ]);
    expect(JSON.parse(metadata.bilateral_sources ?? '[]')[0]).toMatchObject({ title: "it's" });
  });

  test('casts values of at most 18 digits through DuckDB’s 64-bit DECIMAL, to the same exact DECIMAL(38, scale)', async () => {
    const output = join(dir, 'narrow.parquet');
    const flows = [flow('9999999999999999.99'), flow('0.01'), flow('0')];
    expect(await writeFlowsParquet(flows, output)).toMatchObject({ rows: 3, scale: 2 });
    const { rows, metadata } = await readParquet(output);
    expect(rows.map((row) => [row.value, row.type])).toEqual([
      ['9999999999999999.99', 'DECIMAL(38,2)'],
      ['0.01', 'DECIMAL(38,2)'],
      ['0.00', 'DECIMAL(38,2)'],
    ]);
    expect(metadata.bilateral_sources).toBeUndefined();
  });

  test('refuses values that fit no DECIMAL(38, scale) together, naming the flow; writes nothing', async () => {
    const output = join(dir, 'too-wide.parquet');
    const flows = [flow('0.000001'), flow(`1${'0'.repeat(33)}`)];
    const attempt = writeFlowsParquet(flows, output);
    await expect(attempt).rejects.toBeInstanceOf(BilateralError);
    await expect(attempt).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [
        {
          path: ['flows', 1, 'value'],
          message: expect.stringContaining('DECIMAL(38, 6) holds at most 32 before it'),
        },
      ],
    });
    expect(await readdir(dir)).not.toContain('too-wide.parquet');
  });

  test('refuses a dataset document, a parsed flow and a flow without its reporter, naming each; writes nothing', async () => {
    const output = join(dir, 'not-flows.parquet');
    const refusal = (flows: unknown) =>
      writeFlowsParquet(flows as TradeFlowJson[], output).then(
        () => 'written',
        (error: unknown) =>
          error instanceof BilateralError
            ? [error.issues[0]?.path, error.issues[0]?.message]
            : error,
      );
    expect(await refusal({ id: 'vn-la', flows: [flow('1')] })).toEqual([
      ['flows'],
      'expected the flows, got a dataset document: give its "flows"',
    ]);
    expect(
      await refusal([flow('1'), { ...flow('2'), value: { amount: 2, currency: 'USD' } }]),
    ).toEqual([
      ['flows', 1, 'value'],
      'a parsed flow (its value is Money): give the flows as a dataset document holds them (tradeFlowToJson writes one)',
    ]);
    const { reporter: _, ...withoutReporter } = flow('3');
    expect(await refusal([withoutReporter])).toEqual([['flows', 0, 'reporter'], 'is missing']);
    expect(await refusal([{ ...flow('4'), currency: '' }])).toEqual([
      ['flows', 0, 'currency'],
      'must not be empty',
    ]);
    expect(await refusal([{ ...flow('5'), period: 2024 }])).toEqual([
      ['flows', 0, 'period'],
      'must be text',
    ]);
    expect(await readdir(dir)).not.toContain('not-flows.parquet');
  });

  test('an output it cannot write is an INVALID_INPUT at output, and leaves no partial file', async () => {
    const output = join(dir, 'no-such-folder', 'flows.parquet');
    await expect(writeFlowsParquet([flow('1')], output)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['output'] }],
    });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('bilateral fetch comtrade -o pull.parquet', () => {
  const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
  /** Thailand–Cambodia totals, 2015–2024: invented values, one past 2^53 and with decimals. */
  const PAIR = YEARS.flatMap((year, i) => [
    totalsRecord(764, 116, 'X', year, i === 9 ? raw('9007199254740993.25') : 5_000_000_000 + i),
    totalsRecord(764, 116, 'M', year, 1_000_000_000 + i),
  ]);
  const FETCH = ['fetch', 'comtrade', '--reporter', 'THA', '--partner', 'KHM'];

  test('writes the fetched flows as Parquet, values exact, the source entry in its metadata', async () => {
    server = await startComtradeServer(tableHandler(PAIR));
    vi.stubEnv('BILATERAL_COMTRADE_URL', server.url);
    vi.stubEnv('COMTRADE_API_KEY', 'key');
    const output = join(dir, 'tha-khm.parquet');
    const fetched = await bilateral(...FETCH, '--years', '2015-2024', '-o', output, '--no-cache');
    expect(fetched.err).toBe('');
    expect(fetched.code).toBe(0);
    expect(fetched.out).toContain('fetched 20 records in 1 request');
    expect(fetched.out).toContain(
      `imported 20 flows into ${output} (Parquet, values DECIMAL(38, 2); 1 source in its metadata: un-comtrade)`,
    );
    const { rows, metadata } = await readParquet(output);
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['DECIMAL(38,2)']));
    expect(rows.map((row) => row.value)).toContain('9007199254740993.25');
    expect(rows.map((row) => row.value)).toContain('5000000000.00');
    expect(rows[0]).toMatchObject({
      reporter: 'THA',
      partner: 'KHM',
      currency: 'USD',
      source: 'un-comtrade',
    });
    const [source] = JSON.parse(metadata.bilateral_sources ?? '[]');
    expect(source.note).toContain('Fetched by "bilateral fetch comtrade"');
    expect(source.url).toContain('reporterCode=764');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('--json names the Parquet file, its flows and scale instead of a dataset', async () => {
    server = await startComtradeServer(tableHandler(PAIR));
    vi.stubEnv('BILATERAL_COMTRADE_URL', server.url);
    const output = join(dir, 'tha-khm-2024.parquet');
    const fetched = await bilateral(
      ...FETCH,
      '--years',
      '2024',
      '-o',
      output,
      '--no-cache',
      '--json',
    );
    expect(fetched.code).toBe(0);
    const { result } = JSON.parse(fetched.out);
    expect(result).toMatchObject({ output, parquet: { flows: 2, scale: 2 }, records: 2 });
    expect(result.dataset).toBeUndefined();
  });
});
