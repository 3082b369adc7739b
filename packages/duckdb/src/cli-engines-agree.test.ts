/**
 * `bilateral import comtrade` with `--engine duckdb` and with the core engine, on the same files:
 * the same flows, counts and problems (each engine in its own words).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, test } from 'vitest';
import { bilateral } from '../../core/src/__fixtures__/run-cli.js';
import {
  BULK_COLUMNS,
  type BulkRecord,
  bulkRecord,
  bulkText,
  scratchFolder,
} from './__fixtures__/bulk-records.js';
import { importWithDuckdb } from './__fixtures__/import-with-duckdb.js';

const scratch = await scratchFolder();
afterAll(() => scratch.remove());

/** `bilateral import comtrade <input> -o core.json …more` (the core engine), in `scratch`. */
const importWithCore = (input: string, ...more: string[]) =>
  bilateral('import', 'comtrade', input, '-o', join(scratch.folder, 'core.json'), ...more);

/** `input` imported by both engines (DuckDB's output `out.json`, the core's `core.json`). */
async function bothEngines(input: string) {
  const duckdb = await importWithDuckdb(input, join(scratch.folder, 'out.json'));
  return { duckdb, core: await importWithCore(input) };
}

/**
 * The flows both engines import from `input` (each ends with exit code 0 and says nothing on
 * stderr), the same from each, notes too: one line of text a flow, sorted ({@link flowsOf},
 * without the notes).
 */
async function sameFlows(input: string): Promise<string[]> {
  const { duckdb, core } = await bothEngines(input);
  expect([duckdb.code, duckdb.err, core.code]).toEqual([0, '', 0]);
  const [out, ofCore] = [join(scratch.folder, 'out.json'), join(scratch.folder, 'core.json')];
  expect(await flowsOf(out, true)).toEqual(await flowsOf(ofCore, true));
  return flowsOf(out);
}

/**
 * Each flow of a dataset file as one line of text (its keys, value, status and valuation, and
 * with `withNote` its note after ` | `), sorted.
 */
async function flowsOf(path: string, withNote = false): Promise<string[]> {
  const { flows } = JSON.parse(await readFile(path, 'utf8')) as {
    flows: Record<string, string | undefined>[];
  };
  return flows
    .map(
      (f) =>
        [
          f.reporter,
          f.partner,
          f.flow,
          f.period,
          f.commodity ?? '',
          f.value,
          f.status,
          f.valuation,
        ].join(' ') + (withNote && f.note !== undefined ? ` | ${f.note}` : ''),
    )
    .sort();
}

test("the API's CSV download (/work/shared/fixtures/shapes/v1-ui.csv): a value in exponent form is read as written, and noted", async () => {
  // DuckDB refused it: "5.12345E+10" is not a non-negative decimal written in full.
  const input = join(import.meta.dirname, '__fixtures__', 'v1-ui.csv');
  const duckdb = await importWithDuckdb(input, join(scratch.folder, 'duckdb.json'), '--json');
  const core = await importWithCore(input, '--json');
  expect([duckdb.code, core.code]).toEqual([0, 0]);
  const [ofDuckdb, ofCore] = [JSON.parse(duckdb.out).result, JSON.parse(core.out).result];
  expect([ofDuckdb.records, ofDuckdb.imported]).toEqual([ofCore.records, ofCore.imported]);
  const note = (result: { notes: { code: string; message: string }[] }) =>
    result.notes.find((n) => n.code === 'exponent-value');
  expect(note(ofDuckdb)).toEqual({
    code: 'exponent-value',
    count: 1,
    message: note(ofCore)?.message,
  });
  const flows = await flowsOf(join(scratch.folder, 'duckdb.json'), true);
  expect(flows).toEqual(await flowsOf(join(scratch.folder, 'core.json'), true));
  expect(flows).toContain('SGP CHN import 2019  51234500000 official CIF | quantity not reported');
});

describe('a file that is no UTF-8 text, or empty: both engines refuse it alike (code, exit code, words)', () => {
  const latin1 = (before: number) =>
    Buffer.concat([
      Buffer.from(bulkText(Array.from({ length: before }, () => bulkRecord()))),
      Buffer.from('C,A,caf\xe9\n', 'latin1'),
    ]);
  test.each([
    ['empty.csv', ''],
    ['blank.csv.gz', ' \n\r\n'],
    ['nul.csv', `${bulkText([bulkRecord()])}C,A\u0000,x\n`],
    ['utf16.csv', Buffer.from(`\uFEFF${bulkText([bulkRecord()])}`, 'utf16le')],
    ['latin1.csv', latin1(1)],
    // Past the first 64 kB the core engine reads before it reads records, and DuckDB samples.
    ['late-latin1.csv', latin1(30_000)],
    ['late-latin1.csv.gz', latin1(30_000)],
  ])('%s', async (name, text) => {
    // DuckDB said INVALID_INPUT (exit 1) of the first four, 'paths[0]: empty.csv is empty', and
    // INVALID_IMPORT (exit 1) of the others; the core says NOT_UTF8 (exit 2) or EMPTY_FILE (exit 1).
    const file = join(scratch.folder, name);
    await writeFile(file, name.endsWith('.gz') ? gzipSync(text) : text);
    const { duckdb, core } = await bothEngines(file);
    expect([duckdb.code, duckdb.err]).toEqual([core.code, core.err]);
    const inJson = await importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json');
    expect(JSON.parse(inJson.out).error).toEqual(
      JSON.parse((await importWithCore(file, '--json')).out).error,
    );
  });

  const notUtf8 = (name: string) => [`${name} is not UTF-8 text`, 'NOT_UTF8', 2] as const;
  test.each([
    ['nul.csv', `${bulkText([bulkRecord()])}C,A\u0000,x\n`, ...notUtf8('nul.csv')],
    [
      'utf16.csv',
      Buffer.from(`\uFEFF${bulkText([bulkRecord()])}`, 'utf16le'),
      ...notUtf8('utf16.csv'),
    ],
    ['latin1.csv', latin1(1), ...notUtf8('latin1.csv')],
    ['late-latin1.csv', latin1(30_000), ...notUtf8('late-latin1.csv')],
    ['late-latin1.csv.gz', latin1(30_000), ...notUtf8('late-latin1.csv.gz')],
    ['empty.csv', '', 'empty.csv: the file is empty', 'EMPTY_FILE', 1],
  ])(
    '%s inside a folder: as the file alone, with its path',
    async (name, text, words, code, exit) => {
      // DuckDB's engine exited 1 of the folder: INVALID_INPUT ("paths[0]: nul.csv is not UTF-8
      // text …", "paths[0]: empty.csv is empty") of the first three and the last, INVALID_IMPORT
      // of the others ("files[1]: … is not UTF-8 text (…; DuckDB: Invalid Input Error: CSV Error on
      // Line: 2)"), where the file alone is NOT_UTF8, exit 2, or EMPTY_FILE.
      const folder = join(scratch.folder, `in-folder-${name.replaceAll('.', '-')}`);
      await scratch.write(`${basename(folder)}/a.csv`, bulkText([bulkRecord()]));
      const file = join(folder, name);
      await writeFile(file, name.endsWith('.gz') ? gzipSync(text) : text);
      const output = join(scratch.folder, 'out.json');
      const [inFolder, alone] = [
        await importWithDuckdb(folder, output),
        await importWithDuckdb(file, output),
      ];
      expect([inFolder.code, inFolder.out, inFolder.err]).toEqual([exit, '', alone.err]);
      expect(alone.err).toContain(join(folder, words));
      const json = await importWithDuckdb(folder, output, '--json');
      expect([json.code, JSON.parse(json.out).error]).toEqual([
        exit,
        JSON.parse((await importWithDuckdb(file, output, '--json')).out).error,
      ]);
      expect(JSON.parse(json.out).error.code).toBe(code);
    },
  );

  test('a missing file: FILE_UNREADABLE, exit 2, as the core says it', async () => {
    // DuckDB said INVALID_INPUT, exit 1: 'paths[0]: …/nowhere.csv: no such file or folder'.
    const file = join(scratch.folder, 'nowhere.csv');
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'));
    expect([duckdb.code, duckdb.err]).toEqual([
      2,
      `bilateral import: cannot read ${file}: no such file`,
    ]);
    const core = await importWithCore(file);
    expect([core.code, core.err]).toEqual([duckdb.code, duckdb.err]);
  });

  test('the words and codes of the core engine', async () => {
    const said = async (name: string) =>
      (
        await importWithDuckdb(
          join(scratch.folder, name),
          join(scratch.folder, 'out.json'),
          '--json',
        )
      ).out;
    const error = async (name: string) => JSON.parse(await said(name)).error;
    expect(await error('empty.csv')).toMatchObject({
      code: 'EMPTY_FILE',
      message: `${join(scratch.folder, 'empty.csv')}: the file is empty`,
    });
    expect(await error('late-latin1.csv')).toMatchObject({
      code: 'NOT_UTF8',
      message: `${join(scratch.folder, 'late-latin1.csv')} is not UTF-8 text (a binary file, or another encoding such as Latin-1): save it as UTF-8`,
    });
  });
});

describe('a line DuckDB cannot make a table of is named by its line, as the core names it', () => {
  const record = bulkText([bulkRecord()]).split('\n')[1] as string;
  test('an unclosed quote, after a quoted field holding a line break', async () => {
    // DuckDB said only "DuckDB cannot read it: Invalid Input Error: Error when sniffing file".
    const text = `${bulkText([bulkRecord({ cmdDesc: 'Live\nanimals' })], ',', [...BULK_COLUMNS, 'cmdDesc'])}C,A,"2023\n`;
    const file = await scratch.write('unclosed.csv', text);
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'));
    expect(duckdb.err.split('\n').slice(1)).toEqual([
      '  files[0]: unclosed.csv: line 4: the quoted field opened on line 4 is never closed (a missing ")',
    ]);
    const core = await importWithCore(file);
    expect(core.err).toContain(
      'line 4: the quoted field opened on line 4 is never closed (a missing ")',
    );
  });

  test('an unclosed quote past the lines DuckDB samples', async () => {
    // DuckDB's words: "line 25002: Value with unterminated quote found."
    const many = Array.from({ length: 25_000 }, (_, i) =>
      bulkRecord({ cmdCode: String(100_000 + i) }),
    );
    const file = await scratch.write('late.csv', `${bulkText(many)}C,A,"2023\n`);
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'));
    expect(duckdb.err.split('\n').slice(1)).toEqual([
      '  files[0]: late.csv: line 25002: the quoted field opened on line 25002 is never closed (a missing ")',
    ]);
    const core = await importWithCore(file);
    expect(core.err).toContain('line 25002: the quoted field opened on line 25002 is never closed');
  });

  test('a line of more fields than the header among the lines DuckDB samples', async () => {
    // DuckDB took the header for a record, and said no file has the columns reporterCode, ….
    const file = await scratch.write(
      'wide.csv',
      `${bulkText([bulkRecord(), bulkRecord()])}${record},x\n`,
    );
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'));
    expect(duckdb.err.split('\n').slice(1)).toEqual([
      '  files[0].rows[2]: wide.csv line 4: has 24 fields but the header has 23',
    ]);
    const core = await importWithCore(file);
    expect(core.err).toContain('has 24 fields but the header has 23 (line 4)');
  });
});

test('the same dataset from both engines, title included: the World first, then the names in alphabetical order whatever the records’ order', async () => {
  // DuckDB's dataset was titled "UN Comtrade bulk files", which the report and the widgets show;
  // then "Vietnam trade with China, Laos, Thailand and 1 more" (its flows ordered by code) where the
  // core's said "Thailand, Laos, China and 1 more" (the order its records first gave them); then
  // both said "China, Laos, Thailand and 1 more", the 1 more the World (partner 0).
  const file = join(scratch.folder, 'titled.csv');
  await writeFile(
    file,
    bulkText([
      bulkRecord({ partnerCode: '764', partnerISO: 'THA' }),
      bulkRecord({ flowCode: 'M', period: '2022', cmdCode: '0901' }),
      bulkRecord({ partnerCode: '156', partnerISO: 'CHN', period: '2021', cmdCode: '0102' }),
      bulkRecord({ partnerCode: '0', partnerISO: 'W00' }),
      bulkRecord({ flowCode: 'RX' }),
    ]),
  );
  // One --date for both: each engine's "today" is read when it runs, which may be either side of midnight.
  const same = ['--id', 'same', '--date', '2025-06-30'];
  const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'), ...same);
  const core = await importWithCore(file, ...same);
  expect([duckdb.code, core.code]).toEqual([0, 0]);
  /** The document, its flows in key order and its source's note (which names the engine) apart. */
  const documentOf = async (name: string) => {
    const { flows, sources, ...rest } = JSON.parse(
      await readFile(join(scratch.folder, name), 'utf8'),
    ) as { title: unknown; flows: Record<string, string>[]; sources: { note: string }[] };
    const key = (f: Record<string, string>) =>
      [f.reporter, f.partner, f.flow, f.period, f.commodity ?? ''].join(' ');
    return {
      ...rest,
      flows: flows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
      sources: sources.map(({ note: _, ...source }) => source),
      notes: sources.map((source) => source.note),
    };
  };
  const [ofDuckdb, ofCore] = [await documentOf('out.json'), await documentOf('core.json')];
  const title =
    'UN Comtrade: Vietnam trade with the World, China, Laos and 1 more, HS 0102 and 0901 and all goods, 2021, 2022 and 2023';
  expect(ofCore.title).toEqual({ en: title });
  expect(ofCore.flows).toHaveLength(4);
  expect({ ...ofDuckdb, notes: [] }).toEqual({ ...ofCore, notes: [] });
  expect([...ofDuckdb.notes, ...ofCore.notes]).toEqual([
    'Imported by Bilateral (DuckDB engine) from 5 UN Comtrade bulk records, totals only. Values are primaryValue in US dollars: FOB for exports, CIF for imports.',
    'Imported by Bilateral from 5 UN Comtrade records (CSV). Values are primaryValue in US dollars: FOB for exports, CIF for imports.',
  ]);
});

