/** Column alignment of {@link textTable}. */
export type Align = 'left' | 'right';

/** Display width of text in a terminal: combining marks take no column (Vietnamese diacritics). */
export function displayWidth(text: string): number {
  return [...text.normalize('NFC')].filter((char) => !/\p{M}/u.test(char)).length;
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Lays rows out in aligned columns under a header and a rule. */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string {
  const widths = header.map((cell, column) =>
    Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => pad(cell, widths[column] ?? 0, align[column] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)]
    .map((text) => `  ${text}`)
    .join('\n');
}
