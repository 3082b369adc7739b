import { describe, expect, it } from 'vitest';
import { csvOf } from './table-csv.js';

describe('csvOf', () => {
  it('writes header lines, then the rows with CRLF, after a byte order mark', () => {
    expect(
      csvOf(
        [
          ['Period', 'Value'],
          ['2024', 'US$1.2 billion'],
        ],
        ['Source: Customs'],
      ),
    ).toBe('\uFEFF# Source: Customs\r\nPeriod,Value\r\n2024,US$1.2 billion\r\n');
  });

  it('quotes fields with a comma, a quote or a line break', () => {
    expect(csvOf([['a,b', 'say "hi"', 'two\nlines']], [])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines"\r\n',
    );
  });

  it('keeps a spreadsheet from reading a cell as a formula', () => {
    expect(csvOf([['=HYPERLINK("x")', '+1+cmd', '-2-A1', '@SUM(A1)']], [])).toBe(
      `\uFEFF"'=HYPERLINK(""x"")",'+1+cmd,'-2-A1,'@SUM(A1)\r\n`,
    );
  });

  it('leaves signed numbers as they are', () => {
    expect(csvOf([['+8.5 %', '-2', '−3.1 %', '+1\u202f234']], [])).toBe(
      '\uFEFF+8.5 %,-2,−3.1 %,+1\u202f234\r\n',
    );
  });

  it('keeps a header entry on one line', () => {
    expect(csvOf([], ['Notes: one\r\ntwo'])).toBe('\uFEFF# Notes: one two\r\n');
  });
});
