import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { cut } from './__fixtures__/cut-text.js';
import { guessDelimiter, isSeparatorLine } from './_records.js';
import { importComtrade } from './import-comtrade.js';
import { importComtradeStream } from './import-comtrade-stream.js';
import { importFlowsCsv } from './import-flows-csv.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';

const DATE = { date: '2025-03-04' } as const;

/** A flows CSV and a UN Comtrade CSV, by their delimiter. */
function flowsCsv(delimiter: string): string {
  return [
    ['reporter', 'partner', 'flow', 'period', 'value', 'currency'],
    ['VNM', 'LAO', 'export', '2024', '491900000', 'USD'],
    ['VNM', 'LAO', 'import', '2024', '1000', 'USD'],
  ]
    .map((cells) => cells.join(delimiter))
    .join('\r\n');
}
function comtradeCsv(delimiter: string): string {
  return [
    ['period', 'reporterISO', 'partnerISO', 'flowCode', 'cmdCode', 'primaryValue'],
    ['2023', 'BRA', 'CHN', 'X', '1201', '38917721136'],
  ]
    .map((cells) => cells.join(delimiter))
    .join('\n');
}

/** A streamed importer run on a text cut at `places`: the flows it gives. */
const streamed =
  (run: typeof importFlowsCsvStream | typeof importComtradeStream) =>
  async (text: string, places: number[] = [3, 7, 12]) => {
    const flows: TradeFlowJson[] = [];
    await run(cut(text, places), { ...DATE, onFlows: (b) => void flows.push(...b) });
    return flows;
  };

/** The four ways a CSV text is imported: whole and streamed (cut at `places`), flows and Comtrade. */
const IMPORTS = {
  importFlowsCsv: async (text: string) => importFlowsCsv(text, DATE).document.flows,
  importFlowsCsvStream: streamed(importFlowsCsvStream),
  importComtrade: async (text: string) => importComtrade(text, DATE).document.flows,
  importComtradeStream: streamed(importComtradeStream),
} as const;
const textOf = (name: keyof typeof IMPORTS, delimiter: string) =>
  name.startsWith('importFlows') ? flowsCsv(delimiter) : comtradeCsv(delimiter);

describe("Excel's first line naming the delimiter (sep=;)", () => {
  // It was read as the header: "the header has one column, "sep=;"", or "missing columns" with
  // the delimiter it names given (sep=, and --delimiter ';' alike).
  for (const name of Object.keys(IMPORTS) as (keyof typeof IMPORTS)[]) {
    for (const [delimiter, words] of [
      [';', 'semicolons'],
      [',', 'commas'],
      ['\t', 'tabs'],
    ] as const) {
      it(`is read by ${name}, the fields being separated by the ${words} it names`, async () => {
        const plain = await IMPORTS[name](textOf(name, delimiter === ';' ? ',' : delimiter));
        expect(plain.length).toBeGreaterThan(0);
        const excel = `sep=${delimiter}\r\n${textOf(name, delimiter)}`;
        expect(await IMPORTS[name](excel)).toEqual(plain);
        expect(await IMPORTS[name](`\uFEFF${excel}`)).toEqual(plain);
      });
    }
  }

  it('is read from any cut of the streamed text, with the lines of the file (the header on line 2)', async () => {
    const text = `sep=;\n${flowsCsv(';').replace('1000', '1e3')}`;
    for (let place = 0; place <= text.length; place += 1) {
      const error = await IMPORTS.importFlowsCsvStream(text, [place]).catch((e: unknown) => e);
      expect(error, `cut at ${place}`).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).issues[0]?.message).toMatch(/\(line 4\)$/);
    }
    const error = await IMPORTS.importFlowsCsv(text).catch((e: unknown) => e);
    expect((error as BilateralError).issues[0]?.message).toMatch(/\(line 4\)$/);
  });

  it('that names another delimiter than the one given is refused, with the one it names', async () => {
    const text = `sep=;\n${flowsCsv(';')}`;
    for (const run of [
      (): unknown => importFlowsCsv(text, { ...DATE, delimiter: ',' }),
      () => importFlowsCsvStream([text], { ...DATE, delimiter: ',', onFlows: () => {} }),
      () => importComtrade(`sep=;\n${comtradeCsv(';')}`, { ...DATE, delimiter: '\t' }),
    ]) {
      const error = await Promise.resolve()
        .then(run)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).issues).toEqual([
        expect.objectContaining({
          path: ['header'],
          hint: { code: 'DELIMITER', message: "delimiter: ';'" },
        }),
      ]);
      expect((error as BilateralError).issues[0]?.message).toMatch(
        /^line 1, "sep=;", says the fields are separated by semicolons, not by (commas|tabs)/,
      );
    }
  });

  it('naming a delimiter the importers do not read is refused in words', () => {
    const error = (() => {
      try {
        return importFlowsCsv(`sep=|\n${flowsCsv('|')}`, DATE);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BilateralError);
    expect((error as BilateralError).issues[0]?.message).toMatch(
      /^line 1, "sep=\|", names "\|" as the delimiter, which is not read: save the file separated by commas, tabs or semicolons/,
    );
  });
});

