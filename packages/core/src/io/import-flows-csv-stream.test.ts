import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { cut } from './__fixtures__/cut-text.js';
import { ImportLog } from './_report.js';
import { type FlowsCsvImportOptions, flowsCsvRules, importFlowsCsv } from './import-flows-csv.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';

const OPTIONS = { date: '2024-06-01' } as const;
const SHAPES = join(import.meta.dirname, '__fixtures__/shapes');

/** Rows with defaults, notes, a quoted note over two lines, a lost leading zero, sources. */
const CSV = [
  'reporter,partner,flow,period,value,currency,commodity,status,source,note',
  'VNM,LAO,export,2024-01,491900000,USD,901,,moit,"border trade, ""all"" gates"',
  'VNM,LAO,import,2024-01,1.5,USD,,official,,"two\r\nlines"',
  'LAO,VNM,export,2024-Q1,0.25,USD,1201,estimate,lsb,',
  'VNM,LAO,export,2024-02,-0,USD,0901,revised,moit,Đồng Đăng',
].join('\r\n');

async function streamed(
  source: Parameters<typeof importFlowsCsvStream>[0],
  options: FlowsCsvImportOptions = {},
) {
  const flows: TradeFlowJson[] = [];
  const { sources, report } = await importFlowsCsvStream(source, {
    ...OPTIONS,
    ...options,
    onFlows: (batch) => {
      flows.push(...batch);
    },
  });
  return { document: { sources, flows }, report };
}