describe('a file of which no flow is imported: both engines title what its records cover', () => {
  // DuckDB's engine titled each "UN Comtrade bulk files", where the core's named the records it
  // left out (and "no records" of a header alone).
  test.each([
    [
      'parts.csv',
      [
        bulkRecord({ flowCode: 'RX' }),
        bulkRecord({ partnerCode: '156', partnerISO: 'CHN', motCode: '2100', cmdCode: '901' }),
        bulkRecord({ flowCode: 'M', customsCode: 'C01', period: '2022' }),
        bulkRecord({ partnerCode: '704', partnerISO: 'VNM', period: '2021' }),
      ],
      'UN Comtrade: Vietnam trade with China, Laos and Vietnam, HS 0901 and all goods, 2021, 2022 and 2023',
    ],
    [
      'services.csv',
      [bulkRecord({ typeCode: 'S', cmdCode: 'S', classificationCode: 'EB', flowCode: 'M' })],
      // Both said "all goods" of services.
      'UN Comtrade: Vietnam imports from Laos, services, 2023',
    ],
    [
      'areas.csv',
      [
        bulkRecord({ partnerCode: '568', partnerISO: 'E19', partnerDesc: 'Other Europe, nes' }),
        bulkRecord({ partnerCode: '0', partnerISO: 'W00', partner2Code: '156' }),
      ],
      // Was "the World and Other Europe, nes, all goods": where do the names end?
      'UN Comtrade: Vietnam exports to the World; and Other Europe, nes; all goods; 2023',
    ],
    ['header.csv', [], 'UN Comtrade: no records'],
  ])('%s', async (name, records, title) => {
    const file = await scratch.write(
      name,
      bulkText(records, ',', [...BULK_COLUMNS, 'partnerDesc']),
    );
    const same = ['--id', 'same', '--date', '2025-06-30'];
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'), ...same);
    const core = await importWithCore(file, ...same);
    expect([duckdb.code, core.code]).toEqual([0, 0]);
    const titleOf = async (output: string) => {
      const { title, flows, sources } = JSON.parse(
        await readFile(join(scratch.folder, output), 'utf8'),
      ) as { title: { en: string }; flows: unknown[]; sources: { title: string }[] };
      return { title: title.en, flows: flows.length, source: sources[0]?.title };
    };
    const expected = { title, flows: 0, source: title };
    expect(await titleOf('core.json')).toEqual(expected);
    expect(await titleOf('out.json')).toEqual(expected);
  });
});

test('an economy outside Bilateral’s table is named alike by both engines: its CLDR name, not the file’s description', async () => {
  // The core took the name from the API download's partnerDesc ("Côte d'Ivoire", or the ISO code
  // in a bulk file without it), DuckDB's engine, which reads no description, the ISO code "CIV".
  const file = join(scratch.folder, 'described.csv');
  const records = [
    bulkRecord({ partnerCode: '384', partnerISO: 'CIV' }),
    bulkRecord({ partnerCode: '764', partnerISO: 'THA' }),
  ];
  const [header, ...lines] = bulkText(records).trimEnd().split('\n');
  const descriptions = ['"Côte d\'Ivoire"', 'Thailand'];
  await writeFile(
    file,
    `${[`${header},partnerDesc`, ...lines.map((line, i) => `${line},${descriptions[i]}`)].join('\n')}\n`,
  );
  const { duckdb, core } = await bothEngines(file);
  expect([duckdb.code, core.code]).toEqual([0, 0]);
  const titleOf = async (name: string) =>
    JSON.parse(await readFile(join(scratch.folder, name), 'utf8')).title.en;
  const title = 'UN Comtrade: Vietnam exports to Côte d’Ivoire and Thailand, all goods, 2023';
  expect([await titleOf('out.json'), await titleOf('core.json')]).toEqual([title, title]);
});

test('a file separated by semicolons: the header of one column is named, as the core names it', async () => {
  // DuckDB read it as one column and said "line 2 has 2 fields but the header has 1" (a decimal
  // comma), or that no file has the columns reporterCode, ….
  const text = bulkText([bulkRecord()], '\t').replaceAll('\t', ';');
  const file = await scratch.write('semicolons.csv', text);
  const words =
    'the header has one column, "typeCode;freqCode;refPeriodId;refYear;refMonth;period;report…" (240 characters): the fields look separated by semicolons';
  const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'));
  expect(duckdb.err.split('\n').slice(1)).toEqual([
    `  paths[0]: semicolons.csv: ${words}; save the file as comma-separated CSV`,
  ]);
  const core = await importWithCore(file);
  expect(core.err).toContain(`header: ${words}; give that delimiter`);
});

describe("Excel's sep= first line: both engines read the delimiter it names, the header on line 2", () => {
  // DuckDB refused it (since 4304e404: 'line 1, "sep=,", is Excel's line naming the delimiter,
  // which DuckDB does not read: delete the line, …'); before that its read skipped the line but
  // named each record's line one short, and with a bad line took it as a header of two columns.
  const records = [bulkRecord(), bulkRecord({ cmdCode: '02' })];
  const semicolons = (text: string) => text.replaceAll(',', ';');
  test.each([
    ['sep-comma.csv', 'sep=,', bulkText(records)],
    ['sep-tab.txt', 'sep=\t', bulkText(records, '\t')],
    ['sep-semicolon.csv', 'sep=;', semicolons(bulkText(records))],
    // As Excel saves it: CRLF line ends.
    ['sep-comma.csv.gz', 'sep=,\r', bulkText(records).replaceAll('\n', '\r\n')],
  ] as const)('%s: the same flows', async (name, line, body) => {
    const file = await scratch.write(name, `${line}\n${body}`);
    expect(await sameFlows(file)).toHaveLength(2);
  });

  test.each([
    ['sep-lines.csv', 'sep=,', (text: string) => text],
    ['sep-lines-semicolon.csv', 'sep=;', semicolons],
  ] as const)(
    '%s: records named by the lines of the file, as the core names them',
    async (name, line, delimited) => {
      const bad = bulkText([bulkRecord(), bulkRecord({ primaryValue: 'x', period: '2022' })]);
      const file = await scratch.write(name, `${line}\n${delimited(bad)}`);
      const { duckdb, core } = await bothEngines(file);
      expect(coreProblems(core.err)).toEqual(['rows[1].primaryValue line 4: "x" is not a number']);
      expectSameProblems(duckdb, core, name);
      const short = await scratch.write(
        `short-${name}`,
        `${line}\n${delimited(`${bulkText(records)}C,A,2023\n`)}`,
      );
      const lines = await bothEngines(short);
      expect(coreProblems(lines.core.err)).toEqual([
        'rows[2] line 5: has 3 fields but the header has 23',
      ]);
      expectSameProblems(lines.duckdb, lines.core, `short-${name}`);
    },
  );

  test('a point before three digits in a sep=; file: refused alike, in the words import flows uses', async () => {
    // Both engines read "491.900" as 491.9, a thousandth of what a European spreadsheet means.
    const told = (cell: string) =>
      `"${cell}" has a point before three digits, which a file separated by semicolons may write between thousands: write "${cell.replace('.', '')}" if it separates thousands, or "${cell}0" if it is a decimal point`;
    const bad = bulkText([
      bulkRecord({ primaryValue: '491.900' }),
      bulkRecord({ primaryValue: '', fobvalue: '1.250', period: '2022' }),
      bulkRecord({ qty: '2.500', period: '2021' }),
    ]);
    const file = await scratch.write('thousands.csv', `sep=;\n${semicolons(bad)}`);
    const { duckdb, core } = await bothEngines(file);
    expect(coreProblems(core.err)).toEqual([
      `rows[0].primaryValue line 3: ${told('491.900')}`,
      `rows[1].fobvalue line 4: ${told('1.250')}`,
      'rows[1].primaryValue line 4: missing primaryValue (the trade value in US dollars)',
      `rows[2].qty line 5: ${told('2.500')}`,
    ]);
    expectSameProblems(duckdb, core, 'thousands.csv');
    // Other decimals, and the same value in a comma-separated file, are read as written.
    const read = bulkText(
      ['491.9', '491.9000', '0.125'].map((primaryValue, i) =>
        bulkRecord({ primaryValue, period: String(2021 + i) }),
      ),
    );
    expect(
      await sameFlows(await scratch.write('decimals.csv', `sep=;\n${semicolons(read)}`)),
    ).toEqual([
      'VNM LAO export 2021  491.9 official FOB',
      'VNM LAO export 2022  491.9 official FOB',
      'VNM LAO export 2023  0.125 official FOB',
    ]);
    const comma = bulkText([bulkRecord({ primaryValue: '491.900' })]);
    expect(await sameFlows(await scratch.write('comma.csv', `sep=,\n${comma}`))).toEqual([
      'VNM LAO export 2023  491.9 official FOB',
    ]);
  });

  test('a folder of a file with a sep= line and one without: each read by its own delimiter', async () => {
    const folder = join(scratch.folder, 'sep-folder');
    await mkdir(folder);
    await writeFile(join(folder, 'a.csv'), `sep=;\n${semicolons(bulkText(records))}`);
    await writeFile(join(folder, 'b.csv'), bulkText([bulkRecord({ period: '2022' })]));
    const duckdb = await importWithDuckdb(folder, join(scratch.folder, 'out.json'));
    expect(duckdb.code).toBe(0);
    expect(await flowsOf(join(scratch.folder, 'out.json'))).toEqual([
      'VNM LAO export 2022  1000 official FOB',
      'VNM LAO export 2023  1000 official FOB',
      'VNM LAO export 2023 02 1000 official FOB',
    ]);
  });

  test.each([
    ['sep-empty-line.csv', 'sep=,\n\n', (text: string) => text],
    [
      'sep-empty-lines.csv.gz',
      'sep=,\r\n\r\n\r\n',
      (text: string) => text.replaceAll('\n', '\r\n'),
    ],
    ['empty-line.csv', '\n', (text: string) => text],
  ] as const)(
    '%s: empty lines before the header are no records for either engine, and lines are named alike',
    async (name, before, ends) => {
      // DuckDB refused the file: 'column 1 has no name' (it took the empty line for the header).
      const file = await scratch.write(name, `${before}${ends(bulkText(records))}`);
      expect(await sameFlows(file)).toHaveLength(2);
      const bad = bulkText([bulkRecord(), bulkRecord({ primaryValue: 'x', period: '2022' })]);
      const { duckdb, core } = await bothEngines(
        await scratch.write(`bad-${name}`, `${before}${ends(bad)}`),
      );
      const line = before.split('\n').length + 2;
      expect(coreProblems(core.err)).toEqual([
        `rows[1].primaryValue line ${line}: "x" is not a number`,
      ]);
      expectSameProblems(duckdb, core, `bad-${name}`);
    },
  );

  test('a folder of a file with a sep= line and an empty line, one with an empty line, and a plain one: each read', async () => {
    const folder = join(scratch.folder, 'sep-empty-folder');
    await mkdir(folder);
    await writeFile(join(folder, 'a.csv'), `sep=;\n\n${semicolons(bulkText(records))}`);
    await writeFile(join(folder, 'b.csv'), `\n${bulkText([bulkRecord({ period: '2022' })])}`);
    await writeFile(join(folder, 'c.csv'), bulkText([bulkRecord({ period: '2021' })]));
    const duckdb = await importWithDuckdb(folder, join(scratch.folder, 'out.json'));
    expect(duckdb.code).toBe(0);
    expect(await flowsOf(join(scratch.folder, 'out.json'))).toEqual([
      'VNM LAO export 2021  1000 official FOB',
      'VNM LAO export 2022  1000 official FOB',
      'VNM LAO export 2023  1000 official FOB',
      'VNM LAO export 2023 02 1000 official FOB',
    ]);
  });

  test.each([
    ['sep-crlf-lf.csv', 'sep=,\r\n', '\n'],
    ['sep-lf-crlf.csv', 'sep=,\n', '\r\n'],
    ['empty-crlf-lf.csv', '\r\n', '\n'],
    ['sep-cr-lf.csv', 'sep=,\r', '\n'],
    ['empty-lines-crlf-lf.csv.gz', 'sep=,\r\n\r\n\n\r\n', '\n'],
    ['sep-lf-empty-crlf.txt', 'sep=\t\n\r\n', '\r\n'],
  ] as const)(
    '%s: the lines before the header ending otherwise than the header are read as the core reads them, lines named alike',
    async (name, before, end) => {
      // DuckDB read no record of such a file and wrote an empty dataset (exit 0); then it refused
      // it ('lines 1 to 2 end in CRLF and LF, not one line end: DuckDB reads no record …').
      const separator = name.endsWith('.txt') ? '\t' : ',';
      const text = (given: BulkRecord[]) =>
        `${before}${bulkText(given, separator).replaceAll('\n', end)}`;
      const file = await scratch.write(name, text(records));
      expect(await sameFlows(file)).toHaveLength(2);
      const bad = await scratch.write(
        `bad-${name}`,
        text([bulkRecord(), bulkRecord({ primaryValue: 'x', period: '2022' })]),
      );
      const { duckdb, core } = await bothEngines(bad);
      expect(coreProblems(core.err)).toHaveLength(1);
      expectSameProblems(duckdb, core, `bad-${name}`);
    },
  );

  test('a folder of such a file and a plain one: each file counted and named as itself, and no copy left', async () => {
    const folder = join(scratch.folder, 'relined-folder');
    await mkdir(folder);
    await writeFile(join(folder, 'a.csv'), `sep=,\r\n${bulkText(records)}`);
    await writeFile(join(folder, 'b.csv'), bulkText([bulkRecord({ period: '2022' })]));
    const copies = async () =>
      (await readdir(tmpdir())).filter((name) => name.startsWith('bilateral-relined-'));
    const before = await copies();
    const duckdb = await importWithDuckdb(folder, join(scratch.folder, 'out.json'), '--json');
    expect(duckdb.code).toBe(0);
    const { files } = JSON.parse(duckdb.out).result as {
      files: { path: string; records: number }[];
    };
    expect(files.map((file) => [file.path, file.records])).toEqual([
      [join(folder, 'a.csv'), 2],
      [join(folder, 'b.csv'), 1],
    ]);
    expect(await flowsOf(join(scratch.folder, 'out.json'))).toHaveLength(3);
    expect(await copies()).toEqual(before);
  });

  test('a sep= line naming a delimiter neither engine reads is refused in the same words', async () => {
    const file = await scratch.write('sep-pipe.csv', `sep=|\n${bulkText([bulkRecord()])}`);
    const { duckdb, core } = await bothEngines(file);
    const words = 'line 1, "sep=|", names "|" as the delimiter, which is not read';
    expect(core.err).toContain(words);
    expect([duckdb.code, duckdb.err.split('\n').slice(1)]).toEqual([
      core.code,
      [`  paths[0]: sep-pipe.csv: ${words}: save the file separated by commas or tabs`],
    ]);
  });
});

