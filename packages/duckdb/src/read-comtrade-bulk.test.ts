import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BilateralError, type FlowTable } from '@bilateral/core';
import { writeInPlace } from '@bilateral/core/node';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  type BulkRecord,
  bulkRecord,
  bulkText,
  scratchFolder,
} from './__fixtures__/bulk-records.js';
import { leftOutSql } from './bulk-sql.js';
import { readComtradeBulk } from './read-comtrade-bulk.js';

// Which records `leftOut` is read from (the same SQL, watched).
vi.mock('./bulk-sql.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./bulk-sql.js')>();
  return { ...actual, leftOutSql: vi.fn(actual.leftOutSql) };
});

/** /work/shared/fixtures/shapes/v1-bulk.txt: the bulk layout with invented values. */
const V1_BULK = join(import.meta.dirname, '__fixtures__', 'v1-bulk.txt');

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

/** The table's rows as `reporter partner flow period commodity value` lines. */
function rows(table: FlowTable): string[] {
  return Array.from({ length: table.length }, (_, row) =>
    [
      table.keyAt(row, 'reporter'),
      table.keyAt(row, 'partner'),
      table.keyAt(row, 'flow'),
      table.keyAt(row, 'period'),
      table.keyAt(row, 'commodity') || '-',
      table.valueAt(row).toFixed(),
    ].join(' '),
  );
}

