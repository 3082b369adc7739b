import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/schemas.js';
import { BilateralError, formatIssuePath } from '../errors/index.js';
import type { Source } from '../flow/index.js';
import { DecimalStringSchema } from '../money/money-schema.js';
import { importFlowsCsv, withoutOptionWords } from './import-flows-csv.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';

const now = () => new Date('2025-03-04T10:00:00Z');

const seed004: Source = {
  id: 'seed-004-moit-2024-10-24',
  publisher: 'Ministry of Industry and Trade of Vietnam',
  title: 'Promoting border trade, strengthening Vietnam–Laos trade relations',
  date: '2024-10-24',
  language: 'en',
};

/** Figures of seed 004 (see docs/datasets.md), as a user would keep them. */
const FULL = [
  'reporter,partner,flow,period,value,currency,commodity,status,source,precision,note',
  'VNM,LAO,export,2024-01/2024-09,491900000,USD,,preliminary,seed-004-moit-2024-10-24,100000,"US$491.9 million, +24 %"',
  'VNM,LAO,import,2024-01/2024-09,1000000000,USD,,preliminary,seed-004-moit-2024-10-24,100000000,"published as ""US$1 billion"""',
].join('\r\n');

function failure(text: string): string[] {
  try {
    importFlowsCsv(text, { now });
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    expect(error.code).toBe('INVALID_IMPORT');
    return error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  }
  throw new Error('imported without an error');
}

const HEADER = 'reporter,partner,flow,period,value,currency';