describe('line ends of more than one kind after the header: both engines read the file alike', () => {
  // DuckDB refused each file: 'DuckDB cannot read it: Invalid Input Error: The CSV Parser state
  // machine reached an invalid state.' (exit 1), where the core reads it.
  const columns = [...BULK_COLUMNS, 'cmdDesc'] as const;
  const records = [
    bulkRecord({ cmdDesc: 'All Commodities' }),
    // A line break inside a quoted field is the field's, whatever the file's line ends.
    bulkRecord({ cmdCode: '02', cmdDesc: 'Meat\r\nand "edible" offal' }),
    bulkRecord({ cmdCode: '03', cmdDesc: 'Fish\nand\rcrustaceans' }),
    bulkRecord({ period: '2022' }),
  ];
  /**
   * The header and `given` records of a file, each line ended by the next of `ends` in turn (the
   * header by the first), after `before`.
   */
  const mixed = (
    given: readonly BulkRecord[],
    ends: readonly string[],
    separator: ',' | '\t' = ',',
    before = '',
  ) => {
    const lines = [
      columns.join(separator),
      ...given.map(
        (record) =>
          bulkText([record], separator, columns)
            .slice(0, -1)
            .split(/\n(.*)$/s)[1],
      ),
    ];
    return before + lines.map((line, i) => `${line}${ends[i % ends.length]}`).join('');
  };
  test.each([
    ['lf-crlf.csv', ['\n', '\r\n'], ',', ''],
    ['crlf-lf.csv', ['\r\n', '\n'], ',', ''],
    ['cr-lf-crlf.csv', ['\r', '\n', '\r\n'], ',', ''],
    ['lf-cr.txt', ['\n', '\n', '\r'], '\t', ''],
    ['crlf-lf.csv.gz', ['\r\n', '\r\n', '\n'], ',', ''],
    ['sep-lf-crlf.csv', ['\n', '\r\n'], ',', 'sep=,\n\n'],
    ['sep-crlf-lf.csv', ['\n', '\n', '\r\n'], ',', 'sep=,\r\n'],
  ] as const)(
    '%s: the same flows and notes, and a bad record named at the same line',
    async (name, ends, separator, before) => {
      const file = await scratch.write(name, mixed(records, ends, separator, before));
      expect(await sameFlows(file)).toHaveLength(4);
      const bad = await scratch.write(
        `bad-${name}`,
        mixed(
          [...records, bulkRecord({ primaryValue: 'x', period: '2021' })],
          ends,
          separator,
          before,
        ),
      );
      const { duckdb, core } = await bothEngines(bad);
      expect(coreProblems(core.err)).toHaveLength(1);
      expectSameProblems(duckdb, core, `bad-${name}`);
    },
  );

  test('one line ending otherwise past the first 64 kB and the lines DuckDB samples', async () => {
    const many = Array.from({ length: 3_000 }, (_, i) =>
      bulkRecord({ cmdCode: String(100_000 + i), cmdDesc: `goods ${i}` }),
    );
    const ends = Array.from({ length: many.length + 1 }, (_, i) => (i === 2_900 ? '\r\n' : '\n'));
    const file = await scratch.write('late-crlf.csv', mixed(many, ends));
    expect(await sameFlows(file)).toHaveLength(3_000);
  });
});

test('a gzip file cut short is said not to unpack, not to have a short last line', async () => {
  // DuckDB read what unpacked and said "line 3 has 6 fields but the header has 23".
  const gzip = gzipSync(bulkText([bulkRecord(), bulkRecord({ period: '2022' })]));
  const file = join(scratch.folder, 'cut.csv.gz');
  await writeFile(file, gzip.subarray(0, gzip.length - 10));
  const words = 'a gzip file that does not unpack (unexpected end of file)';
  const { duckdb, core } = await bothEngines(file);
  // FILE_UNREADABLE, exit 2, as the core says it (DuckDB said it at files[0], exit 1).
  expect([duckdb.code, duckdb.err]).toEqual([2, `bilateral import: cannot read ${file}: ${words}`]);
  expect([core.code, core.err]).toEqual([duckdb.code, duckdb.err]);
});

test('the header again among the records (two files joined into one) is one problem at its row, as the core names it', async () => {
  // DuckDB named each field of it: '"TYPECODE" is not C (goods) or S (services)', and 22 more.
  const [header, ...rows] = bulkText([bulkRecord({ period: '2022' })], '\t').split('\n');
  const text = `${bulkText([bulkRecord()], '\t')}\uFEFF ${header?.toUpperCase()}\n${rows.join('\n')}`;
  const file = await scratch.write('joined.txt', text);
  const { duckdb, core } = await bothEngines(file);
  expect([duckdb.code, core.code]).toEqual([1, 1]);
  const words = 'is the header again, as where two files were joined into one: delete that line';
  expect(duckdb.err.split('\n').slice(1)).toEqual([
    `  files[0].rows[1]: joined.txt line 3: ${words}`,
  ]);
  expect(core.err.split('\n').slice(1)).toEqual([`  rows[1]: ${words} (line 3)`]);
});

test('a column named twice in the header is refused, not read from its first column', async () => {
  // DuckDB renamed the second primaryValue and read the first: 1000, where the core refuses.
  const text = bulkText([bulkRecord()])
    .replace('isAggregate', 'primaryValue')
    .replace(/true\n$/, '7\n');
  const file = await scratch.write('twice.csv', text);
  const words = 'column "primaryValue" appears twice (columns 21, 23)';
  const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'));
  expect(duckdb.err.split('\n').slice(1)).toEqual([`  paths[0]: twice.csv: ${words}`]);
  const core = await importWithCore(file);
  expect(core.err).toContain(`header[22]: ${words}`);
});

describe('a file whose lines end in CR alone (an old Mac), and one with a byte-order mark and a CRLF header over LF lines: the same flows and notes from either engine', () => {
  // The first's header was taken as the whole sniffed text, each value a column named many times.
  const records = [
    bulkRecord(),
    bulkRecord({ flowCode: 'M', primaryValue: '2e3' }),
    // Noted otherwise than its duplicate after it: the flow is noted as its first record.
    bulkRecord({ cmdCode: '101', qtyUnitCode: '8', qty: '5', cmdDesc: 'Live\r\nhorses' }),
    bulkRecord({ cmdCode: '0101', qtyUnitCode: '8', qty: '5', primaryValue: '1e3' }),
  ];
  const text = bulkText(records, ',', [...BULK_COLUMNS, 'cmdDesc']);
  test.each([
    // Every line end a CR; the quoted description's CRLF is its own.
    ['mac.csv', text.replace(/(?<!\r)\n/g, '\r')],
    ['bom-crlf.csv', `\uFEFF${text.replace('\n', '\r\n')}`],
  ])('%s', async (name, content) => {
    const file = await scratch.write(name, content);
    const { duckdb, core } = await bothNotes(file);
    expect(duckdb).toEqual(core);
    expect(core).toEqual([
      expect.stringMatching(/^exponent-value \(1\): /),
      'leading-zero-restored (1): cmdCode 101 had lost its leading zero (a spreadsheet or a number column drops it): HS codes have an even number of digits, so it is read as 0101',
      expect.stringMatching(/^missing-quantity \(2\): /),
      expect.stringMatching(/^nested-commodities \(2\): /),
    ]);
    const flows = await flowsOf(join(scratch.folder, 'out.json'), true);
    expect(flows).toEqual(await flowsOf(join(scratch.folder, 'core.json'), true));
    expect(flows).toEqual([
      'VNM LAO export 2023  1000 official FOB | quantity not reported',
      'VNM LAO export 2023 0101 1000 official FOB | Live\r\nhorses; quantity 5 (unit code 8)',
      'VNM LAO import 2023  2000 official CIF | quantity not reported',
    ]);
  });
});

test('gzip is told by the bytes, as the core tells it: a .gz name over plain text, a gzip file named .csv', async () => {
  // DuckDB went by the name: "plain.csv.gz cannot be read as gzip: incorrect header check", and
  // "packed.csv is not UTF-8 text (it looks like UTF-16, or a binary file)".
  const text = bulkText([bulkRecord(), bulkRecord({ flowCode: 'M', primaryValue: '7.5' })]);
  await writeFile(join(scratch.folder, 'plain.csv.gz'), text);
  await writeFile(join(scratch.folder, 'packed.csv'), gzipSync(text));
  for (const name of ['plain.csv.gz', 'packed.csv']) {
    expect(await sameFlows(join(scratch.folder, name))).toEqual([
      'VNM LAO export 2023  1000 official FOB',
      'VNM LAO import 2023  7.5 official CIF',
    ]);
  }
});

test('a gzip file cut short at a line end is said not to unpack, not imported short', async () => {
  // A download cut after its second record: a gzip stream flushed there but never finished.
  // DuckDB read the records without a word. Past the first 64 kB, which the command reads first.
  const many = Array.from({ length: 30_000 }, (_, i) =>
    bulkRecord({ cmdCode: String(100_000 + i) }),
  );
  const file = join(scratch.folder, 'cut-at-line-end.csv.gz');
  await writeFile(file, gzipSync(bulkText(many), { finishFlush: constants.Z_SYNC_FLUSH }));
  const words = 'a gzip file that does not unpack (unexpected end of file)';
  const { duckdb, core } = await bothEngines(file);
  expect([duckdb.code, duckdb.err]).toEqual([2, `bilateral import: cannot read ${file}: ${words}`]);
  expect([core.code, core.err]).toEqual([duckdb.code, duckdb.err]);
});

/**
 * The problems the core engine lists (`  rows[1].primaryValue: … (line 3)`, or with the line
 * before the words, `  rows[1].primaryValue (line 3): …`), as `rows[1].primaryValue line 3: …`.
 */
const coreProblems = (err: string) =>
  err
    .split('\n')
    .slice(1)
    .map((line) =>
      line
        .replace(/^ {2}(\S+): (.*) \(line (\d+)\)$/, '$1 line $3: $2')
        .replace(/^ {2}(\S+) \(line (\d+)\): (.*)$/, '$1 line $2: $3'),
    );

/**
 * The problems DuckDB lists of the one file `name` (`  files[0].rows[1].primaryValue: name line 3:
 * …`), without the file, as {@link coreProblems} gives the core's.
 */
const duckdbProblems = (err: string, name: string) =>
  err
    .split('\n')
    .slice(1)
    .map((line) => line.replace(`  files[0].`, '').replace(`: ${name} line `, ' line '));

/** DuckDB exits as the core does, with the core's problems (DuckDB's named after `name`). */
function expectSameProblems(
  duckdb: { code: number; err: string },
  core: { code: number; err: string },
  name: string,
): void {
  expect([duckdb.code, duckdbProblems(duckdb.err, name)]).toEqual([
    core.code,
    coreProblems(core.err),
  ]);
}

test("a bad primaryValue is refused in the core engine's words, with its hints", async () => {
  // DuckDB said '"1,5" is not a non-negative decimal written in full such as 38917721136.5' of each.
  const text = bulkText(
    ['1,5', 'x', '-5', '1 000', '-0.5E2', '-1,500', '-1,5'].map((primaryValue) =>
      bulkRecord({ primaryValue }),
    ),
  );
  const file = await scratch.write('values.csv', text);
  const { duckdb, core } = await bothEngines(file);
  expect([duckdb.code, core.code]).toEqual([1, 1]);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].primaryValue line 2: "1,5" has a comma as the decimal separator: write "1.5"',
    'rows[1].primaryValue line 3: "x" is not a number',
    'rows[2].primaryValue line 4: "-5": a trade value cannot be negative',
    'rows[3].primaryValue line 5: "1 000" has spaces as thousands separators: write "1000"',
    'rows[4].primaryValue line 6: "-0.5E2": a trade value cannot be negative',
    // As `bilateral validate` and `bilateral import flows` say them (refusedHintWords).
    'rows[5].primaryValue line 7: "-1,500" has a comma: write no thousands separators, and a point before decimals, and a trade value cannot be negative',
    'rows[6].primaryValue line 8: "-1,5" has a comma as the decimal separator, and a trade value cannot be negative',
  ]);
  expect(duckdbProblems(duckdb.err, 'values.csv')).toEqual(coreProblems(core.err));
});

test('columns without a name in the header are refused, as the core refuses them; a trailing one is not', async () => {
  // DuckDB named them column21 … and read the file.
  const header = BULK_COLUMNS.join(',');
  const unnamed = bulkText([bulkRecord()]).replace(
    header,
    header.replace('refYear', 'qty').replace('motCode', '').replace('isReported', ''),
  );
  const file = await scratch.write('unnamed.csv', unnamed);
  const { duckdb, core } = await bothEngines(file);
  expect(core.err.split('\n').slice(1)).toEqual([
    '  header[17]: column "qty" appears twice (columns 4, 18)',
    '  header[15]: columns 16, 22 have no name',
  ]);
  expect(duckdb.err.split('\n').slice(1)).toEqual([
    '  paths[0]: unnamed.csv: column "qty" appears twice (columns 4, 18)',
    '  paths[0]: unnamed.csv: columns 16, 22 have no name',
  ]);
  // A header ending in a comma (a spreadsheet's), its rows too: read by both.
  const trailing = bulkText([bulkRecord()]).replaceAll('\n', ',\n');
  const ending = await scratch.write('trailing.csv', trailing);
  const read = await importWithDuckdb(ending, join(scratch.folder, 'out.json'));
  expect([read.code, (await importWithCore(ending)).code]).toEqual([0, 0]);
});

test('a file of a header and no records is imported and noted empty, as the core notes it', async () => {
  // DuckDB imported nothing without a word.
  const file = await scratch.write('header.csv', bulkText([]));
  const { duckdb, core } = await bothEngines(file);
  const notes = (out: string) => out.split('\n').slice(out.split('\n').indexOf('  notes:'));
  expect([duckdb.code, notes(duckdb.out)]).toEqual([0, notes(core.out)]);
  expect(notes(core.out)).toEqual(['  notes:', '    empty: the input holds no records']);
  const inJson = await importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json');
  expect(JSON.parse(inJson.out).result.notes).toEqual([
    { code: 'empty', count: 0, message: 'the input holds no records' },
  ]);
});

