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
 * would write JSON into it), in words, gzipped or not (`flows.csv.gz`: they write no gzip
 * either); undefined for any other name.
 *
 * @example
 * ```ts
 * [unwrittenFormat('flows.CSV'), unwrittenFormat('flows.csv.gz'), unwrittenFormat('flows.json')];
 * //=> ['CSV', 'CSV', undefined]
 * ```
 */
export function unwrittenFormat(output: string): string | undefined {
  return UNWRITTEN.get(extname(output.replace(/\.gz$/i, '')).toLowerCase());
}