describe('importFlowsCsvStream', () => {
  it('gives what importFlowsCsv gives for the whole text, however the bytes are cut', async () => {
    const expected = importFlowsCsv(CSV, OPTIONS);
    expect(expected.report.notes.length).toBeGreaterThan(1);
    const bytes = new TextEncoder().encode(CSV);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 20 }), async (places) => {
        expect(await streamed(cut(bytes, places))).toEqual(expected);
      }),
      propertyRuns(20261205, { ci: 30, full: 300 }),
    );
  });

  it('reads the shared file shapes (comma and semicolon with decimal commas) as importFlowsCsv does', async () => {
    const comma = readFileSync(join(SHAPES, 'flows-comma.csv'), 'utf8');
    expect(
      await streamed(Readable.from(cut(comma, [50, 51, 300])), { decimalComma: true }),
    ).toEqual(importFlowsCsv(comma, { ...OPTIONS, decimalComma: true }));
    const eu = readFileSync(join(SHAPES, 'flows-eu.csv'), 'utf8');
    const euOptions = { delimiter: ';', decimalComma: true } as const;
    expect(await streamed(new Blob([eu]).stream(), euOptions)).toEqual(
      importFlowsCsv(eu, { ...OPTIONS, ...euOptions }),
    );
  });

  it('names the line and field of each bad row once the input has ended', async () => {
    const bad = `${CSV}\r\nVNM,LAO,export,2024-13,1,USD,,,,\r\nVNM,VNM,export,2024,1,USD,,,,\r\n`;
    const error = await streamed(cut(bad, [200, 300])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BilateralError);
    let whole: unknown;
    try {
      importFlowsCsv(bad, OPTIONS);
    } catch (caught) {
      whole = caught;
    }
    expect((error as BilateralError).issues).toEqual((whole as BilateralError).issues);
    expect((error as BilateralError).issues[0]?.message).toMatch(/\(line 7\)$/);
  });

  it('names the line of a value past the supported range, streamed and whole alike', async () => {
    const bad = `${CSV}\r\nVNM,LAO,export,2025,1${'0'.repeat(36)},USD,,,,\r\n`;
    const error = await streamed(cut(bad, [100])).catch((caught: unknown) => caught);
    let whole: unknown;
    try {
      importFlowsCsv(bad, OPTIONS);
    } catch (caught) {
      whole = caught;
    }
    const expected = [
      {
        path: ['rows', 4, 'value'],
        message: expect.stringMatching(/^is past the supported range: .* \(line 7\)$/),
      },
    ];
    expect((error as BilateralError).issues).toEqual(expected);
    expect((whole as BilateralError).issues).toEqual(expected);
  });

  it('sends a UN Comtrade file (JSON or CSV) to the Comtrade importer, as importFlowsCsv does', async () => {
    const fixtures = join(import.meta.dirname, '__fixtures__/shapes');
    for (const name of ['v1-all-partners.json', 'v1-bulk.txt']) {
      const text = readFileSync(join(fixtures, name), 'utf8');
      const error = await streamed(cut(text, [1, 40])).catch((caught: unknown) => caught);
      let whole: unknown;
      try {
        importFlowsCsv(text, OPTIONS);
      } catch (caught) {
        whole = caught;
      }
      expect((error as BilateralError).issues).toEqual((whole as BilateralError).issues);
      expect((error as BilateralError).issues).toEqual([
        {
          path: ['header'],
          message: expect.stringContaining('import it with importComtrade()'),
          hint: { code: 'IMPORT_COMTRADE', message: 'importComtrade()' },
        },
      ]);
    }
  });

  it('refuses a bad header at once, as importFlowsCsv does', async () => {
    const error = await streamed(['reporter,partner,flow,period,valeu,currency\n']).catch(
      (caught: unknown) => caught,
    );
    expect((error as BilateralError).issues.map((issue) => issue.path)).toEqual([
      ['header', 4],
      ['header'],
    ]);
  });

  it('reads plain rows by the lean reader and gives what the general reader gives, rows plain or not', async () => {
    /** Mostly a plain cell; now and then one the general reader reads (or refuses). */
    const cell = (plain: string[], odd: string[]) =>
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...plain) },
        { weight: 1, arbitrary: fc.constantFrom(...odd) },
      );
    const months = Array.from({ length: 12 }, (_, at) => `2024-${String(at + 1).padStart(2, '0')}`);
    const columns = {
      reporter: cell(['VNM', 'LAO'], [' VNM', 'vnm', 'XXX', '']),
      partner: cell(['LAO', 'THA', 'CHN'], ['VNM', 'THA ']),
      flow: cell(['export', 'import'], ['Export', '']),
      period: cell([...months, '2023', '2024-Q1'], [' 2024', '2024-13', '']),
      value: cell(['1', '1.5', '491900000.25'], ['00012', '-0', '1,5', 'x', '', '1'.repeat(31)]),
      currency: cell(['USD'], ['LAK', 'usd', '']),
      commodity: cell(['', '1001', '10'], ['901', '12345', ' 10']),
      status: cell(['', 'official'], ['estimate', 'final', ' official']),
      source: cell(['', 'moit'], ['Bad Id', 'lsb']),
      note: cell([''], ['by road']),
    };
    type Name = keyof typeof columns;
    const headers: Name[][] = [
      ['reporter', 'partner', 'flow', 'period', 'value', 'currency'],
      ['period', 'reporter', 'partner', 'flow', 'commodity', 'value', 'currency', 'source'],
      ['reporter', 'partner', 'flow', 'period', 'value', 'currency', 'status', 'commodity'],
      ['reporter', 'partner', 'flow', 'period', 'value', 'currency', 'note'],
    ];
    const row = fc.record(columns);
    const line = fc.oneof(
      { weight: 20, arbitrary: row.map((cells) => ({ cells, extra: '' })) },
      { weight: 1, arbitrary: row.map((cells) => ({ cells, extra: ',x' })) },
      { weight: 1, arbitrary: fc.constant({ cells: undefined, extra: '' }) },
    );
    /** The import's outcome: its flows and report, or its error's code and issues. */
    const outcome = async (run: () => Promise<unknown> | unknown) => {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof BilateralError)) throw error;
        return { code: error.code, issues: error.issues };
      }
    };
    await fc.assert(
      fc.asyncProperty(
        fc.nat(headers.length - 1),
        fc.array(line, { minLength: 1, maxLength: 16 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom<FlowsCsvImportOptions>({}, { status: 'revised' }),
        async (which, lines, places, options) => {
          const header = headers[which] as Name[];
          const rows = [
            header.join(','),
            ...lines.map(({ cells, extra }) =>
              cells === undefined ? '' : header.map((name) => cells[name]).join(',') + extra,
            ),
          ];
          // With CRLF line breaks every row goes the general way (the lean reader takes lines
          // without a carriage return): the same rows, cells and lines.
          const general = await outcome(() => streamed([rows.join('\r\n')], options));
          const text = rows.join('\n');
          expect(await outcome(() => streamed(cut(text, places), options))).toEqual(general);
          if (!('issues' in (general as object))) {
            expect(general).toEqual(importFlowsCsv(text, { ...OPTIONS, ...options }));
          }
        },
      ),
      propertyRuns(20261206, { ci: 80, full: 1000 }),
    );
  });

  it('takes a plain row by the lean reader, and leaves any other to the general one', () => {
    const rules = flowsCsvRules(OPTIONS);
    const log = new ImportLog(['rows']);
    const header = ['reporter', 'partner', 'flow', 'period', 'value', 'currency', 'status'];
    rules.readHeader(header, log, ',');
    const plain = ['VNM', 'LAO', 'export', '2024-01', '491900000.5', 'USD', ''];
    expect(rules.readPlain(plain, 0, log)).toEqual({
      reporter: 'VNM',
      partner: 'LAO',
      flow: 'export',
      period: '2024-01',
      value: '491900000.5',
      currency: 'USD',
      status: 'official',
      source: 'csv-import',
    });
    expect(log.notes().map((note) => [note.code, note.rows])).toEqual([
      ['default-status', [0]],
      ['default-source', [0]],
    ]);
    for (const [at, odd] of [
      [0, ' VNM'],
      [2, 'Export'],
      [3, '2024-13'],
      [4, '1,5'],
      [5, 'usd'],
      [6, 'final'],
    ] as const) {
      const cells = [...plain];
      cells[at] = odd;
      expect(rules.readPlain(cells, 1, log)).toBeNull();
    }
    expect(rules.readPlain(plain.slice(1), 1, log)).toBeNull();
    expect(rules.readPlain([...plain, ''], 1, log)).toBeNull();
    const withNote = flowsCsvRules(OPTIONS);
    withNote.readHeader(
      ['reporter', 'partner', 'flow', 'period', 'value', 'currency', 'note'],
      log,
      ',',
    );
    expect(withNote.readPlain([...plain.slice(0, 6), ''], 1, log)).toBeNull();
  });
});