test('refYear, refMonth and refPeriodId are checked against the period, as the core checks them', async () => {
  // DuckDB read none of them: a record whose refYear said 2022 was imported as 2023.
  const monthly = { period: '202303', freqCode: 'M', refMonth: '3', refPeriodId: '20230301' };
  const records = [
    bulkRecord({ refYear: '2022' }),
    bulkRecord({ refPeriodId: '20220101' }),
    bulkRecord({ ...monthly, refMonth: '4' }),
    bulkRecord({ ...monthly, refPeriodId: '20230401' }),
    bulkRecord({ refYear: 'x' }),
    bulkRecord({ refYear: '1800' }),
    bulkRecord({ refMonth: '13' }),
    bulkRecord({ refPeriodId: '2023-01-01' }),
    bulkRecord({ ...monthly, period: '202302', refMonth: '2', refPeriodId: '20230231' }),
    bulkRecord({ refMonth: '3' }),
    bulkRecord({ ...monthly, refMonth: '52' }),
    bulkRecord({ ...monthly, freqCode: 'A' }),
    bulkRecord({ ...monthly, period: '202313' }),
    bulkRecord({ ...monthly, refMonth: '03', refYear: '2023.0' }),
  ];
  const file = await scratch.write('periods.csv', bulkText(records));
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].refYear line 2: refYear gives year 2022, but period gives 2023',
    'rows[1].refPeriodId line 3: refPeriodId gives year 2022, but period gives 2023',
    'rows[2].refMonth line 4: refMonth gives month 4, but period gives 3',
    'rows[3].refPeriodId line 5: refPeriodId gives month 4, but period gives 3',
    'rows[4].refYear line 6: "x" is not a whole number',
    'rows[5].refYear line 7: 1800 is not a year between 1900 and 2999',
    "rows[6].refMonth line 8: 13 is neither a month (1–12) nor 52, Comtrade's mark of an annual record",
    'rows[7].refPeriodId line 9: "2023-01-01" is not a date written YYYYMMDD',
    'rows[8].refPeriodId line 10: 20230231 is not a date: day 31 does not exist in 2023-02',
    'rows[9].refMonth line 11: 3 is a month, but the record is annual (freqCode A): Comtrade writes 52 there',
    'rows[10].refMonth line 12: 52 marks an annual record, but the record is monthly (freqCode M)',
    'rows[11].period line 13: 202303 is a month, but the record is annual (freqCode A)',
    'rows[12].period line 14: 202313: month 13 is not between 01 and 12',
  ]);
  expectSameProblems(duckdb, core, 'periods.csv');
});

test('every line of another width than the header is named, at its row, as the core names each', async () => {
  // DuckDB named the first only: "files[0]: widths.csv: line 3 has 3 fields but the header has 23".
  const record = bulkText([bulkRecord()]).split('\n')[1] as string;
  const text = `${bulkText([bulkRecord()])}C,A,2023\n\n${record}\n${record},x\nC\n${record}\n`;
  const file = await scratch.write('widths.csv', text);
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[1] line 3: has 3 fields but the header has 23',
    'rows[3] line 6: has 24 fields but the header has 23',
    'rows[4] line 7: has 1 field but the header has 23',
  ]);
  expectSameProblems(duckdb, core, 'widths.csv');
});

test('a line of several fields more than the header is said to have them all, as the core counts them', async () => {
  // DuckDB stops counting one past the header: "line 3: has 24 fields" of a line of 26, and a
  // delimiter inside a quoted field is no field of its own.
  const record = bulkText([bulkRecord()]).split('\n')[1] as string;
  const text = `${bulkText([bulkRecord()])}${record},x,"y,z",w\n${record},"a\nb",c\n`;
  const file = await scratch.write('wider.csv', text);
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[1] line 3: has 26 fields but the header has 23',
    'rows[2] line 4: has 25 fields but the header has 23',
  ]);
  expectSameProblems(duckdb, core, 'wider.csv');
});

test('a value of minus zero is read as 0, as the core reads it, not refused as negative', async () => {
  // DuckDB said '-0 is negative: a trade value or quantity cannot be'.
  const records = ['-0', '-0.00', '-.0'].map((primaryValue, i) =>
    bulkRecord({ primaryValue, period: String(2021 + i) }),
  );
  const file = await scratch.write('minus-zero.csv', bulkText(records));
  const flows = await sameFlows(file);
  expect(flows).toEqual([
    'VNM LAO export 2021  0 official FOB',
    'VNM LAO export 2022  0 official FOB',
    'VNM LAO export 2023  0 official FOB',
  ]);
});

test('a value past the supported range is named so, negative or not, as the core names it: the range first', async () => {
  // DuckDB said '"-99…9": a trade value cannot be negative' of 40 digits with a minus, "does not
  // fit DECIMAL(38, 0)" (OUT_OF_RANGE) of 40 digits, and read 10^36 (within DECIMAL(38, 0)) to
  // fail in the dataset writer ('flows[0].value: is past the supported range …', no line).
  const nines = '9'.repeat(40);
  const past =
    'is past the supported range: values must be less than 10^36 in absolute value (at most 36 digits before the decimal point)';
  for (const [name, values, problems] of [
    [
      'whole.csv',
      [`-${nines}`, nines, `1${'0'.repeat(36)}`],
      [`"-${nines}" ${past}`, `"${nines}" ${past}`, `"1${'0'.repeat(36)}" ${past}`],
    ],
    [
      'places.csv',
      ['-1e40', '1e-50', '-1.5'],
      [
        `"-1e40" ${past}`,
        '"1e-50" has 50 digits after the decimal point; at most 36 are supported',
        '"-1.5": a trade value cannot be negative',
      ],
    ],
  ] as const) {
    const records = values.map((primaryValue) => bulkRecord({ primaryValue }));
    const file = await scratch.write(name, bulkText(records));
    const { duckdb, core } = await bothEngines(file);
    expect(coreProblems(core.err)).toEqual(
      problems.map((words, i) => `rows[${i}].primaryValue line ${i + 2}: ${words}`),
    );
    expectSameProblems(duckdb, core, name);
    const codeOf = async (run: Promise<{ out: string }>) => JSON.parse((await run).out).error.code;
    expect(await codeOf(importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json'))).toBe(
      await codeOf(importWithCore(file, '--json')),
    );
  }
});

test('every problem of a record is named, in the core’s order, not only its first', async () => {
  // DuckDB named the first problem of each record: of these 11, 3.
  const records = [
    bulkRecord({
      freqCode: 'Q',
      period: '2023x',
      refYear: '20x1',
      refMonth: '13',
      refPeriodId: '2023-01-01',
      motCode: '0.4',
      partner2Code: 'x',
      primaryValue: '1,5',
    }),
    bulkRecord({ refYear: '2022', primaryValue: 'x' }),
    // A bad refMonth: the fields are not compared (refPeriodId says 2022 too). 14, not the first
    // record's 13: problems alike would be said on one line (h302), not each in its place.
    bulkRecord({ refMonth: '14', refPeriodId: '20220101', primaryValue: '-5' }),
  ];
  const file = await scratch.write('several.csv', bulkText(records));
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].freqCode line 2: freqCode "Q" is not A (annual) or M (monthly)',
    'rows[0].period line 2: "2023x" is not a period: expected YYYY or YYYYMM',
    'rows[0].refYear line 2: "20x1" is not a whole number',
    "rows[0].refMonth line 2: 13 is neither a month (1–12) nor 52, Comtrade's mark of an annual record",
    'rows[0].refPeriodId line 2: "2023-01-01" is not a date written YYYYMMDD',
    'rows[0].motCode line 2: "0.4" is not a whole number',
    'rows[0].partner2Code line 2: "x" is not a whole number',
    'rows[0].primaryValue line 2: "1,5" has a comma as the decimal separator: write "1.5"',
    'rows[1].refYear line 3: refYear gives year 2022, but period gives 2023',
    'rows[1].primaryValue line 3: "x" is not a number',
    "rows[2].refMonth line 4: 14 is neither a month (1–12) nor 52, Comtrade's mark of an annual record",
    'rows[2].primaryValue line 4: "-5": a trade value cannot be negative',
  ]);
  expectSameProblems(duckdb, core, 'several.csv');
});

test('problems past the first 1,000 are counted, not kept, as the core counts them: problems, not records', async () => {
  // DuckDB kept 400 (the first of each record) and counted 400.
  const records = Array.from({ length: 400 }, () =>
    bulkRecord({ refYear: 'x', motCode: 'x', primaryValue: 'x' }),
  );
  const file = await scratch.write('many-each.csv', bulkText(records));
  const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json');
  const core = await importWithCore(file, '--json');
  const [ofDuckdb, ofCore] = [JSON.parse(duckdb.out).error, JSON.parse(core.out).error];
  expect([ofCore.issues.length, ofCore.issueCount]).toEqual([1000, 1200]);
  expect([ofDuckdb.issues.length, ofDuckdb.issueCount]).toEqual([1000, 1200]);
  const last = (issues: { path: unknown[] }[]) => issues.at(-1)?.path.slice(-3);
  expect(last(ofDuckdb.issues)).toEqual(last(ofCore.issues));
  expect(last(ofCore.issues)).toEqual(['rows', 333, 'refYear']);
});

test('bad values and records that repeat a key with another value are all named, in the rows’ order, as the core names them', async () => {
  // DuckDB named the bad values alone: a file's repeats were looked for only when it had none.
  const records = [
    bulkRecord({ primaryValue: 'x', period: '2022' }),
    bulkRecord({ primaryValue: '1000' }),
    bulkRecord({ primaryValue: '1001' }),
    bulkRecord({ primaryValue: 'y', period: '2021' }),
  ];
  const file = await scratch.write('bad-and-repeats.csv', bulkText(records));
  const { duckdb, core } = await bothEngines(file);
  const repeat = 'repeats row 1 (same reporter, partner, flow, period, commodity and breakdown)';
  expect(coreProblems(core.err)).toEqual([
    'rows[0].primaryValue line 2: "x" is not a number',
    `rows[2] line 4: ${repeat} with another value: 1001 against 1000`,
    'rows[3].primaryValue line 5: "y" is not a number',
  ]);
  const key = '(same reporter, partner, flow, period, commodity and breakdown: VNM–LAO X 2023)';
  expect([duckdb.code, duckdbProblems(duckdb.err, 'bad-and-repeats.csv')]).toEqual([
    core.code,
    [
      'rows[0].primaryValue line 2: "x" is not a number',
      `rows[2] line 4: repeats line 3 ${key} with another value: 1001 against 1000`,
      'rows[3].primaryValue line 5: "y" is not a number',
    ],
  ]);
  // The same count in the first line: `…: 3 problems; nothing was written`.
  expect(duckdb.err.split('\n')[0]).toBe(core.err.split('\n')[0]);
});

test('a value past DECIMAL(38, s) beside a record that repeats a key with another value: INVALID_IMPORT, the code the core gives the file', async () => {
  // DuckDB said OUT_OF_RANGE of the value alone, where the core (which reads 10^35 beside 1.125)
  // refuses the file for its repeat: INVALID_IMPORT. Now the engine names both, with the core's code.
  const wide = `1${'0'.repeat(35)}`;
  const records = [
    bulkRecord({ primaryValue: '1.125' }),
    bulkRecord({ primaryValue: wide, period: '2022' }),
    bulkRecord({ primaryValue: '1000', period: '2021' }),
    bulkRecord({ primaryValue: '1001', period: '2021' }),
  ];
  const file = await scratch.write('wide-and-repeats.csv', bulkText(records));
  const errorOf = async (run: Promise<{ out: string }>) =>
    JSON.parse((await run).out).error as { code: string; issues: { message: string }[] };
  const duckdb = await errorOf(importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json'));
  const core = await errorOf(importWithCore(file, '--json'));
  const key = '(same reporter, partner, flow, period, commodity and breakdown: VNM–LAO X 2021)';
  expect([core.code, core.issues.map((issue) => issue.message)]).toEqual([
    'INVALID_IMPORT',
    [
      'repeats row 2 (same reporter, partner, flow, period, commodity and breakdown) with another value: 1001 against 1000 (line 5)',
    ],
  ]);
  expect([duckdb.code, duckdb.issues.map((issue) => issue.message)]).toEqual([
    core.code,
    [
      `wide-and-repeats.csv line 3: "${wide}" does not fit DECIMAL(38, 3): at most 35 digits before the decimal point`,
      `wide-and-repeats.csv line 5: repeats line 4 ${key} with another value: 1001 against 1000`,
    ],
  ]);
});

test('a bad typeCode, flowCode or cmdCode is named in the core’s words', async () => {
  // DuckDB said 'typeCode "Q" is not …', 'flowCode "Z" is not one of UN Comtrade's (X, M, …)' and
  // 'cmdCode "12A" is not TOTAL or an HS code of 2 to 8 digits', of an empty one too.
  const records = [
    bulkRecord({ typeCode: 'Q', flowCode: 'Z', cmdCode: '12A' }),
    bulkRecord({ flowCode: '', cmdCode: '' }),
    bulkRecord({ cmdCode: '123456789' }),
  ];
  const file = await scratch.write('codes.csv', bulkText(records));
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].typeCode line 2: "Q" is not C (goods) or S (services)',
    'rows[0].flowCode line 2: "Z" is not a UN Comtrade flow code: expected X (export) or M (import), or one of their parts RX, RM, DX, FM, XIP, XOP, MIP, MOP',
    'rows[0].cmdCode line 2: "12A" is neither an HS code nor TOTAL',
    'rows[1].flowCode line 3: missing flowCode (X for exports, M for imports; rgCode in v0 files)',
    'rows[1].cmdCode line 3: missing cmdCode (an HS code such as "0901", or TOTAL for all goods)',
    'rows[2].cmdCode line 4: "123456789" is not an HS code of 2, 4, 6 or 8 digits',
  ]);
  expectSameProblems(duckdb, core, 'codes.csv');
});

