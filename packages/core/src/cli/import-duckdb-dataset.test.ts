import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { flowTableFromRecords } from '../table/flow-table-from-records.js';
import type { FlowTable } from '../table/index.js';
import { writeDuckDBDataset } from './import-duckdb-dataset.js';
import * as writtenBeside from './written-beside.js';

vi.mock('./written-beside.js', { spy: true });

// Made before the first test runs, not as the file loads: a run that skips every test of the
// file (`-t`, `vitest list`) runs no afterAll, and left the folder behind.
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bilateral-duckdb-dataset-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const source = {
  id: 'un-comtrade',
  publisher: 'UN Comtrade',
  title: 'UN Comtrade bulk files',
  date: '2026-12-05',
  language: 'en',
  note: 'Imported by Bilateral (DuckDB engine).',
};
const head = { id: 'bulk', title: { en: 'UN Comtrade bulk files' }, sources: [source] };

/**
 * `count` records from CHN, each of its own commodity (row 0 the total), every other an import,
 * row 3 an estimate.
 */
const records = (count: number) =>
  Array.from({ length: count }, (_, at) => ({
    reporter: 'CHN',
    partner: at === 0 ? 'USA' : 'DEU',
    flow: at % 2 === 0 ? ('export' as const) : ('import' as const),
    period: String(1990 + (at % 30)),
    value: `${at + 1}2345678901234567890.05`,
    currency: 'USD',
    ...(at === 0 ? {} : { commodity: String(100000 + at) }),
    status: at === 3 ? 'estimate' : 'official',
  }));

/** The valuations of `count` such records: FOB for exports and CIF for imports, row 2 CIF. */
const valuations = (count: number) =>
  Array.from(
    { length: count },
    (_, at) => (at % 2 === 0 && at !== 2 ? 'FOB' : 'CIF') as 'FOB' | 'CIF',
  );

/** The notes of such records: row 1 a commodity's description and quantity, row 3 an estimate's. */
const notes = [undefined, 'Soya beans; quantity 12.5 kg', undefined, 'estimated by UNSD'];

test('writes the document the whole-text writer wrote, in the core engine’s bytes, exact digits, each status, valuation and note', async () => {
  const output = join(folder, 'small.json');
  const table = flowTableFromRecords(records(4));
  expect(await writeDuckDBDataset(output, head, table, valuations(4), notes)).toEqual({
    flows: 4,
    whole: true,
  });
  const text = await readFile(output, 'utf8');
  const flows = Array.from({ length: 4 }, (_, row) => ({
    reporter: 'CHN',
    partner: row === 0 ? 'USA' : 'DEU',
    flow: row % 2 === 0 ? 'export' : 'import',
    period: String(1990 + row),
    value: `${row + 1}2345678901234567890.05`,
    currency: 'USD',
    valuation: row === 0 ? 'FOB' : 'CIF',
    ...(row === 0 ? {} : { commodity: String(100000 + row) }),
    status: row === 3 ? 'estimate' : 'official',
    source: 'un-comtrade',
    ...(notes[row] === undefined ? {} : { note: notes[row] }),
  }));
  expect(JSON.parse(text)).toEqual({ ...head, flows });
  expect(text).toBe(
    `{\n  "id": "bulk",\n  "flows": [\n${flows.map((flow) => `    ${JSON.stringify(flow)}`).join(',\n')}\n  ],\n  "title": {"en":"UN Comtrade bulk files"},\n  "sources": ${JSON.stringify([source], null, 2).replace(/\n/g, '\n  ')}\n}\n`,
  );
});

test('no written text holds the whole document: it goes out in pieces of at most 256 flows', async () => {
  const output = join(folder, 'many.json');
  const write = vi.mocked(writtenBeside.writeBeside);
  write.mockClear();
  const table = flowTableFromRecords(records(10_000));
  expect(await writeDuckDBDataset(output, head, table, valuations(10_000))).toMatchObject({
    flows: 10_000,
  });
  const text = await readFile(output, 'utf8');
  const pieces = write.mock.calls.map(([, piece]) => piece);
  expect(pieces.join('')).toBe(text);
  expect(text.length).toBeGreaterThan(2_000_000);
  expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(256 * 300);
  expect((JSON.parse(text) as { flows: unknown[] }).flows).toHaveLength(10_000);
});

test('a flow that fails the check is named at its place in the whole document, and nothing is written', async () => {
  const output = join(folder, 'bad.json');
  // The tables DuckDB makes hold valid flows: this one is made to give a bad reporter at 4096,
  // the first flow of the second batch.
  const valid = flowTableFromRecords(records(5000));
  const table = {
    length: valid.length,
    keyAt: (row: number, key: 'reporter') =>
      row === 4096 && key === 'reporter' ? 'chn' : valid.keyAt(row, key),
    valueAt: (row: number) => valid.valueAt(row),
  } as unknown as FlowTable;
  const error = await writeDuckDBDataset(output, head, table, valuations(5000)).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BilateralError);
  expect((error as BilateralError).issues[0]?.path).toEqual(['flows', 4096, 'reporter']);
  await expect(readFile(output)).rejects.toMatchObject({ code: 'ENOENT' });
});

test('an empty table: the document is checked all the same, and written with no flows', async () => {
  const output = join(folder, 'empty.json');
  const table = flowTableFromRecords([]);
  expect(await writeDuckDBDataset(output, head, table, [])).toEqual({ flows: 0, whole: true });
  expect(JSON.parse(await readFile(output, 'utf8'))).toEqual({ ...head, flows: [] });
  const bad = join(folder, 'empty-bad.json');
  const error = await writeDuckDBDataset(bad, { ...head, id: 'Not an id' }, table, []).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BilateralError);
  expect((error as BilateralError).issues.map((issue) => issue.path)).toEqual([['id']]);
  await expect(readFile(bad)).rejects.toMatchObject({ code: 'ENOENT' });
});