describe('importFlowsCsv', () => {
  it('imports every column, values as written, quoted notes with commas and quotes', () => {
    const result = importFlowsCsv(FULL, { sources: [seed004], now });
    expect(result.document).toEqual({
      sources: [seed004],
      flows: [
        {
          reporter: 'VNM',
          partner: 'LAO',
          flow: 'export',
          period: '2024-01/2024-09',
          value: '491900000',
          currency: 'USD',
          status: 'preliminary',
          source: 'seed-004-moit-2024-10-24',
          precision: '100000',
          note: 'US$491.9 million, +24 %',
        },
        {
          reporter: 'VNM',
          partner: 'LAO',
          flow: 'import',
          period: '2024-01/2024-09',
          value: '1000000000',
          currency: 'USD',
          status: 'preliminary',
          source: 'seed-004-moit-2024-10-24',
          precision: '100000000',
          note: 'published as "US$1 billion"',
        },
      ],
    });
    expect(result.report).toEqual({
      format: 'flows-csv',
      container: 'csv',
      rowPath: ['rows'],
      records: 2,
      imported: 2,
      flowRows: [0, 1],
      excluded: [],
      notes: [],
    });
    expect(
      parseDataset({ id: 'seed-004', title: { en: 'Seed 004' }, ...result.document }).flows,
    ).toHaveLength(2);
  });

  it('keeps values exactly as written, and reads columns in any order and letter case', () => {
    const text = `\uFEFFValue,Currency,Period,Flow,Partner,Reporter,Commodity,Valuation\n159.60,USD,2021-Q1,export,LAO,VNM,0901,FOB\n`;
    const { document } = importFlowsCsv(text, { source: seed004, now });
    expect(document.flows[0]).toMatchObject({
      value: '159.60',
      commodity: '0901',
      valuation: 'FOB',
      period: '2021-Q1',
    });
  });

  it('names every row with no source in its note, as it names every row with no status', () => {
    // The note said "rows with no source" and listed the first of them only.
    const result = importFlowsCsv(
      `${HEADER},status,source\nLAO,CHN,export,2024,1,USD,,\nLAO,CHN,import,2024,2,USD,official,customs\nLAO,CHN,export,2023,3,USD,official,\n`,
      { now },
    );
    expect(result.report.notes.map((note) => [note.code, note.rows])).toEqual([
      ['default-status', [0]],
      ['default-source', [0, 2]],
      ['placeholder-source', [1]],
    ]);
  });

  it('fills status and source when the file has none, and says so', () => {
    const result = importFlowsCsv(`${HEADER}\nLAO,CHN,export,2024,4560000000,USD\n`, { now });
    expect(result.document.flows[0]).toMatchObject({ status: 'official', source: 'csv-import' });
    expect(result.document.sources).toEqual([
      expect.objectContaining({ id: 'csv-import', publisher: 'Not stated', date: '2025-03-04' }),
    ]);
    expect(result.report.notes.map((note) => [note.code, note.rows])).toEqual([
      ['default-status', [0]],
      ['default-source', [0]],
    ]);
    // What to do, first for the command's user (who has no options), then in code.
    expect(result.report.notes.map((note) => note.message)).toEqual([
      'rows with no status were given "official" (the default): fill the status column (in code, options.status gives one)',
      'rows with no source cite a placeholder entry "csv-import": describe the publication in it, or fill the source column (in code, options.source gives one)',
    ]);
    const given = importFlowsCsv(`${HEADER}\nLAO,CHN,export,2024,4560000000,USD\n`, {
      source: seed004,
      status: 'estimate',
      now,
    });
    expect(given.document.flows[0]).toMatchObject({ status: 'estimate', source: seed004.id });
    expect(given.document.sources).toEqual([seed004]);
  });

  it('writes a placeholder for a source id nobody described, and lists unknown columns', () => {
    const result = importFlowsCsv(
      `${HEADER},source,comment\nVNM,LAO,export,2017,524500000,USD,vnp-133987,from the paper\n`,
      {
        status: 'official',
        now,
      },
    );
    expect(result.document.sources[0]).toMatchObject({ id: 'vnp-133987', publisher: 'Not stated' });
    expect(result.report.notes.map((note) => note.code)).toEqual([
      'ignored-columns',
      'placeholder-source',
    ]);
    // Said to the command's users too, who have no options.sources: the code's way comes after.
    expect(result.report.notes[1]?.message).toBe(
      'source id "vnp-133987" is not described: a placeholder entry was written among the sources; describe the publication in it (in code, options.sources gives the descriptions)',
    );
    expect(parseDataset({ id: 'x', title: { en: 'X' }, ...result.document }).flows).toHaveLength(1);
  });

  it('names the decimalComma option in a problem, with its hint for a program that words it otherwise', () => {
    const problem = (text: string, options = {}) => {
      try {
        importFlowsCsv(`${HEADER}\nVNM,LAO,export,2024,"${text}",USD\n`, options);
      } catch (error) {
        if (!(error instanceof BilateralError)) throw error;
        return error.issues[0];
      }
      return undefined;
    };
    const hint = { code: 'DECIMAL_COMMA', message: 'decimalComma: true' };
    expect(problem('1,5')).toEqual({
      path: ['rows', 0, 'value'],
      message:
        '"1,5" has a comma as the decimal separator: write "1.5", or read the file with decimal commas (decimalComma: true) (line 2)',
      hint,
    });
    expect(problem('1.000,5', { decimalComma: true })?.hint).toEqual(hint);
    expect(problem('1,000,000')?.hint).toBeUndefined();
    expect(problem('1,500')).toEqual({
      path: ['rows', 0, 'value'],
      message:
        '"1,500" has a comma: write no thousands separators, and a point before decimals, or read the file with decimal commas (decimalComma: true) (line 2)',
      hint,
    });
  });

  it('tells a value in another convention what a decimal string is told (bilateral validate)', () => {
    for (const text of ['1,5', '1,500', '491,900,000', '1,500,000.5', '1.500,25', '1 500,25']) {
      const [message] = failure(`${HEADER}\nVNM,LAO,export,2024,"${text}",USD\n`);
      const checked = DecimalStringSchema.safeParse(text);
      const hint = checked.success
        ? ''
        : /\((.+)\)$/.exec(checked.error.issues[0]?.message ?? '')?.[1];
      expect(hint).toMatch(/ as |no thousands separators/);
      expect(message).toContain(`rows[0].value: ${JSON.stringify(text)} has ${hint}`);
    }
    expect(failure(`${HEADER}\nVNM,LAO,export,2024,"1.500,2.5",USD\n`)).toEqual([
      'rows[0].value: "1.500,2.5" is not a decimal number: write digits with an optional decimal point, e.g. 491900000 or 159.6 (line 2)',
    ]);
  });

  it('tells a bound or an approximate value where its words go (h302)', () => {
    // "more than US$565 million" (The Star): a flow's value is the figure, its words are not.
    expect(
      failure(
        `${HEADER}\nLAO,VNM,export,2023-H1,more than 565000000,USD\nLAO,VNM,import,2023-H1,about 267000000,USD\n`,
      ),
    ).toEqual([
      'rows[0].value: "more than 565000000" is a bound, not a value: write 565000000 and keep "more than" in the note column (line 2)',
      'rows[1].value: "about 267000000" is not a value: write 267000000 and set uncertain to true (line 3)',
    ]);
    // "nearly" is "about" below the figure: its words are kept, as a bound's are (r27d).
    expect(
      failure(`${HEADER}\nVNM,LAO,export,2024,nearly 565000000,USD\nVNM,LAO,import,2024,近5,USD\n`),
    ).toEqual([
      'rows[0].value: "nearly 565000000" is not a value: write 565000000, set uncertain to true and keep "nearly" in the note column (line 2)',
      'rows[1].value: "近5" is not a value: write 5, set uncertain to true and keep "近" in the note column (line 3)',
    ]);
    // Words around something else than a number are not read as one.
    expect(failure(`${HEADER}\nVNM,LAO,export,2024,more than x,USD\n`)).toEqual([
      'rows[0].value: "more than x" is not a decimal number: write digits with an optional decimal point, e.g. 491900000 or 159.6 (line 2)',
    ]);
  });

  it('writes the number with a comma where the file writes decimal commas', () => {
    const text =
      'reporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;1 500 000,5;USD\n';
    expect(() => importFlowsCsv(text, { delimiter: ';', decimalComma: true })).toThrow(
      '"1 500 000,5" has spaces as thousands separators: write "1500000,5" (line 2)',
    );
  });

  it('leaves the words naming an option set in code out of a note for the command (withoutOptionWords)', () => {
    const { notes } = importFlowsCsv(`${HEADER},source\nVNM,LAO,export,2017,1,USD,moit\n`, {
      now,
    }).report;
    expect(notes.map((note) => withoutOptionWords(note).message)).toEqual([
      'rows with no status were given "official" (the default): fill the status column',
      'source id "moit" is not described: a placeholder entry was written among the sources; describe the publication in it',
    ]);
    const other = { code: 'ignored-columns', message: 'x (in code, options.status gives one)' };
    expect(withoutOptionWords(other)).toBe(other);
  });

  it('dates placeholder entries with options.date', () => {
    const { document } = importFlowsCsv(`${HEADER}\nVNM,LAO,export,2017,1,USD\n`, {
      date: '2024-10',
    });
    expect(document.sources[0]?.date).toBe('2024-10');
  });

  it('restores a leading zero a spreadsheet dropped from a commodity code', () => {
    const result = importFlowsCsv(`${HEADER},commodity\nVNM,LAO,export,2017,1,USD,901\n`, {
      source: seed004,
      now,
    });
    expect(result.document.flows[0]?.commodity).toBe('0901');
    expect(result.report.notes.map((note) => note.code)).toContain('leading-zero-restored');
  });

  it('tells a commodity of TOTAL, as UN Comtrade writes all goods, to leave the cell empty', () => {
    expect(
      failure(
        `${HEADER},commodity\nVNM,LAO,export,2017,1,USD,TOTAL\nVNM,LAO,import,2017,1,USD,total\n`,
      ),
    ).toEqual([
      'rows[0].commodity: "TOTAL" is not an HS code: leave the commodity empty for all goods (line 2)',
      'rows[1].commodity: "total" is not an HS code: leave the commodity empty for all goods (line 3)',
    ]);
  });

  it("names the line of a repeated flow's first row, which a spreadsheet numbers otherwise", async () => {
    // "repeats row 1" alone read as a spreadsheet's row 1, the header: rows count from 0 and
    // blank lines are skipped, so the first row's line is given too.
    const text = `${HEADER}\nVNM,LAO,export,2023,1,USD\n\nVNM,LAO,export,2024,1,USD\nVNM,LAO,export,2024,2,USD\n`;
    const expected =
      'rows[2]: repeats row 1 (line 4): same reporter, partner, flow, period (2024), commodity and source (line 5)';
    expect(failure(text)).toEqual([expected]);
    const streamed = await importFlowsCsvStream([text], { now, onFlows: () => {} }).then(
      () => [],
      (error: BilateralError) =>
        error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`),
    );
    expect(streamed).toEqual([expected]);
  });

  it('notes a file whose last row has no line break after it: a cut there imports part of a value', async () => {
    // "…,USD,20" of "…,USD,2000000" cut short was imported as 20 without a word.
    const header = 'reporter,partner,flow,period,currency,value';
    const cut = `${header}\nVNM,LAO,export,2024,USD,1000000\nVNM,LAO,import,2024,USD,20`;
    const note = (text: string) =>
      importFlowsCsv(text, { now }).report.notes.filter((n) => n.code === 'possibly-truncated');
    const streamed = async (text: string) =>
      (await importFlowsCsvStream([text], { now, onFlows: () => {} })).report.notes.filter(
        (n) => n.code === 'possibly-truncated',
      );
    const expected = [
      {
        code: 'possibly-truncated',
        rows: [1],
        lines: [3],
        message:
          'the file ends without a line break after its last row, as a download or copy cut short ends: compare that row with the source, its last value may be cut',
      },
    ];
    expect(note(cut)).toEqual(expected);
    expect(await streamed(cut)).toEqual(expected);
    // A line break (LF or CRLF) or a closing quote at the end: no note; nor for a header alone.
    for (const whole of [
      `${cut}0\n`,
      `${cut}0\r\n`,
      `${header}\nVNM,LAO,import,2024,USD,"20"`,
      header,
    ]) {
      expect(note(whole)).toEqual([]);
      expect(await streamed(whole)).toEqual([]);
    }
    // Only where the last column's field cut short is read as another without an issue (value,
    // commodity, source, note): a cut currency ('US'), status or period is refused already, and
    // many writers (Google Sheets, a join of lines) end every file without a line break.
    const six = 'reporter,partner,flow,period,value,currency';
    for (const whole of [
      `${six}\nVNM,LAO,export,2024,20,USD`,
      `${six},status\nVNM,LAO,export,2024,20,USD,official`,
      `${six},period2\nVNM,LAO,export,2024,20,USD,x`,
    ]) {
      expect(note(whole)).toEqual([]);
      expect(await streamed(whole)).toEqual([]);
    }
    for (const [last, cell] of [
      ['commodity', '0101'],
      ['source', 'moit'],
      ['Note', 'published as US$20'],
    ]) {
      const whole = `${six},${last}\nVNM,LAO,export,2024,20,USD,${cell}`;
      const at = [{ ...expected[0], rows: [0], lines: [2] }];
      expect(note(whole)).toEqual(at);
      expect(await streamed(whole)).toEqual(at);
    }
  });

  it('refuses an empty text (a failed download), and imports nothing from a header alone', () => {
    for (const text of ['', '\uFEFF', '\n\n']) {
      expect(() => importFlowsCsv(text, { now })).toThrowError(/the file is empty/);
    }
    expect(importFlowsCsv(`${HEADER}\n`, { now }).document.flows).toEqual([]);
  });

  it('notes a header alone as empty, as importComtrade does (a cut download may be one)', async () => {
    // It was imported as zero flows with no note at all, where a UN Comtrade file says `empty`.
    const empty = { code: 'empty', rows: [], message: 'the input holds no records' };
    expect(importFlowsCsv(`${HEADER}\n`, { now }).report.notes).toEqual([empty]);
    const { report } = await importFlowsCsvStream([HEADER], { now, onFlows: () => {} });
    expect(report.notes).toEqual([empty]);
  });

  it('says to save UTF-16 text as UTF-8', () => {
    const utf16 = `\uFFFD\uFFFD${[...HEADER].join('\u0000')}`;
    expect(() => importFlowsCsv(utf16, { now })).toThrowError(
      'the file is not UTF-8 text (it starts with a UTF-16 byte-order mark or has NUL characters: UTF-16, or a binary file): save it as UTF-8',
    );
  });

  it('sends a UN Comtrade file, CSV or JSON, to the Comtrade importer: one problem, not a list of columns', () => {
    const shapes = join(import.meta.dirname, '__fixtures__/shapes');
    expect(failure(readFileSync(join(shapes, 'v1-bulk.txt'), 'utf8'))).toEqual([
      'header: the header has UN Comtrade\'s columns ("reporterCode", "flowCode", "partnerCode" …), not a flows CSV\'s: import it with importComtrade()',
    ]);
    expect(failure('Reporter Code,Partner Code,Year,Trade Value (US$)\n704,418,2023,5\n')).toEqual([
      'header: the header has UN Comtrade\'s columns ("Reporter Code", "Partner Code", "Trade Value (US$)"), not a flows CSV\'s: import it with importComtrade()',
    ]);
    for (const json of [readFileSync(join(shapes, 'v1-all-partners.json'), 'utf8'), '[{"a":1}]']) {
      expect(failure(json)).toEqual([
        `header: the file is JSON, not CSV (it starts with "${json[0]}"): a flows CSV starts with its header line, reporter,partner,flow,period,value,currency; for a UN Comtrade response, import it with importComtrade()`,
      ]);
    }
  });

  it('names the Comtrade importer and the delimiter option as code writes them, with their hints', () => {
    const issue = (text: string, options = {}) => {
      try {
        importFlowsCsv(text, { now, ...options });
      } catch (error) {
        if (!(error instanceof BilateralError)) throw error;
        return error.issues[0];
      }
      return undefined;
    };
    expect(issue('[{"a":1}]')?.hint).toEqual({
      code: 'IMPORT_COMTRADE',
      message: 'importComtrade()',
    });
    expect(
      issue('reporter;partner;flow;period;value;currency\nVNM;LAO;export;2024;1;USD\n'),
    ).toEqual({
      path: ['header'],
      message: expect.stringMatching(
        /: the fields look separated by semicolons; give that delimiter \(delimiter: ';'\) or save the file as comma-separated CSV$/,
      ),
      hint: { code: 'DELIMITER', message: "delimiter: ';'" },
    });
    expect(issue('reporter\tpartner\n', { delimiter: ';' })?.message).toContain(
      "separated by tabs; give that delimiter (delimiter: '\\t')",
    );
  });

  it("imports a flows CSV whose own extra columns have names Comtrade uses too ('Partner Code', 'Trade Value'), ignoring them", () => {
    const result = importFlowsCsv(
      `${HEADER},Partner Code,Trade Value\nVNM,LAO,export,2017,524500000,USD,418,524.5\n`,
      { status: 'official', now },
    );
    expect(result.document.flows).toHaveLength(1);
    expect(result.report.notes.find((note) => note.code === 'ignored-columns')?.message).toBe(
      'columns "Partner Code", "Trade Value" are not flow fields and were not imported',
    );
  });

  it('suggests a column in linear time: a 1 MB unknown cell and a 100,000-column header', () => {
    const long = `${HEADER},${'x'.repeat(1_000_000)}\nVNM,LAO,export,2024,1,USD,1\n`;
    expect(importFlowsCsv(long, { now }).report.notes[0]?.message).toMatch(
      /^column "x{60}…" \(1,000,000 characters\) is not a flow field/,
    );
    const columns = Array.from({ length: 100_000 }, (_, index) => `extra${index}`);
    const wide = importFlowsCsv(`${HEADER},${columns.join(',')}\n`, { now });
    const note = wide.report.notes.find((entry) => entry.code === 'ignored-columns');
    expect(note?.message).toContain('"extra9" and 99,990 more are not flow fields');
    const misspelt = Array.from({ length: 50 }, (_, index) => `notx${index}`);
    const many = `${HEADER.replace('currency', 'curency')},${misspelt.join(',')}\n`;
    expect(() => importFlowsCsv(many, { now })).toThrowError('unknown column "curency"');
  });

  it('reads negative zero as zero, as the dataset parser does', () => {
    const { document } = importFlowsCsv(
      `${HEADER}\nVNM,LAO,export,2024,-0,USD\nVNM,LAO,import,2024,-0.00,USD`,
      { now },
    );
    expect(document.flows.map((flow) => flow.value)).toEqual(['0', '0.00']);
  });

  it('names each repeated or missing column once, however wide the header', () => {
    const row = '\nVNM,LAO,export,2024,100,USD';
    expect(failure(`${HEADER},note,,note${row},a,b,c`)).toEqual([
      'header[8]: column "note" appears twice (columns 7, 9)',
      'header[7]: column 8 has no name',
    ]);
    const million = failure(`${HEADER}${',c'.repeat(1_000_000)}${row}`);
    expect(million).toEqual([
      'header[7]: column "c" appears 1,000,000 times (columns 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 and 999,990 more)',
      'rows[0]: has 6 fields but the header has 1,000,006 (line 2)',
    ]);
    const pairs = Array.from({ length: 1_000 }, (_, index) => `,a${index},a${index}`).join('');
    const repeated = failure(`${HEADER}${pairs}${row}`);
    expect(repeated).toHaveLength(102);
    expect(repeated[100]).toBe(
      'header: 900 more column names are repeated or missing; fix the header (it has 2,006 columns)',
    );
  });

  const CORPUS: [string, string, string][] = [
    [
      'a missing column',
      'reporter,partner,flow,period,value\nVNM,LAO,export,2024,1\n',
      'header: missing column currency',
    ],
    [
      'a misspelt column',
      `${HEADER},comodity\nVNM,LAO,export,2024,1,USD,0901\n`,
      'header[6]: unknown column "comodity": did you mean "commodity"?',
    ],
    [
      'a decimal comma',
      `${HEADER}\nVNM,LAO,export,2024,"1,5",USD\n`,
      'rows[0].value: "1,5" has a comma as the decimal separator: write "1.5", or read the file with decimal commas (decimalComma: true) (line 2)',
    ],
    [
      'thousands separators',
      `${HEADER}\nVNM,LAO,export,2024,"491,900,000",USD\n`,
      'rows[0].value: "491,900,000" has commas as thousands separators: write "491900000"',
    ],
    [
      'a negative value',
      `${HEADER}\nVNM,LAO,export,2024,-5,USD\n`,
      'rows[0].value: "-5": a trade value cannot be negative',
    ],
    [
      // As `bilateral validate` tells it: the separators, then why no number is suggested.
      'a negative value with a thousands comma',
      `${HEADER}\nVNM,LAO,export,2024,"-1,500",USD\n`,
      'rows[0].value: "-1,500" has a comma: write no thousands separators, and a point before decimals, and a trade value cannot be negative',
    ],
    [
      'a negative value with a decimal comma',
      `${HEADER}\nVNM,LAO,export,2024,"-1,5",USD\n`,
      'rows[0].value: "-1,5" has a comma as the decimal separator, and a trade value cannot be negative',
    ],
    [
      'text after a minus sign',
      `${HEADER}\nVNM,LAO,export,2024,-5abc,USD\n`,
      'rows[0].value: "-5abc" is not a decimal number',
    ],
    ['no value', `${HEADER}\nVNM,LAO,export,2024,,USD\n`, 'rows[0].value: missing value'],
    [
      'a lowercase reporter',
      `${HEADER}\nvnm,LAO,export,2024,1,USD\n`,
      'rows[0].reporter: "vnm" is not an economy code: did you mean "VNM"?',
    ],
    [
      'a bad flow',
      `${HEADER}\nVNM,LAO,exports,2024,1,USD\n`,
      'rows[0].flow: "exports" is not a flow: write export or import',
    ],
    [
      'a bad period',
      `${HEADER}\nVNM,LAO,export,2024-Q5,1,USD\n`,
      'rows[0].period: "2024-Q5" is not a period',
    ],
    [
      'a lowercase currency',
      `${HEADER}\nVNM,LAO,export,2024,1,usd\n`,
      'rows[0].currency: "usd" is not an ISO 4217 currency code: did you mean USD?',
    ],
    [
      'a bad status',
      `${HEADER},status\nVNM,LAO,export,2024,1,USD,final\n`,
      'rows[0].status: "final" is not a status',
    ],
    [
      'a zero precision',
      `${HEADER},precision\nVNM,LAO,export,2024,1,USD,0\n`,
      'rows[0].precision: "0" is not a decimal number greater than 0',
    ],
    [
      'a value with digits finer than its precision',
      `${HEADER},precision\nVNM,LAO,export,2024,491.9,USD,1\n`,
      'rows[0].precision: the value 491.9 has digits finer than its precision 1',
    ],
    [
      'a bad source id',
      `${HEADER},source\nVNM,LAO,export,2024,1,USD,My Source\n`,
      'rows[0].source: "My Source" is not a source id',
    ],
    [
      'a row of the wrong width',
      `${HEADER}\nVNM,LAO,export,2024,1\n`,
      'rows[0]: has 5 fields but the header has 6 (line 2)',
    ],
    [
      'a file cut off after the first cell of a row',
      `${HEADER}\nVNM,LAO,export,2024,1,USD\nVNM\n`,
      'rows[1]: has 1 field but the header has 6 (line 3)',
    ],
    [
      'the header again after a row (two files joined into one)',
      `${HEADER}\nVNM,LAO,export,2024,1,USD\n\uFEFF${HEADER.toUpperCase().replaceAll(',', ' , ')}\n`,
      'rows[1]: is the header again, as where two files were joined into one: delete that line (line 3)',
    ],
    [
      'a line of one quoted empty field (not a blank line)',
      `${HEADER}\nVNM,LAO,export,2024,1,USD\n""\n`,
      'rows[1]: has 1 field but the header has 6 (line 3)',
    ],
    [
      'a reporter trading with itself',
      `${HEADER}\nVNM,VNM,export,2024,1,USD\n`,
      'rows[0].partner: the partner is the reporter (VNM)',
    ],
    [
      'the same flow twice',
      `${HEADER}\nVNM,LAO,export,2024,1,USD\nVNM,LAO,export,2024,2,USD\n`,
      'rows[1]: repeats row 0',
    ],
    [
      'two currencies in one series',
      `${HEADER}\nVNM,LAO,export,2023,1,USD\nVNM,LAO,export,2024,2,VND\n`,
      'rows[1].currency: VND mixes currencies within the VNM→LAO export series (row 0, line 2, is in USD)',
    ],
    [
      'a quote never closed',
      `${HEADER}\nVNM,LAO,export,2024,"1,USD\n`,
      '(root): line 2: the quoted field opened on line 2 is never closed',
    ],
  ];

  it.each(CORPUS)('refuses %s', (_, text, expected) => {
    const lines = failure(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
  });

  it('gathers every problem at once', () => {
    const lines = failure(`${HEADER}\nVN,LAO,export,2024,x,USD\nVNM,LAO,both,2024,1,EUR\n`);
    expect(lines.map((line) => line.split(': ')[0])).toEqual([
      'rows[0].reporter',
      'rows[0].value',
      'rows[1].flow',
    ]);
  });

  it('refuses bad options', () => {
    expect(() => importFlowsCsv(HEADER, { status: 'final' as 'official' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
