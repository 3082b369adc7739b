import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { createFlowTableBuilder, flowTableFromRecords } from '../table/index.js';
import { type ComtradeJson, record, response, toCsv } from './__fixtures__/comtrade.js';
import { cut } from './__fixtures__/cut-text.js';
import { type ComtradeImportOptions, importComtrade } from './import-comtrade.js';
import { importComtradeStream, inputKind } from './import-comtrade-stream.js';
import type { ReportRow } from './import-result.js';

const OPTIONS = { date: '2024-06-01' } as const;

/** A file of many kinds of row: totals, breakdowns, repeats, services, areas, nested codes. */
const MIXED: ComtradeJson[] = [
  record(),
  record({ motCode: 2100, motDesc: 'Sea', primaryValue: 38000000000, fobvalue: 38000000000 }),
  record({ customsCode: 'C01', primaryValue: 5, fobvalue: 5 }),
  record({ partner2Code: 4, primaryValue: 6, fobvalue: 6 }),
  record({ flowCode: 'RX', primaryValue: 7, fobvalue: 7 }),
  record(),
  record({ typeCode: 'S', cmdCode: 'S', classificationCode: 'EB' }),
  record({ partnerCode: 76, partnerISO: 'BRA', partnerDesc: 'Brazil' }),
  record({ partnerCode: 899, partnerISO: 'XNS', partnerDesc: 'Areas, nes' }),
  record({ cmdCode: 'TOTAL', cmdDesc: 'Côte d’Ivoire — all goods', primaryValue: 9e10 }),
  record({ cmdCode: '12', classificationCode: 'H5', primaryValue: 4e10 }),
  record({ period: '2022', refYear: 2022, refPeriodId: 20220101, motCode: 1000 }),
  record({ cmdCode: '1202', qtyUnitCode: -1, qtyUnitAbbr: 'N/A', qty: 0, primaryValue: 1 }),
];
const MIXED_CSV = toCsv(MIXED, { crlf: true, bom: true });

/** The flows handed out, the sources and the report of a streamed import. */
async function streamed(source: Parameters<typeof importComtradeStream>[0], options = {}) {
  const flows: TradeFlowJson[] = [];
  const batches: number[] = [];
  const { sources, report } = await importComtradeStream(source, {
    ...OPTIONS,
    ...options,
    onFlows: (batch) => {
      batches.push(batch.length);
      flows.push(...batch);
    },
  });
  return { document: { sources, flows }, report, batches };
}

/** What the whole-text importer gives for `text`. */
function whole(text: string, options: ComtradeImportOptions = {}) {
  return importComtrade(text, { ...OPTIONS, ...options });
}

