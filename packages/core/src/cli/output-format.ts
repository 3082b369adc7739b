import { extname } from 'node:path';

/** What a file name's extension asks for, among the formats the command does not write. */
const UNWRITTEN: ReadonlyMap<string, string> = new Map([
  ['.csv', 'CSV'],
  ['.tsv', 'TSV'],
  ['.xlsx', 'a spreadsheet'],
  ['.xls', 'a spreadsheet'],
  ['.ods', 'a spreadsheet'],
]);

/**
 * The format an output's name asks for that `bilateral import` and `fetch` do not write (they
 * would write JSON into it), in words: a table or spreadsheet, gzipped or not (`flows.csv.gz`),
 * and gzip for any other name ending in `.gz` (they write no gzip); undefined for any other name.
 *
 * @example
 * ```ts
 * ['flows.CSV', 'flows.csv.gz', 'flows.json.gz', 'flows.json'].map(unwrittenFormat);
 * //=> ['CSV', 'CSV', 'gzip', undefined]
 * ```
 */
export function unwrittenFormat(output: string): string | undefined {
  const plain = output.replace(/\.gz$/i, '');
  return UNWRITTEN.get(extname(plain).toLowerCase()) ?? (plain === output ? undefined : 'gzip');
}
