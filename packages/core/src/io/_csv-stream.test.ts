import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { type CsvDelimiter, type CsvTable, readCsv } from './_csv.js';
import { CsvChunkReader, MAX_RECORD_CHARACTERS } from './_csv-stream.js';
import { guessDelimiter } from './_records.js';

/** Everything a reader returns for `chunks`, pushed one by one, then ended. */
function readChunks(chunks: readonly string[], delimiter?: CsvDelimiter): CsvTable {
  const reader = new CsvChunkReader(delimiter);
  const records = [];
  const problems = [];
  for (const table of [...chunks.map((chunk) => reader.push(chunk)), reader.end()]) {
    records.push(...table.records);
    problems.push(...table.problems);
  }
  return { records, problems };
}

/** `text` cut at the given places. */
function cutAt(text: string, places: readonly number[]): string[] {
  const points = [...new Set(places.map((place) => place % (text.length + 1)))].sort(
    (a, b) => a - b,
  );
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

/** CSV-ish text from the characters that matter: quotes, delimiters, CR, LF, a byte-order mark. */
const csvText = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.constantFrom('a', 'bc', ',', '\t', ';', '"', '""', '\r', '\n', '\r\n', ' '), {
      maxLength: 60,
    }),
  )
  .map(([bom, parts]) => `${bom ? '\uFEFF' : ''}${parts.join('')}`);

describe('CsvChunkReader', () => {
  it('reads a text cut anywhere as readCsv reads it whole (records, lines, problems)', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom<CsvDelimiter | undefined>(',', '\t', ';', undefined),
        (text, places, delimiter) => {
          const whole = readCsv(text, delimiter ?? guessDelimiter(text));
          expect(readChunks(cutAt(text, places), delimiter)).toEqual(whole);
        },
      ),
      propertyRuns(20261202, { ci: 300, full: 2000 }),
    );
  });

  it('reads chunks of any sizes, empty ones included, as readCsv reads them joined', () => {
    // Chunks made directly (not cuts of one text): many go on with a held record without a quote
    // or line break (the fast path), some are empty or only a delimiter.
    const chunk = fc
      .array(fc.constantFrom('a', ',', '\t', ';', '"', '\r', '\n', '\uFEFF'), { maxLength: 4 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(chunk, { maxLength: 12 }),
        fc.constantFrom<CsvDelimiter | undefined>(',', ';', undefined),
        (chunks, delimiter) => {
          const text = chunks.join('');
          expect(readChunks(chunks, delimiter)).toEqual(
            readCsv(text, delimiter ?? guessDelimiter(text)),
          );
        },
      ),
      propertyRuns(238, { ci: 300, full: 3000 }),
    );
  });

  it.each([
    ['a chunk that is only the delimiter', ['h1,h2\nx', ',', 'y\n']],
    ['a quote after a chunk ending with the delimiter', ['h1,h2\nx', 'w,', '"y\nz', '"\n']],
    ['a quote after a chunk ending with a letter', ['h1,h2\nx', ',w', 'v"y\nz', '\n']],
    ['a quote after a delimiter-only chunk', ['h1,h2\nx', ',', '"a\nb"', '\n']],
    ['a byte-order mark alone, then a quoted field', ['\uFEFF', '"h\n1', '",h2\na,b\n']],
    [
      'empty chunks between the pieces of a held record',
      ['h1,h2\nx', '', 'y,', '', '"z\nq', '"\n'],
    ],
    ['a CR ending a chunk, its LF starting the next', ['h1,h2\r', '\nx', ',', 'y\r', '\n"z",w']],
    ['a held record after a quoted field closed', ['h1,h2\n"x"', 'y', ',z\n']],
  ])('reads %s as readCsv reads the whole', (_, chunks) => {
    const text = chunks.join('');
    expect(readChunks(chunks, ',')).toEqual(readCsv(text, ','));
    expect(readChunks(chunks)).toEqual(readCsv(text, guessDelimiter(text)));
  });

  it('refuses a record past MAX_RECORD_CHARACTERS at once, where it copied it at every chunk', () => {
    const reader = new CsvChunkReader(',');
    expect(reader.push('a,b\n1,')).toEqual({
      records: [{ cells: ['a', 'b'], line: 1 }],
      problems: [],
    });
    const chunk = 'x'.repeat(1 << 16);
    // The push that takes the held record past the limit is refused, not a later one.
    const pushes = Math.floor((MAX_RECORD_CHARACTERS - 2) / chunk.length) + 1;
    const taken = (into: CsvChunkReader) => {
      let count = 0;
      expect(() => {
        for (; count < pushes + 5; count += 1) into.push(chunk);
      }).toThrow('a record of more than 10,000,000 characters without a line break');
      return count;
    };
    expect(taken(reader)).toBe(pushes - 1);
    expect(() => reader.push(chunk)).toThrow(
      'line 2: a record of more than 10,000,000 characters without a line break: is this a CSV file',
    );
    // Without a line break at all, before the delimiter is known, likewise.
    const unknown = new CsvChunkReader();
    expect(taken(unknown)).toBe(Math.floor(MAX_RECORD_CHARACTERS / chunk.length));
    expect(() => unknown.push(chunk)).toThrow(
      'line 1: a record of more than 10,000,000 characters',
    );
  });

  it('reads a text one character at a time', () => {
    const text = '\uFEFFa,"b\r\nc"\r\n"x""y",z\r1,2\n\n3,"4"';
    expect(readChunks([...text])).toEqual(readCsv(text));
    expect(readChunks([...text]).records.map((record) => record.line)).toEqual([1, 3, 4, 6]);
  });

  it('hands out each record once its line has ended, keeping only the unfinished one', () => {
    const reader = new CsvChunkReader(',');
    expect(reader.push('a,b\n1,').records).toEqual([{ cells: ['a', 'b'], line: 1 }]);
    expect(reader.push('2\r').records).toEqual([{ cells: ['1', '2'], line: 2 }]);
    expect(reader.push('\n"3\n').records).toEqual([]);
    expect(reader.push('",4\n').records).toEqual([{ cells: ['3\n', '4'], line: 3 }]);
    expect(reader.end()).toEqual({ records: [], problems: [] });
  });

  it('guesses a tab from the first line once it has arrived', () => {
    const reader = new CsvChunkReader();
    expect(reader.push('a\tb').records).toEqual([]);
    expect(reader.push('\n1\t2\n').records).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', '2'], line: 2 },
    ]);
    expect(reader.separator).toBe('\t');
  });

  it('reports a quote never closed with the line it opened on', () => {
    const table = readChunks(['a\n1\n"2', '\n3\n']);
    expect(table.problems).toEqual([
      { line: 3, message: 'the quoted field opened on line 3 is never closed (a missing ")' },
    ]);
  });
});