describe('guessDelimiter', () => {
  it("takes the delimiter Excel's first line names, and guesses no semicolon without it", () => {
    expect(guessDelimiter('sep=;\r\na;b')).toBe(';');
    expect(guessDelimiter('\uFEFFsep=\t\na\tb')).toBe('\t');
    expect(guessDelimiter('a;b\n1;2')).toBe(',');
    expect(guessDelimiter('sep=;x\n')).toBe(',');
  });
});

describe('guessDelimiter: a tab-separated header with a comma in a name', () => {
  // `Qty, kg` made the header "have a comma": read as commas, the file was told "the header has
  // none of UN Comtrade's columns: is this a UN Comtrade file?".
  it('reads tabs when the first line has more tabs than commas', () => {
    expect(guessDelimiter('period\treporterISO\tQty, kg\n')).toBe('\t');
    expect(guessDelimiter('a,b\tc,d\n')).toBe(',');
    expect(guessDelimiter('a\tb,c\n')).toBe(',');
  });

  it('imports such a file whole and streamed, as with the delimiter given', async () => {
    const text = `${comtradeCsv('\t').replace('primaryValue', 'primaryValue\tQty, kg')}\t5\n`;
    const told = importComtrade(text, { ...DATE, delimiter: '\t' }).document.flows;
    expect(told).toHaveLength(1);
    expect(await IMPORTS.importComtrade(text)).toEqual(told);
    expect(await IMPORTS.importComtradeStream(text)).toEqual(told);
  });
});

describe("the UN Comtrade API's error answer, saved as the records", () => {
  // `curl -o` keeps the answer to a refused request: one line of it was read as a record of JSON
  // Lines missing six fields, and on several lines as "this object has no data".
  const rate = '{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 20 seconds."}';
  const key = JSON.stringify(
    { statusCode: 401, message: 'Access denied due to invalid subscription key.' },
    null,
    2,
  );
  for (const [name, text, words] of [
    ['one line', rate, 'statusCode 429, "Rate limit is exceeded. Try again in 20 seconds."'],
    ['several lines', key, 'statusCode 401, "Access denied due to invalid subscription key."'],
  ] as const) {
    it(`is said to be one, whole and streamed (${name})`, async () => {
      for (const run of [IMPORTS.importComtrade, IMPORTS.importComtradeStream]) {
        const error = await run(text).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BilateralError);
        expect((error as BilateralError).issues).toEqual([
          {
            path: ['statusCode'],
            message: `the file is an error answer of the UN Comtrade API, not records: ${words}; fetch the records again`,
          },
        ]);
      }
    });
  }
});

describe('isSeparatorLine', () => {
  it('is line 1 only, read by the delimiter it names', () => {
    expect(isSeparatorLine({ cells: ['sep=', ''], line: 1 }, ';')).toBe(true);
    expect(isSeparatorLine({ cells: ['sep=', ''], line: 2 }, ';')).toBe(false);
    expect(isSeparatorLine({ cells: ['reporter', 'partner'], line: 1 }, ',')).toBe(false);
    expect(isSeparatorLine({ cells: ['sep='], line: 1 }, ',')).toBe(false);
  });
});
