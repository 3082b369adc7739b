/**
 * `bilateral import comtrade` of a generated UN Comtrade CSV (`__fixtures__/generate-comtrade-csv.ts`:
 * distinct monthly totals records) at 10k, 100k and 1M rows — 5M too with
 * `BENCH_IMPORT_FULL=1` — each engine in a child process of its own, measured for wall time, CPU
 * time and peak RSS (the child's own `process.resourceUsage()`, printed as it exits):
 *
 * - `core`: the built CLI (`packages/core/dist/cli.js`, so `pnpm build` first), streamed, JSON Lines out;
 * - `duckdb own`: DuckDB's own read + aggregate of the same file (`read_csv` + `GROUP BY` +
 *   `SUM(DECIMAL(38, 2))`; only the groups' count and total read back) — the reference;
 * - `cli --engine duckdb`: the CLI with `@bilateral/duckdb`, Parquet out.
 *
 * Before anything is timed, each engine's result is checked against the exact answer, worked out
 * here from the CSV with BigInt: the number of records and the sum of their values in cents.
 * `BENCH_IMPORT_ROWS=10000,100000` picks sizes, `BENCH_IMPORT_RUNS` the runs per engine and size
 * (3 by default; the table gives medians). Run with `pnpm bench`; numbers in docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, openSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const FULL = process.env.BENCH_IMPORT_FULL === '1';
const SIZES = (process.env.BENCH_IMPORT_ROWS ?? `10000,100000,1000000${FULL ? ',5000000' : ''}`)
  .split(',')
  .map((text) => Number(text));
const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CORE = here('../../');
const CLI = join(CORE, 'dist/cli.js');
const GENERATOR = here('./__fixtures__/generate-comtrade-csv.ts');

/** Makes a child print its CPU time and peak RSS as it exits. */
const USAGE_HOOK = `--import=data:text/javascript,${encodeURIComponent(
  "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nUSAGE '+JSON.stringify({rss:u.maxRSS,cpu:(u.userCPUTime+u.systemCPUTime)/1000})+'\\n')})",
)}`;

/**
 * DuckDB's own read + aggregate, in a child: the groups are computed in full, and only their
 * count and total come back to JavaScript (the reference the issue sets, at its fastest).
 */
const DUCKDB_OWN = `
const { DuckDBInstance } = await import('@duckdb/node-api');
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const file = process.argv[1].replaceAll("'", "''");
const groups = \`SELECT reporterCode, partnerCode, flowCode, period, cmdCode,
  SUM(CAST(primaryValue AS DECIMAL(38, 2))) AS value
  FROM read_csv('\${file}', all_varchar = true) GROUP BY ALL\`;
const [[records, total]] = (
  await connection.runAndReadAll(\`SELECT count(*), CAST(SUM(value) AS VARCHAR) FROM (\${groups})\`)
).getRowsJS();
console.log(JSON.stringify({ records: String(records), cents: total.replace('.', '') }));
`;

interface Run {
  readonly wall: number;
  readonly cpu: number;
  readonly rss: number;
  readonly stdout: string;
}

