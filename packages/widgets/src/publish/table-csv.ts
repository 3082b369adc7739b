/**
 * A data table as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted), after `#` header lines that say what the figures are: a row of the CSV
 * is a row of the table as the reader sees it, cell for cell.
 */

/**
 * A cell's text as a CSV field. A cell a spreadsheet would run as a formula (a leading `=`, `+`,
 * `-` or `@`, other than a signed number such as `+8.5 %`) gets a leading `'`.
 */
function field(text: string): string {
  const formula = /^[=+\-@\t\r]/.test(text) && !/^[+-][\d\s.,%\u00a0\u202f]+$/.test(text);
  const safe = formula ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The text of each cell of each row of a table (header rows included), white space collapsed. */
export function tableRows(table: HTMLTableElement): string[][] {
  return [...table.rows].map((row) =>
    [...row.cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/**
 * The CSV of `rows`, after one `# ` line per header entry (`# Source: …`); starts with a byte
 * order mark so that spreadsheets read it as UTF-8.
 */
export function csvOf(rows: readonly (readonly string[])[], header: readonly string[]): string {
  const lines = [
    ...header.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`),
    ...rows.map((row) => row.map(field).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
