/**
 * `bilateral import comtrade --engine duckdb` names the line a problem is on as the core engine
 * does, the line an editor shows: after quoted fields holding line breaks too, which DuckDB leaves
 * out of its own numbers.
 */
import { afterAll, expect, test } from 'vitest';
import { bilateral } from '../../core/src/__fixtures__/run-cli.js';
import { BULK_COLUMNS, bulkRecord, bulkText, scratchFolder } from './__fixtures__/bulk-records.js';
import { importWithDuckdb } from './__fixtures__/import-with-duckdb.js';

const scratch = await scratchFolder();
afterAll(() => scratch.remove());

/** Descriptions that span lines, in two fields of one record and in the next: lines 2 to 8. */
const COLUMNS = [...BULK_COLUMNS, 'cmdDesc', 'motDesc'] as const;
const SPANNING = [
  bulkRecord({ cmdDesc: 'Live animals;\nother', motDesc: 'Air\nand sea' }),
  bulkRecord({ period: '2022', cmdDesc: 'Meat\n\nand edible\noffal' }),
];
const badValue = bulkRecord({ period: '2021', primaryValue: '1,5' });
const spanningThen = (...records: ReturnType<typeof bulkRecord>[]) =>
  bulkText([...SPANNING, ...records], ',', COLUMNS);

/** Both engines' messages on one file. */
async function bothEngines(name: string, text: string) {
  const file = await scratch.write(name, text);
  const duckdb = await importWithDuckdb(file, `${file}.json`);
  const core = await bilateral('import', 'comtrade', file, '-o', `${file}.json`);
  return { duckdb: duckdb.err.split('\n').slice(1), core: core.err };
}

test.each([
  ['bulk.csv', spanningThen(badValue)],
  ['crlf.csv', spanningThen(badValue).replaceAll('\n', '\r\n')],
  ['bulk.csv.gz', spanningThen(badValue)],
  ['bulk.txt', bulkText([...SPANNING, badValue], '\t', COLUMNS)],
  ['bom.csv', `\uFEFF${spanningThen(badValue)}`],
])(
  '%s: a bad value right after quoted line breaks is on line 9 for both engines',
  async (name, text) => {
    const { duckdb, core } = await bothEngines(name, text);
    // It said line 4: the record's number, as DuckDB counts records, plus the header's line.
    expect(duckdb).toEqual([
      `  files[0].rows[2].primaryValue: ${name} line 9: "1,5" has a comma as the decimal separator: write "1.5"`,
    ]);
    expect(core).toContain('(line 9)');
  },
);

test('a line of the wrong width after quoted line breaks, in a file with a byte-order mark', async () => {
  const { duckdb, core } = await bothEngines('width.csv', `\uFEFF${spanningThen()}C,A\n`);
  // It said line 5, DuckDB's own number: the line breaks inside quotes left out.
  expect(duckdb).toEqual([
    '  files[0].rows[2]: width.csv line 9: has 2 fields but the header has 25',
  ]);
  expect(core).toContain('has 2 fields but the header has 25 (line 9)');
});

test('records that repeat a key with another value, after quoted line breaks', async () => {
  const { duckdb, core } = await bothEngines(
    'repeats.csv',
    spanningThen(
      bulkRecord({ primaryValue: '5' }),
      bulkRecord({ primaryValue: '1000.0' }),
      bulkRecord({ primaryValue: '6E0' }),
    ),
  );
  // Line 10 repeats line 2's value (a duplicate, counted once): the problems are lines 9 and 11,
  // each named against the first record, by both engines. DuckDB's engine named line 2 too.
  const same = '(same reporter, partner, flow, period, commodity and breakdown: VNM–LAO X 2023)';
  expect(duckdb).toEqual([
    `  files[0].rows[2]: repeats.csv line 9: repeats line 2 ${same} with another value: 5 against 1000`,
    `  files[0].rows[4]: repeats.csv line 11: repeats line 2 ${same} with another value: 6 against 1000`,
  ]);
  expect(core.split('\n')[0]).toContain('2 problems');
  expect(core).toContain(
    'repeats row 0 (same reporter, partner, flow, period, commodity and breakdown) with another value: 5 against 1000 (line 9)',
  );
  expect(core).toContain('with another value: 6 against 1000 (line 11)');
});