test('a reporter or partner code is read as the core reads a whole number (0704, 704.0, 4 digits), and named in its words', async () => {
  // DuckDB took only 1 to 3 digits: it refused 0704 and 99999 (with a reporterISO to fall back
  // on) as 'reporterCode "0704" is not a UN Comtrade code (a whole number such as 704)'.
  const read = await scratch.write(
    'codes-read.csv',
    bulkText([
      bulkRecord({ reporterCode: '0704' }),
      bulkRecord({ reporterCode: '99999', reporterISO: 'VNM', cmdCode: '01' }),
      bulkRecord({ partnerCode: '418.0', cmdCode: '02' }),
    ]),
  );
  await sameFlows(read);
  // And the words of a code that is none, unknown, or contradicted, as the core says them.
  const bad = await scratch.write(
    'codes-bad.csv',
    bulkText([
      bulkRecord({ reporterCode: 'abc', partnerISO: 'ZZZZ' }),
      bulkRecord({ reporterCode: '09999', reporterISO: '', cmdCode: '01' }),
      bulkRecord({ partnerCode: '', partnerISO: '', cmdCode: '02' }),
    ]),
  );
  const refused = await bothEngines(bad);
  expect(coreProblems(refused.core.err)).toEqual([
    'rows[0].reporterCode line 2: "abc" is not a whole number',
    'rows[0].partnerISO line 2: partnerISO "ZZZZ" contradicts partnerCode 418, which is Laos (LAO)',
    'rows[1].reporterCode line 3: reporterCode 9999 is not a UN Comtrade code Bilateral knows, and there is no reporterISO to fall back on',
    'rows[2].partnerCode line 4: missing partnerCode (the UN Comtrade code of the partner)',
  ]);
  expectSameProblems(refused.duckdb, refused.core, 'codes-bad.csv');
});

test('a classification that is no HS edition is refused as the core refuses it, H12 too', async () => {
  // DuckDB took any classificationCode starting with H (H12 was read as HS) and said 'cmdCode 0101
  // is a code of S4, not of the HS: only HS codes are read'.
  const file = await scratch.write(
    'editions.csv',
    bulkText([
      bulkRecord({ classificationCode: 'S4', cmdCode: '0101' }),
      bulkRecord({ classificationCode: 'h12', cmdCode: '101' }),
      bulkRecord({ classificationCode: 'HS', cmdCode: '02' }),
      bulkRecord({ classificationCode: 'H6', cmdCode: '03' }),
    ]),
  );
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].classificationCode line 2: S4 is not an HS edition (H0–H6): the commodity 0101 would be read as an HS code; query UN Comtrade with an HS classification',
    'rows[1].classificationCode line 3: H12 is not an HS edition (H0–H6): the commodity 0101 would be read as an HS code; query UN Comtrade with an HS classification',
  ]);
  expectSameProblems(duckdb, core, 'editions.csv');
});

test('a value of more than 18 decimal places is read as the core reads it, not a DuckDB error', async () => {
  // DuckDB said 'files: DuckDB cannot read the files: Binder Error: DECIMAL type scale cannot be
  // greater than width': the scale (19 here) was given to the 18-digit DECIMAL of the fast cast.
  const file = await scratch.write(
    'decimals.csv',
    bulkText([bulkRecord({ primaryValue: '0.0000000000000000001' })]),
  );
  const flows = await sameFlows(file);
  expect(flows).toEqual(['VNM LAO export 2023  0.0000000000000000001 official FOB']);
});

test('a value written with more than 36 decimal places, those past the 36th zeros, is read as the core reads it', async () => {
  // DuckDB said '"0.50…0" has 40 decimal places, more than the scale 36 the values are read at:
  // give a larger scale (at most 36)': trailing zeros counted as places the value needs.
  const file = await scratch.write(
    'zeros.csv',
    bulkText([
      bulkRecord({ primaryValue: `0.5${'0'.repeat(39)}` }),
      bulkRecord({ primaryValue: `2.${'1'.repeat(36)}0`, cmdCode: '01' }),
    ]),
  );
  const flows = await sameFlows(file);
  expect(flows).toEqual([
    'VNM LAO export 2023  0.5 official FOB',
    `VNM LAO export 2023 01 2.${'1'.repeat(36)} official FOB`,
  ]);
});

test('a file of exactly 500 records (the limit of the preview API) is noted possibly cut, as the core notes it', async () => {
  // DuckDB imported the 500 records without a word.
  const records = Array.from({ length: 500 }, (_, i) =>
    bulkRecord({ cmdCode: String(100_000 + i) }),
  );
  const file = await scratch.write('preview.csv', bulkText(records));
  const { duckdb, core } = await bothEngines(file);
  const noted = (out: string) =>
    out.split('\n').filter((line) => line.includes('possibly-truncated'));
  expect(noted(core.out)).toEqual([
    '    possibly-truncated: the input holds exactly 500 records, a UN Comtrade API limit (500 for the preview, 100,000 or 250,000 with a key): the query may have been cut; split it and import the parts',
  ]);
  expect([duckdb.code, noted(duckdb.out)]).toEqual([0, noted(core.out)]);
});

test('a refYear or refMonth is a whole number as the core reads one: not rounded, not hex, not an exponent', async () => {
  // DuckDB's cast read 2023.4 as 2023, 2023.5 as 2024, 2_023 and 0x7E7 as 2023: imported.
  const monthly = { period: '202303', freqCode: 'M', refPeriodId: '20230301' };
  const years = ['2023.4', '2023.5', '2_023', '0x7E7', '2.023e3', '2023.', '99999999999'];
  const records = [
    ...years.map((refYear) => bulkRecord({ refYear })),
    bulkRecord({ ...monthly, refMonth: '0x3' }),
    bulkRecord({ ...monthly, refMonth: '3.2' }),
  ];
  const file = await scratch.write('whole.csv', bulkText(records));
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    ...years
      .slice(0, -1)
      .map((year, i) => `rows[${i}].refYear line ${i + 2}: "${year}" is not a whole number`),
    'rows[6].refYear line 8: 99999999999 is not a year between 1900 and 2999',
    'rows[7].refMonth line 9: "0x3" is not a whole number',
    'rows[8].refMonth line 10: "3.2" is not a whole number',
  ]);
  expectSameProblems(duckdb, core, 'whole.csv');
});

test('a refPeriodId on the first day of year 0000 is no date, as the core says: the first-day shortcut does not skip it', async () => {
  // DuckDB skipped the checks of 00000101 ('the period's first day') and failed later on the period.
  const file = await scratch.write(
    'zero.csv',
    bulkText([bulkRecord({ period: '0000', refYear: '' })]),
  );
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].refPeriodId line 2: 00000101 is not a date: year 0000 does not exist (the year before 0001 is 1 BC)',
  ]);
  expectSameProblems(duckdb, core, 'zero.csv');
});

test('a motCode or partner2Code is a whole number as the core reads one: 0.4 is no 0', async () => {
  // DuckDB's cast read motCode 0.4 and partner2Code 0x0 as 0 and imported the records as totals
  // (and said 'motCode "x" is not a whole number' where the core says '"x" is not …').
  const records = [
    bulkRecord({ motCode: '0.4' }),
    bulkRecord({ partner2Code: '0x0', period: '2022' }),
    bulkRecord({ motCode: '1e0', period: '2021' }),
  ];
  const file = await scratch.write('codes.csv', bulkText(records));
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].motCode line 2: "0.4" is not a whole number',
    'rows[1].partner2Code line 3: "0x0" is not a whole number',
    'rows[2].motCode line 4: "1e0" is not a whole number',
  ]);
  expectSameProblems(duckdb, core, 'codes.csv');
});

describe('many bad lines: both engines keep the first 1,000 and count the others, and the text says so truly', () => {
  // DuckDB listed 100 and an issue counting the rest, while its text said '… and 51 more
  // (--json lists them all)'.
  const good = bulkRecord();
  const wide = (count: number) =>
    `${bulkText([good])}${Array.from({ length: count }, (_, at) => `${Object.values(bulkRecord({ period: String(1900 + (at % 100)) })).join(',')},x\n`).join('')}`;
  const badValues = (count: number) =>
    bulkText(Array.from({ length: count }, () => bulkRecord({ primaryValue: '1,5' })));
  test.each([
    ['wide-150.csv', wide(150), 150, undefined],
    ['values-150.csv', badValues(150), 150, undefined],
    ['values-1050.csv', badValues(1050), 1000, 1050],
  ])('%s', async (name, text, listed, issueCount) => {
    const file = join(scratch.folder, name);
    await writeFile(file, text);
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json');
    const core = await importWithCore(file, '--json');
    const [ofDuckdb, ofCore] = [JSON.parse(duckdb.out).error, JSON.parse(core.out).error];
    expect([ofDuckdb.issues.length, ofDuckdb.issueCount]).toEqual([listed, issueCount]);
    expect([ofCore.issues.length, ofCore.issueCount]).toEqual([listed, issueCount]);
    const inText = await importWithDuckdb(file, join(scratch.folder, 'out.json'));
    // Each engine says a line in its own words; what they say of the others is the same.
    const more = (err: string) => err.split('\n').filter((line) => line.startsWith('  … and '));
    expect(more(inText.err)).toEqual(more((await importWithCore(file)).err));
    // The kept problems are alike: one line says how many (h302), then those only counted; when
    // some were only counted, the line says how many were kept, not 'in all' (h308).
    const held = issueCount === undefined ? 'in all' : 'kept';
    expect(inText.err).toContain(` more (${listed.toLocaleString('en')} ${held}): `);
    expect(more(inText.err)).toEqual(
      issueCount === undefined
        ? []
        : [`  … and ${issueCount - listed} more problems (counted, not kept)`],
    );
  });

  test('counts the bad lines of every file located, past the 1,000 kept of the first', async () => {
    // issueCount was 1,050: once the first file filled the issues, the second was not read.
    const folder = join(scratch.folder, 'two-wide');
    await mkdir(folder);
    await writeFile(join(folder, 'a.csv'), wide(1050));
    await writeFile(join(folder, 'b.csv'), wide(10));
    const { code, out } = await importWithDuckdb(
      folder,
      join(scratch.folder, 'out.json'),
      '--json',
    );
    expect(code).toBe(1);
    const { issues, issueCount } = JSON.parse(out).error;
    expect([issues.length, issueCount]).toEqual([1000, 1060]);
  });
});

describe('long input in a message is cut at 60 characters, as the core cuts it', () => {
  // DuckDB quoted it whole: a 200-character value made a 200-character message.
  const long = 'x'.repeat(200);
  const cut = `"${'x'.repeat(60)}…" (200 characters)`;
  test.each([
    ['a value', bulkText([bulkRecord({ primaryValue: long })]), `${cut} is not a number`],
    [
      'a typeCode',
      bulkText([bulkRecord({ typeCode: '9'.repeat(200) })]),
      `"${'9'.repeat(60)}…" (200 characters) is not C`,
    ],
  ])('%s', async (_, text, words) => {
    const file = join(scratch.folder, 'long.csv');
    await writeFile(file, text);
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'));
    expect(duckdb.err).toContain(words);
    expect((await importWithCore(file)).err).toContain(words);
  });

  test('a repeated column of a long name', async () => {
    const name = 'y'.repeat(200);
    const file = join(scratch.folder, 'long-header.csv');
    await writeFile(
      file,
      `${bulkText([bulkRecord()])
        .replace('\n', `,${name},${name}\n`)
        .replace(/\n(.+)\n$/, '\n$1,1,2\n')}`,
    );
    const words = `column "${'y'.repeat(60)}…" (200 characters) appears twice (columns 24, 25)`;
    expect((await importWithDuckdb(file, join(scratch.folder, 'out.json'))).err).toContain(words);
    expect((await importWithCore(file)).err).toContain(words);
  });
});

test('an empty period is taken from refYear, refMonth and refPeriodId, as the core takes it', async () => {
  // DuckDB refused each: '"" is not a period: expected YYYY or YYYYMM'.
  const file = join(scratch.folder, 'no-period.csv');
  const monthly = bulkRecord({ period: '202303' });
  await writeFile(
    file,
    bulkText([
      bulkRecord({ period: '', refYear: '2021', refPeriodId: '20210101' }),
      { ...monthly, period: '' },
      { ...bulkRecord({ period: '2022' }), period: '', refYear: '', refMonth: '' },
      { ...bulkRecord({ period: '202204' }), period: '', refPeriodId: '', flowCode: 'M' },
    ]),
  );
  const flows = await sameFlows(file);
  expect(flows).toEqual([
    'VNM LAO export 2021  1000 official FOB',
    'VNM LAO export 2022  1000 official FOB',
    'VNM LAO export 2023-03  1000 official FOB',
    'VNM LAO import 2022-04  1000 official CIF',
  ]);
});

test('no period, no refYear: the record is refused in the core’s words', async () => {
  const file = join(scratch.folder, 'no-year.csv');
  await writeFile(
    file,
    bulkText([
      { ...bulkRecord(), period: '', refYear: '', refMonth: '', refPeriodId: '', freqCode: '' },
    ]),
  );
  const duckdb = await importWithDuckdb(file, join(scratch.folder, 'duckdb.json'));
  const words =
    'missing period: give period (YYYY or YYYYMM), refYear and refMonth, or freqCode with refPeriodId';
  expect(duckdb.err).toContain(words);
  expect((await importWithCore(file)).err).toContain(words);
});

describe('a column the core lets others stand for is not required by DuckDB either', () => {
  const records = [
    bulkRecord({ fobvalue: '1000' }),
    bulkRecord({ flowCode: 'M', cifvalue: '2000', primaryValue: '2000', period: '2022' }),
  ];
  test.each([
    ['primaryValue', 'fobvalue and cifvalue'],
    ['reporterCode', 'reporterISO'],
    ['partnerCode', 'partnerISO'],
    ['period', 'refYear and refMonth'],
  ])('a file without %s (read from %s): the same flows from each', async (left) => {
    // DuckDB refused each: "no file has the column primaryValue: are these UN Comtrade bulk files …?"
    const file = join(scratch.folder, `no-${left}.csv`);
    await writeFile(
      file,
      bulkText(
        records,
        ',',
        BULK_COLUMNS.filter((c) => c !== left),
      ),
    );
    expect(await sameFlows(file)).toEqual([
      'VNM LAO export 2023  1000 official FOB',
      'VNM LAO import 2022  2000 official CIF',
    ]);
  });

  test('a file with none of primaryValue, fobvalue and cifvalue is refused, naming the three', async () => {
    const file = join(scratch.folder, 'no-value.csv');
    const others = BULK_COLUMNS.filter(
      (c) => !['primaryValue', 'fobvalue', 'cifvalue'].includes(c),
    );
    await writeFile(file, bulkText(records, ',', others));
    const { duckdb, core } = await bothEngines(file);
    expect([duckdb.code, core.code]).toEqual([1, 1]);
    expect(duckdb.err).toContain('no file has the column primaryValue (or fobvalue, cifvalue)');
    expect(core.err).toContain('missing column primaryValue (or fobvalue, cifvalue)');
  });
});

