/**
 * `bilateral import comtrade --engine duckdb -o *.json.gz`: the dataset the engine writes,
 * gzipped as it is written through the core's output, where the name was refused.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bilateral } from '../../core/src/__fixtures__/run-cli.js';
import { bulkRecord, bulkText } from './__fixtures__/bulk-records.js';
import { importWithDuckdb } from './__fixtures__/import-with-duckdb.js';

let dir = '';
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-engine-gzip-'));
  // 5,000 flows (more than a batch of the output) and one record left out.
  const records = Array.from({ length: 5000 }, (_, row) =>
    bulkRecord({ cmdCode: String(100000 + row), primaryValue: `${row}.5` }),
  );
  await writeFile(at('bulk.csv'), bulkText([...records, bulkRecord({ flowCode: 'RX' })]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral import comtrade --engine duckdb -o *.json.gz', () => {
  test('writes the bytes of -o *.json gzipped, says the same, and validate reads it back', async () => {
    const date = ['--date', '2025-03-04'];
    const plain = await importWithDuckdb(at('bulk.csv'), at('flows.json'), ...date);
    const packed = await importWithDuckdb(at('bulk.csv'), at('flows.json.gz'), ...date);
    expect([plain.code, packed.code]).toEqual([0, 0]);
    expect(packed.out).toBe(plain.out.replace('flows.json', 'flows.json.gz'));
    expect(packed.out).toContain('imported 5,000 flows into');
    // The dataset id is the name's without .gz: "flows" in both.
    expect(gunzipSync(await readFile(at('flows.json.gz')))).toEqual(
      await readFile(at('flows.json')),
    );
    const json = await importWithDuckdb(at('bulk.csv'), at('flows.json.gz'), ...date, '--json');
    expect(JSON.parse(json.out).result).toMatchObject({
      output: at('flows.json.gz'),
      dataset: { id: 'flows', flows: 5000, sources: 1 },
      engine: 'duckdb',
    });
    expect((await bilateral('validate', at('flows.json.gz'))).out).toBe(
      `${at('flows.json.gz')}: valid — 5,000 flows, 1 source`,
    );
    expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});
