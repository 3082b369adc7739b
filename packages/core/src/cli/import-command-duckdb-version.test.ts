import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { flowTableFromRecords } from '../table/index.js';
import { installCommand } from './install-command.js';

// An @bilateral/duckdb from before each flow's status and valuation were read: its
// readComtradeBulk gives a table without statuses and no valuations.
vi.mock('./import-duckdb-package.js', () => ({
  importDuckDBPackage: async () => ({
    readComtradeBulk: async () => ({
      table: flowTableFromRecords([
        {
          reporter: 'VNM',
          partner: 'LAO',
          flow: 'export',
          period: '2023',
          value: '1000',
          currency: 'USD',
          source: 'un-comtrade',
        },
      ]),
      report: { records: 1, imported: 1, excluded: [], notes: [] },
    }),
  }),
}));

// Made before the first test runs, not as the file loads: a run that skips every test of the
// file (`-t`, `vitest list`) runs no afterAll, and left the folder behind.
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilateral-old-duckdb-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

test('--engine duckdb with an @bilateral/duckdb too old to give valuations: says to update it, writes nothing', async () => {
  const input = join(folder, 'bulk.csv');
  await writeFile(input, 'typeCode,primaryValue\nC,1000\n');
  const output = join(folder, 'out.json');
  const run = await bilateral('import', 'comtrade', input, '-o', output, '--engine', 'duckdb');
  // It was an internal error (exit 70): "Cannot read properties of undefined".
  expect([run.code, run.err]).toEqual([
    2,
    `bilateral import: --engine duckdb needs a newer @bilateral/duckdb than the one installed, which does not give each flow's status and valuation: update it beside @bilateral/core (${installCommand('@bilateral/duckdb', { update: true })})`,
  ]);
  const json = await bilateral(
    'import',
    'comtrade',
    input,
    '-o',
    output,
    '--engine',
    'duckdb',
    '--json',
  );
  expect(json.code).toBe(2);
  expect(JSON.parse(json.out)).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  await expect(readFile(output)).rejects.toMatchObject({ code: 'ENOENT' });
});