test('an empty period with a refPeriodId that disagrees names refYear or refMonth, as the core does', async () => {
  // DuckDB said 'refPeriodId gives year 2022, but period gives 2021' of a record without a period.
  const file = await scratch.write(
    'no-period-id.csv',
    bulkText([
      { ...bulkRecord({ refYear: '2021', refPeriodId: '20220101' }), period: '' },
      { ...bulkRecord({ period: '202303', refPeriodId: '20230401' }), period: '' },
    ]),
  );
  const duckdb = await importWithDuckdb(file, join(scratch.folder, 'duckdb.json'));
  const core = await importWithCore(file);
  expect([duckdb.code, core.code]).toEqual([1, 1]);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].refPeriodId line 2: refPeriodId gives year 2022, but refYear gives 2021',
    'rows[1].refPeriodId line 3: refPeriodId gives month 4, but refMonth gives 3',
  ]);
  expect(duckdbProblems(duckdb.err, 'no-period-id.csv')).toEqual(coreProblems(core.err));
});

test('a key given again 4,998 records later (past a batch of the dataset writer) is one flow, or refused with another value', async () => {
  // The dataset is checked 4,096 flows at a time, so no check sees two flows of one key in two
  // batches: DuckDB groups the records by key before any flow is made. The repeat spells the key
  // otherwise (no period but refYear and refMonth, the reporter by its ISO code alone).
  const month = (i: number) =>
    `${1990 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`;
  const between = Array.from({ length: 4998 }, (_, i) => bulkRecord({ period: month(i + 1) }));
  const again = (primaryValue: string) => ({
    ...bulkRecord({ period: month(0), primaryValue }),
    period: '',
    reporterCode: '',
  });
  for (const [name, value, code] of [
    ['same.csv', '1000.0', 0],
    ['other.csv', '1001', 1],
  ] as const) {
    const file = await scratch.write(
      name,
      bulkText([bulkRecord({ period: month(0) }), ...between, again(value)]),
    );
    // Text for the refusal (its lines), JSON for the report (its counts).
    const json = code === 0 ? ['--json'] : [];
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'duckdb.json'), ...json);
    const core = await importWithCore(file, ...json);
    expect([duckdb.code, core.code]).toEqual([code, code]);
    if (code === 1) {
      expect(duckdbProblems(duckdb.err, name)).toEqual([
        'rows[4999] line 5001: repeats line 2 (same reporter, partner, flow, period, commodity and breakdown: VNM–LAO X 1990-01) with another value: 1001 against 1000',
      ]);
      continue;
    }
    const excluded = (out: string) => JSON.parse(out).result.excluded;
    expect(excluded(duckdb.out)).toMatchObject([{ reason: 'duplicate', count: 1 }]);
    expect(excluded(core.out)).toMatchObject([{ reason: 'duplicate', count: 1 }]);
    const flows = await flowsOf(join(scratch.folder, 'duckdb.json'), true);
    expect(flows).toHaveLength(4999);
    expect(flows).toEqual(await flowsOf(join(scratch.folder, 'core.json'), true));
    expect((await bilateral('validate', join(scratch.folder, 'duckdb.json'))).code).toBe(0);
  }
});

test('an empty period is taken from a refYear or refMonth with a sign or leading zeros, as the core reads them', async () => {
  // DuckDB took refYear 02021 and refMonth 003 as they were written and found no period in them:
  // 'missing period: …', where the core reads 2021 and 3.
  const monthly = bulkRecord({ period: '202303' });
  const file = await scratch.write(
    'signed-ref.csv',
    bulkText([
      { ...bulkRecord({ refYear: '02021' }), period: '', refPeriodId: '' },
      { ...bulkRecord({ refYear: '+2022' }), period: '', refPeriodId: '' },
      { ...monthly, period: '', refMonth: '003', refPeriodId: '' },
      { ...monthly, period: '', refMonth: '+4', refPeriodId: '20230401' },
    ]),
  );
  const flows = await sameFlows(file);
  expect(flows).toEqual([
    'VNM LAO export 2021  1000 official FOB',
    'VNM LAO export 2022  1000 official FOB',
    'VNM LAO export 2023-03  1000 official FOB',
    'VNM LAO export 2023-04  1000 official FOB',
  ]);
});

test('the other values, the quantities and the true-or-false fields are checked as the core checks them, every problem in its order', async () => {
  // DuckDB read none of them: of four records (cifvalue "x", qty "abc", isReported "maybe",
  // netWgt "1e") it imported one flow and counted three duplicates, where the core refuses each.
  const columns = [
    ...BULK_COLUMNS,
    'qtyUnitAbbr',
    'isQtyEstimated',
    'altQty',
    'netWgt',
    'grossWgt',
    'legacyEstimationFlag',
    'isOriginalClassification',
  ] as const;
  const records = [
    bulkRecord({ cifvalue: 'x' }),
    bulkRecord({ qty: 'abc', qtyUnitCode: '8' }),
    bulkRecord({ isReported: 'maybe' }),
    bulkRecord({ netWgt: '1e' }),
    bulkRecord({
      cifvalue: '1 000',
      fobvalue: '-0.5E2',
      primaryValue: '-5',
      qtyUnitCode: 'kg',
      qty: '1,5',
      netWgt: '-1',
      isQtyEstimated: 'x',
      legacyEstimationFlag: '2.5',
      isReported: '2',
      isAggregate: 'yes',
      isOriginalClassification: 'no',
    }),
    // An empty primaryValue whose fallback is bad: the fallback is named, and the value missing.
    bulkRecord({ primaryValue: '', fobvalue: `1${'0'.repeat(40)}` }),
    // What the core reads (TRUE, 1, 0, a unit code 8.0, a sign) and what it does not (altQty,
    // grossWgt): no problem.
    bulkRecord({
      period: '2022',
      isReported: 'TRUE',
      isAggregate: '0',
      isQtyEstimated: '1',
      qtyUnitCode: '8.0',
      qty: '5e2',
      netWgt: '+0.5',
      legacyEstimationFlag: '+0',
      altQty: 'x',
      grossWgt: 'x',
    }),
  ];
  const file = await scratch.write('fields.csv', bulkText(records, ',', columns));
  const { duckdb, core } = await bothEngines(file);
  expect(coreProblems(core.err)).toEqual([
    'rows[0].cifvalue line 2: "x" is not a number',
    'rows[1].qty line 3: "abc" is not a number',
    'rows[2].isReported line 4: "maybe" is not true or false',
    'rows[3].netWgt line 5: "1e" is not a number',
    'rows[4].cifvalue line 6: "1 000" has spaces as thousands separators: write "1000"',
    'rows[4].fobvalue line 6: "-0.5E2": a trade value cannot be negative',
    'rows[4].primaryValue line 6: "-5": a trade value cannot be negative',
    'rows[4].qtyUnitCode line 6: "kg" is not a whole number',
    'rows[4].qty line 6: "1,5" has a comma as the decimal separator: write "1.5"',
    'rows[4].netWgt line 6: "-1": a weight cannot be negative',
    'rows[4].isQtyEstimated line 6: "x" is not true or false',
    'rows[4].legacyEstimationFlag line 6: "2.5" is not a whole number',
    'rows[4].isReported line 6: "2" is not true or false',
    'rows[4].isAggregate line 6: "yes" is not true or false',
    'rows[4].isOriginalClassification line 6: "no" is not true or false',
    `rows[5].fobvalue line 7: "1${'0'.repeat(40)}" is past the supported range: values must be less than 10^36 in absolute value (at most 36 digits before the decimal point)`,
    'rows[5].primaryValue line 7: missing primaryValue (the trade value in US dollars)',
  ]);
  expectSameProblems(duckdb, core, 'fields.csv');
});

test('an exponent of four digits or more, and a cmdCode written 0901.0, are read as the core reads them', async () => {
  // DuckDB refused them: '"1e0003" has an exponent of more than 3 digits, which this read does
  // not take: write the value in full', '"0901.0" is neither an HS code nor TOTAL'.
  const read = await scratch.write(
    'exponents.csv',
    bulkText([
      bulkRecord({ primaryValue: '1e0003' }),
      bulkRecord({ primaryValue: '25E-0002', cmdCode: '01' }),
      bulkRecord({ primaryValue: '0e1000', cmdCode: '02' }),
      bulkRecord({ primaryValue: '0.0e-99999999999', cmdCode: '03' }),
      bulkRecord({ cmdCode: '0901.0' }),
      bulkRecord({ cmdCode: '902.00' }),
    ]),
  );
  expect(await sameFlows(read)).toEqual([
    'VNM LAO export 2023  1000 official FOB',
    'VNM LAO export 2023 01 0.25 official FOB',
    'VNM LAO export 2023 02 0 official FOB',
    'VNM LAO export 2023 03 0 official FOB',
    'VNM LAO export 2023 0901 1000 official FOB',
    'VNM LAO export 2023 0902 1000 official FOB',
  ]);
  // Past the range, however the exponent is written, in the core's words.
  const past = await scratch.write(
    'exponents-past.csv',
    bulkText(
      ['1e0000000036', '1e-0037', '5e999999999', '5e1000000000', '1e-99999999999'].map(
        (primaryValue) => bulkRecord({ primaryValue }),
      ),
    ),
  );
  const { duckdb, core } = await bothEngines(past);
  const range = 'is past the supported range: values must be less than 10^36 in absolute value';
  expect(coreProblems(core.err)).toEqual([
    `rows[0].primaryValue line 2: "1e0000000036" ${range} (at most 36 digits before the decimal point)`,
    'rows[1].primaryValue line 3: "1e-0037" has 37 digits after the decimal point; at most 36 are supported',
    `rows[2].primaryValue line 4: "5e999999999" ${range} (at most 36 digits before the decimal point)`,
    `rows[3].primaryValue line 5: "5e1000000000" ${range}, with at most 36 digits after the decimal point`,
    `rows[4].primaryValue line 6: "1e-99999999999" ${range}, with at most 36 digits after the decimal point`,
  ]);
  expectSameProblems(duckdb, core, 'exponents-past.csv');
});

/** The note `code` of an import's JSON result, with its count (the core lists rows, DuckDB counts). */
function noteOf(out: string, code: string): { count: number; message: string } | undefined {
  const notes = JSON.parse(out).result.notes as {
    code: string;
    count?: number;
    rows?: number[];
    message: string;
  }[];
  const note = notes.find((each) => each.code === code);
  return note && { count: note.count ?? note.rows?.length ?? 0, message: note.message };
}

describe('quantities written as missing and commodity codes that nest are noted as the core notes them', () => {
  // DuckDB noted neither.
  test.each([
    ['v1-bulk.txt', join(import.meta.dirname, '__fixtures__', 'v1-bulk.txt'), 20, 3],
    [
      'small.csv',
      bulkText(
        [
          // Missing: qty 0, empty or -0, with qtyUnitCode -1 or qtyUnitAbbr N/A.
          bulkRecord({ period: '2020' }),
          bulkRecord({ period: '2021', qty: '' }),
          bulkRecord({ period: '2022', qty: '-0.0', qtyUnitCode: '8', qtyUnitAbbr: 'n/a' }),
          // A quantity, or one whose unit is given: not missing.
          bulkRecord({ cmdCode: '01', qty: '5' }),
          bulkRecord({ cmdCode: '02', qtyUnitCode: '8' }),
          // Missing but not imported (a flow part, a duplicate): not noted.
          bulkRecord({ flowCode: 'RX' }),
          bulkRecord({ period: '2020' }),
          // Nesting within a flow and period (TOTAL, 01, 0101, 02 of 2023 exports; TOTAL and 03
          // of 2021): 6 flows; not across flows or periods, nor with a left-out record's code.
          bulkRecord(),
          bulkRecord({ cmdCode: '0101', qtyUnitCode: '8' }),
          bulkRecord({ cmdCode: '0102', flowCode: 'M', qtyUnitCode: '8' }),
          bulkRecord({ cmdCode: '03', period: '2021', qtyUnitCode: '8' }),
          bulkRecord({ cmdCode: '0301', flowCode: 'RX', period: '2021', qtyUnitCode: '8' }),
        ],
        ',',
        [...BULK_COLUMNS, 'qtyUnitAbbr'],
      ),
      4,
      6,
    ],
    // No qty column: nothing is written as missing.
    [
      'no-qty.csv',
      bulkText(
        [bulkRecord()],
        ',',
        BULK_COLUMNS.filter((c) => c !== 'qty'),
      ),
      0,
      0,
    ],
  ])('%s', async (name, text, missing, nested) => {
    const file = text.includes('\n') ? await scratch.write(name, text) : text;
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json');
    const core = await importWithCore(file, '--json');
    for (const [code, count] of [
      ['missing-quantity', missing],
      ['nested-commodities', nested],
    ] as const) {
      expect(noteOf(core.out, code)?.count ?? 0).toBe(count);
      expect(noteOf(duckdb.out, code)).toEqual(noteOf(core.out, code));
    }
  });
});

test('a folder of files with and without a qty column: missing-quantity counts the flows of the files that have one, as the core counts each file', async () => {
  // DuckDB decided "the file has a qty column" per format (all CSV files at once): b.csv, which
  // has none, had its flow noted too (2 where the core notes 1 and 0).
  const folder = join(scratch.folder, 'qty-columns');
  await mkdir(folder);
  const files = [
    ['a.csv', bulkText([bulkRecord({ period: '2020' })])],
    [
      'b.csv',
      bulkText(
        [bulkRecord()],
        ',',
        BULK_COLUMNS.filter((c) => c !== 'qty'),
      ),
    ],
  ] as const;
  let ofCore = 0;
  for (const [name, text] of files) {
    await writeFile(join(folder, name), text);
    const core = await importWithCore(join(folder, name), '--json');
    ofCore += noteOf(core.out, 'missing-quantity')?.count ?? 0;
  }
  expect(ofCore).toBe(1);
  const duckdb = await importWithDuckdb(folder, join(scratch.folder, 'out.json'), '--json');
  expect([duckdb.code, noteOf(duckdb.out, 'missing-quantity')?.count]).toEqual([0, ofCore]);
  // The same files as Parquet (which the core does not read), by their schemas.
  const parquet = join(scratch.folder, 'qty-columns-parquet');
  await mkdir(parquet);
  const connection = await (await DuckDBInstance.create()).connect();
  for (const [name] of files) {
    await connection.run(
      `COPY (SELECT * FROM read_csv('${join(folder, name)}', all_varchar = true)) TO '${join(parquet, name.replace('.csv', '.parquet'))}' (FORMAT parquet)`,
    );
  }
  connection.closeSync();
  const ofParquet = await importWithDuckdb(parquet, join(scratch.folder, 'out.json'), '--json');
  expect([ofParquet.code, noteOf(ofParquet.out, 'missing-quantity')?.count]).toEqual([0, 1]);
});

