/**
 * A download's rows as a spreadsheet (`.xlsx`, ECMA-376 SpreadsheetML): one worksheet (more only
 * past the 1,048,576 rows a sheet holds) whose cells are inline strings or numbers (each with the
 * number format that writes it as the page does), in a ZIP package of stored (uncompressed)
 * entries. Excel opens a `.csv` with the system's list separator (";" where the decimal mark is a
 * comma), and a `sep=` line makes it forget the byte order mark; an `.xlsx` opens the same in
 * every locale.
 *
 * Within Excel's own limits ("Excel specifications and limits"; [MS-OI29500], Microsoft's notes
 * on where Office departs from ISO/IEC 29500): a cell of at most 32,767 characters, at most
 * 1,048,576 rows a sheet, a sheet name of at most 31 characters, at most 100 number formats
 * (below the 200 to 250 of every language version), a format code of at most 254 characters
 * (`sheet-cells.ts`). Inline strings (`t="inlineStr"`) rather than a shared string table: Office
 * reads them as the notes on ISO/IEC 29500-1 §18.3.1.96 `v` say ("a spreadsheet application may
 * use inline strings"), and they hold a text that reads as a formula as the text it is.
 */

/**
 * A number cell: its exact value (a decimal text a double holds at 15 significant digits), the
 * text the page shows of it and the number format (`numFmt` code) that writes it so.
 *
 * @example
 * ```ts
 * const cell: NumberCell = { text: '+32.7 %', value: '0.327', format: '"+"#,##0.0" "%;"−"#,##0.0" "%' };
 * ```
 */
export interface NumberCell {
  readonly text: string;
  readonly value: string;
  readonly format: string;
}

/** A cell of {@link xlsxOf}'s rows: a text, or a number. */
type Cell = string | NumberCell;

/** The most characters (UTF-16 code units) a cell of Excel holds. */
const MOST_CHARACTERS = 32_767;

/** The most rows a worksheet of Excel holds; the rows after them go on in another sheet. */
const MOST_ROWS = 1_048_576;

/**
 * The most number formats a workbook defines: Excel holds 200 to 250 in all, built-in ones
 * included, depending on its language version, and Office loads no file of more than 206 custom
 * ones ([MS-OI29500] 2.1.713 g); 100 leaves room for the built-in ones of every language and for
 * the reader's own. A number cell whose format would be one more is written as its text.
 */
const MOST_FORMATS = 100;

/**
 * `row` with each text longer than a cell holds cut into cells of at most 32,767 characters
 * (never between the two halves of a surrogate pair), one after the other where it stood: the
 * text runs on into the cells to its right, and the row's later cells follow it (moved right, none
 * written over). Only a header line or a caption (a row of one cell) can be that long in
 * practice: a long citation or notes. It cannot pass Excel's last column, XFD (16,384): that
 * takes more than 16,383 × 32,767 characters in a row, more than the longest string a browser
 * makes (2^29 − 24 in V8), which the sheet's XML would have to be.
 */
function fitted(row: readonly Cell[]): readonly Cell[] {
  return row.flatMap((cell) => {
    if (typeof cell !== 'string' || cell.length <= MOST_CHARACTERS) return [cell];
    const pieces: string[] = [];
    for (let at = 0; at < cell.length; ) {
      const end = Math.min(at + MOST_CHARACTERS, cell.length);
      // A high surrogate last: its pair goes to the next piece.
      const cut = /[\ud800-\udbff]/.test(cell[end - 1] ?? '') && end < cell.length ? end - 1 : end;
      pieces.push(cell.slice(at, cut));
      at = cut;
    }
    return pieces;
  });
}

/** The CRC-32 table (ISO 3309, reflected polynomial 0xEDB88320), one entry per byte value. */
const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

/**
 * The CRC-32 of `bytes`, as a ZIP entry records it.
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode('123456789')); //=> 0xcbf43926
 * ```
 */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A little-endian field of a ZIP record: a value and its width in bytes (2 or 4). */
type Field = readonly [value: number, width: 2 | 4];

/** The bytes of `fields`, little-endian. */
function record(fields: readonly Field[]): Uint8Array {
  const bytes = new Uint8Array(fields.reduce((sum, [, width]) => sum + width, 0));
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  return bytes;
}

