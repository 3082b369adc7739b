import { parse } from 'csv-parse/sync';
import { type Unzipped, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type CsvTable, csvOf, downloadRows } from './table-csv.js';
import { crc32, type NumberCell, sheetNames, xlsxOf, zipStored } from './table-xlsx.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The parts of an `.xlsx` as text, read by fflate (an unzipper that checks nothing we wrote). */
function partsOf(bytes: Uint8Array): Record<string, string> {
  const files: Unzipped = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([path, data]) => [path, decoder.decode(data)]),
  );
}

/**
 * A cell's text as a SpreadsheetML reader reads it: entities, then `_xHHHH_` (ECMA-376 ST_Xstring).
 */
const unescaped = (xml: string) =>
  xml
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] as string,
    )
    .replace(/_x([\dA-F]{4})_/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );

/**
 * The rows of the worksheet of an `.xlsx`, each cell's text: the sheet is checked to hold rows
 * numbered 1, 2, … in order, and in each row inline-string cells A, B, … in order, and nothing
 * else (no formula, no value, no shared string).
 */
function sheetRows(bytes: Uint8Array): string[][] {
  const sheet = partsOf(bytes)['xl/worksheets/sheet1.xml'] as string;
  const data = /<sheetData>(.*)<\/sheetData>/s.exec(sheet)?.[1] as string;
  const rows: string[][] = [];
  const rest = data.replace(/<row r="(\d+)">(.*?)<\/row>/gs, (_, number: string, cells: string) => {
    expect(Number(number)).toBe(rows.length + 1);
    const row: string[] = [];
    const left = cells.replace(
      /<c r="([A-Z]+)(\d+)" t="inlineStr"><is><t xml:space="preserve">([^<]*)<\/t><\/is><\/c>/g,
      (_, letters: string, at: string, text: string) => {
        expect(`${letters}${at}`).toBe(`${String.fromCharCode(65 + row.length)}${number}`);
        row.push(unescaped(text));
        return '';
      },
    );
    expect(left).toBe('');
    rows.push(row);
    return '';
  });
  expect(rest).toBe('');
  return rows;
}

/** The cells of a CSV as a spreadsheet reads them, each row to its last field. */
const csvRows = (text: string): string[][] =>
  parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }).map(
    (row: string[]) => (row.length === 1 && row[0] === '' ? [] : row),
  );

/** The header and tables of a download, in each language, the gates' two tables. */
const DOWNLOADS: Record<string, { header: string[]; tables: CsvTable[] }> = {
  en: {
    header: [
      'Title: Border crossings, Vietnam – Laos',
      'Source: General Department of Vietnam Customs; Lao Statistics Bureau',
      'Citation: Border crossings. Data: Customs. Via Bilateral, https://example.org/a?b=1&c=2, retrieved 2026-12-04.',
      'Units: numbers of border crossings',
    ],
    tables: [
      {
        caption: 'Crossings: by class',
        rows: [
          ['Class', 'Crossings'],
          ['International', '9'],
        ],
      },
      {
        caption: 'Crossings: by province',
        rows: [
          ['Province', 'Crossings'],
          ['Lào Cai', '2'],
        ],
      },
    ],
  },
  vi: {
    header: [
      'Tiêu đề: Cửa khẩu biên giới Việt Nam – Lào',
      'Nguồn: Tổng cục Hải quan',
      'Đơn vị: giá trị bằng USD, theo quy mô ghi trong từng ô; tỷ lệ tính bằng phần trăm',
    ],
    tables: [
      {
        caption: 'Cửa khẩu: theo loại',
        rows: [
          ['Năm', 'Giá trị'],
          ['2024', '491,9 triệu USD'],
          ['2017', 'giá trị 2017 ÷ (1 + 8,5%)'],
        ],
      },
      { caption: 'Cửa khẩu: theo tỉnh', rows: [['Điện Biên', '+8,5 %']] },
    ],
  },
  lo: {
    header: ['ຫົວຂໍ້: ດ່ານຊາຍແດນ', 'ແຫຼ່ງຂໍ້ມູນ: ກົມພາສີ, ສປປ ລາວ', 'ຫົວໜ່ວຍ: ຈຳນວນດ່ານຊາຍແດນ'],
    tables: [
      { caption: 'ດ່ານ: ຕາມປະເພດ', rows: [['ສາກົນ', '9']] },
      { caption: 'ດ່ານ: ຕາມແຂວງ', rows: [['ຫົວພັນ', '2']] },
    ],
  },
  zh: {
    header: ['标题：越南 – 老挝边境口岸', '来源：越南海关总署, 2024年', '单位：边境口岸数量'],
    tables: [
      { caption: '口岸：按类别', rows: [['国际', '9']] },
      {
        caption: '口岸：按省份',
        rows: [
          ['老街', '2'],
          ['金额', '4.919亿美元'],
        ],
      },
    ],
  },
};