test('problems in more than five files: the first 1,000 are listed, as the core lists them, and issueCount only past them', async () => {
  // DuckDB listed the problems of the first five files that had one and counted the others:
  // issues 5, issueCount 7, of 7 problems (the core gives issueCount past 1,000 alone). Six
  // files, each a bad value and then a line of another width (each named), the last a second
  // bad value: one refused read (a read of many files locates each file's records anew).
  const folder = join(scratch.folder, 'six');
  await mkdir(folder);
  const wide = `${bulkText([bulkRecord({ period: '2021' })]).split('\n')[1]},x\n`;
  for (let i = 0; i < 6; i += 1) {
    const records = [bulkRecord({ primaryValue: 'x' })];
    if (i === 5) records.push(bulkRecord({ primaryValue: 'y', period: '2022' }));
    await writeFile(join(folder, `${i}.csv`), `${bulkText(records)}${wide}`);
  }
  const { code, out } = await importWithDuckdb(folder, join(scratch.folder, 'out.json'), '--json');
  expect(code).toBe(1);
  const { issues, issueCount } = JSON.parse(out).error;
  expect(issueCount).toBeUndefined();
  const width = `has ${BULK_COLUMNS.length + 1} fields but the header has ${BULK_COLUMNS.length}`;
  expect(issues).toEqual(
    Array.from({ length: 6 }, (_, i) => [
      {
        path: ['files', i, 'rows', 0, 'primaryValue'],
        message: `${i}.csv line 2: "x" is not a number`,
      },
      ...(i === 5
        ? [
            {
              path: ['files', i, 'rows', 1, 'primaryValue'],
              message: `${i}.csv line 3: "y" is not a number`,
            },
          ]
        : []),
      {
        path: ['files', i, 'rows', i === 5 ? 2 : 1],
        message: `${i}.csv line ${i === 5 ? 4 : 3}: ${width}`,
      },
    ]).flat(),
  );
});

test('problems in the later files of a folder are named at the rows and lines the core names in each file: a quoted line break, CR line ends, gzip over CRLF, a header alone, a byte-order mark, a sep= line read from a copy', async () => {
  // One read numbers the records of every file (a record's row in its file is its row in the read
  // less the records of the files before its own): each file's own rows and lines, with a file of
  // no records before the next, and a copy read in a file's place (a sep= line ending otherwise
  // than the lines after it: f.csv and g.csv, read together from their copies).
  const folder = join(scratch.folder, 'later');
  await mkdir(folder);
  const columns = [...BULK_COLUMNS, 'cmdDesc'] as const;
  const text = (records: BulkRecord[]) => bulkText(records, ',', columns);
  const at = (period: string, fields: Partial<BulkRecord> = {}) =>
    bulkRecord({ period, ...fields });
  const files: [string, string | Buffer][] = [
    [
      'a.csv',
      text([at('2001'), at('2002', { cmdDesc: 'two\nlines' }), at('2003', { primaryValue: 'A3' })]),
    ],
    [
      'b.csv',
      text([
        at('2004'),
        at('2005', { primaryValue: 'B2' }),
        at('2006', { cmdDesc: 'x\r\ny' }),
        at('2007', { primaryValue: 'B4' }),
      ]).replace(/(?<!\r)\n/g, '\r'),
    ],
    [
      'c.csv.gz',
      gzipSync(
        text([
          at('2008'),
          at('2009', { cmdDesc: 'p\nq\nr' }),
          at('2010', { primaryValue: 'C3' }),
        ]).replace(/\n/g, '\r\n'),
      ),
    ],
    ['d.csv', text([])],
    [
      'e.csv',
      `\uFEFF${text([at('2011'), at('2012', { primaryValue: 'E2' }), at('2002', { primaryValue: '7' })]).replace('\n', '\r\n')}`,
    ],
    ['f.csv', `sep=,\r\n${text([at('2013'), at('2014')])}`],
    ['g.csv', `sep=,\r\n${text([at('2015'), at('2016', { primaryValue: 'G2' })])}`],
  ];
  // The core reads each file alone: a repeat of another file's key is the folder's, after e.csv's own.
  const key = '(same reporter, partner, flow, period, commodity and breakdown: VNM–LAO X 2002)';
  const repeat = `  files[4].rows[2]: e.csv line 4: repeats a.csv line 3 ${key} with another value: 7 against 1000`;
  const expected: string[] = [];
  for (const [index, [name, content]] of files.entries()) {
    await writeFile(join(folder, name), content);
    const core = await importWithCore(join(folder, name));
    for (const problem of coreProblems(core.err)) {
      expected.push(
        problem.replace(/^(\S+) line (\d+): /, `  files[${index}].$1: ${name} line $2: `),
      );
    }
    if (name === 'e.csv') expected.push(repeat);
  }
  expect(expected).toEqual([
    '  files[0].rows[2].primaryValue: a.csv line 5: "A3" is not a number',
    '  files[1].rows[1].primaryValue: b.csv line 3: "B2" is not a number',
    '  files[1].rows[3].primaryValue: b.csv line 6: "B4" is not a number',
    '  files[2].rows[2].primaryValue: c.csv.gz line 6: "C3" is not a number',
    '  files[4].rows[1].primaryValue: e.csv line 3: "E2" is not a number',
    repeat,
    '  files[6].rows[1].primaryValue: g.csv line 4: "G2" is not a number',
  ]);
  const duckdb = await importWithDuckdb(folder, join(scratch.folder, 'out.json'));
  expect([duckdb.code, duckdb.err.split('\n').slice(1)]).toEqual([1, expected]);
});

test('notes count the flows imported, as the core counts them: not a duplicate, not a record left out', async () => {
  // DuckDB counted every record: exponent-value 4 where the core notes 2 (a duplicate and a
  // re-export noted too), and so iso-fallback, value-fallback and leading-zero-restored.
  const file = await scratch.write(
    'noted.csv',
    bulkText(
      [
        { primaryValue: '1e3' },
        { primaryValue: '1e3' },
        { primaryValue: '1e3', flowCode: 'RX' },
        { primaryValue: '1e3', cmdCode: '901' },
        { primaryValue: '1e3', cmdCode: '901' },
        { primaryValue: '1e3', cmdCode: '901', flowCode: 'RX' },
        { reporterCode: '99999', period: '2022' },
        { reporterCode: '99999', period: '2022' },
        { reporterCode: '99999', period: '2022', motCode: '1' },
        { primaryValue: '', fobvalue: '5', period: '2021' },
        { primaryValue: '', fobvalue: '5', period: '2021' },
        { primaryValue: '', cifvalue: '5', period: '2021', flowCode: 'RM' },
      ].map((fields) => bulkRecord(fields)),
    ),
  );
  const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json');
  const core = await importWithCore(file, '--json');
  const counts = (out: string) =>
    ['exponent-value', 'leading-zero-restored', 'iso-fallback', 'value-fallback'].map(
      (code) => noteOf(out, code)?.count,
    );
  expect(counts(core.out)).toEqual([2, 1, 1, 1]);
  expect(counts(duckdb.out)).toEqual(counts(core.out));
});

/** Every note of an import's JSON result, `code (count): message`, sorted (the engines order them differently). */
function notesOf(out: string): string[] {
  const notes = JSON.parse(out).result.notes as {
    code: string;
    count?: number;
    rows?: number[];
    message: string;
  }[];
  return notes
    .map((note) => `${note.code} (${note.count ?? note.rows?.length ?? 0}): ${note.message}`)
    .sort();
}

/** `input` imported by both engines in JSON: each exits 0, with the same counts, and their notes. */
async function bothNotes(input: string): Promise<{ duckdb: string[]; core: string[] }> {
  const duckdb = await importWithDuckdb(input, join(scratch.folder, 'out.json'), '--json');
  const core = await importWithCore(input, '--json');
  expect([duckdb.code, core.code]).toEqual([0, 0]);
  const counts = (out: string) => {
    const { records, imported } = JSON.parse(out).result;
    return [records, imported];
  };
  expect(counts(duckdb.out)).toEqual(counts(core.out));
  return { duckdb: notesOf(duckdb.out), core: notesOf(core.out) };
}

test('estimates, estimated quantities, the other valuation, breakdowns without totals and HS editions are noted as the core notes them, in its words', async () => {
  // DuckDB noted none of estimate, estimated-quantity, valuation, no-totals-row and
  // mixed-classifications, and said iso-fallback, value-fallback and leading-zero-restored in
  // one sentence each ("records whose reporterCode or partnerCode is not in …").
  const text = bulkText(
    [
      bulkRecord({ cmdCode: '01', isOriginalClassification: 'false' }),
      bulkRecord({ isOriginalClassification: 'false', period: '2017' }),
      bulkRecord({ cmdCode: '02', isReported: 'false', isAggregate: 'FALSE' }),
      bulkRecord({ cmdCode: '03', legacyEstimationFlag: '2', classificationCode: 'H5' }),
      bulkRecord({ cmdCode: '04', legacyEstimationFlag: '3' }),
      bulkRecord({ cmdCode: '05', legacyEstimationFlag: '4.0', isReported: '0', isAggregate: '0' }),
      bulkRecord({ flowCode: 'M', fobvalue: '1000.00', cifvalue: '1100' }),
      bulkRecord({ flowCode: 'M', fobvalue: '1000', cifvalue: '1e3', period: '2016' }),
      bulkRecord({ cifvalue: '1e3', period: '2022' }),
      bulkRecord({ primaryValue: '', fobvalue: '7', period: '2021' }),
      bulkRecord({ primaryValue: '', cifvalue: '7', flowCode: 'M', period: '2021' }),
      bulkRecord({ motCode: '1', period: '2020' }),
      bulkRecord({ motCode: '1', period: '2020' }),
      bulkRecord({ flowCode: 'RM', period: '2020' }),
      bulkRecord({ customsCode: 'C01' }),
      bulkRecord({ reporterCode: '9999', reporterISO: 'vnm', period: '2018' }),
      bulkRecord({ partnerCode: '9998', partnerISO: 'LAO', period: '2018', flowCode: 'M' }),
      bulkRecord({ cmdCode: '901', period: '2018' }),
    ],
    ',',
    [...BULK_COLUMNS, 'legacyEstimationFlag', 'isOriginalClassification'],
  );
  const { duckdb, core } = await bothNotes(await scratch.write('estimates.csv', text));
  expect(core.filter((note) => !note.startsWith('missing-quantity'))).toEqual([
    'estimate (1): isOriginalClassification false: UNSD converted the data from the HS edition the reporter used, so the value of each commodity code is an estimate (status "estimate")',
    'estimate (2): isReported false and isAggregate false: the value was neither reported as such nor rolled up from reported detail, so it is a UNSD estimate (status "estimate")',
    'estimated-quantity (1): legacyEstimationFlag 2: UNSD estimated the quantity. The flag is about quantities, not the trade value, so the status is unchanged',
    "estimated-quantity (1): legacyEstimationFlag 3 is not one of UNSD's codes (0, 2, 4, 6): kept as a note; the value is unaffected",
    'estimated-quantity (1): legacyEstimationFlag 4: UNSD estimated the net weight. The flag is about quantities, not the trade value, so the status is unchanged',
    'iso-fallback (1): partnerCode 9998 is not in Bilateral\'s table of Comtrade codes: the partner is taken from partnerISO "LAO"',
    'iso-fallback (1): reporterCode 9999 is not in Bilateral\'s table of Comtrade codes: the reporter is taken from reporterISO "VNM"',
    'leading-zero-restored (1): cmdCode 901 had lost its leading zero (a spreadsheet or a number column drops it): HS codes have an even number of digits, so it is read as 0901',
    'mixed-classifications (0): the commodity codes come from 2 HS editions (H5, H6): a code can change scope between editions, so compare periods with care',
    'nested-commodities (2): commodity codes that nest (TOTAL, a chapter, a heading in it) for the same flow and period: the smaller is part of the larger, so do not add them up',
    'no-totals-row (3): these breakdowns have no totals row in the input, so none of their trade was imported: query UN Comtrade with motCode 0, customsCode C00, partner2Code 0 and flowCode X or M for the totals, or import the breakdowns instead',
    'valuation (1): exports valued CIF: primaryValue equals cifvalue and not fobvalue',
    'valuation (1): imports valued FOB: primaryValue equals fobvalue and not cifvalue (the reporter records imports FOB)',
    'value-fallback (1): primaryValue is empty: the cifvalue was used instead (CIF, what Comtrade puts in primaryValue for imports)',
    'value-fallback (1): primaryValue is empty: the fobvalue was used instead (FOB, what Comtrade puts in primaryValue for exports)',
  ]);
  expect(duckdb).toEqual(core);
});

test('a flow whose duplicates are written differently is noted as its first record is, as the core notes it', async () => {
  // DuckDB noted a flow when any of its records was noted: here exponent-value 2 where the core
  // notes 1 (`1000` then `1e3` is not noted, `1e3` then `1000` is), estimate 2 for 1, and
  // leading-zero-restored, iso-fallback and value-fallback on the flow of their second record.
  const text = bulkText(
    [
      bulkRecord({ primaryValue: '1000', period: '2019' }),
      bulkRecord({
        primaryValue: '1e3',
        period: '2019',
        isReported: 'false',
        isAggregate: 'false',
      }),
      bulkRecord({
        primaryValue: '1e3',
        period: '2018',
        isReported: 'false',
        isAggregate: 'false',
      }),
      bulkRecord({ primaryValue: '1000', period: '2018' }),
      bulkRecord({ cmdCode: '0901', period: '2017' }),
      bulkRecord({ cmdCode: '901', period: '2017' }),
      bulkRecord({ period: '2016', primaryValue: '5', fobvalue: '5' }),
      bulkRecord({ period: '2016', primaryValue: '', fobvalue: '5' }),
      bulkRecord({ reporterCode: '704', period: '2015' }),
      bulkRecord({ reporterCode: '9999', period: '2015' }),
    ],
    ',',
  );
  const { duckdb, core } = await bothNotes(await scratch.write('firsts.csv', text));
  expect(core.map((note) => note.slice(0, note.indexOf(':')))).toEqual([
    'estimate (1)',
    'exponent-value (1)',
    'missing-quantity (5)',
  ]);
  expect(duckdb).toEqual(core);
});