/**
 * A ZIP archive of `files` (path → content), each stored as it is (method 0) with its CRC-32,
 * its name in UTF-8 (flag bit 11) and the date 1980-01-01 00:00 (the same bytes for the same
 * files).
 *
 * @example
 * ```ts
 * zipStored({ 'a.txt': new TextEncoder().encode('hi') }).length; //=> 22 + 30 + 5 + 2 + 46 + 5
 * ```
 */
export function zipStored(files: Readonly<Record<string, Uint8Array>>): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [path, data] of Object.entries(files)) {
    const name = encoder.encode(path);
    // version needed (2.0), flags (UTF-8 names), method (stored), DOS time and date, CRC, sizes.
    const common: Field[] = [
      [20, 2],
      [0x0800, 2],
      [0, 2],
      [0, 2],
      [0x21, 2],
      [crc32(data), 4],
      [data.length, 4],
      [data.length, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = record([[0x04034b50, 4], ...common]);
    locals.push(local, name, data);
    // made by (2.0), then as the local header, no comment, disk 0, no attributes, its offset.
    const central = record([
      [0x02014b50, 4],
      [20, 2],
      ...common,
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [offset, 4],
    ]);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const size = centrals.reduce((sum, part) => sum + part.length, 0);
  const count = centrals.length / 2;
  const end = record([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [count, 2],
    [count, 2],
    [size, 4],
    [offset, 4],
    [0, 2],
  ]);
  const parts = [...locals, ...centrals, end];
  const archive = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    archive.set(part, at);
    at += part.length;
  }
  return archive;
}

/**
 * `text` as the content of an XML element or a double-quoted attribute value: `&`, `<`, `>` and
 * `"` as entities; a character XML 1.0 cannot carry (a control character other than tab and line
 * feed, U+FFFE, U+FFFF) and the carriage return (which an XML reader would turn into a line feed)
 * as SpreadsheetML spells them, `_xHHHH_`; and a text that happens to read `_xHHHH_` with its
 * first underscore as `_x005F_`, so that it reads back as written (ECMA-376 Part 1, ST_Xstring);
 * so too a text reading `_xHHHH` before a character spelt `_xHHHH_`, whose underscore would end it.
 * A lone surrogate becomes U+FFFD when the text is encoded as UTF-8.
 *
 * @example
 * ```ts
 * xmlText('a < b & "c"\u0001_x0041_'); //=> 'a &lt; b &amp; &quot;c&quot;_x0001__x005F_x0041_'
 * ```
 */
function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: an escape's underscore ends `_xHHHH`
      .replace(/_(?=x[\dA-Fa-f]{4}[_\0-\x08\x0b-\x1f\ufffe\uffff])/g, '_x005F_')
      .replace(/[&<>"]/g, (mark) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[mark]};`)
      .replace(
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot carry
        /[\0-\x08\x0b-\x1f\ufffe\uffff]/g,
        (mark) => `_x${mark.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
      )
  );
}

/** The column letters of the 0-based column `index` (0 → A, 26 → AA). */
function column(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : column(Math.floor(index / 26) - 1) + letter;
}

/**
 * The start of `text` in at most `most` UTF-16 code units (as Excel counts a name's characters),
 * cut between two characters as a reader sees them (Unicode's grapheme clusters,
 * `Intl.Segmenter`): never inside a surrogate pair, nor between a letter and its marks (a Lao
 * vowel or tone mark, AM `ຳ` included, which Unicode's categories count a letter; a Vietnamese
 * accent written apart), nor inside a flag or an emoji joined with U+200D. A browser without
 * `Intl.Segmenter` (Firefox before 125) still keeps a letter's marks and Lao AM with it.
 */
function cut(text: string, most: number): string {
  const characters =
    'Segmenter' in Intl
      ? Array.from(new Intl.Segmenter().segment(text), ({ segment }) => segment)
      : (text.match(/\P{M}[\p{M}\u0eb3]*/gu) ?? []);
  let start = '';
  for (const character of characters) {
    if (start.length + character.length > most) break;
    start += character;
  }
  return start;
}

/**
 * The names of `count` worksheets for a download named `name`, as Excel takes a sheet's name
 * ([MS-OI29500] 2.1.578; Excel refuses to name a sheet otherwise): without the characters a
 * name may not hold (`\ / ? * [ ] :`, and control characters), each run of them and of white
 * space one space, and without word joiners (U+2060), soft hyphens, zero-width spaces and
 * invisible operators, which a reader can neither see nor type in a formula that names the
 * sheet; at most 31 characters; no apostrophe at either end; not
 * blank and not `History` (a name Excel keeps for itself), `Bilateral` then; the second and
 * later ones `<name> (2)`, … each unique in any case, as Excel requires.
 *
 * @example
 * ```ts
 * sheetNames('Trade: 2024/25', 2); //=> ['Trade 2024 25', 'Trade 2024 25 (2)']
 * sheetNames('history', 1); //=> ['Bilateral']
 * ```
 */
export function sheetNames(name: string, count: number): string[] {
  const trimmed = (text: string) => text.replace(/^[\s']+|[\s']+$/g, '');
  // A word joiner (a span of months holds them), a soft hyphen, a zero-width space or an
  // invisible operator is not seen: a name with one cannot be typed.
  const visible = name.replace(/[\u00ad\u200b\u2060-\u2064]/g, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a name cannot hold
  const base = trimmed(cut(visible.replace(/[\\/?*[\]:\s\0-\x1f\x7f]+/g, ' '), 31));
  const first = /^(history)?$/i.test(base) ? 'Bilateral' : base;
  const names = [first];
  for (let number = 2; names.length < count; number++) {
    const next = `${trimmed(cut(first, 31 - `${number}`.length - 3))} (${number})`;
    if (!names.some((taken) => taken.toLowerCase() === next.toLowerCase())) names.push(next);
  }
  return names;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** The relationship `rId<id>` of `type` to `target`. */
const relation = (id: number, type: string, target: string) =>
  `<Relationship Id="rId${id}" Type="${OFFICE}/${type}" Target="${target}"/>`;

/** A relationships part of one relationship, `rId1`, of `type` to `target`. */
const relationship = (type: string, target: string) =>
  `${XML}<Relationships xmlns="${RELATIONSHIPS}">${relation(1, type, target)}</Relationships>`;

/**
 * The characters a spreadsheet draws about two digits wide: East Asian wide and full-width ones
 * (Hangul, CJK ideographs and punctuation, kana, full-width, small and vertical forms) and
 * emoji drawn as emoji (📈), but a flag's two regional indicators, two together.
 */
const WIDE =
  /(?!\p{RI})\p{Emoji_Presentation}|[\u1100-\u115f\u2329\u232a\u2e80-\ua4cf\ua960-\ua97c\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6b\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{18d08}\u{1aff0}-\u{1b2fb}\u{1f200}-\u{1f265}\u{20000}-\u{3fffd}]/gu;

/**
 * The widths of the columns, in characters (a wide one, {@link WIDE}, counting two): each the
 * longest cell of that column in a row of more than one cell (a header line or a caption, one
 * cell alone, runs on over the empty cells to its right), from 8 to 60.
 */
function widths(rows: readonly (readonly Cell[])[]): number[] {
  const longest: number[] = [];
  for (const row of rows) {
    if (row.length < 2) continue;
    row.forEach((cell, index) => {
      const text = typeof cell === 'string' ? cell : cell.text;
      const width = [...text].length + (text.match(WIDE)?.length ?? 0);
      longest[index] = Math.max(longest[index] ?? 8, Math.min(width + 2, 60));
    });
  }
  return longest;
}

/**
 * The styles of the number cells: a cell format (`xf`) per number format of `formats`, in order
 * after the default (`0`), each `numFmt` numbered from 164 (the first a workbook may define).
 */
function styles(formats: readonly string[]): string {
  const numFmts = formats.map(
    (code, index) => `<numFmt numFmtId="${164 + index}" formatCode="${xmlText(code)}"/>`,
  );
  const xfs = formats.map(
    (_, index) =>
      `<xf numFmtId="${164 + index}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  );
  return `${XML}<styleSheet xmlns="${MAIN}">${formats.length ? `<numFmts count="${formats.length}">${numFmts.join('')}</numFmts>` : ''}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
}

/**
 * The worksheet of `rows`: each row a row of the sheet, each text cell an inline string (never a
 * formula: a cell reads as the text it holds, `=SUM(A1)` and `+1` included; a text longer than
 * the 32,767 characters of a cell, which Excel would cut short in "repairing" the file, in as many
 * cells as it needs, {@link fitted}), each number cell its value (`<v>`) with the style (`s`) of
 * its format in `formats` (which gains the formats it lacks, up to {@link MOST_FORMATS}; past
 * them a number cell is its text).
 */
function worksheet(given: readonly (readonly Cell[])[], formats: string[]): string {
  const rows = given.map(fitted);
  const cols = widths(rows)
    .map(
      (width, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`,
    )
    .join('');
  const data = rows
    .map((row, index) => {
      const cells = row
        .map((cell, at) => {
          const where = `${column(at)}${index + 1}`;
          if (typeof cell !== 'string') {
            // Its format's style: 1 for the first format, … (a new one's: push gives the count).
            const style =
              formats.indexOf(cell.format) + 1 ||
              (formats.length < MOST_FORMATS && formats.push(cell.format));
            if (style) return `<c r="${where}" s="${style}"><v>${cell.value}</v></c>`;
          }
          const text = typeof cell === 'string' ? cell : cell.text;
          return `<c r="${where}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
        })
        .join('');
      return `<row r="${index + 1}">${cells}</row>`;
    })
    .join('');
  return `${XML}<worksheet xmlns="${MAIN}">${cols && `<cols>${cols}</cols>`}<sheetData>${data}</sheetData></worksheet>`;
}

/**
 * A spreadsheet (`.xlsx`) of one worksheet (more past 1,048,576 rows, below) named after `name`
 * (the rows of `downloadRows`), row for row and cell for cell: a text an inline string holding
 * exactly it, a {@link NumberCell} its value with its number format. The package: `[Content_Types].xml`, `_rels/.rels`,
 * `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`, `xl/styles.xml` and
 * `xl/worksheets/sheet1.xml` (and `sheet2.xml`, …), stored in a ZIP.
 * A text longer than the 32,767 characters a cell holds runs on into the cells to its right;
 * rows past the 1,048,576 of a sheet go on in `sheet2.xml`, … (named `<name> (2)`, …).
 *
 * @example
 * ```ts
 * const bytes = xlsxOf('Turnover', [['# Source: Customs'], [], ['Period', 'Value'], ['2024', '1.2']]);
 * new Blob([bytes], { type: XLSX_TYPE });
 * ```
 */
export function xlsxOf(name: string, rows: readonly (readonly Cell[])[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const formats: string[] = [];
  const sheets: string[] = [];
  for (let at = 0; at === 0 || at < rows.length; at += MOST_ROWS) {
    sheets.push(worksheet(rows.slice(at, at + MOST_ROWS), formats));
  }
  const names = sheetNames(name, sheets.length);
  /** Each sheet's value of `write(number)`, its number from 1, joined. */
  const each = (write: (number: number) => string) =>
    sheets.map((_, index) => write(index + 1)).join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>${each((number) => `<Override PartName="/xl/worksheets/sheet${number}.xml" ContentType="${TYPE}.worksheet+xml"/>`)}<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`,
    '_rels/.rels': relationship('officeDocument', 'xl/workbook.xml'),
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>${each((number) => `<sheet name="${xmlText(names[number - 1] as string)}" sheetId="${number}" r:id="rId${number}"/>`)}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${RELATIONSHIPS}">${each((number) => relation(number, 'worksheet', `worksheets/sheet${number}.xml`))}${relation(sheets.length + 1, 'styles', 'styles.xml')}</Relationships>`,
    'xl/styles.xml': styles(formats),
    ...Object.fromEntries(
      sheets.map((sheet, index) => [`xl/worksheets/sheet${index + 1}.xml`, sheet]),
    ),
  };
  return zipStored(
    Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, encoder.encode(xml)])),
  );
}

/**
 * The media type of an `.xlsx` file.
 *
 * @example
 * ```ts
 * new Blob([xlsxOf('Turnover', [['2024', '1.2']])], { type: XLSX_TYPE });
 * ```
 */
export const XLSX_TYPE = `${TYPE}.sheet`;