/** Runs node with `args` in a child process; its wall time, CPU time (ms) and peak RSS (MB). */
function run(args: readonly string[]): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, [USAGE_HOOK, ...args], {
    cwd: CORE,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wall = performance.now() - start;
  const usage = /USAGE (\{.*\})/.exec(child.stderr)?.[1];
  if (child.status !== 0 || usage === undefined) {
    throw new Error(`node ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  }
  const { rss, cpu } = JSON.parse(usage) as { rss: number; cpu: number };
  return { wall, cpu, rss: rss / 1000, stdout: child.stdout };
}

/** Cents of a plain decimal text with at most 2 decimals. */
function cents(text: string): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** The lines of a text file, one by one. */
function lines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
}

/** The exact answer for a generated CSV: its records and the sum of their values in cents. */
async function exactAnswer(path: string): Promise<{ records: number; cents: bigint }> {
  let records = -1; // the header
  let sum = 0n;
  for await (const line of lines(path)) {
    if (line === '') continue;
    if (records >= 0) sum += cents(line.slice(line.lastIndexOf(',') + 1));
    records += 1;
  }
  return { records, cents: sum };
}

/** The flows and the sum of their values in JSON Lines written by the CLI. */
async function jsonLinesAnswer(path: string): Promise<{ records: number; cents: bigint }> {
  let records = 0;
  let sum = 0n;
  for await (const line of lines(path)) {
    if (line === '') continue;
    records += 1;
    sum += cents((JSON.parse(line) as { value: string }).value);
  }
  return { records, cents: sum };
}

/** The rows and the sum of their values in a Parquet file written by the CLI. */
async function parquetAnswer(path: string): Promise<{ records: number; cents: bigint }> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const [row] = (
    await connection.runAndReadAll(
      `SELECT count(*), CAST(SUM(value) AS VARCHAR) FROM read_parquet('${path.replaceAll("'", "''")}')`,
    )
  ).getRowsJS();
  connection.closeSync();
  return { records: Number(row?.[0]), cents: cents(String(row?.[1])) };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

interface Measured {
  readonly rows: number;
  readonly engine: string;
  readonly wall: number;
  readonly cpu: number;
  readonly rss: number;
}

let folder = '';

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);
  folder = await mkdtemp(join(tmpdir(), 'bilateral-import-bench-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('bilateral import comtrade: core, DuckDB own read + aggregate, --engine duckdb', () => {
  test('wall, CPU and peak RSS, each result checked first', { timeout: 3_600_000 }, async () => {
    const measured: Measured[] = [];
    for (const rows of SIZES) {
      const csv = join(folder, `comtrade-${rows}.csv`);
      const out = openSync(csv, 'w');
      const made = spawnSync(process.execPath, ['--import', 'tsx', GENERATOR, String(rows)], {
        cwd: CORE,
        stdio: ['ignore', out, 'inherit'],
      });
      closeSync(out);
      expect(made.status).toBe(0);
      const exact = await exactAnswer(csv);
      expect(exact.records).toBe(rows);

      const engines = {
        core: {
          args: [CLI, 'import', 'comtrade', csv, '-o', join(folder, 'out.jsonl')],
          answer: () => jsonLinesAnswer(join(folder, 'out.jsonl')),
        },
        'duckdb own': {
          args: ['--input-type=module', '-e', DUCKDB_OWN, csv],
          answer: async (stdout: string) => {
            const { records, cents: total } = JSON.parse(stdout) as Record<string, string>;
            return { records: Number(records), cents: BigInt(total ?? '') };
          },
        },
        'cli --engine duckdb': {
          args: [
            CLI,
            'import',
            'comtrade',
            csv,
            '-o',
            join(folder, 'out.parquet'),
            '--engine',
            'duckdb',
          ],
          answer: () => parquetAnswer(join(folder, 'out.parquet')),
        },
      } as const;
      for (const [engine, { args, answer }] of Object.entries(engines)) {
        const runs: Run[] = [];
        for (let at = 0; at < RUNS; at += 1) {
          const result = run(args);
          // The answer is checked on the first run, before any time is kept.
          if (at === 0) expect(await answer(result.stdout)).toEqual(exact);
          runs.push(result);
        }
        measured.push({
          rows,
          engine,
          wall: median(runs.map((r) => r.wall)),
          cpu: median(runs.map((r) => r.cpu)),
          rss: median(runs.map((r) => r.rss)),
        });
      }
    }
    const own = (rows: number) =>
      measured.find((m) => m.rows === rows && m.engine === 'duckdb own');
    const table = measured.map((m) => {
      const ratio = m.wall / (own(m.rows)?.wall ?? Number.NaN);
      const smaller = measured.find((s) => s.engine === m.engine && s.rows * 10 === m.rows);
      const step = smaller === undefined ? '' : ` | ${(m.cpu / smaller.cpu).toFixed(1)}×`;
      return `| ${m.rows.toLocaleString('en')} | ${m.engine} | ${(m.wall / 1000).toFixed(2)} s | ${(m.cpu / 1000).toFixed(2)} s | ${Math.round(m.rss)} MB | ${ratio.toFixed(1)}×${step} |`;
    });
    console.log(
      [
        `medians of ${RUNS} runs; load average ${loadavg()
          .map((load) => load.toFixed(1))
          .join(', ')}`,
        '| rows | engine | wall | CPU | peak RSS | wall ÷ DuckDB own | CPU ÷ 10× fewer rows |',
        '|---:|---|---:|---:|---:|---:|---:|',
        ...table,
      ].join('\n'),
    );
  });
});