/**
 * Each row of a Parquet file `--engine duckdb -o x.parquet` wrote as one line of text, as
 * {@link flowsOf} writes a flow of a dataset (the value without zeros past its last digit), sorted.
 */
async function parquetFlowsOf(path: string): Promise<string[]> {
  const instance = await DuckDBInstance.create();
  const connection = await instance.connect();
  try {
    const rows = (
      await connection.runAndReadAll(
        `SELECT reporter, partner, flow, period, coalesce(commodity, ''), CAST(value AS VARCHAR), status, valuation, note FROM read_parquet('${path}')`,
      )
    ).getRowsJS() as (string | null)[][];
    return rows
      .map((row) => {
        const [value = '', note] = [String(row[5]), row[8]];
        const cells = [
          ...row.slice(0, 5),
          value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
          ...row.slice(6, 8),
        ];
        return cells.join(' ') + (note === null ? '' : ` | ${note}`);
      })
      .sort();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** {@link sameFlows}, and the same rows (notes too) in the Parquet file DuckDB writes of `input`. */
async function sameFlowsInParquet(input: string): Promise<string[]> {
  const flows = await sameFlows(input);
  const output = join(scratch.folder, 'out.parquet');
  const parquet = await importWithDuckdb(input, output);
  expect([parquet.code, parquet.err]).toEqual([0, '']);
  expect(await parquetFlowsOf(output)).toEqual(
    await flowsOf(join(scratch.folder, 'core.json'), true),
  );
  return flows;
}

describe("each flow's status and valuation: the core's, with either engine, in Parquet too", () => {
  const columns = [...BULK_COLUMNS, 'isOriginalClassification'] as const;
  const record = (fields: Partial<BulkRecord>) =>
    bulkRecord({ isOriginalClassification: 'true', ...fields });
  test.each([
    [
      'an import whose primaryValue is fobvalue and not cifvalue: FOB',
      record({ flowCode: 'M', fobvalue: '1000', cifvalue: '1100' }),
      'VNM LAO import 2023  1000 official FOB',
    ],
    [
      'an export whose primaryValue is cifvalue and not fobvalue: CIF',
      record({ cifvalue: '1000.0', fobvalue: '900' }),
      'VNM LAO export 2023  1000 official CIF',
    ],
    [
      'an import whose primaryValue is both: CIF',
      record({ flowCode: 'M', fobvalue: '1000', cifvalue: '1000' }),
      'VNM LAO import 2023  1000 official CIF',
    ],
    [
      'a commodity code converted from the HS edition the reporter used: estimate',
      record({ cmdCode: '0901', isOriginalClassification: 'false' }),
      'VNM LAO export 2023 0901 1000 estimate FOB',
    ],
    [
      'TOTAL converted from another HS edition: official (the rule is about commodity codes)',
      record({ isOriginalClassification: '0' }),
      'VNM LAO export 2023  1000 official FOB',
    ],
    [
      'neither reported nor an aggregate: estimate',
      record({ isReported: 'false', isAggregate: '0' }),
      'VNM LAO export 2023  1000 estimate FOB',
    ],
    [
      'not reported but an aggregate: official',
      record({ isReported: 'false', isAggregate: 'true' }),
      'VNM LAO export 2023  1000 official FOB',
    ],
  ])('%s', async (_name, given, flow) => {
    // DuckDB wrote every flow official, FOB for exports and CIF for imports; its Parquet had neither column.
    const file = await scratch.write('status.csv', bulkText([given], ',', columns));
    expect(await sameFlowsInParquet(file)).toEqual([flow]);
  });

  test.each([
    [
      'an estimate first, then the same value reported',
      [
        record({ isReported: 'false', isAggregate: 'false', flowCode: 'M', fobvalue: '1e3' }),
        record({ primaryValue: '1e3', flowCode: 'M' }),
      ],
      'VNM LAO import 2023  1000 estimate FOB',
    ],
    [
      'a reported value first, then the same value as an estimate',
      [
        record({ primaryValue: '1e3', flowCode: 'M' }),
        record({ isReported: 'false', isAggregate: 'false', flowCode: 'M', fobvalue: '1e3' }),
      ],
      'VNM LAO import 2023  1000 official CIF',
    ],
  ])('a duplicate: %s, as its first record', async (_name, given, flow) => {
    const file = await scratch.write('status-duplicate.csv', bulkText(given, ',', columns));
    expect(await sameFlowsInParquet(file)).toEqual([flow]);
  });
});

describe("each flow's note: the core's, with either engine, in Parquet too", () => {
  const columns = [
    ...BULK_COLUMNS,
    'cmdDesc',
    'qtyUnitAbbr',
    'isQtyEstimated',
    'netWgt',
    'legacyEstimationFlag',
    'isOriginalClassification',
  ] as const;
  const record = (fields: Partial<BulkRecord>) =>
    bulkRecord({ isOriginalClassification: 'true', legacyEstimationFlag: '0', ...fields });

  test('descriptions, quantities, units, net weights and estimates, each written as the core writes it', async () => {
    // DuckDB's flows had no note; its Parquet file no note column.
    const records = [
      // TOTAL: no description; the quantity written as missing.
      record({ cmdDesc: 'All Commodities' }),
      // A description with a comma, quotes and a line break; a quantity in exponent form, a unit.
      record({
        cmdCode: '1201',
        cmdDesc: 'Soya beans, "whether or not"\nbroken',
        qty: '1.5E3',
        qtyUnitCode: '8',
        qtyUnitAbbr: 'kg',
      }),
      // Leading and trailing zeros; no unit's words: its code.
      record({ cmdCode: '1202', cmdDesc: '  Ground-nuts  ', qty: '0012.50', qtyUnitCode: '8.0' }),
      // Estimated quantity and net weight (flags), a net weight of 0 left out.
      record({ cmdCode: '1203', qty: '7', qtyUnitCode: '5', isQtyEstimated: 'TRUE', netWgt: '0' }),
      record({
        cmdCode: '1204',
        qty: '7',
        qtyUnitCode: '5',
        netWgt: '250.0',
        legacyEstimationFlag: '4',
      }),
      record({
        cmdCode: '1205',
        qty: '7',
        qtyUnitCode: '5',
        netWgt: '1e2',
        legacyEstimationFlag: '6',
      }),
      record({ cmdCode: '1206', qty: '7', qtyUnitCode: '5', legacyEstimationFlag: '2.0' }),
      // A unit written as missing with a quantity: read, with that unit.
      record({ cmdCode: '1207', qty: '5' }),
      record({ cmdCode: '1208', qty: '5', qtyUnitCode: '', qtyUnitAbbr: 'N/A' }),
      // No quantity and no unit; an empty description.
      record({ cmdCode: '1209', qty: '', qtyUnitCode: '', cmdDesc: '   ' }),
      // Estimates: the status's words last.
      record({ cmdCode: '1210', cmdDesc: 'Rape seeds', isOriginalClassification: 'false' }),
      record({ period: '2022', isReported: 'false', isAggregate: '0' }),
      // A duplicate described otherwise: its first record's note.
      record({ cmdCode: '1211', cmdDesc: 'Linseed', primaryValue: '1000' }),
      record({ cmdCode: '1211', cmdDesc: 'Linseed, broken', primaryValue: '1e3', qty: '3' }),
    ];
    const file = await scratch.write('notes.csv', bulkText(records, ',', columns));
    await sameFlowsInParquet(file);
    const notes = (await flowsOf(join(scratch.folder, 'out.json'), true)).map(
      (flow) => flow.split(' | ')[1],
    );
    // Sorted by flow: 2022's first.
    expect(notes).toEqual([
      'quantity not reported; estimated by UNSD',
      'quantity not reported',
      'Soya beans, "whether or not"\nbroken; quantity 1500 kg',
      'Ground-nuts; quantity 12.5 (unit code 8)',
      'quantity 7 (unit code 5) (estimated by UNSD)',
      'quantity 7 (unit code 5); net weight 250 kg (estimated by UNSD)',
      'quantity 7 (unit code 5) (estimated by UNSD); net weight 100 kg (estimated by UNSD)',
      'quantity 7 (unit code 5) (estimated by UNSD)',
      'quantity 5 (unit code -1)',
      'quantity 5 N/A',
      undefined,
      'Rape seeds; quantity not reported; converted by UNSD from the HS edition the reporter used',
      'Linseed; quantity not reported',
    ]);
  });

  test("the fixtures of UN Comtrade's shapes: the same notes from either engine", async () => {
    // v1-ui.csv is compared above; the bulk layout (tab-separated, descriptions and quantities).
    await sameFlowsInParquet(join(import.meta.dirname, '__fixtures__', 'v1-bulk.txt'));
  });
});

describe('white space around a field is trimmed as the core trims it (JavaScript’s String#trim), not spaces alone', () => {
  // DuckDB's SQL trim() strips spaces only: a primaryValue of 1000 and a tab was refused
  // ('"1000\t" is not a number'), a trailing cell of a tab past the header's named a record of
  // 30 fields where the header has 29.
  /** Every character the core trims: every code point `String#trim` removes (25, all below U+10000). */
  const trimmedByCore = Array.from({ length: 0x10000 }, (_, code) =>
    String.fromCharCode(code),
  ).filter((char) => char.trim() === '');
  const columns = [
    ...BULK_COLUMNS,
    'cmdDesc',
    'qtyUnitAbbr',
    'netWgt',
    'isQtyEstimated',
    'legacyEstimationFlag',
    'isOriginalClassification',
  ] as const;
  /** A record whose every field has `char` before and after it; the `i`th commodity. */
  const wrapped = (char: string, i: number, fields: Partial<BulkRecord> = {}): BulkRecord => {
    const record = bulkRecord({
      cmdCode: String(10 + i),
      qtyUnitCode: '8',
      qty: `${i}.50`,
      primaryValue: String(1000 + i),
      cmdDesc: `Goods ${i}`,
      qtyUnitAbbr: 'kg',
      netWgt: '2',
      isQtyEstimated: 'false',
      legacyEstimationFlag: '0',
      isOriginalClassification: 'TRUE',
      ...fields,
    });
    return Object.fromEntries(
      Object.entries(record).map(([field, text]) => [field, `${char}${text}${char}`]),
    ) as BulkRecord;
  };

  test('in numbers, codes and text: the same flows and notes from each engine', async () => {
    expect(trimmedByCore).toHaveLength(25);
    // One commodity a character; a second record of each with an empty primaryValue (only the
    // character) and an empty cifvalue, whose value is its fobvalue (noted); each record with a
    // cell past the header's (a trailing comma) holding only the character, which is empty.
    const records = trimmedByCore.flatMap((char, i) => [
      wrapped(char, i),
      wrapped(char, i, {
        period: '2022',
        primaryValue: '',
        fobvalue: String(500 + i),
        cifvalue: '',
      }),
    ]);
    const header = columns.join(',');
    // Each record's line as bulkText writes it (a field holding a line break quoted), and the cell.
    const line = (record: BulkRecord, i: number) =>
      `${bulkText([record], ',', columns).slice(header.length + 1, -1)},"${trimmedByCore[Math.floor(i / 2)]}"`;
    const file = await scratch.write(
      'white-space.csv',
      `${[`${header},`, ...records.map(line)].join('\n')}\n`,
    );
    const duckdb = await importWithDuckdb(file, join(scratch.folder, 'out.json'), '--json');
    const core = await importWithCore(file, '--json');
    expect([duckdb.code, core.code]).toEqual([0, 0]);
    const flows = await flowsOf(join(scratch.folder, 'out.json'), true);
    expect(flows).toEqual(await flowsOf(join(scratch.folder, 'core.json'), true));
    expect(flows.map((flow) => flow.split(' | ')[0])).toEqual(
      trimmedByCore
        .flatMap((_, i) => [
          `VNM LAO export 2023 ${10 + i} ${1000 + i} official FOB`,
          `VNM LAO export 2022 ${10 + i} ${500 + i} official FOB`,
        ])
        .sort(),
    );
    expect(flows).toContain(
      'VNM LAO export 2023 10 1000 official FOB | Goods 0; quantity 0.5 kg; net weight 2 kg',
    );
    expect(notesOf(duckdb.out)).toEqual(notesOf(core.out));
    expect(notesOf(core.out).map((note) => note.slice(0, note.indexOf(':')))).toEqual([
      'value-fallback (25)',
    ]);
  });

  test('a field that is not a whole number, or not true or false, is quoted as written, white space and all, as the core quotes it', async () => {
    // DuckDB quoted the trimmed text: '"x" is not a whole number' of a motCode of a space, x and
    // a space, where the core says '" x "' (and, since fields are trimmed as the core trims
    // them, of a tab, x and a tab too). A text that starts with U+FEFF lost it on its way from
    // DuckDB to JavaScript.
    const records = [
      bulkRecord({ refYear: '\t20x1\t' }),
      bulkRecord({ refMonth: ' 1x\u3000', period: '2022' }),
      bulkRecord({ motCode: ' x ', period: '2021' }),
      bulkRecord({ partner2Code: '\tx.0', period: '2020' }),
      bulkRecord({ reporterCode: '\u00a0abc', period: '2019' }),
      bulkRecord({ partnerCode: 'abc\u2003', period: '2018' }),
      bulkRecord({ qtyUnitCode: '\tq\t', period: '2017' }),
      bulkRecord({ legacyEstimationFlag: ' z', period: '2016' }),
      bulkRecord({ isQtyEstimated: '\tyes', period: '2015' }),
      bulkRecord({ isReported: 'no ', period: '2014' }),
      bulkRecord({ isAggregate: '\ufeffmaybe', period: '2013' }),
      bulkRecord({ isOriginalClassification: '\u3000t', period: '2012' }),
    ];
    const file = await scratch.write(
      'quoted.csv',
      bulkText(records, ',', [
        ...BULK_COLUMNS,
        'isQtyEstimated',
        'legacyEstimationFlag',
        'isOriginalClassification',
      ]),
    );
    const { duckdb, core } = await bothEngines(file);
    expect(coreProblems(core.err)).toContain('rows[2].motCode line 4: " x " is not a whole number');
    expect(coreProblems(core.err)).toHaveLength(records.length);
    expectSameProblems(duckdb, core, 'quoted.csv');
  });
});
