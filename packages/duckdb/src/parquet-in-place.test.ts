/**
 * The Parquet files of `@bilateral/duckdb` take the place of an existing output as the core's
 * other outputs do: written beside it and renamed, keeping its permissions, through a symbolic
 * link (the link stays), into a device or pipe (never replaced by a file), and never over a file
 * being read.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import type { TradeFlowJson } from '@bilateral/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bulkRecord, bulkText } from './__fixtures__/bulk-records.js';
import { importWithDuckdb } from './__fixtures__/import-with-duckdb.js';
import { writeComtradeBulkParquet } from './write-comtrade-bulk-parquet.js';
import { writeFlowsParquet } from './write-flows-parquet.js';

const flows: TradeFlowJson[] = [
  {
    reporter: 'THA',
    partner: 'KHM',
    flow: 'export',
    period: '2024',
    value: '1.5',
    currency: 'USD',
    status: 'official',
    source: 'un-comtrade',
  },
];
/** Parquet files start and end with these four bytes. */
const PAR1 = Buffer.from('PAR1');

let dir = '';
let csv = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-parquet-place-'));
  csv = join(dir, 'bulk.csv');
  writeFileSync(csv, bulkText([bulkRecord({ primaryValue: '491900000.5' })]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The Parquet writers, each writing its file at `output`. */
const writers = {
  writeFlowsParquet: (output: string) => writeFlowsParquet(flows, output),
  writeComtradeBulkParquet: (output: string) => writeComtradeBulkParquet(csv, output),
};

describe.each(Object.entries(writers))('%s in place of an output', (name, write) => {
  test('keeps the permissions of the file it replaces', async () => {
    const output = join(dir, `${name}-private.parquet`);
    writeFileSync(output, 'old');
    chmodSync(output, 0o600);
    await write(output);
    expect(statSync(output).mode & 0o777).toBe(0o600);
    expect(readFileSync(output).subarray(0, 4)).toEqual(PAR1);
  });

  test('writes the file a symbolic link names, and the link stays', async () => {
    mkdirSync(join(dir, name));
    const target = join(dir, name, 'data.parquet');
    writeFileSync(target, 'old');
    const link = join(dir, `${name}-link.parquet`);
    symlinkSync(target, link);
    await write(link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target).subarray(0, 4)).toEqual(PAR1);
  });

  test('writes into a pipe, never replacing it with a file', async () => {
    const pipe = join(dir, `${name}.pipe`);
    execFileSync('mkfifo', [pipe]);
    const read = buffer(createReadStream(pipe));
    await write(pipe);
    const bytes = await read;
    expect([bytes.subarray(0, 4), bytes.subarray(-4)]).toEqual([PAR1, PAR1]);
    expect(statSync(pipe).isFIFO()).toBe(true);
  });

  test('refuses a directory in words, leaving no temporary file', async () => {
    await expect(write(dir)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['output'], message: `cannot write ${dir}: it is a directory` }],
    });
    expect(readdirSync(dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  test("says a missing folder in words, not in DuckDB's naming the temporary file", async () => {
    const output = join(dir, 'no-such-folder', `${name}.parquet`);
    await expect(write(output)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['output'], message: `cannot write ${output}: its folder does not exist` }],
    });
  });
});

test('the command says a missing folder of a Parquet output in words (exit 2)', async () => {
  const output = join(dir, 'no-such-folder', 'totals.parquet');
  const { code, err } = await importWithDuckdb(csv, output);
  expect([code, err]).toEqual([
    2,
    `bilateral import: cannot write ${output} as Parquet: its folder does not exist`,
  ]);
});

describe('writeComtradeBulkParquet never replaces a file it reads', () => {
  test('refuses an output among the bulk files (a folder holding last run’s output)', async () => {
    const folder = join(dir, 'bulk');
    mkdirSync(folder);
    writeFileSync(join(folder, 'bulk.csv'), readFileSync(csv));
    const output = join(folder, 'totals.parquet');
    await writeComtradeBulkParquet(folder, join(dir, 'first.parquet'));
    writeFileSync(output, readFileSync(join(dir, 'first.parquet')));
    const before = readFileSync(output);
    await expect(writeComtradeBulkParquet(folder, output)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [
        {
          path: ['output'],
          message: `cannot write ${output}: it is one of the bulk files read; write the Parquet file elsewhere`,
        },
      ],
    });
    expect(readFileSync(output)).toEqual(before);
    // The command says it as an output it cannot write (exit 2), as for a file it imports.
    const { code, err } = await importWithDuckdb(folder, output);
    expect([code, err]).toEqual([
      2,
      `bilateral import: cannot write ${output} as Parquet: it is one of the bulk files read; write the Parquet file elsewhere`,
    ]);
    expect(readFileSync(output)).toEqual(before);
  });
});