describe('xlsxOf', () => {
  it('packages the six parts an OOXML spreadsheet needs, each well named and typed', () => {
    const parts = partsOf(xlsxOf('Trade: 2024', [['a']]));
    expect(Object.keys(parts)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    for (const xml of Object.values(parts)) {
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')).toBe(
        true,
      );
    }
    const types = parts['[Content_Types].xml'] as string;
    expect(types).toContain(
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    expect(parts['_rels/.rels']).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"',
    );
    expect(parts['xl/_rels/workbook.xml.rels']).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"',
    );
    expect(parts['xl/_rels/workbook.xml.rels']).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"',
    );
    expect(types).toContain(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
    // No number cell, no number format: the default cell format alone.
    expect(parts['xl/styles.xml']).not.toContain('<numFmts');
    expect(parts['xl/styles.xml']).toContain('<cellXfs count="1">');
    // The sheet is named after the title, without the characters a sheet name may not hold.
    expect(parts['xl/workbook.xml']).toContain(
      '<sheet name="Trade 2024" sheetId="1" r:id="rId1"/>',
    );
  });

  it('names the sheet in at most 31 characters, never empty', () => {
    const name = (title: string) =>
      /<sheet name="([^"]*)"/.exec(partsOf(xlsxOf(title, []))['xl/workbook.xml'] as string)?.[1];
    expect(name('Thương mại Việt Nam – Lào theo năm, 2017–2024')).toBe(
      'Thương mại Việt Nam – Lào theo',
    );
    expect(name("'[*?]'")).toBe('Bilateral');
    expect(name('A & "B"')).toBe('A &amp; &quot;B&quot;');
  });

  it('names a sheet as Excel takes it, from titles in four languages', () => {
    expect(sheetNames('Border crossings, Vietnam – Laos: by province', 1)).toEqual([
      'Border crossings, Vietnam – Lao',
    ]);
    expect(sheetNames('Cửa khẩu biên giới Việt Nam – Lào: theo tỉnh', 1)).toEqual([
      'Cửa khẩu biên giới Việt Nam – L',
    ]);
    expect(sheetNames('ດ່ານຊາຍແດນ ຫວຽດນາມ – ລາວ: ຕາມແຂວງ ແລະ ປະເພດ', 1)).toEqual([
      'ດ່ານຊາຍແດນ ຫວຽດນາມ – ລາວ ຕາມແຂວ',
    ]);
    expect(sheetNames('越南–老挝边境口岸：按省份', 1)).toEqual(['越南–老挝边境口岸：按省份']);
    // 31 UTF-16 code units, as Excel counts: a character outside the BMP counts two, and a Lao
    // letter keeps its vowel and tone marks (ກ່ີ: three code units).
    expect(sheetNames('𠀀'.repeat(20), 1)).toEqual(['𠀀'.repeat(15)]);
    expect(sheetNames(`${'ກ'.repeat(29)}ກ່ີ`, 1)).toEqual(['ກ'.repeat(29)]);
    expect(sheetNames(`Lào${'\u0300'.repeat(40)}`, 1)).toEqual(['Là']);
    // A character as the reader sees it (a grapheme cluster): Lao AM (ຳ) is a letter of its own
    // to Unicode's categories but a vowel sign of the syllable before it (ນ້ຳ, water; ຈຳປາສັກ), and
    // a flag is two regional indicators.
    expect(sheetNames(`${'ກ'.repeat(28)}ນ້ຳ`, 1)).toEqual([`${'ກ'.repeat(28)}ນ້ຳ`]);
    expect(sheetNames(`${'ກ'.repeat(29)}ນ້ຳ`, 1)).toEqual(['ກ'.repeat(29)]);
    expect(sheetNames(`${'a'.repeat(29)}🇻🇳`, 1)).toEqual(['a'.repeat(29)]);
    // Reserved and blank names; control characters as white space.
    expect(sheetNames('History', 1)).toEqual(['Bilateral']);
    expect(sheetNames(' HISTORY ', 1)).toEqual(['Bilateral']);
    expect(sheetNames('a\u0001b\u007fc\td', 1)).toEqual(['a b c d']);
    expect(sheetNames("''", 1)).toEqual(['Bilateral']);
  });

  it('names a sheet without the word joiners of a span of months, which no one can type (QA h287)', () => {
    // A balance's title spans months as `formatPeriodLabel` writes them, each space a word joiner
    // and a no-break space: LibreOffice 7.4 read the sheet's name with the joiners in it, and a
    // formula naming the sheet as it shows (='越南–老挝贸易差额，2025 1 – 2025 7'!E8) was #NAME?.
    const span = (text: string) => text.replaceAll(' ', '\u2060\u00a0');
    expect(sheetNames(`越南–老挝贸易差额，${span('2025/1 – 2025/7')}`, 1)).toEqual([
      '越南–老挝贸易差额，2025 1 – 2025 7',
    ]);
    expect(sheetNames(`ດຸນການຄ້າ ຫວຽດນາມ – ລາວ, ${span('ມ.ກ. – ກ.ລ. 2025')}`, 1)).toEqual([
      'ດຸນການຄ້າ ຫວຽດນາມ – ລາວ, ມ.ກ. –',
    ]);
    expect(sheetNames('Target 10\u2060–\u206015 %', 2)).toEqual([
      'Target 10–15 %',
      'Target 10–15 % (2)',
    ]);
  });

  it('names a sheet without the other invisible characters no one can type either (r17b review)', () => {
    // A title given to an element may hold a soft hyphen (U+00AD) or a zero-width space
    // (U+200B), as a page's text may: neither shows in the sheet's tab, nor can a formula that
    // names the sheet as it shows hold them. Nor the invisible operators (U+2061-U+2064). A
    // zero-width joiner stays: it joins an emoji (👨‍👩‍👧) into the one picture a reader sees.
    expect(sheetNames('Han\u00addels\u200bbilanz\u2062 2024', 1)).toEqual(['Handelsbilanz 2024']);
    expect(sheetNames('Trade 👨\u200d👩\u200d👧', 1)).toEqual(['Trade 👨\u200d👩\u200d👧']);
  });

  it('names a sheet in a browser without Intl.Segmenter (Firefox before 125), marks and AM kept', () => {
    const { Segmenter } = Intl;
    Reflect.deleteProperty(Intl, 'Segmenter');
    try {
      expect(sheetNames(`${'ກ'.repeat(29)}ນ້ຳ`, 1)).toEqual(['ກ'.repeat(29)]);
      expect(sheetNames(`${'ກ'.repeat(29)}ກ່ີ`, 1)).toEqual(['ກ'.repeat(29)]);
      expect(sheetNames('𠀀'.repeat(20), 1)).toEqual(['𠀀'.repeat(15)]);
      expect(sheetNames(`Lào${'\u0300'.repeat(40)}`, 1)).toEqual(['Là']);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', {
        value: Segmenter,
        writable: true,
        configurable: true,
      });
    }
  });

  it('names the sheets after the first uniquely in any case, in at most 31 characters', () => {
    expect(sheetNames('Trade', 3)).toEqual(['Trade', 'Trade (2)', 'Trade (3)']);
    const long = 'Thương mại Việt Nam – Lào theo năm';
    expect(sheetNames(long, 2)).toEqual([
      'Thương mại Việt Nam – Lào theo',
      'Thương mại Việt Nam – Lào t (2)',
    ]);
    // A name that already ends as the second one would: that one is taken, in any case.
    const ending = `${'a'.repeat(27)} (2)`;
    expect(sheetNames(ending.toUpperCase(), 2)).toEqual([
      ending.toUpperCase(),
      `${'a'.repeat(27)} (3)`.toUpperCase(),
    ]);
  });

  it('goes on in a second sheet past the 1,048,576 rows of a sheet', { timeout: 60_000 }, () => {
    // Empty rows but the last three: the part is 26 MB, not 100.
    const rows = Array.from({ length: 1_048_578 }, (_, index) =>
      index < 1_048_575 ? [] : [`${index + 1}`],
    );
    const parts = partsOf(xlsxOf('Trade', rows));
    const first = parts['xl/worksheets/sheet1.xml'] as string;
    expect(first).toContain(
      '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t xml:space="preserve">1048576</t></is></c></row></sheetData>',
    );
    expect(parts['xl/worksheets/sheet2.xml']).toContain(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">1048577</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">1048578</t></is></c></row></sheetData>',
    );
    expect(parts['xl/workbook.xml']).toContain(
      '<sheets><sheet name="Trade" sheetId="1" r:id="rId1"/><sheet name="Trade (2)" sheetId="2" r:id="rId2"/></sheets>',
    );
    expect(parts['xl/_rels/workbook.xml.rels']).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    );
    expect(parts['[Content_Types].xml']).toContain(
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
  });

  it('writes at most 100 number formats, a number cell of one more its text', () => {
    const cell = (index: number): NumberCell => ({
      text: `${index} t${index}`,
      value: `${index}`,
      format: `#,##0" t${index}"`,
    });
    const parts = partsOf(
      xlsxOf('T', [Array.from({ length: 101 }, (_, index) => cell(index)), [cell(99), cell(100)]]),
    );
    const styles = parts['xl/styles.xml'] as string;
    expect(styles).toContain('<numFmts count="100">');
    expect(styles).toContain(
      '<numFmt numFmtId="263" formatCode="#,##0&quot; t99&quot;"/></numFmts>',
    );
    expect(styles).toContain('<cellXfs count="101">');
    const sheet = parts['xl/worksheets/sheet1.xml'] as string;
    expect(sheet).toContain(
      '<c r="CV1" s="100"><v>99</v></c><c r="CW1" t="inlineStr"><is><t xml:space="preserve">100 t100</t></is></c></row>',
    );
    // A format the sheet has is used again; the 101st is still a text.
    expect(sheet).toContain(
      '<row r="2"><c r="A2" s="100"><v>99</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">100 t100</t></is></c></row>',
    );
  });

  it('writes a ZIP of stored entries with their CRC-32 and UTF-8 names', () => {
    const data = new TextEncoder().encode('Lào Cai, 老街');
    const bytes = zipStored({ 'xl/đ.xml': data });
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true)).toBe(0x0800); // UTF-8 names
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint32(14, true)).toBe(crc32(data));
    expect(view.getUint32(18, true)).toBe(data.length);
    expect(decoder.decode(bytes.slice(30, 30 + 9))).toBe('xl/đ.xml');
    expect(unzipSync(bytes)).toEqual({ 'xl/đ.xml': data });
    // The check value of CRC-32 (ISO 3309): what fflate would have refused otherwise.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('gives every entry the CRC-32 of its bytes (fflate checks them as it unzips)', () => {
    const bytes = xlsxOf('T', [['x']]);
    const view = new DataView(bytes.buffer);
    const files = unzipSync(bytes);
    let at = 0;
    for (const data of Object.values(files)) {
      expect(view.getUint32(at, true)).toBe(0x04034b50);
      expect(view.getUint32(at + 14, true)).toBe(crc32(data));
      at += 30 + view.getUint16(at + 26, true) + data.length;
    }
    expect(view.getUint32(at, true)).toBe(0x02014b50);
  });

  it('is the same bytes for the same rows', () => {
    expect(xlsxOf('T', [['a', 'b']])).toEqual(xlsxOf('T', [['a', 'b']]));
  });

  it.each(Object.keys(DOWNLOADS))('holds the CSV’s cells, cell for cell, in %s', (locale) => {
    const { header, tables } = DOWNLOADS[locale] as (typeof DOWNLOADS)[string];
    const rows = sheetRows(xlsxOf('T', downloadRows(header, tables)));
    expect(rows).toEqual(csvRows(csvOf(header, tables)));
    expect(rows.filter((row) => row[0]?.startsWith('# '))).toHaveLength(header.length + 2);
  });

  it('escapes the marks of XML and spells the characters it cannot carry as SpreadsheetML does', () => {
    const texts = [
      '<b>&amp;</b> "q" \'s\'',
      'bell\u0007, nul\0, cr\r, tab\t, lf\n',
      '_x0041_ is not A',
      '\uffff',
    ];
    const bytes = xlsxOf('T', [texts]);
    const sheet = partsOf(bytes)['xl/worksheets/sheet1.xml'] as string;
    expect(sheet).toContain("&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;q&quot; 's'");
    expect(sheet).toContain('bell_x0007_, nul_x0000_, cr_x000D_, tab\t, lf\n');
    expect(sheet).toContain('_x005F_x0041_ is not A');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
    expect(sheet).not.toMatch(/[\0-\x08\x0b-\x1f\ufffe\uffff]/);
    expect(sheetRows(bytes)).toEqual([texts]);
  });

  it('reads back a text whose _xHHHH comes right before a character it spells as _xHHHH_', () => {
    // The escape's own underscore would end `_x0041` as `_x0041_`, read as 'A'.
    const texts = ['a_x0041\u0001b', 'c_x0042\rd', '_x0043_x0044\u0002'];
    expect(sheetRows(xlsxOf('T', [texts]))).toEqual([texts]);
  });

  it('keeps a cell that looks like a formula a string, as it reads (no leading apostrophe)', () => {
    const texts = ['=HYPERLINK("x")', '+1+cmd', '-2-A1', '@SUM(A1)', '1.5', '+8,5 %'];
    const bytes = xlsxOf('T', [texts]);
    const sheet = partsOf(bytes)['xl/worksheets/sheet1.xml'] as string;
    expect(sheet).not.toMatch(/<f>|<v>|t="(?!inlineStr)/);
    expect(sheetRows(bytes)).toEqual([texts]);
  });

  it('writes a number cell as its exact value, styled with its number format', () => {
    const rate: NumberCell = {
      text: '+32.7 %',
      value: '0.327',
      format: '"+"#,##0.0" "%;"−"#,##0.0" "%;#,##0.0" "%',
    };
    const amount: NumberCell = {
      text: 'US$2.98 billion',
      value: '2980512345.67',
      format: '"US$"#,##0.00,,," billion";"−US$"#,##0.00,,," billion"',
    };
    const parts = partsOf(
      xlsxOf('T', [
        ['Period', 'Value', 'Rate'],
        ['2024', amount, rate],
        ['2023', { ...amount, value: '-1' }, '—'],
      ]),
    );
    const sheet = parts['xl/worksheets/sheet1.xml'] as string;
    expect(sheet).toContain(
      '<c r="B2" s="1"><v>2980512345.67</v></c><c r="C2" s="2"><v>0.327</v></c>',
    );
    // The same format, the same style; a text cell stays a string.
    expect(sheet).toContain(
      '<c r="B3" s="1"><v>-1</v></c><c r="C3" t="inlineStr"><is><t xml:space="preserve">—</t></is></c>',
    );
    const styles = parts['xl/styles.xml'] as string;
    expect(styles).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;US$&quot;#,##0.00,,,&quot; billion&quot;;&quot;−US$&quot;#,##0.00,,,&quot; billion&quot;"/><numFmt numFmtId="165" formatCode="&quot;+&quot;#,##0.0&quot; &quot;%;&quot;−&quot;#,##0.0&quot; &quot;%;#,##0.0&quot; &quot;%"/></numFmts>',
    );
    expect(styles).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" ',
    );
    // The column is as wide as the text the page shows.
    expect(sheet).toContain('<col min="2" max="2" width="17" customWidth="1"/>');
  });

  it('counts a Chinese character two columns wide, as a spreadsheet draws it (QA h287)', () => {
    // LibreOffice 7.4 drew a Chinese balance's `出口覆盖率` up against the next column's `越南`
    // (one word to a reader) and `约10.3亿美元` filling its column: a wide character is about two
    // of the digits a column's width counts.
    const sheet = partsOf(
      xlsxOf('T', [
        ['时期', '出口覆盖率', '越南', '한국 교역'],
        ['2025/1 – 2025/7', '约−4.9亿美元', '逆差', '𠀀'],
      ]),
    )['xl/worksheets/sheet1.xml'] as string;
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="17" customWidth="1"/><col min="2" max="2" width="14" customWidth="1"/><col min="3" max="3" width="8" customWidth="1"/><col min="4" max="4" width="11" customWidth="1"/></cols>',
    );
  });

  it('counts an emoji and the rarer wide forms two columns wide, a flag two (r17b review)', () => {
    // Unicode's East Asian Width gives these W (two columns): an emoji drawn as one (📈), CJK
    // small and vertical forms (﹝, ︐), Hangul's old initials (ꥠ). A flag is two regional
    // indicators, each narrow alone: two columns the pair, as before.
    const sheet = partsOf(xlsxOf('T', [['Cây', '📈📈📈📈📈', '🇻🇳🇱🇦🇻🇳🇱🇦', '﹝注﹞︐ꥠ']]))[
      'xl/worksheets/sheet1.xml'
    ] as string;
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="8" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/><col min="3" max="3" width="10" customWidth="1"/><col min="4" max="4" width="12" customWidth="1"/></cols>',
    );
  });

  it('runs a text longer than the 32,767 characters of a cell on into the cells to its right', () => {
    const most = 'x'.repeat(32_767);
    expect(sheetRows(xlsxOf('T', [['a', most]]))).toEqual([['a', most]]);
    // Cut before a surrogate pair that would straddle the limit, the row's later cells after it.
    const long = `${'y'.repeat(32_766)}😀${most}z`;
    const rows = sheetRows(xlsxOf('T', [['# Notes'], [long, 'next']]));
    expect(rows).toEqual([
      ['# Notes'],
      ['y'.repeat(32_766), `😀${'x'.repeat(32_765)}`, 'xxz', 'next'],
    ]);
    expect((rows[1] as string[]).slice(0, 3).join('')).toBe(long);
  });
});