/** The error a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<BilateralError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BilateralError);
  return error as BilateralError;
}

async function read(records: readonly BulkRecord[], name = `t${Math.random()}.csv`) {
  const path = await scratch.write(name, bulkText(records, name.includes('.tsv') ? '\t' : ','));
  return readComtradeBulk(path, { instance });
}

describe('readComtradeBulk on the v1 bulk shape (tab-separated, World, RX/RM, a breakdown)', () => {
  test('keeps the totals, World as a partner of its own, values exact', async () => {
    const { table, report } = await readComtradeBulk(V1_BULK, { instance });
    expect(report.records).toBe(31);
    expect(report.imported).toBe(22);
    expect(report.scale).toBe(2);
    expect(report.files).toEqual([{ path: V1_BULK, format: 'tsv', gzip: false, records: 31 }]);
    expect(report.excluded.map(({ reason, count }) => [reason, count])).toEqual([
      ['flow-part', 8],
      ['mode-of-transport', 1],
    ]);
    expect(report.notes.map(({ code, count }) => [code, count])).toEqual([
      ['value-fallback', 1],
      ['missing-quantity', 20],
      // isReported and isAggregate false, as the core notes it.
      ['estimate', 1],
      ['nested-commodities', 3],
    ]);
    expect(rows(table)).toContain('SGP LAO export 2021 - 156234567.5');
    expect(rows(table)).toContain('SGP LAO import 2022 - 23456789.12');
    expect(rows(table)).toContain('SGP WLD export 2023 - 476276000000');
    expect(rows(table)).toContain('SGP LAO export 2023 2710 79000000');
    expect(table.scale).toBe(2);
    expect(table.keyAt(0, 'source')).toBe('un-comtrade');
    expect(table.keyAt(0, 'currency')).toBe('USD');
  });
});

describe('readComtradeBulk on a folder of CSV, gzipped TSV and Parquet', () => {
  test('reads each kind, columns matched by name in any order', async () => {
    const folder = await scratchFolder();
    try {
      const a = bulkRecord({ primaryValue: '10.5' });
      const b = bulkRecord({ flowCode: 'M', primaryValue: '20', period: '2022' });
      const c = bulkRecord({ partnerCode: '156', partnerISO: 'CHN', primaryValue: '0.125' });
      await folder.write('a.csv', bulkText([a]));
      const reordered = [
        'primaryValue',
        'cmdCode',
        'period',
        'flowCode',
        'partnerCode',
        'reporterCode',
      ] as const;
      await folder.write('sub/b.txt.gz', bulkText([b], '\t', reordered));
      const staging = await folder.write('c-source.csv.tmp', bulkText([c]));
      const connection = await instance.connect();
      await connection.run(
        `COPY (SELECT * FROM read_csv('${staging}', all_varchar = true)) TO '${join(folder.folder, 'c.parquet')}' (FORMAT parquet)`,
      );
      connection.closeSync();
      const { table, report } = await readComtradeBulk(folder.folder, { instance });
      expect(
        report.files.map(({ path, format, gzip, records }) => [
          path.slice(folder.folder.length),
          format,
          gzip,
          records,
        ]),
      ).toEqual([
        ['/a.csv', 'csv', false, 1],
        ['/c.parquet', 'parquet', false, 1],
        ['/sub/b.txt.gz', 'tsv', true, 1],
      ]);
      expect(rows(table)).toEqual([
        'VNM CHN export 2023 - 0.125',
        'VNM LAO export 2023 - 10.5',
        'VNM LAO import 2022 - 20',
      ]);
      expect(report.scale).toBe(3);
    } finally {
      await folder.remove();
    }
  });
});

describe('readComtradeBulk notes a file of exactly an API limit of records, each file its own download', () => {
  const records = (count: number, period: string) =>
    Array.from({ length: count }, (_, i) => bulkRecord({ period, cmdCode: String(100_000 + i) }));
  test.each([
    // 2a95f90d noted the sum: 250 + 250 as 'exactly 500', and 500 + 1 not at all.
    ['two files of 250 records: no note', [250, 250], []],
    [
      'a file of 500 records beside another: noted, by its name',
      [500, 1],
      [
        'b.csv holds exactly 500 records, a UN Comtrade API limit (500 for the preview, 100,000 or 250,000 with a key): its query may have been cut; split it and import the parts',
      ],
    ],
    [
      'two files of 500 records: both named',
      [500, 500],
      [
        'b.csv (500 records), c.csv (500 records) hold exactly as many records as a UN Comtrade API limit (500 for the preview, 100,000 or 250,000 with a key): their queries may have been cut; split them and import the parts',
      ],
    ],
  ])('%s', async (_, counts, messages) => {
    const folder = await scratchFolder();
    try {
      for (const [i, count] of counts.entries()) {
        await folder.write(`${'bc'[i]}.csv`, bulkText(records(count, String(2010 + i))));
      }
      const { report } = await readComtradeBulk(folder.folder, { instance });
      expect(report.records).toBe(counts.reduce((sum, count) => sum + count, 0));
      expect(
        report.notes.filter((note) => note.code === 'possibly-truncated').map((n) => n.message),
      ).toEqual(messages);
    } finally {
      await folder.remove();
    }
  });
});

describe('readComtradeBulk: what is left out, and why', () => {
  test('every record is imported or counted under one reason', async () => {
    const records = [
      bulkRecord({ primaryValue: '100' }),
      bulkRecord({ primaryValue: '100' }), // the same again: duplicate
      bulkRecord({ flowCode: 'RX', primaryValue: '5' }),
      bulkRecord({ motCode: '2100', primaryValue: '60' }),
      bulkRecord({ customsCode: 'C01', primaryValue: '7' }),
      bulkRecord({ partner2Code: '156', primaryValue: '8' }),
      bulkRecord({ typeCode: 'S', cmdCode: 'S', classificationCode: 'EB', primaryValue: '9' }),
      bulkRecord({ partnerCode: '704', partnerISO: 'VNM', primaryValue: '3' }),
      // 568 "Other Europe, nes" is in no table (its ISO text here is a stand-in): left out by name.
      bulkRecord({ partnerCode: '568', partnerISO: 'E19', primaryValue: '11' }),
      // The EU (97, EUR) and "Areas, nes" (899, _X) are the table's EUN and XNS: partners of their own.
      bulkRecord({ partnerCode: '97', partnerISO: 'EUR', primaryValue: '13' }),
      bulkRecord({ partnerCode: '899', partnerISO: '_X', primaryValue: '14' }),
      bulkRecord({ partnerCode: '0', partnerISO: 'W00', primaryValue: '900' }),
      bulkRecord({ cmdCode: '901', primaryValue: '12' }),
    ];
    const { table, report } = await read(records);
    expect(rows(table)).toEqual([
      'VNM EUN export 2023 - 13',
      'VNM LAO export 2023 - 100',
      'VNM LAO export 2023 0901 12',
      'VNM WLD export 2023 - 900',
      'VNM XNS export 2023 - 14',
    ]);
    expect(report.excluded.map(({ reason, count }) => [reason, count])).toEqual([
      ['customs-procedure', 1],
      ['flow-part', 1],
      ['group-or-area', 1],
      ['mode-of-transport', 1],
      ['second-partner', 1],
      ['self-trade', 1],
      ['services', 1],
      ['duplicate', 1],
    ]);
    expect(report.records).toBe(13);
    expect(report.imported + report.excluded.reduce((sum, group) => sum + group.count, 0)).toBe(13);
    // Every flow's quantity is written as missing (qty 0, qtyUnitCode -1); TOTAL and 0901 of
    // VNM–LAO exports in 2023 nest.
    expect(report.notes.map(({ code, count }) => [code, count])).toEqual([
      ['leading-zero-restored', 1],
      ['missing-quantity', 5],
      ['nested-commodities', 2],
    ]);
  });

  test('what the records left out cover, when no flow is imported (for a title); undefined else', async () => {
    const parts = [
      bulkRecord({ flowCode: 'RX', cmdCode: '901' }),
      bulkRecord({ flowCode: 'MIP', partnerCode: '0', partnerISO: 'W00', period: '2022' }),
      bulkRecord({ typeCode: 'S', cmdCode: 'S', classificationCode: 'EB' }),
      // 568 "Other Europe, nes" is in no table: named by its ISO text in a file without partnerDesc.
      bulkRecord({ partnerCode: '568', partnerISO: 'E19' }),
    ];
    const { table, leftOut } = await read(parts);
    expect(table.length).toBe(0);
    const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
    expect({
      reporters: sorted(leftOut?.reporters),
      partners: sorted(leftOut?.partners),
      flows: sorted(leftOut?.flows),
      commodities: sorted(leftOut?.commodities),
      periods: sorted(leftOut?.periods),
      services: leftOut?.services,
    }).toEqual({
      reporters: ['Vietnam'],
      partners: ['E19', 'Laos', 'World'],
      flows: ['export', 'import'],
      commodities: ['', '0901'],
      periods: ['2022', '2023'],
      services: true,
    });
    expect((await read([...parts, bulkRecord()])).leftOut).toBeUndefined();
    const none = await read([]);
    expect(none.leftOut).toEqual({
      reporters: [],
      partners: [],
      flows: [],
      commodities: [],
      periods: [],
      services: false,
    });
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
  ])(
    'leftOut of %s: from the groups by key, or the files read again (%s)',
    async (_, again, records) => {
      vi.mocked(leftOutSql).mockClear();
      const { table, leftOut } = await read(records);
      expect([table.length, leftOut?.reporters, leftOut?.periods]).toEqual([
        0,
        ['Vietnam'],
        ['2023'],
      ]);
      const [checked] = vi.mocked(leftOutSql).mock.calls.map(([sql]) => sql);
      expect(checked?.includes('read_csv')).toBe(again);
    },
  );

  test("commodities: 'totals' keeps the TOTAL rows only", async () => {
    const path = await scratch.write(
      'totals.csv',
      bulkText([bulkRecord(), bulkRecord({ cmdCode: '27', primaryValue: '400' })]),
    );
    const { table, report } = await readComtradeBulk(path, { instance, commodities: 'totals' });
    expect(rows(table)).toEqual(['VNM LAO export 2023 - 1000']);
    expect(report.excluded.map(({ reason, count }) => [reason, count])).toEqual([
      ['commodity-detail', 1],
    ]);
  });

  test('an unknown code with an ISO text is read from it (noted); monthly periods', async () => {
    const { table, report } = await read([
      bulkRecord({ partnerCode: '999', partnerISO: 'NOR', period: '202309' }),
    ]);
    expect(rows(table)).toEqual(['VNM NOR export 2023-09 - 1000']);
    expect(report.notes.map(({ code, count }) => [code, count])).toEqual([
      ['iso-fallback', 1],
      ['missing-quantity', 1],
    ]);
  });

  test('values on both sides of 18 digits (the 64-bit cast and the 38-digit one) are exact', async () => {
    const { table } = await read([
      bulkRecord({ period: '2021', primaryValue: '9999999999999999.99' }),
      bulkRecord({ period: '2022', primaryValue: '10000000000000000.01' }),
      bulkRecord({ period: '2023', primaryValue: '0.05' }),
    ]);
    expect(rows(table).map((row) => row.split(' ').slice(3).join(' '))).toEqual([
      '2021 - 9999999999999999.99',
      '2022 - 10000000000000000.01',
      '2023 - 0.05',
    ]);
  });

  test('values in the other forms the core reads: exponent (noted), sign, bare point', async () => {
    const { table, report } = await read([
      bulkRecord({ period: '2018', primaryValue: '5.12345E+10' }),
      bulkRecord({ period: '2019', primaryValue: '1.5e-2' }),
      bulkRecord({ period: '2020', primaryValue: '25E0' }),
      bulkRecord({ period: '2021', primaryValue: '+7' }),
      bulkRecord({ period: '2022', primaryValue: '8.' }),
      bulkRecord({ period: '2023', primaryValue: '.25' }),
    ]);
    expect(rows(table).map((row) => row.split(' ').slice(3).join(' '))).toEqual([
      '2018 - 51234500000',
      '2019 - 0.015',
      '2020 - 25',
      '2021 - 7',
      '2022 - 8',
      '2023 - 0.25',
    ]);
    expect([report.scale, report.notes.map(({ code, count }) => [code, count])]).toEqual([
      3,
      [
        ['missing-quantity', 6],
        ['exponent-value', 3],
      ],
    ]);
  });

  test('a scale given is the DECIMAL scale read at', async () => {
    const path = await scratch.write('scale.csv', bulkText([bulkRecord({ primaryValue: '1.5' })]));
    const { table, report } = await readComtradeBulk(path, { instance, scale: 4 });
    expect([report.scale, table.valueAt(0).toFixed()]).toEqual([4, '1.5']);
  });

  test('zeros past the scale given are no places it needs: 1.500 is read at scale 2', async () => {
    const path = await scratch.write(
      'zeros.csv',
      bulkText([bulkRecord({ primaryValue: '1.500' })]),
    );
    const { table, report } = await readComtradeBulk(path, { instance, scale: 2 });
    expect([report.scale, table.valueAt(0).toFixed()]).toEqual([2, '1.5']);
  });
});

describe('readComtradeBulk refuses, naming file, line and field', () => {
  test('values that are not plain decimals (line 1 is the header)', async () => {
    const error = await failure(
      read(
        [
          bulkRecord(),
          bulkRecord({ primaryValue: '1,5', period: '2022' }),
          bulkRecord({ primaryValue: '-3', period: '2021' }),
        ],
        'values.csv',
      ),
    );
    expect(error.code).toBe('INVALID_IMPORT');
    expect(error.issues).toEqual([
      {
        path: ['files', 0, 'rows', 1, 'primaryValue'],
        message: 'values.csv line 3: "1,5" has a comma as the decimal separator: write "1.5"',
      },
      {
        path: ['files', 0, 'rows', 2, 'primaryValue'],
        message: 'values.csv line 4: "-3": a trade value cannot be negative',
      },
    ]);
  });

  test('codes, periods and flows it cannot read', async () => {
    const error = await failure(
      read(
        [
          bulkRecord({ reporterCode: '999', reporterISO: '' }),
          bulkRecord({ flowCode: 'Z' }),
          bulkRecord({ period: '202313', freqCode: 'M' }),
          bulkRecord({ cmdCode: '12A' }),
          bulkRecord({ partnerISO: 'THA' }),
        ],
        'codes.tsv',
      ),
    );
    expect(error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'files.0.rows.0.reporterCode: codes.tsv line 2: reporterCode 999 is not a UN Comtrade code Bilateral knows, and there is no reporterISO to fall back on',
      'files.0.rows.1.flowCode: codes.tsv line 3: "Z" is not a UN Comtrade flow code: expected X (export) or M (import), or one of their parts RX, RM, DX, FM, XIP, XOP, MIP, MOP',
      'files.0.rows.2.period: codes.tsv line 4: 202313: month 13 is not between 01 and 12',
      // The record's refMonth says 13 too: each bad field is named, as the core names it.
      "files.0.rows.2.refMonth: codes.tsv line 4: 13 is neither a month (1–12) nor 52, Comtrade's mark of an annual record",
      'files.0.rows.3.cmdCode: codes.tsv line 5: "12A" is neither an HS code nor TOTAL',
      'files.0.rows.4.partnerISO: codes.tsv line 6: partnerISO "THA" contradicts partnerCode 418, which is Laos (LAO)',
    ]);
  });

  // One test a read: each read that refuses records costs some 1–2 s of CPU, however small the file.
  const past =
    'is past the supported range: values must be less than 10^36 in absolute value (at most 36 digits before the decimal point)';
  // 36 digits are within the core's range, but not of DECIMAL(38, 3), which 1.125 asks for.
  const wide = `1${'0'.repeat(35)}`;
  test.each([
    [
      'range.csv',
      [bulkRecord({ primaryValue: `1${'0'.repeat(36)}.25` })],
      'INVALID_IMPORT',
      `range.csv line 2: "1${'0'.repeat(36)}.25" ${past}`,
    ],
    [
      'e.csv',
      [bulkRecord({ primaryValue: '1E+40' })],
      'INVALID_IMPORT',
      `e.csv line 2: "1E+40" ${past}`,
    ],
    [
      'wide.csv',
      [bulkRecord({ primaryValue: '1.125' }), bulkRecord({ primaryValue: wide, period: '2022' })],
      'OUT_OF_RANGE',
      `wide.csv line 3: "${wide}" does not fit DECIMAL(38, 3): at most 35 digits before the decimal point`,
    ],
  ])(
    'a value past the core’s range is refused in its words; one past DECIMAL(38, s) alone is OUT_OF_RANGE, never rounded: %s',
    async (name, records, code, message) => {
      const error = await failure(read(records, name));
      expect([error.code, error.issues.map((issue) => issue.message)]).toEqual([code, [message]]);
    },
  );

  test('1,001 values past DECIMAL(38, s), each beside another problem: INVALID_IMPORT counting both', async () => {
    // A record whose first problem is such a value may have others: 2cb62cd4 took the count past
    // the first 1,000 from the first read (records by first problem: 1,001), not 2,002; and the
    // read was OUT_OF_RANGE, where the core refuses the file's other problem as INVALID_IMPORT.
    const records = [
      bulkRecord({ primaryValue: '1.125' }),
      ...Array.from({ length: 1001 }, () =>
        bulkRecord({ primaryValue: wide, period: '2022', isReported: 'maybe' }),
      ),
    ];
    const error = await failure(read(records, 'wide-many.csv'));
    expect([error.code, error.issues.length, error.issueCount]).toEqual([
      'INVALID_IMPORT',
      1000,
      2002,
    ]);
    expect(error.issues.slice(-2).map((issue) => issue.message)).toEqual([
      `wide-many.csv line 502: "${wide}" does not fit DECIMAL(38, 3): at most 35 digits before the decimal point`,
      'wide-many.csv line 502: "maybe" is not true or false',
    ]);
    // One such record, and 1,001 with that problem alone (counted past the first 1,000); 1.125
    // makes the scale 3.
    const scaled = bulkRecord({ primaryValue: '1.125' });
    const other = bulkRecord({ primaryValue: wide, period: '2022', isReported: 'maybe' });
    const one = await failure(read([scaled, other], 'wide-one.csv'));
    expect([one.code, one.issues.length]).toEqual(['INVALID_IMPORT', 2]);
    const alone = Array.from({ length: 1001 }, () =>
      bulkRecord({ primaryValue: wide, period: '2022' }),
    );
    const refused = await failure(read([scaled, ...alone], 'wide-alone.csv'));
    expect([refused.code, refused.issues.length, refused.issueCount]).toEqual([
      'OUT_OF_RANGE',
      1000,
      1001,
    ]);
    // 1.5 s in the package's run, 8 s alone on a loaded host (load 14, two cores): 500 records
    // named, each at its line.
  }, 60_000);

  test('more decimal places than the scale given', async () => {
    const path = await scratch.write(
      'decimals.csv',
      bulkText([bulkRecord({ primaryValue: '1.239' })]),
    );
    const error = await failure(readComtradeBulk(path, { instance, scale: 2 }));
    expect(error.issues[0]?.message).toBe(
      'decimals.csv line 2: "1.239" has 3 decimal places, more than the scale 2 the values are read at: give a larger scale (at most 36)',
    );
  });

  test('the same key twice with different values, in two files', async () => {
    const folder = await scratchFolder();
    try {
      await folder.write('a.csv', bulkText([bulkRecord({ period: '2022' }), bulkRecord()]));
      await folder.write('b.csv', bulkText([bulkRecord({ primaryValue: '1001' })]));
      const error = await failure(readComtradeBulk(folder.folder, { instance }));
      // It named both records, each 'appears more than once with different values …: which is
      // right?', where the core engine names the repeat only.
      expect(error.issues).toEqual([
        {
          path: ['files', 1, 'rows', 0],
          message:
            'b.csv line 2: repeats a.csv line 3 (same reporter, partner, flow, period, commodity and breakdown: VNM–LAO X 2023) with another value: 1001 against 1000',
        },
      ]);
    } finally {
      await folder.remove();
    }
  });

  test('a line with the wrong number of fields is named by its line, as the core engine names it', async () => {
    // DuckDB's sniffer failed on it: "ragged.csv: DuckDB cannot read it: Invalid Input Error:
    // Error when sniffing file" (the core engine: "has 4 fields but the header has 23 (line 3)").
    const path = await scratch.write('ragged.csv', `${bulkText([bulkRecord()])}C,A,1,2\n`);
    const error = await failure(readComtradeBulk(path, { instance }));
    expect(error.code).toBe('INVALID_IMPORT');
    expect(error.issues).toEqual([
      {
        path: ['files', 0, 'rows', 1],
        message: 'ragged.csv line 3: has 4 fields but the header has 23',
      },
    ]);
  });

  // 21,700 records of the fields a read needs: the last line is past the 20,480 DuckDB samples.
  const needed = 'reporterCode\tpartnerCode\tflowCode\tperiod\tcmdCode\tprimaryValue';
  const long = [
    needed,
    ...Array.from({ length: 21_700 }, () => '704\t418\tX\t2023\tTOTAL\t1000'),
  ].join('\n');
  const comma = (text: string) => text.replaceAll('\t', ',');
  // Each of TSV and CSV, plain and gzipped, within and past the sampled lines, with each other
  // (every pair of them), one test a read.
  test.each([
    ['one.txt', false, 33, 47],
    ['one.csv.gz', false, 33, 47],
    ['long.txt.gz', true, 21_702, 6],
    ['long.csv', true, 21_702, 6],
  ])(
    'a last line of one field, TSV or CSV, gzipped or not, within the sniffed lines or past them: %s',
    async (name, past, line, fields) => {
      const bulk = (await readFile(V1_BULK, 'utf8')).trimEnd();
      const text = `${past ? long : bulk}\nC${past ? '' : '\n'}`;
      const path = await scratch.write(name, name.includes('.csv') ? comma(text) : text);
      const error = await failure(readComtradeBulk(path, { instance }));
      expect(error.issues).toEqual([
        {
          path: ['files', 0, 'rows', line - 2],
          message: `${name} line ${line}: has 1 field but the header has ${fields}`,
        },
      ]);
    },
  );

  test('a file in UTF-16 (a spreadsheet\'s "Unicode text"), gzipped or not, says so', async () => {
    // It said "utf16.csv: DuckDB cannot read it: Invalid Input Error: Error when sniffing file".
    const text = bulkText([bulkRecord()], '\t');
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const plain = join(scratch.folder, 'utf16.txt');
    await writeFile(plain, littleEndian);
    await writeFile(join(scratch.folder, 'utf16.txt.gz'), gzipSync(littleEndian));
    for (const path of [plain, `${plain}.gz`]) {
      const error = await failure(readComtradeBulk(path, { instance }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.map((issue) => issue.message)).toEqual([
        `${basename(path)} is UTF-16 text: DuckDB reads UTF-8; save it as UTF-8`,
      ]);
    }
  });

  test('a file named in Latin-1 is said to have a name that is not UTF-8, not only to be missing', async () => {
    // Node reads the command line as UTF-8: café.csv in Latin-1 (E9) arrives as caf\uFFFD.csv.
    await writeFile(
      Buffer.from(`${scratch.folder}/caf\xe9.csv`, 'latin1'),
      bulkText([bulkRecord()]),
    );
    const given = join(scratch.folder, 'caf\uFFFD.csv');
    const error = await failure(readComtradeBulk(given, { instance }));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      `${given}: no such file or folder by this name, which holds \uFFFD where the command line had bytes that are not UTF-8 (a Latin-1 name): rename it in UTF-8`,
    ]);
  });

  test('a file in Latin-1 is said not to be UTF-8, with what to do', async () => {
    // It said "latin1.csv: DuckDB cannot read it: Invalid Input Error: CSV Error on Line: 2", the
    // reason on a later line of DuckDB's message.
    const text = bulkText([bulkRecord()]).replace('TOTAL', 'Caf\u00e9');
    const path = join(scratch.folder, 'latin1.csv');
    await writeFile(path, Buffer.from(text, 'latin1'));
    const error = await failure(readComtradeBulk(path, { instance }));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(
        /^latin1\.csv is not UTF-8 text \(another encoding such as Latin-1; DuckDB: .*\): save it as UTF-8$/,
      ),
    ]);
  });

  test('paths that are missing or hold no bulk file, files that are not Comtrade', async () => {
    const empty = await scratchFolder();
    try {
      const missing = await failure(
        readComtradeBulk([join(empty.folder, 'nope.csv'), empty.folder], { instance }),
      );
      expect(missing.code).toBe('INVALID_INPUT');
      expect(missing.issues.map((issue) => issue.path)).toEqual([
        ['paths', 0],
        ['paths', 1],
      ]);
      const other = await empty.write('other.csv', 'a,b\n1,2\n');
      const notComtrade = await failure(readComtradeBulk(other, { instance }));
      expect(notComtrade.issues[0]?.message).toMatch(
        /^no file has the columns reporterCode \(or reporterISO\), partnerCode \(or partnerISO\)/,
      );
      const options = await failure(readComtradeBulk(other, { instance, scale: 40 }));
      expect(options.issues[0]?.path).toEqual(['options', 'scale']);
    } finally {
      await empty.remove();
    }
  });
});

test("each row's status in the table, and its valuation beside it, as the core's importer gives them", async () => {
  // The table had no status, and nothing said an import was valued FOB.
  const file = await scratch.write(
    'status-valuation.csv',
    bulkText([
      bulkRecord({ flowCode: 'M', fobvalue: '1000', cifvalue: '1100' }),
      bulkRecord({ isReported: 'false', isAggregate: 'false' }),
      bulkRecord({ partnerCode: '116', partnerISO: 'KHM', cifvalue: '1000', fobvalue: '' }),
    ]),
  );
  const { table, valuations } = await readComtradeBulk(file, { instance });
  expect(
    Array.from({ length: table.length }, (_, row) =>
      [
        table.keyAt(row, 'partner'),
        table.keyAt(row, 'flow'),
        table.keyAt(row, 'status'),
        valuations[row],
      ].join(' '),
    ),
  ).toEqual(['KHM export official CIF', 'LAO export estimate FOB', 'LAO import official FOB']);
});

test.each(['SIGINT', 'SIGTERM'] as const)(
  'the copy read in place of a file whose lines before the header end otherwise goes when the process is stopped meanwhile (%s)',
  async (signal) => {
    // (SIGHUP: the two tests below.)
    const temporary = join(scratch.folder, `system-temporary-${signal}`);
    await mkdir(temporary);
    const file = await scratch.write('sep-crlf.csv', `sep=,\r\n${bulkText([bulkRecord()])}`);
    const given = process.env.TMPDIR;
    // The test's own listener, so that the read's does not stop the test's process.
    const kept = () => {};
    process.on(signal, kept);
    process.env.TMPDIR = temporary;
    try {
      let settled = false;
      const read = readComtradeBulk(file, { instance }).then(
        () => (settled = true),
        () => (settled = true),
      );
      let copies: string[] = [];
      while (copies.length === 0 && !settled) {
        await new Promise(setImmediate);
        copies = await readdir(temporary);
      }
      expect(copies).toEqual([expect.stringMatching(/^bilateral-relined-/)]);
      process.emit(signal, signal);
      expect(await readdir(temporary)).toEqual([]);
      await read;
      expect(await readdir(temporary)).toEqual([]);
    } finally {
      process.env.TMPDIR = given;
      process.off(signal, kept);
    }
  },
);

test('the copy read in place of a mixed file stays for the read when the program listens for SIGHUP itself (a reload), and goes with the read', async () => {
  // The copy went when a program reloading on SIGHUP was sent one, and the read failed.
  const temporary = join(scratch.folder, 'system-temporary-reload');
  await mkdir(temporary);
  const file = await scratch.write('sep-crlf-reload.csv', `sep=,\r\n${bulkText([bulkRecord()])}`);
  const given = process.env.TMPDIR;
  let reloads = 0;
  const reload = () => {
    reloads += 1;
  };
  process.on('SIGHUP', reload);
  process.env.TMPDIR = temporary;
  try {
    let settled = false;
    const read = readComtradeBulk(file, { instance }).finally(() => (settled = true));
    let copies: string[] = [];
    while (copies.length === 0 && !settled) {
      await new Promise(setImmediate);
      copies = await readdir(temporary);
    }
    expect(copies).toEqual([expect.stringMatching(/^bilateral-relined-/)]);
    process.emit('SIGHUP', 'SIGHUP');
    expect({ reloads, left: await readdir(temporary) }).toEqual({ reloads: 1, left: copies });
    expect((await read).table.length).toBe(1);
    expect(await readdir(temporary)).toEqual([]);
    expect(process.listeners('SIGHUP')).toEqual([reload]);
  } finally {
    process.env.TMPDIR = given;
    process.off('SIGHUP', reload);
  }
});

test('the copy goes on SIGHUP when no program listens for it, and the signal is raised again to stop the process', async () => {
  const temporary = join(scratch.folder, 'system-temporary-hangup');
  await mkdir(temporary);
  const file = await scratch.write('sep-crlf-hangup.csv', `sep=,\r\n${bulkText([bulkRecord()])}`);
  const given = process.env.TMPDIR;
  const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
  process.env.TMPDIR = temporary;
  try {
    let settled = false;
    const read = readComtradeBulk(file, { instance }).then(
      () => (settled = true),
      () => (settled = true),
    );
    let copies: string[] = [];
    while (copies.length === 0 && !settled) {
      await new Promise(setImmediate);
      copies = await readdir(temporary);
    }
    expect(copies).toEqual([expect.stringMatching(/^bilateral-relined-/)]);
    process.emit('SIGHUP', 'SIGHUP');
    expect(await readdir(temporary)).toEqual([]);
    expect(kill.mock.calls).toEqual([[process.pid, 'SIGHUP']]);
    await read;
  } finally {
    process.env.TMPDIR = given;
    kill.mockRestore();
  }
});

test('the copy and the file the core writes around the read (writeInPlace) both go on SIGHUP, and the signal is raised again once', async () => {
  // As the command runs them (-o /dev/stdout): each is to take the other's listener for its own,
  // not for a program's reload.
  const temporary = join(scratch.folder, 'system-temporary-both');
  await mkdir(temporary);
  const file = await scratch.write('sep-crlf-both.csv', `sep=,\r\n${bulkText([bulkRecord()])}`);
  const given = process.env.TMPDIR;
  const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
  process.env.TMPDIR = temporary;
  try {
    let during: string[] = [];
    let after: string[] = [];
    const written = writeInPlace(join(temporary, 'out.json'), async (beside) => {
      await writeFile(beside, '{}');
      let settled = false;
      const read = readComtradeBulk(file, { instance }).finally(() => (settled = true));
      let copies: string[] = [];
      while (!copies.some((name) => name.startsWith('bilateral-relined-')) && !settled) {
        await new Promise(setImmediate);
        copies = await readdir(temporary);
      }
      during = copies;
      process.emit('SIGHUP', 'SIGHUP');
      after = await readdir(temporary);
      await read.catch(() => {});
    });
    await written.catch(() => {});
    expect(during).toEqual([
      expect.stringMatching(/^\.out\.json\..*\.tmp$/),
      expect.stringMatching(/^bilateral-relined-/),
    ]);
    expect(after).toEqual([]);
    expect(kill.mock.calls).toEqual([[process.pid, 'SIGHUP']]);
    expect(process.listenerCount('SIGHUP')).toBe(0);
  } finally {
    process.env.TMPDIR = given;
    kill.mockRestore();
  }
});

test('a copy that cannot be written where the system keeps temporary files is refused at the file, in words', async () => {
  // The error of mkdtemp was thrown as it was (ENOTDIR: not a directory, mkdtemp …), or DuckDB's
  // words of the mixed file ('The CSV Parser state machine reached an invalid state').
  const body = bulkText([bulkRecord(), bulkRecord({ period: '2022' })]);
  const before = await scratch.write('before-header.csv', `sep=,\r\n${body}`);
  const after = await scratch.write(
    'after-header.csv',
    body.replace(/\n(?=.)/g, (_, i) => (i % 2 ? '\n' : '\r\n')),
  );
  const notFolder = await scratch.write('not-a-folder', '');
  const given = process.env.TMPDIR;
  process.env.TMPDIR = notFolder;
  try {
    for (const file of [before, after]) {
      const error = await failure(readComtradeBulk(file, { instance }));
      expect([error.code, error.issues]).toEqual([
        'INVALID_INPUT',
        [
          {
            path: ['files', 0],
            message: `${basename(file)}: its lines end in more than one way (LF, CRLF, CR), so DuckDB reads a copy of it with one line end (as large as the file unpacked), which cannot be written in ${notFolder}: a part of its path is a file, not a folder`,
          },
        ],
      ]);
    }
  } finally {
    process.env.TMPDIR = given;
  }
});