describe('importComtradeStream', () => {
  it('gives what importComtrade gives for the whole text, however the text is cut', async () => {
    for (const rows of ['totals', 'breakdowns'] as const) {
      const expected = whole(MIXED_CSV, { rows });
      expect(expected.report.excluded.length).toBeGreaterThanOrEqual(4);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (places) => {
          const { document, report } = await streamed(cut(MIXED_CSV, places), { rows });
          expect({ document, report }).toEqual(expected);
        }),
        propertyRuns(20261202, { ci: 25, full: 300 }),
      );
    }
  });

  it('the mixed file has the notes only the whole file can give', () => {
    const codes = whole(MIXED_CSV).report.notes.map((note) => note.code);
    expect(codes).toEqual(
      expect.arrayContaining(['no-totals-row', 'mixed-classifications', 'nested-commodities']),
    );
  });

  it('decodes UTF-8 bytes cut inside a character, a byte-order mark and a CR LF', async () => {
    const bytes = new TextEncoder().encode(MIXED_CSV);
    const expected = whole(MIXED_CSV);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (places) => {
        const { document, report } = await streamed(cut(bytes, places));
        expect({ document, report }).toEqual(expected);
      }),
      propertyRuns(20261203, { ci: 25, full: 300 }),
    );
  });

  it('reads a tab-separated bulk file (a real shape) as the whole-text importer does', async () => {
    const text = readFileSync(join(import.meta.dirname, '__fixtures__/shapes/v1-bulk.txt'), 'utf8');
    const { document, report } = await streamed(cut(text, [1000, 2001, 2002, 5000]));
    expect({ document, report }).toEqual(whole(text));
  });

  it('reads a Node Readable (a file stream) and a web ReadableStream', async () => {
    const expected = whole(MIXED_CSV);
    const buffer = Buffer.from(MIXED_CSV, 'utf8');
    const node = Readable.from(cut(buffer, [3, 700, 701, 1500]));
    const web = new Blob([buffer]).stream();
    for (const source of [node, web]) {
      const { document, report } = await streamed(source);
      expect({ document, report }).toEqual(expected);
    }
  });

  it('hands the flows out in batches as the rows arrive', async () => {
    const lines = toCsv([record()]).split('\n');
    const chunks = [
      `${lines[0]}\n`,
      `${lines[1]}\n`,
      toCsv([record({ period: '2022', refYear: 2022, refPeriodId: 20220101 })]).split('\n')[1] ??
        '',
    ];
    const { batches, report } = await streamed(chunks);
    expect(batches).toEqual([1, 1]);
    expect(report.imported).toBe(2);
  });

  it('builds a flow table batch by batch (createFlowTableBuilder)', async () => {
    const builder = createFlowTableBuilder();
    await importComtradeStream(cut(MIXED_CSV, [500, 1500]), {
      ...OPTIONS,
      onFlows: (flows) => builder.append(flows),
    });
    const table = builder.finish();
    const expected = flowTableFromRecords(whole(MIXED_CSV).document.flows);
    expect(table.length).toBe(expected.length);
    expect(Array.from({ length: table.length }, (_, row) => table.valueAt(row).toFixed())).toEqual(
      Array.from({ length: expected.length }, (_, row) => expected.valueAt(row).toFixed()),
    );
  });

  it('reads CSV with CR line ends and JSON on one line in chunks (the first line decides)', async () => {
    const crOnly = MIXED_CSV.replace(/\r\n/g, '\r');
    expect(await streamed(cut(crOnly, [40, 41, 2000]))).toMatchObject({
      report: whole(crOnly).report,
    });
    const oneLine = JSON.stringify(response(2023));
    expect(await streamed(['  \n', ...cut(oneLine, [1, 300, 600])])).toMatchObject(whole(oneLine));
  });

  it('reads a JSON response on one line as importComtrade does', async () => {
    const text = JSON.stringify(response(2023));
    const { document, report } = await streamed(cut(text, [10, 20]));
    expect({ document, report }).toEqual(whole(text));
  });

  it('reads a JSON response or array record by record, with the report and errors of importComtrade', async () => {
    const places = [1, 30, 31, 700, 2000, 2001, 5000];
    for (const text of [
      JSON.stringify({ elapsedTime: '1 sec', count: 20, data: MIXED, error: '' }, null, 1),
      JSON.stringify(MIXED),
    ]) {
      for (const rows of ['totals', 'breakdowns'] as const) {
        const { document, report } = await streamed(cut(text, places), { rows });
        expect({ document, report }).toEqual(whole(text, { rows }));
      }
    }
    const bad = JSON.stringify({ count: 3, data: [record(), record({ primaryValue: 'lots' }), 7] });
    const error = await streamed(cut(bad, places)).catch((caught: unknown) => caught);
    const expected = (() => {
      try {
        whole(bad);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect((error as BilateralError).issues).toEqual((expected as BilateralError).issues);
    expect((error as BilateralError).issues.map((issue) => issue.path)).toEqual([
      ['data', 1, 'primaryValue'],
      ['data', 2],
    ]);
    // The one difference: records in "dataset" and then in "data" (importComtrade reads "data").
    const both = JSON.stringify({ dataset: [record()], data: [record()] });
    const refused = await streamed([both]).catch((caught: unknown) => caught);
    expect((refused as BilateralError).issues).toEqual([
      {
        path: ['data'],
        message:
          'the response has records in both "dataset" and "data": keep one of them (the import reads "data", which comes after "dataset" here)',
      },
    ]);
  });

  it('tells a key given again with another value before a later syntax error, as importComtrade does', async () => {
    // The first problem in reading order, found once the second value is read: in the same
    // record, before a later record, and in the response's own keys.
    const cases = [
      [
        '{"count": 2, "data": [\n {"a": 1, "a": 2, "b": x}]}',
        'line 2, column 11: the key "a" again in its object: ` {"a": 1, ▶"a": 2, "b": x}]}`',
      ],
      [
        '[{"a": 1,\n  "a": [2]},\n {"b": tru}]',
        'line 2, column 3: the key "a" again in its object: `  ▶"a": [2]},`',
      ],
      [
        '{"count": 1,\n "count": 2, "data": []} x',
        'line 2, column 2: the key "count" again in its object: ` ▶"count": 2, "data": []} x`',
      ],
    ];
    for (const [text = '', detail] of cases) {
      const issues = [{ path: [], message: `the text is not valid JSON: ${detail}` }];
      expect(() => whole(text)).toThrow(expect.objectContaining({ issues }));
      for (const places of [[], [9], [1, 14, 20, 30]]) {
        const error = await streamed(cut(text, places)).catch((caught: unknown) => caught);
        expect((error as BilateralError).issues).toEqual(issues);
      }
    }
  });

  it('reads a JSON response cut anywhere, inside escapes, surrogate pairs, numbers, a UTF-8 character or the byte-order mark, as importComtrade does', async () => {
    const data = [
      ...MIXED,
      record({
        ...{ period: '2020', refYear: 2020, refPeriodId: 20200101, cmdCode: 'TOTAL' },
        ...{ cmdDesc: 'Soya "beans" \\ 🌱, broken or not', primaryValue: 123456789 },
      }),
      record({ partnerDesc: 'Côte d’Ivoire', partnerCode: 384, partnerISO: 'CIV' }),
    ];
    // Escapes JSON.stringify does not write: a reporter's code, a pair as two escapes, long digits.
    const text =
      `\uFEFF${JSON.stringify({ elapsedTime: '1 sec', count: data.length, data, error: '' }, null, 1)}`
        .replaceAll('"reporterISO": "BRA"', '"reporterISO": "\\u0042R\\u0041"')
        .replaceAll('"partnerDesc": "China"', '"partnerDesc": "\\ud83c\\udf31 Chin\\u0061"')
        .replace('"primaryValue": 123456789,', '"primaryValue": 123456789.123456789012345678,');
    expect(text).toContain('123456789.123456789012345678');
    expect(whole(text).document.flows.map((flow) => flow.value)).toContain(
      '123456789.123456789012345678',
    );
    const bytes = new TextEncoder().encode(text);
    for (const rows of ['totals', 'breakdowns'] as const) {
      const expected = whole(text, { rows });
      await fc.assert(
        fc.asyncProperty(
          fc.boolean(),
          fc.array(fc.nat(), { maxLength: 40 }),
          async (asBytes, places) => {
            const pieces = asBytes ? cut(bytes, places) : cut(text, places);
            const { document, report } = await streamed(pieces, { rows });
            expect({ document, report }).toEqual(expected);
          },
        ),
        propertyRuns(20261205, { ci: 40, full: 400 }),
      );
    }
  });

  it('reads JSON Lines (what fetch comtrade -o *.jsonl writes) with the rules of a JSON array', async () => {
    const text = `\uFEFF${MIXED.map((item) => JSON.stringify(item)).join('\n')}\n\n`;
    const { document, report } = await streamed(cut(text, [7, 900, 901]));
    const array = whole(JSON.stringify(MIXED));
    expect(document.flows).toEqual(array.document.flows);
    expect(report).toMatchObject({
      container: 'json-lines',
      rowPath: ['rows'],
      records: MIXED.length,
      imported: array.report.imported,
      flowRows: array.report.flowRows,
    });
    expect(report.excluded.map((group) => [group.reason, group.rows, group.lines])).toEqual(
      array.report.excluded.map((group) => [
        group.reason,
        group.rows,
        group.rows.map((row) => row + 1),
      ]),
    );
    expect(document.sources[0]?.note).toContain(`${MIXED.length} UN Comtrade records (JSON Lines)`);
    const bad = `${JSON.stringify(record())}\n{"reporterCode": 76,\n`;
    const error = await streamed([bad]).catch((caught: unknown) => caught);
    expect((error as BilateralError).issues.map((issue) => issue.path)).toEqual([['rows', 1]]);
    expect((error as BilateralError).issues[0]?.message).toMatch(
      /^the line is not a JSON record: .*\(line 2\)$/,
    );
  });

  it('tells JSON, JSON Lines and CSV apart by the first line', () => {
    expect(inputKind('{\n  "data": []\n}')).toBe('json');
    expect(inputKind('{"data": [], "count": 0}')).toBe('json');
    expect(inputKind('[{"a": 1}]')).toBe('json');
    expect(inputKind('{"reporterCode": 76}')).toBe('json-lines');
    expect(inputKind('{"reporterCode": 76}\n{"reporterCode": 156}')).toBe('json-lines');
    expect(inputKind('reporterCode,flowCode\n')).toBe('csv');
    expect(inputKind('{"reporterCode": 76}\r\n{"reporterCode": 156}')).toBe('json-lines');
  });

  it('names the line and field of a bad row, after reading the whole input', async () => {
    const csv = toCsv([
      record(),
      record({ primaryValue: 'lots' }),
      record({ period: '2022', refYear: 2022, refPeriodId: 20220101, primaryValue: 2 }),
      record({ primaryValue: 3 }),
    ]);
    const error = await streamed(cut(csv, [900])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BilateralError);
    const issues = (error as BilateralError).issues;
    expect(issues.map((issue) => issue.path)).toEqual([
      ['rows', 1, 'primaryValue'],
      ['rows', 3],
    ]);
    expect(issues[0]?.message).toMatch(/\(line 3\)$/);
    expect(issues[1]?.message).toMatch(/^repeats row 0 .*\(line 5\)$/);
    let whole_: unknown;
    try {
      whole(csv);
    } catch (caught) {
      whole_ = caught;
    }
    expect(new Set((whole_ as BilateralError).issues)).toEqual(new Set(issues));
  });

  it('refuses a quote never closed, a file of white space, UTF-16 and bytes that are not UTF-8', async () => {
    const fail = (source: Parameters<typeof importComtradeStream>[0]) =>
      streamed(source).then(
        () => 'imported',
        (error: BilateralError) => error.issues.map((issue) => issue.message).join('\n'),
      );
    const [header, row] = toCsv([record()]).split('\n');
    expect(await fail([`${header}\n${row}\n"X\n`, '156\n'])).toMatch(
      /^line 3: the quoted field opened on line 3 is never closed/,
    );
    expect(await fail(['  \n', '\n'])).toMatch(/the file is empty/);
    expect(await fail([new Uint8Array([0xff, 0xfe, 0x61, 0])])).toMatch(/UTF-16/);
    expect(await fail(cut('[{"a": 1}]'.split('').join('\u0000'), [3]))).toMatch(/UTF-16/);
    expect(await fail([new Uint8Array([0x61, 0x0a, 0xe9, 0x0a])])).toMatch(/not UTF-8/);
    expect(await fail([42 as unknown as string])).toMatch(
      /expected chunks of text or of bytes, got number 42/,
    );
  });

  it('hands out the full list of exclusion and note rows, the same for CSV and for JSON read whole', async () => {
    const full = async (text: string) => {
      const rows: ReportRow[] = [];
      await importComtradeStream([text], {
        ...OPTIONS,
        onFlows: () => undefined,
        onReportRows: (batch) => {
          rows.push(...batch);
        },
      });
      return rows.map(({ reason, code, row, message }) => `${reason ?? code} ${row} ${message}`);
    };
    const fromCsv = await full(MIXED_CSV);
    const fromJson = await full(JSON.stringify({ count: MIXED.length, data: MIXED }));
    const { report } = importComtrade(MIXED_CSV, OPTIONS);
    const groups = [...report.excluded, ...report.notes].filter((group) => group.rows.length > 0);
    expect(fromCsv).toHaveLength(groups.reduce((n, group) => n + group.rows.length, 0));
    expect(fromCsv.sort()).toEqual(fromJson.sort());
  });
});
