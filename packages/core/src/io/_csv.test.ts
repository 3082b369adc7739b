import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { readCsv } from './_csv.js';

const cells = (text: string) => readCsv(text).records.map((record) => record.cells);

describe('readCsv (RFC 4180)', () => {
  it('splits fields on commas and records on LF, CRLF or CR', () => {
    expect(cells('a,b\n1,2\r\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('reads quoted fields with commas, line breaks and doubled quotes', () => {
    const table = readCsv('name,desc\n"Soya, beans","line one\r\nline ""two"""\nx,""\n');
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      { cells: ['name', 'desc'], line: 1 },
      { cells: ['Soya, beans', 'line one\r\nline "two"'], line: 2 },
      { cells: ['x', ''], line: 4 },
    ]);
  });

  it('drops a byte-order mark and skips blank lines, keeping empty fields', () => {
    expect(cells('\uFEFFa,b\n\n,\n\r\n1,\n')).toEqual([
      ['a', 'b'],
      ['', ''],
      ['1', ''],
    ]);
  });

  it('keeps a line of one quoted empty field: it is a record, not a blank line', () => {
    expect(cells('a,b\n""\n1,2\n""\r\n')).toEqual([['a', 'b'], [''], ['1', '2'], ['']]);
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(cells('a\n5" pipe\n')).toEqual([['a'], ['5" pipe']]);
  });

  it('reports a quote never closed, and text after a closing quote', () => {
    expect(readCsv('a,b\n1,"2\n3,4\n').problems).toEqual([
      { line: 2, message: 'the quoted field opened on line 2 is never closed (a missing ")' },
    ]);
    expect(readCsv('a\n"x"y\n').problems[0]?.message).toContain('unexpected text "y"');
  });

  it('reads back whatever a conforming writer writes', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'Z', '0', ' ', ',', '"', '\n', '\r', 'é'),
    });
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(field, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 5,
      }),
    );
    fc.assert(
      fc.property(table, fc.boolean(), fc.boolean(), (rows, crlf, bom) => {
        const quote = (text: string) =>
          /[",\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
        const newline = crlf ? '\r\n' : '\n';
        const text = `${bom ? '\uFEFF' : ''}${rows.map((row) => row.map(quote).join(',')).join(newline)}${newline}`;
        const result = readCsv(text);
        expect(result.problems).toEqual([]);
        expect(result.records.map((record) => record.cells)).toEqual(rows);
      }),
      propertyRuns(4180, { ci: 1000, full: 1000 }),
    );
  });
});
