/**
 * The Comtrade importer on the files users bring (issue 16): tab-separated bulk files, headers
 * with a trailing comma, all-partners extracts with special areas, and UN Comtrade's own reporter
 * codes (France 251, Italy 381, the USA 842) both ways.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../dataset/schemas.js';
import {
  economyFromComtradeCode,
  economyLabel,
  findEconomy,
  getEconomy,
} from '../economy/index.js';
import { BilateralError } from '../errors/index.js';
import { record, soy, toCsv } from './__fixtures__/comtrade.js';
import { importComtrade } from './import-comtrade.js';
import { importComtradeStream } from './import-comtrade-stream.js';
import type { ImportResult } from './import-result.js';

const shape = (name: string) =>
  readFileSync(join(import.meta.dirname, '__fixtures__', 'shapes', name), 'utf8');

/** Every record is imported or listed under one reason. */
function accounted({ report }: ImportResult): boolean {
  return report.records === report.imported + report.excluded.reduce((n, g) => n + g.count, 0);
}

function validates({ document }: ImportResult): boolean {
  return safeParseDataset({ id: 'shape', title: { en: 'shape' }, ...document }).success;
}

describe('importComtrade on real file shapes', () => {
  it('reads a tab-separated bulk file without being told', () => {
    const result = importComtrade(shape('v1-bulk.txt'), { date: '2025-03-04' });
    expect(result.report).toMatchObject({ format: 'comtrade-v1', container: 'csv', records: 31 });
    expect(accounted(result)).toBe(true);
    expect(validates(result)).toBe(true);
    const partners = new Set(result.document.flows.map((flow) => flow.partner));
    expect([...partners].sort()).toEqual(['CHN', 'LAO', 'WLD']);
    // Values as written, decimals kept; the World is a partner of its own, never a sum.
    const values = result.document.flows.map((flow) => flow.value);
    expect(values).toContain('156234567.5');
    expect(values).toContain('188765432.25');
    expect(values).toContain('457357000000');
    expect(result.report.excluded.map((group) => group.reason)).toEqual(
      expect.arrayContaining(['flow-part', 'mode-of-transport']),
    );
    // The same with the delimiter named.
    expect(importComtrade(shape('v1-bulk.txt'), { date: '2025-03-04', delimiter: '\t' })).toEqual(
      result,
    );
  });

  it("names columns in notes as the file spells them (the UI's CSV: Cifvalue, IsReported)", () => {
    const { report } = importComtrade(shape('v1-ui.csv'), { date: '2025-03-04' });
    const notes = new Map(report.notes.map((note) => [note.code, note.message]));
    expect(notes.get('value-fallback')).toMatch(/^PrimaryValue is empty: the Cifvalue was used /);
    expect(notes.get('estimate')).toMatch(/^IsReported false and IsAggregate false: /);
    expect(notes.get('leading-zero-restored')).toMatch(/^CmdCode 901 had lost its leading zero /);
  });

  it("notes a missing quantity in one group naming the UI's CSV's Qty and QtyUnitCode", async () => {
    const text = shape('v1-ui.csv');
    const whole = importComtrade(text, { date: '2025-03-04' });
    // The stream reads most rows with its lean totals reader and the rest (29, 30, 32) in full.
    const streamed = await importComtradeStream([text], { date: '2025-03-04', onFlows: () => {} });
    for (const { report } of [whole, streamed]) {
      const notes = report.notes.filter((note) => note.code === 'missing-quantity');
      expect(notes).toHaveLength(1);
      expect(notes[0]?.message).toMatch(/^quantity not reported \(Qty 0 with QtyUnitCode -1 /);
      expect(notes[0]?.rows).toEqual([
        0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 29, 30, 32,
      ]);
    }
  });

  it('refuses a TSV read as commas, naming the delimiter option', () => {
    let error: unknown;
    try {
      importComtrade(shape('v1-bulk.txt'), { delimiter: ',' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BilateralError);
    expect((error as BilateralError).issues[0]?.message).toContain("(delimiter: '\\t')");
  });

  it('reads semicolon-separated records when told', () => {
    const text = toCsv([soy(2023)]).replace(/,/g, ';');
    const result = importComtrade(text, { date: '2025-03-04', delimiter: ';' });
    expect(result.document.flows[0]?.value).toBe('38917721136');
  });

  it('refuses a point before three digits in a semicolon file, as import flows does (whole and streamed)', async () => {
    // Read as 491.9 before, a thousandth of what a European spreadsheet writes as 491.900.
    const semicolons = (changes: Record<string, unknown>[]) =>
      toCsv(changes.map((change) => record(change))).replace(/,/g, ';');
    const text = semicolons([
      { primaryValue: '491.900' },
      { primaryValue: '', fobvalue: '1.250', period: '2022', refYear: 2022, refPeriodId: 20220101 },
      { qty: '2.500', period: '2021', refYear: 2021, refPeriodId: 20210101 },
    ]);
    const told = (cell: string) =>
      `"${cell}" has a point before three digits, which a file separated by semicolons may write between thousands: write "${cell.replace('.', '')}" if it separates thousands, or "${cell}0" if it is a decimal point`;
    const expected = [
      { path: ['rows', 0, 'primaryValue'], message: `${told('491.900')} (line 2)` },
      { path: ['rows', 1, 'fobvalue'], message: `${told('1.250')} (line 3)` },
      // As of a fobvalue of any other refused text: no value to fall back on.
      {
        path: ['rows', 1, 'primaryValue'],
        message: 'missing primaryValue (the trade value in US dollars) (line 3)',
      },
      { path: ['rows', 2, 'qty'], message: `${told('2.500')} (line 4)` },
    ];
    const problems = (error: unknown) =>
      ((error as BilateralError | undefined)?.issues ?? [])
        .filter((issue) => issue.path.length === 3)
        .map(({ path, message }) => ({ path, message }));
    for (const input of [text, `sep=;\n${text}`]) {
      const shift = input === text ? 0 : 1;
      const lines = expected.map(({ path, message }) => ({
        path,
        message: message.replace(/\(line (\d+)\)$/, (_, n) => `(line ${Number(n) + shift})`),
      }));
      const options = { date: '2025-03-04', ...(shift === 0 ? { delimiter: ';' as const } : {}) };
      let whole: unknown;
      try {
        importComtrade(input, options);
      } catch (error) {
        whole = error;
      }
      expect(problems(whole)).toEqual(lines);
      const streamed = await importComtradeStream([input], { ...options, onFlows: () => {} }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(problems(streamed)).toEqual(lines);
    }
    // Other decimals, and the same text in a comma-separated file, are read as written.
    for (const [value, delimiter] of [
      ['491.9', ';'],
      ['491.9000', ';'],
      ['0.125', ';'],
      ['491.900', ','],
    ] as const) {
      const csv = toCsv([record({ primaryValue: value })]);
      const input = delimiter === ';' ? csv.replace(/,/g, ';') : csv;
      const result = importComtrade(input, { date: '2025-03-04', delimiter });
      expect(result.document.flows[0]?.value).toBe(value.replace(/0+$/, ''));
    }
  });

  it('accepts a trailing comma after the header (and after every row, or none)', () => {
    const csv = toCsv([soy(2023), soy(2021)]);
    const [header, ...rows] = csv.trimEnd().split('\n');
    const everyLine = [`${header},`, ...rows.map((row) => `${row},`)].join('\n');
    const headerOnly = [`${header},`, ...rows].join('\n');
    for (const text of [everyLine, headerOnly]) {
      const result = importComtrade(text, { date: '2025-03-04' });
      expect(result.document.flows.map((flow) => flow.value)).toEqual([
        '38917721136',
        expect.any(String),
      ]);
      expect(accounted(result)).toBe(true);
    }
    // A cell under the trailing comma that is not empty is a row of the wrong width.
    const filled = [`${header},`, `${rows[0]},oops`].join('\n');
    expect(() => importComtrade(filled)).toThrowError(
      /rows\[0\]: has \d+ fields but the header has/,
    );
  });

  it('keeps special areas as named partners, and the EU as a group, instead of refusing the file', () => {
    const result = importComtrade(shape('v1-all-partners.json'), { date: '2025-03-04' });
    const partners = result.document.flows.map((flow) => flow.partner);
    expect(partners).toEqual(['WLD', 'BHR', 'XNS', 'XBK', 'TWN', 'EUN', 'FRA']);
    expect(partners.map((code) => economyLabel(code))).toEqual([
      'World',
      'Bahrain',
      'Areas, nes',
      'Bunkers',
      'Taiwan',
      'European Union',
      'France',
    ]);
    expect(partners.map((code) => findEconomy(code)?.kind ?? 'country')).toEqual([
      'aggregate',
      'country',
      'area',
      'area',
      'country',
      'aggregate',
      'country',
    ]);
    expect(result.report).toMatchObject({ records: 7, imported: 7, excluded: [] });
    expect(accounted(result)).toBe(true);
    expect(validates(result)).toBe(true);
  });
});

describe('importComtrade on JSON text', () => {
  it('reads values digit for digit (JSON.parse would round them)', () => {
    const text = JSON.stringify({ count: 1, data: [record({ primaryValue: 0, fobvalue: 0 })] })
      .replace('"primaryValue":0', '"primaryValue":9007199254740993.25')
      .replace('"fobvalue":0', '"fobvalue":9007199254740993.25');
    const { document, report } = importComtrade(text, { date: '2025-03-04' });
    expect(document.flows[0]?.value).toBe('9007199254740993.25');
    expect(report.notes.map((note) => note.code)).not.toContain('imprecise-number');
  });
});

describe('UN Comtrade reporter codes, both ways', () => {
  const cases: [number, string][] = [
    [251, 'FRA'],
    [381, 'ITA'],
    [842, 'USA'],
    [699, 'IND'],
    [490, 'TWN'],
    [764, 'THA'],
    [116, 'KHM'],
  ];

  it.each(cases)('Comtrade %i is %s, and %s is Comtrade %i', (code, iso) => {
    expect(economyFromComtradeCode(code).code).toBe(iso);
    expect(getEconomy(iso).comtradeCode).toBe(code);
  });

  it('imports records reported by France, Italy and the USA under their ISO codes', () => {
    const rows = [251, 381, 842].map((reporterCode, i) =>
      record({
        reporterCode,
        reporterISO: getEconomy(['FRA', 'ITA', 'USA'][i] ?? '').comtradeIso,
        primaryValue: 1000 + i,
        fobvalue: 1000 + i,
      }),
    );
    const { document } = importComtrade(rows, { date: '2025-03-04' });
    expect(document.flows.map((flow) => `${flow.reporter}→${flow.partner}`)).toEqual([
      'FRA→CHN',
      'ITA→CHN',
      'USA→CHN',
    ]);
  });
});
