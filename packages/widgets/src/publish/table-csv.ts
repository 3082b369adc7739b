/**
 * A data table as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted, and those with a semicolon or tab, at which LibreOffice splits too), after
 * `#` header lines that say what the figures are, each one field: a row of the CSV is a row of
 * the table as the reader sees it, cell for cell.
 */
import { collapsedText } from './collapsed-text.js';

/**
 * `text` as one CSV field: quoted (its quotes doubled) where it holds a comma, quote or line
 * break, or a semicolon or tab: LibreOffice's text import splits at all three by default.
 */
const quoted = (text: string) =>
  /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/**
 * A cell's text as a CSV field. A cell a spreadsheet would run as a formula (a leading `=`, `+`,
 * `-` or `@`, other than a signed number such as `+8.5 %`) gets a leading `'`.
 */
function field(text: string): string {
  const formula = /^[=+\-@\t\r]/.test(text) && !/^[+-][\d\s.,%\u00a0\u202f]+$/.test(text);
  return quoted(formula ? `'${text}` : text);
}

/** A node's text as the reader sees it: white space collapsed. */
const textOf = (node: Node | null | undefined) => collapsedText(node?.textContent ?? '');

/** The text of each cell of each row of a table (header rows included), white space collapsed. */
export function tableRows(table: HTMLTableElement): string[][] {
  return [...table.rows].map((row) => [...row.cells].map(textOf));
}

/** A table for {@link csvOf}: its caption and the text of its cells, row by row. */
export interface CsvTable {
  readonly caption: string;
  readonly rows: readonly (readonly string[])[];
}

/**
 * A data table as {@link csvOf} writes it: its caption and {@link tableRows}.
 *
 * @example
 * ```ts
 * const table = document.createElement('table');
 * table.createCaption().textContent = 'Crossings: by province';
 * table.insertRow().insertCell().textContent = 'Lào Cai';
 * csvTable(table); //=> { caption: 'Crossings: by province', rows: [['Lào Cai']] }
 * ```
 */
export function csvTable(table: HTMLTableElement): CsvTable {
  return { caption: textOf(table.caption), rows: tableRows(table) };
}

/**
 * The rows of a download, cell for cell, as the CSV and the spreadsheet (`.xlsx`) both hold them
 * (the spreadsheet's tables with number cells, `sheetTable`): one `# ` row per header entry
 * (`# Source: …`), then each table after an empty row and a `# <caption>` row. A header entry or
 * caption is one cell, on one line.
 *
 * @example
 * ```ts
 * downloadRows(['Source: Customs'], [{ caption: 'Turnover', rows: [['2024', '1.2']] }]);
 * //=> [['# Source: Customs'], [], ['# Turnover'], ['2024', '1.2']]
 * ```
 */
export function downloadRows<Cell = string>(
  header: readonly string[],
  tables: readonly { readonly caption: string; readonly rows: readonly (readonly Cell[])[] }[],
): (readonly (string | Cell)[])[] {
  const comment = (line: string) => [`# ${line.replace(/[\r\n]+/g, ' ')}`];
  return [
    ...header.map(comment),
    ...tables.flatMap(({ caption, rows }) => [[], ...(caption ? [comment(caption)] : []), ...rows]),
  ];
}

/**
 * The CSV of `tables`, after one `# ` line per header entry (`# Source: …`): each table after a
 * blank line and a `# <caption>` line ({@link downloadRows}); starts with a byte order mark so
 * that spreadsheets read it as UTF-8. A spreadsheet has no comment lines, so each `# ` line is
 * one field, quoted where it holds a comma, a semicolon or a quote: it fills one cell.
 *
 * @example
 * ```ts
 * csvOf(['Source: Customs, 2024'], [{ caption: 'Turnover', rows: [['Period', 'Value'], ['2024', '1.2']] }]);
 * //=> '\uFEFF"# Source: Customs, 2024"\r\n\r\n# Turnover\r\nPeriod,Value\r\n2024,1.2\r\n'
 * ```
 */
export function csvOf(header: readonly string[], tables: readonly CsvTable[]): string {
  // A `# ` line starts with neither a formula's sign nor a quote: field() only quotes it.
  const lines = downloadRows(header, tables).map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
