import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type CsvTable, csvOf } from './table-csv.js';

/** One table without a caption, of `rows`. */
const bare = (...rows: string[][]): CsvTable[] => [{ caption: '', rows }];

describe('csvOf', () => {
  it('writes header lines, then the table after a blank line and its caption, with CRLF, after a byte order mark', () => {
    expect(
      csvOf(
        ['Source: Customs'],
        [
          {
            caption: 'Turnover',
            rows: [
              ['Period', 'Value'],
              ['2024', 'US$1.2 billion'],
            ],
          },
        ],
      ),
    ).toBe('\uFEFF# Source: Customs\r\n\r\n# Turnover\r\nPeriod,Value\r\n2024,US$1.2 billion\r\n');
  });

  it('writes every table, each after a blank line and its caption (QA h135 Q5)', () => {
    expect(
      csvOf(
        ['Title: Crossings'],
        [
          {
            caption: 'Crossings: class',
            rows: [
              ['Class', 'Count'],
              ['International', '9'],
            ],
          },
          {
            caption: 'Crossings:\nprovince',
            rows: [
              ['Province', 'Count'],
              ['Lào Cai', '2'],
            ],
          },
          { caption: '', rows: [['no caption']] },
        ],
      ),
    ).toBe(
      '\uFEFF# Title: Crossings\r\n' +
        '\r\n# Crossings: class\r\nClass,Count\r\nInternational,9\r\n' +
        '\r\n# Crossings: province\r\nProvince,Count\r\nLào Cai,2\r\n' +
        '\r\nno caption\r\n',
    );
  });

  it('quotes fields with a comma, a quote or a line break', () => {
    expect(csvOf([], bare(['a,b', 'say "hi"', 'two\nlines']))).toBe(
      '\uFEFF\r\n"a,b","say ""hi""","two\nlines"\r\n',
    );
  });

  it('keeps a spreadsheet from reading a cell as a formula', () => {
    expect(csvOf([], bare(['=HYPERLINK("x")', '+1+cmd', '-2-A1', '@SUM(A1)']))).toBe(
      `\uFEFF\r\n"'=HYPERLINK(""x"")",'+1+cmd,'-2-A1,'@SUM(A1)\r\n`,
    );
  });

  it('leaves signed numbers as they are', () => {
    expect(csvOf([], bare(['+8.5 %', '-2', '−3.1 %', '+1\u202f234']))).toBe(
      '\uFEFF\r\n+8.5 %,-2,−3.1 %,+1\u202f234\r\n',
    );
  });

  it('keeps a header entry on one line', () => {
    expect(csvOf(['Notes: one\r\ntwo'], [])).toBe('\uFEFF# Notes: one two\r\n');
  });

  it('writes each header line and caption as one field, as the reader saw it, for a spreadsheet', () => {
    const header = [
      'Source: General Department of Vietnam Customs, 2024',
      'Title: The "Friendship" gate, Lạng Sơn',
      'Đơn vị: giá trị bằng USD, làm tròn',
      'ແຫຼ່ງຂໍ້ມູນ: ກົມພາສີ, ສປປ ລາວ',
      '来源：越南海关总署, 2024年',
      'Notes: "estimated"',
    ];
    const tables = [
      { caption: 'Crossings, by province ("main" gates)', rows: [['Lào Cai', '2']] },
      { caption: '=HYPERLINK("x"), 口岸', rows: [['a,b', 'say "hi"']] },
    ];
    // As a spreadsheet opens it: RFC 4180 (a quote inside an unquoted field is an error), the
    // byte order mark read as the encoding, rows of any number of fields.
    expect(parse(csvOf(header, tables), { bom: true, relax_column_count: true })).toEqual([
      ...header.map((line) => [`# ${line}`]),
      [''],
      ['# Crossings, by province ("main" gates)'],
      ['Lào Cai', '2'],
      [''],
      ['# =HYPERLINK("x"), 口岸'],
      ['a,b', 'say "hi"'],
    ]);
  });

  it('quotes a field that holds a semicolon or a tab, which LibreOffice also splits at (QA h287)', () => {
    // LibreOffice Calc 7.4 opens a double-clicked CSV with the separators comma, semicolon and
    // tab: `# Source: lutrader.com; lawnet.vn` (a gates download, in every language) filled four
    // cells there. Quoted, it fills one, as a comma-only reader reads it too.
    const header = ['Source: lutrader.com; lawnet.vn; Lao Youth Radio'];
    const tables = bare(['Notes', 'a;b', 'c\td']);
    const csv = csvOf(header, tables);
    expect(csv).toBe(
      '\uFEFF"# Source: lutrader.com; lawnet.vn; Lao Youth Radio"\r\n\r\nNotes,"a;b","c\td"\r\n',
    );
    const rows = [
      ['# Source: lutrader.com; lawnet.vn; Lao Youth Radio'],
      [''],
      ['Notes', 'a;b', 'c\td'],
    ];
    for (const delimiter of [',', [',', ';', '\t']]) {
      expect(parse(csv, { bom: true, delimiter, relax_column_count: true })).toEqual(rows);
    }
  });

  it('quotes a header line or caption only where it holds a comma or a quote', () => {
    expect(
      csvOf(['Source: Customs, 2024', 'Title: "Trade"'], [{ caption: 'By year, 2024', rows: [] }]),
    ).toBe('\uFEFF"# Source: Customs, 2024"\r\n"# Title: ""Trade"""\r\n\r\n"# By year, 2024"\r\n');
  });
});
