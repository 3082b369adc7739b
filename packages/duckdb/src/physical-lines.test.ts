/**
 * The line a record starts on, counted while streaming the file: the same line as the core's CSV
 * reader (the JS engine) gives each record, whatever the quoted fields, line breaks and marks.
 */
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { readCsv } from '../../core/src/io/_csv.js';
import { scratchFolder } from './__fixtures__/bulk-records.js';
import type { BulkFile } from './bulk-files.js';
import { mixedLineEnds, placesInFile, toLineFeeds, unclosedQuote } from './physical-lines.js';

const scratch = await scratchFolder();
afterAll(() => scratch.remove());

const TEXTS: Record<string, string> = {
  'quoted line breaks in several fields and rows':
    'a,b,c\n"x\ny",2,"p\n\nq"\n3,"4\n4\n4",5\n6,7,8\n9,"",""""\n10,"a""\nb",11\n',
  'CRLF, inside quotes too': 'a,b\r\n"1\r\n1",2\r\n3,4\r\n"5\r\n\r\n5",6\r\n7,8\r\n',
  'CR only': 'a,b\r"1\r1",2\r3,4\r',
  'blank lines between records': 'a,b\n1,2\n\n3,"4\n"\n\n\n5,6\n',
  'a byte-order mark and a quoted header field holding a line break':
    '\uFEFF"a\nA",b\n1,"2\n2"\n3,4\n',
  'a quote inside an unquoted cell opens no field': 'a,b\n1a"b,2\n3,4"\n5,6\n7,8"\n9,0\n',
  'no line break after the last record': 'a,b\n"1\n1",2\n3,4',
};

/** The line of each place `placesInFile` finds. */
async function linesOf(...args: Parameters<typeof placesInFile>): Promise<Map<number, number>> {
  const places = await placesInFile(...args);
  return new Map([...places].map(([number, { line }]) => [number, line]));
}

/** Each record's line as the JS engine reads the text, by record after the header. */
function jsLines(text: string, delimiter: ',' | '\t'): Map<number, number> {
  const [, ...records] = readCsv(text, delimiter).records;
  return new Map(records.map((record, index) => [index, record.line]));
}

describe('placesInFile: lines by record', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    test(`${name}: the JS engine's line of every record`, async () => {
      const expected = jsLines(text, ',');
      const records = [...expected.keys()];
      const csv: BulkFile = {
        path: await scratch.write('a.csv', text),
        format: 'csv',
        gzip: false,
      };
      expect(await linesOf(csv, records, 'records')).toEqual(expected);
      const gz: BulkFile = {
        path: await scratch.write('a.csv.gz', text),
        format: 'csv',
        gzip: true,
      };
      expect(await linesOf(gz, records, 'records')).toEqual(expected);
      const tabbed = text.replaceAll(',', '\t');
      const tsv: BulkFile = {
        path: await scratch.write('a.tsv', tabbed),
        format: 'tsv',
        gzip: false,
      };
      expect(await linesOf(tsv, records, 'records')).toEqual(jsLines(tabbed, '\t'));
    });
  }

  test('only the records asked for, in any order and repeated; none past the end', async () => {
    const text = TEXTS['quoted line breaks in several fields and rows'] as string;
    const csv: BulkFile = { path: await scratch.write('b.csv', text), format: 'csv', gzip: false };
    expect(await linesOf(csv, [4, 1, 4, 9], 'records')).toEqual(
      new Map([
        [1, 6],
        [4, 11],
      ]),
    );
    expect(await linesOf(csv, [], 'records')).toEqual(new Map());
  });
});

test("placesInFile: lines by DuckDB's line: blank lines count, line breaks inside quotes do not", async () => {
  // DuckDB's lines: 1 header, 2 "1⏎1",2, 3 blank, 4 3,"4⏎4", 5 5,6.
  const text = 'a,b\n"1\n1",2\n\n3,"4\n4"\n5,6\n';
  const csv: BulkFile = { path: await scratch.write('c.csv', text), format: 'csv', gzip: false };
  expect(await linesOf(csv, [2, 4, 5], 'duckdb-lines')).toEqual(
    new Map([
      [2, 2],
      [4, 5],
      [5, 7],
    ]),
  );
});

test("placesInFile: each record's fields, as the JS engine counts its cells, past the header's too", async () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    const csv: BulkFile = { path: await scratch.write('f.csv', text), format: 'csv', gzip: false };
    const wide = text.replace(/\n(?=.)/, '\n,"x,\ny",z,,');
    const widened: BulkFile = { ...csv, path: await scratch.write('w.csv', wide) };
    for (const [file, body] of [
      [csv, text],
      [widened, wide],
    ] as const) {
      const [, ...records] = readCsv(body.replace(/^\uFEFF/, '')).records;
      const places = await placesInFile(file, [...records.keys()], 'records');
      expect(
        [...places.values()].map((place) => place.fields),
        name,
      ).toEqual(records.map((record) => record.cells.length));
    }
  }
});

