/**
 * What a read of no flow left out (`leftOut` of `readComtradeBulk`): from the groups by key the
 * read already made, and from the files again only for what is kept without its key.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { bulkRecord, bulkText, scratchFolder } from './__fixtures__/bulk-records.js';
import { leftOutSql } from './bulk-sql.js';
import { readComtradeBulk } from './read-comtrade-bulk.js';

vi.mock('./bulk-sql.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./bulk-sql.js')>();
  return { ...actual, leftOutSql: vi.fn(actual.leftOutSql) };
});

let instance: DuckDBInstance;
let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  scratch = await scratchFolder();
});
afterAll(async () => {
  instance.closeSync();
  await scratch.remove();
});

test.each([
  // A file of re-exports alone read the files a third time (1M records: about 36 s became 47–51 s).
  [
    're-exports and a breakdown',
    false,
    [bulkRecord({ flowCode: 'RX' }), bulkRecord({ motCode: '2100' })],
  ],
  ['services', true, [bulkRecord({ typeCode: 'S', cmdCode: 'S', classificationCode: 'EB' })]],
  ['a group or area', true, [bulkRecord({ partnerCode: '568', partnerISO: 'E19' })]],
])('%s: the files are read again for it: %s', async (name, again, records) => {
  const file = await scratch.write(`${name.replaceAll(' ', '-')}.csv`, bulkText(records));
  vi.mocked(leftOutSql).mockClear();
  const { table, leftOut } = await readComtradeBulk(file, { instance });
  expect([table.length, leftOut?.reporters, leftOut?.periods]).toEqual([0, ['Vietnam'], ['2023']]);
  const [checked] = vi.mocked(leftOutSql).mock.calls.map(([sql]) => sql);
  expect(checked?.includes('read_csv')).toBe(again);
});
