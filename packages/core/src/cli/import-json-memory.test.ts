import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilateral } from '../__fixtures__/run-cli.js';
import { inHeapOf } from '../__fixtures__/source-command.js';
import { record } from '../io/__fixtures__/comtrade.js';

let dir = '';
const at = (name: string) => join(dir, name);
/** Records in the response: 19 MB of JSON on one line, as the API sends it. */
const RECORDS = 20_000;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-json-memory-'));
  // Distinct records: the 2023 soy record under 20,000 commodity codes, all 47 fields each.
  const data = Array.from({ length: RECORDS }, (_, row) =>
    JSON.stringify(record({ cmdCode: String(100_000 + row), primaryValue: 1000 + row })),
  );
  await writeFile(
    at('big.json'),
    `{"elapsedTime":"2 secs","count":${RECORDS},"data":[${data.join(',')}],"error":""}`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral import comtrade of a big JSON response', () => {
  it('imports it record by record in a heap smaller than the file', async () => {
    // Read whole, the 19 MB text and its parsed records took some 14 times the file: far past
    // this heap of 48 MB (the whole-file reader ended out of memory, exit 134).
    const bin = join(import.meta.dirname, 'bin.ts');
    const [file, output] = [at('big.json'), at('out.jsonl')];
    const argv = ['import', 'comtrade', file, '-o', output, '--date', '2024-06-01'];
    const { code, err } = await inHeapOf(48, bin, argv);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = (await readFile(output, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(RECORDS);
    expect(JSON.parse(lines[RECORDS - 1] ?? '')).toMatchObject({
      commodity: String(100_000 + RECORDS - 1),
      value: String(1000 + RECORDS - 1),
    });
    // A child process through tsx: 5 s on an idle machine, 31 s seen at load 12 on 2 cores.
  }, 180_000);

  it('gives the hint to use --engine duckdb for a big CSV file, not for JSON, which DuckDB does not read', async () => {
    // 101 MB files, sparse: their start, then zero bytes (refused as not text once read).
    const big = async (name: string, start: string) => {
      await writeFile(at(name), start);
      await truncate(at(name), 101 * 1024 * 1024);
      return (await bilateral('import', 'comtrade', at(name), '-o', at('x.json'))).err;
    };
    expect(await big('big-sparse.json', '[{}')).not.toContain('hint:');
    expect(await big('big-sparse.csv', 'reporterCode,flowCode\n')).toContain(
      'MB: --engine duckdb reads it in DuckDB',
    );
  });
});