test('unclosedQuote: the line a quoted field the file ends in opened on, as the JS engine says', async () => {
  const texts = [
    'a,b\n"1\n1",2\n3,"4\n\n4',
    'a,b\r\n1,"2""\r\n',
    'a,b\n1,"2"\n3,4"\n',
    'a,b\n1,"2"""\n',
  ];
  for (const text of texts) {
    const csv: BulkFile = { path: await scratch.write('q.csv', text), format: 'csv', gzip: false };
    const problem = readCsv(text).problems[0];
    expect(await unclosedQuote(csv)).toBe(problem?.line);
  }
});

/**
 * `text` with each line break outside quoted fields (LF, CRLF or CR) taken in turn from `ends`:
 * a quote opens a quoted field at the start of a cell, `""` in one is a quote.
 */
function withEnds(text: string, ends: readonly string[]): string {
  let out = '';
  let quoted = false;
  let cellStart = true;
  let breaks = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (!quoted && (char === '\r' || char === '\n')) {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      out += ends[breaks % ends.length];
      breaks += 1;
      cellStart = true;
      continue;
    }
    out += char;
    if (quoted && char === '"') {
      if (text[i + 1] === '"') {
        out += '"';
        i += 1;
      } else quoted = false;
    } else if (!quoted && char === '"' && cellStart) quoted = true;
    cellStart = !quoted && char === ',';
  }
  return out;
}

describe('mixed line ends', () => {
  const MIXED: Record<string, string> = Object.fromEntries(
    Object.entries(TEXTS).map(([name, text]) => [name, withEnds(text, ['\n', '\r\n', '\r'])]),
  );

  test('withEnds changes only the line ends outside quoted fields', () => {
    expect(withEnds('a,b\n"1\n1",2\r3,4\r\n', ['\r\n', '\r'])).toBe('a,b\r\n"1\n1",2\r3,4\r\n');
  });

  test('mixedLineEnds: true for a file whose line ends outside quoted fields are of more than one kind', async () => {
    for (const [name, text] of Object.entries(TEXTS)) {
      const file: BulkFile = {
        path: await scratch.write('m.csv', text),
        format: 'csv',
        gzip: false,
      };
      expect(await mixedLineEnds(file), name).toBe(false);
      const mixed: BulkFile = {
        ...file,
        path: await scratch.write('m.csv.gz', MIXED[name] as string),
        gzip: true,
      };
      expect(await mixedLineEnds(mixed), name).toBe(true);
    }
    // Line breaks of another kind inside quoted fields are the fields'.
    const quoted: BulkFile = {
      path: await scratch.write('q.csv', 'a,b\n"1\r\n1",2\n"\r"\n'),
      format: 'csv',
      gzip: false,
    };
    expect(await mixedLineEnds(quoted)).toBe(false);
    for (const text of ['a,b\r1,2\n', 'a,b\r\n1,2\r3,4\r\n', 'a,b\r1,2\r\n', 'a,b\r\n1,2\r']) {
      const crs: BulkFile = {
        path: await scratch.write('r.csv', text),
        format: 'csv',
        gzip: false,
      };
      expect(await mixedLineEnds(crs), JSON.stringify(text)).toBe(true);
    }
  });

  test("toLineFeeds: every line break outside quoted fields a LF, in chunks of any size: the JS engine's records and lines", async () => {
    for (const [name, text] of Object.entries(MIXED)) {
      const expected = readCsv(text.replace(/^\uFEFF/, '')).records;
      for (const size of [1, 2, 3, 7, 1 << 16]) {
        const chunks = Array.from({ length: Math.ceil(Buffer.byteLength(text) / size) }, (_, i) =>
          Buffer.from(text).subarray(i * size, (i + 1) * size),
        );
        const parts: Buffer[] = [];
        for await (const part of toLineFeeds({ format: 'csv' })(Readable.from(chunks)))
          parts.push(part);
        const relined = Buffer.concat(parts).toString();
        expect(relined.startsWith('\uFEFF'), name).toBe(text.startsWith('\uFEFF'));
        expect(
          readCsv(relined.replace(/^\uFEFF/, '')).records,
          `${name}, chunks of ${size}`,
        ).toEqual(expected);
        expect(withEnds(relined, ['\n']), name).toBe(relined);
      }
    }
  });
});
