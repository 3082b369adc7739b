import { extname } from 'node:path';

/** What a file name's extension asks for, among the formats the command does not write. */
const UNWRITTEN: ReadonlyMap<string, string> = new Map([
  ['.csv', 'CSV'],
  ['.tsv', 'TSV'],
  ['.xlsx', 'a spreadsheet'],
  ['.xls', 'a spreadsheet'],
  ['.ods', 'a spreadsheet'],
  ['.zip', 'a zip archive'],
  ['.tgz', 'a gzipped tar archive'],
  ['.tar', 'a tar archive'],
  ['.7z', 'a 7-Zip archive'],
  ['.bz2', 'bzip2'],
  ['.xz', 'xz'],
  ['.zst', 'Zstandard'],
  ['.br', 'Brotli'],
  ['.lz4', 'LZ4'],
]);

/** A name that asks for gzip: it ends in `.gz`, in any case. */
const GZIP = /\.gz$/i;

/**
 * Whether the output named `output` is written gzipped: its name ends in `.gz` (`flows.json.gz`),
 * in any case.
 *
 * @example
 * ```ts
 * ['flows.json.gz', 'flows.JSONL.GZ', 'flows.json'].map(gzipped);
 * //=> [true, true, false]
 * ```
 */
export function gzipped(output: string): boolean {
  return GZIP.test(output);
}

/**
 * The name of what a gzipped output holds, which says its format: the name without `.gz`
 * (`flows.jsonl.gz` holds `flows.jsonl`); any other name as it is.
 *
 * @example
 * ```ts
 * ['flows.jsonl.gz', 'flows.json'].map(unpackedName);
 * //=> ['flows.jsonl', 'flows.json']
 * ```
 */
export function unpackedName(output: string): string {
  return output.replace(GZIP, '');
}

/**
 * The format an output's name asks for that `bilateral import` and `fetch` do not write (they
 * would write JSON into it), in words: a table or spreadsheet, gzipped or not (`flows.csv.gz`);
 * an archive or a compression other than gzip (`flows.json.zst`, `flows.zip`);
 * gzipped Parquet (Parquet compresses its own columns); gzip of a name that gives no format
 * before `.gz` (`flows.gz`). Undefined for any other name: a name the command writes, gzipped
 * when it ends in `.gz` (`flows.json.gz`, the same bytes as `flows.json`, gzipped).
 *
 * @example
 * ```ts
 * ['flows.CSV', 'flows.csv.gz', 'flows.json.zst', 'flows.gz', 'flows.json.gz', 'flows.json'].map(
 *   unwrittenFormat,
 * );
 * //=> ['CSV', 'CSV', 'Zstandard', 'gzip of a format the name does not give', undefined, undefined]
 * ```
 */
export function unwrittenFormat(output: string): string | undefined {
  const plain = unpackedName(output);
  const extension = extname(plain).toLowerCase();
  const format = UNWRITTEN.get(extension);
  if (format !== undefined || plain === output) return format;
  if (extension === '.parquet') {
    return 'gzipped Parquet (Parquet compresses its own columns: name it .parquet)';
  }
  return extension === '' ? 'gzip of a format the name does not give' : undefined;
}
