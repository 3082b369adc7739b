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

/** Both engines' exit codes and problems on one file: DuckDB's lines, the core's text. */
async function bothRefusals(name: string, text: string) {
  const file = await scratch.write(name, text);
  const duckdb = await importWithDuckdb(file, `${file}.json`);
  const core = await bilateral('import', 'comtrade', file, '-o', `${file}.json`);
  return {
    codes: [duckdb.code, core.code],
    duckdb: duckdb.err.split('\n').slice(1),
    core: core.err,
  };
}

test('a row with one field more, empty (a comma at its end), is refused as the core refuses it, among the lines DuckDB samples or past them', async () => {
  // DuckDB read it without a word past the lines its sniffer samples (it drops an empty last
  // field past the header's), and said "Error when sniffing file" among them.
  const record = (period: string) => bulkText([bulkRecord({ period })]).split('\n')[1] as string;
  const early = `${bulkText([bulkRecord()])}${record('2022')},\n`;
  const many = Array.from({ length: 25_000 }, (_, i) =>
    bulkRecord({ cmdCode: String(100_000 + i) }),
  );
  const late = `${bulkText(many)}${record('2022')},\n${record('2021')}\n`;
  for (const [name, text, row, line] of [
    ['early.csv', early, 1, 3],
    ['late.csv', late, 25_000, 25_002],
  ] as const) {
    const { codes, duckdb, core } = await bothRefusals(name, text);
    expect(codes).toEqual([1, 1]);
    expect(duckdb).toEqual([
      `  files[0].rows[${row}]: ${name} line ${line}: has 24 fields but the header has 23`,
    ]);
    expect(core).toContain(`has 24 fields but the header has 23 (line ${line})`);
  }
});

test('under a header ending in a comma, rows with or without one are read, and a row of another width refused, as the core reads them', async () => {
  // DuckDB refused every row without the comma ("has 23 fields but the header has 24") and read
  // a field under the unnamed column without a word.
  const [header, ...records] = bulkText([
    bulkRecord(),
    bulkRecord({ period: '2022' }),
    bulkRecord({ period: '2021' }),
    bulkRecord({ period: '2020' }),
  ]).split('\n');
  const read = `${header},\n${records[0]}\n${records[1]},\n${records[2]}\n`;
  const file = await scratch.write('trailing.csv', read);
  const duckdb = await importWithDuckdb(file, `${file}.json`, '--json');
  const core = await bilateral('import', 'comtrade', file, '-o', `${file}.json`, '--json');
  const counts = (out: string) => {
    const { records: all, imported } = JSON.parse(out).result;
    return [all, imported];
  };
  expect([duckdb.code, counts(duckdb.out)]).toEqual([0, [3, 3]]);
  expect([core.code, counts(core.out)]).toEqual([0, [3, 3]]);
  const short = (records[3] as string).replace(/,[^,]*$/, '');
  const refused = `${header},\n${records[0]},x\n${records[1]},,\n${short}\n${records[2]}\n`;
  const { codes, duckdb: lines, core: words } = await bothRefusals('widths.csv', refused);
  expect(codes).toEqual([1, 1]);
  expect(lines).toEqual([
    '  files[0].rows[0]: widths.csv line 2: has 24 fields but the header has 23',
    '  files[0].rows[1]: widths.csv line 3: has 25 fields but the header has 23',
    '  files[0].rows[2]: widths.csv line 4: has 22 fields but the header has 23',
  ]);
  for (const [fields, line] of [
    [24, 2],
    [25, 3],
    [22, 4],
  ]) {
    expect(words).toContain(`has ${fields} fields but the header has 23 (line ${line})`);
  }
});

test('a column named again in other letters (motCode, then MotCode) is read from the first, by both engines', async () => {
  // Read by the header's names, DuckDB refused the file ('Binder Error: Duplicate struct entry
  // name "MotCode"'); its sniffer had renamed the second.
  const [header, record] = bulkText([bulkRecord()]).split('\n');
  const file = await scratch.write('twice.csv', `${header},MotCode\n${record},5\n`);
  const duckdb = await importWithDuckdb(file, `${file}.json`, '--json');
  const core = await bilateral('import', 'comtrade', file, '-o', `${file}.json`, '--json');
  const imported = (out: string) => JSON.parse(out).result.imported;
  expect([duckdb.code, imported(duckdb.out)]).toEqual([0, 1]);
  expect([core.code, imported(core.out)]).toEqual([0, 1]);
});

test.each([
  ['bilateral_extra', 'bilateral_extra', 'x'],
  ['Bilateral_Extra', 'Bilateral_Extra', 'x'],
  ['bilateral_trailing_1', 'bilateral_trailing_1,', 'x,'],
  ['MotCode_bilateral_25', 'MotCode_bilateral_25,MotCode', 'x,5'],
])(
  'a header naming a column %s, as a bulk read names the columns it adds, is read by both engines',
  async (_name, names, fields) => {
    // DuckDB refused the file ('Binder Error: Duplicate struct entry name "bilateral_extra"').
    const [header, record] = bulkText([bulkRecord()]).split('\n');
    const file = await scratch.write('named.csv', `${header},${names}\n${record},${fields}\n`);
    const duckdb = await importWithDuckdb(file, `${file}.json`, '--json');
    const core = await bilateral('import', 'comtrade', file, '-o', `${file}.json`, '--json');
    const imported = (out: string) => JSON.parse(out).result.imported;
    expect([duckdb.code, imported(duckdb.out)]).toEqual([0, 1]);
    expect([core.code, imported(core.out)]).toEqual([0, 1]);
  },
);

test('a line of 1,200 fields: both engines group the count in thousands (review r29d of h348)', async () => {
  const wide = Array.from({ length: 1200 }, () => 'C').join(',');
  const { duckdb, core } = await bothEngines(
    'wide.csv',
    bulkText([bulkRecord({}), bulkRecord({ period: '2022' })], ',', BULK_COLUMNS).replace(
      /\n$/,
      `\n${wide}\n`,
    ),
  );
  // DuckDB's engine wrote 'has 1200 fields' since h348 grouped the core's (dd52965b, 05edcc87).
  expect(duckdb.join('\n')).toMatch(/wide\.csv line 4: has 1,200 fields but the header has \d+$/m);
  expect(core).toMatch(/has 1,200 fields but the header has \d+ \(line 4\)/);
});
