/**
 * `bilateral import comtrade --engine duckdb`: the core's command loads this package with a
 * dynamic import and says which engine ran.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bilateral } from '../../core/src/__fixtures__/run-cli.js';
import { bulkRecord, bulkText } from './__fixtures__/bulk-records.js';
import { importWithDuckdb } from './__fixtures__/import-with-duckdb.js';

let dir = '';
let csv = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bilateral-engine-'));
  csv = join(dir, 'bulk.csv');
  await writeFile(
    csv,
    bulkText([
      bulkRecord({ primaryValue: '491900000.5' }),
      bulkRecord({ flowCode: 'M', primaryValue: '1000000000' }),
      bulkRecord({ flowCode: 'RX', primaryValue: '5' }),
    ]),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bilateral import comtrade --engine duckdb', () => {
  test('writes a dataset and says the engine in text', async () => {
    const output = join(dir, 'vnm-lao.json');
    const { code, out } = await importWithDuckdb(csv, output, '--date', '2025-03-04');
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 3)).toEqual([
      `${csv}: UN Comtrade bulk files, 3 records (engine: DuckDB)`,
      `  imported 2 flows into ${output} (dataset "vnm-lao", 1 source: un-comtrade)`,
      '  excluded 1 record:',
    ]);
    const document = JSON.parse(await readFile(output, 'utf8'));
    expect(
      document.flows.map((flow: { flow: string; value: string; valuation: string }) => [
        flow.flow,
        flow.value,
        flow.valuation,
      ]),
    ).toEqual([
      ['export', '491900000.5', 'FOB'],
      ['import', '1000000000', 'CIF'],
    ]);
    expect((await bilateral('validate', output)).code).toBe(0);
    // Written piece by piece as the core engine writes a dataset, a flow a line (the whole
    // document as one string failed past a JS string's length, 2M records).
    const text = await readFile(output, 'utf8');
    expect(text.split('\n').slice(0, 5)).toEqual([
      '{',
      '  "id": "vnm-lao",',
      '  "flows": [',
      `    ${JSON.stringify(document.flows[0])},`,
      `    ${JSON.stringify(document.flows[1])}`,
    ]);
  });

  test("the dataset's source note counts its records as the command counts: grouped, one record singular", async () => {
    // It wrote 'from 1000000 UN Comtrade bulk records' and 'from 1 … records'.
    const one = join(dir, 'one.csv');
    await writeFile(one, bulkText([bulkRecord({ primaryValue: '5' })]));
    const notes: string[] = [];
    for (const [input, name] of [
      [one, 'one.json'],
      [csv, 'three.json'],
    ] as const) {
      const output = join(dir, name);
      expect((await importWithDuckdb(input, output)).code).toBe(0);
      notes.push(JSON.parse(await readFile(output, 'utf8')).sources[0].note);
    }
    expect(notes.map((note) => note.split(',')[0])).toEqual([
      'Imported by Bilateral (DuckDB engine) from 1 UN Comtrade bulk record',
      'Imported by Bilateral (DuckDB engine) from 3 UN Comtrade bulk records',
    ]);
  });

  test('writes Parquet and names the engine in the --json envelope; the core says its own', async () => {
    const parquet = await importWithDuckdb(csv, join(dir, 'out.parquet'), '--json');
    expect(parquet.code).toBe(0);
    expect(JSON.parse(parquet.out).result).toMatchObject({
      engine: 'duckdb',
      records: 3,
      imported: 2,
    });
    const core = await bilateral('import', 'comtrade', csv, '-o', join(dir, 'core.json'), '--json');
    expect(JSON.parse(core.out).result).toMatchObject({ engine: 'core', records: 3, imported: 2 });
  });

  test('names the file and the line of a last line of one field, as the core engine does', async () => {
    // It said DuckDB's own words: "files[0]: one.csv: DuckDB cannot read it: Invalid Input Error:
    // Error when sniffing file".
    const ragged = join(dir, 'one.csv');
    await writeFile(ragged, `${bulkText([bulkRecord()])}C\n`);
    const output = join(dir, 'one.json');
    const duckdb = await importWithDuckdb(ragged, output);
    expect(duckdb.code).toBe(1);
    expect(duckdb.err.split('\n')).toEqual([
      `${ragged}: 1 problem; nothing was written`,
      '  files[0].rows[1]: one.csv line 3: has 1 field but the header has 23',
    ]);
    const core = await bilateral('import', 'comtrade', ragged, '-o', output);
    expect(core.err).toContain('has 1 field but the header has 23 (line 3)');
  });

  test('groups the counts of its report in thousands, as the core engine does', async () => {
    // Exports and re-exports of 1,200 months, each given by its FOB value: the report said '1200
    // × flow-part' and 'value-fallback (1200)' (the exports' flows, as the core notes them).
    const many = join(dir, 'many-rx.csv');
    await writeFile(
      many,
      bulkText(
        Array.from({ length: 1200 }, (_, i) =>
          ['X', 'RX'].map((flowCode) =>
            bulkRecord({
              flowCode,
              period: `${1900 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`,
              primaryValue: '',
              fobvalue: '5',
            }),
          ),
        ).flat(),
      ),
    );
    const { code, out } = await importWithDuckdb(many, join(dir, 'many-rx.json'));
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines).toContain('  excluded 1,200 records:');
    expect(lines).toContain('    1,200 × flow-part');
    expect(lines.filter((line) => line.startsWith('    value-fallback'))).toEqual([
      expect.stringMatching(/^ {4}value-fallback \(1,200\): /),
    ]);
  });

  test('refuses an unknown engine, and the engine for a flows CSV', async () => {
    const unknown = await bilateral(
      'import',
      'comtrade',
      csv,
      '-o',
      join(dir, 'x.json'),
      '--engine',
      'sqlite',
    );
    expect([unknown.code, unknown.err]).toEqual([
      2,
      'bilateral import: --engine "sqlite": choose core or duckdb',
    ]);
    const flows = await bilateral(
      'import',
      'flows',
      csv,
      '-o',
      join(dir, 'x.json'),
      '--engine',
      'duckdb',
    );
    expect(flows.code).toBe(2);
  });

  test('-o a Parquet pipe whose reader leaves: says it has only part of them, not that all went', async () => {
    // 20,000 commodities of scattered values: a Parquet file larger than a pipe and the reader's
    // first chunk hold.
    const many = join(dir, 'many.csv');
    await writeFile(
      many,
      bulkText(
        Array.from({ length: 20_000 }, (_, i) =>
          bulkRecord({
            cmdCode: String(100_000 + i),
            primaryValue: `${(i * 7_919_993) % 999_983}.${i % 97}`,
          }),
        ),
      ),
    );
    const pipe = join(dir, 'pipe.parquet');
    execFileSync('mkfifo', [pipe]);
    const reader = createReadStream(pipe);
    reader.once('data', () => reader.destroy());
    const { code, out } = await importWithDuckdb(many, pipe);
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toBe(
      `  imported 20,000 rows (Parquet), but the reader of ${pipe} stopped reading before the end: it has only part of them`,
    );
    const again = createReadStream(pipe);
    again.once('data', () => again.destroy());
    const json = await importWithDuckdb(many, pipe, '--json');
    expect(JSON.parse(json.out).result.readerLeft).toEqual([pipe]);
  });
});

test('a file read from a copy that cannot be written: its words, exit 1, JSON with --json; no stack trace', async () => {
  // Node's ENOTDIR error reached the command as it was thrown.
  const mixed = join(dir, 'mixed.csv');
  await writeFile(
    mixed,
    bulkText([bulkRecord(), bulkRecord({ period: '2022' })]).replace('\n', '\r\n'),
  );
  const notFolder = join(dir, 'not-a-folder');
  await writeFile(notFolder, '');
  const words = `mixed.csv: its lines end in more than one way (LF, CRLF, CR), so DuckDB reads a copy of it with one line end (as large as the file unpacked), which cannot be written in ${notFolder}: a part of its path is a file, not a folder`;
  const given = process.env.TMPDIR;
  process.env.TMPDIR = notFolder;
  try {
    const text = await importWithDuckdb(mixed, join(dir, 'mixed.json'));
    expect([text.code, text.err]).toEqual([
      1,
      `${mixed}: 1 problem; nothing was written\n  files[0]: ${words}`,
    ]);
    const json = await importWithDuckdb(mixed, join(dir, 'mixed.json'), '--json');
    expect(JSON.parse(json.out).error).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['files', 0], message: words }],
    });
  } finally {
    process.env.TMPDIR = given;
  }
});
