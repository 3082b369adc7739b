import { type JsonSyntaxPlace, jsonSyntaxPlace } from '../_internal/json-syntax-place.js';
import { describeInput, quoteInput } from '../_internal/quote-input.js';
import { COMPACT_DATASET_FORMAT } from '../dataset/compact-dataset.js';
import type { Dataset } from '../dataset/index.js';
import { parseDataset } from '../dataset/schemas.js';
import { isComtradeKey } from '../io/_comtrade-fields.js';
import { isErrorAnswer } from '../io/_records.js';
import { EXIT, inFile, UsageError } from './cli-io.js';
import { readTextFile, shownFile } from './read-text-file.js';
import { firstRepeatedKey } from './repeated-key.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `bilateral import` command that reads a file like this one, from its first record or line. */
function importerFor(first: readonly string[]): 'comtrade' | 'flows' | undefined {
  if (first.some(isComtradeKey)) return 'comtrade';
  const names = new Set(first.map((name) => name.trim().toLowerCase()));
  return ['reporter', 'partner', 'flow', 'period', 'value'].every((name) => names.has(name))
    ? 'flows'
    : undefined;
}

/**
 * ` — it looks like …: write a dataset with "bilateral import …"`, or nothing; `options` are the
 * import's own for the file (`--delimiter ';'`).
 */
function importHint(
  file: string,
  importer: 'comtrade' | 'flows' | undefined,
  options = '',
): string {
  if (importer === undefined) return '';
  const what = importer === 'comtrade' ? 'UN Comtrade records' : 'a flows CSV';
  return `; it looks like ${what}: write a dataset from it with "bilateral import ${importer} ${shownFile(file)} -o <dataset.json>${options}"`;
}

/** The hint for one flow where a dataset was expected: JSON Lines, as `import -o *.jsonl` writes. */
const FLOW_LINES_HINT =
  '; it looks like JSON Lines of flows (one flow a line, as "bilateral import … -o <file>.jsonl" writes them): a dataset is one JSON document with its id, title, sources and flows, as "bilateral import … -o <dataset.json>" writes it';

/** The hint for a record with these keys: one flow of JSON Lines, or a record an import reads. */
function recordHint(file: string, keys: readonly string[]): string {
  const importer = importerFor(keys);
  return importer === 'flows' ? FLOW_LINES_HINT : importHint(file, importer);
}

/**
 * The hint for a file that is not JSON, from its first line: a JSON record (JSON Lines), or a CSV
 * header separated by commas, tabs (both of which the import finds itself) or semicolons, which
 * the import is told unless the file names them (`delimiterNamed`: Excel's `sep=;` line).
 */
function firstLineHint(file: string, line: string, delimiterNamed = false): string {
  try {
    const record: unknown = JSON.parse(line);
    if (isObject(record)) return recordHint(file, Object.keys(record));
  } catch {
    // Not a JSON line: a CSV header, perhaps.
  }
  for (const delimiter of [',', '\t', ';']) {
    const names = line.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
    const option = delimiter === ';' && !delimiterNamed ? " --delimiter ';'" : '';
    const hint = importHint(file, importerFor(names), option);
    if (hint !== '') return hint;
  }
  return '';
}

/**
 * The `NOT_JSON` {@link UsageError} of the file `file`: `detail` says what is wrong and where
 * (`place`, when known), then `after`.
 */
export function notJsonAt(
  file: string,
  detail: string,
  place: JsonSyntaxPlace | undefined,
  after = '',
): UsageError {
  return new UsageError(
    `${shownFile(file)} is not valid JSON: ${detail}${after}`,
    'NOT_JSON',
    EXIT.usage,
    [],
    place,
  );
}

/**
 * Reads and parses a JSON file (see {@link readTextFile} for what it refuses); bad JSON, and a key
 * given twice in one object, is a `NOT_JSON` {@link UsageError} that says where (line, column,
 * what is there, an excerpt; also as its `place`), with the import command to run when the file
 * looks like one.
 */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = await readTextFile(file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const place = jsonSyntaxPlace(text);
    // Excel's first line naming the delimiter (`sep=;`), which the import reads: the header is next.
    const [first = '', second = ''] = text.split(/\r?\n/, 2);
    const hint = /^sep=.$/.test(first)
      ? firstLineHint(file, second, true)
      : firstLineHint(file, first);
    throw notJsonAt(file, place?.message ?? (error as Error).message, place, hint);
  }
  // JSON.parse keeps a key's last value: one given twice is said, where it is, in the words the
  // import uses for such text (not JSON).
  const repeated = firstRepeatedKey(text);
  if (repeated !== undefined) throw notJsonAt(file, repeated.message, repeated);
  return value;
}

/**
 * Reads a dataset document from a JSON file. UN Comtrade records given where a dataset is expected
 * are a {@link UsageError} that names the import command to run first.
 */
export async function readDatasetJson(file: string): Promise<unknown> {
  const value = await readJsonFile(file);
  if (isObject(value) && 'flows' in value) return value;
  if (isObject(value) && isErrorAnswer(value)) {
    throw new UsageError(
      `${shownFile(file)} is not a dataset: it is an error answer of the UN Comtrade API (statusCode ${value.statusCode}, ${quoteInput(value.message, 300)}), kept in place of the records: fetch them again`,
    );
  }
  // The widgets' compact form (their dist/data/*.json, written by toCompactDataset): its four
  // "missing" id, title, sources and flows would say nothing of what it is.
  if (isObject(value) && value.format === COMPACT_DATASET_FORMAT) {
    throw new UsageError(
      `${shownFile(file)} is not a dataset document: it is the compact form the widgets load ("format": "${COMPACT_DATASET_FORMAT}", written by toCompactDataset from a document the build checked); validate or report the document it was written from (an embedded dataset's: bilateral report --dataset vietnam-laos or laos-china)`,
    );
  }
  // One line of JSON Lines of flows.
  if (isObject(value) && importerFor(Object.keys(value)) === 'flows') {
    throw new UsageError(`${shownFile(file)} is not a dataset${FLOW_LINES_HINT}`);
  }
  const records = Array.isArray(value)
    ? value
    : isObject(value)
      ? (value.data ?? value.dataset)
      : [];
  const first = Array.isArray(records) ? records[0] : undefined;
  const hint = isObject(first) ? importHint(file, importerFor(Object.keys(first))) : '';
  if (hint !== '') throw new UsageError(`${shownFile(file)} is not a dataset${hint}`);
  return value;
}

/** The kinds of a published statement (`Statement['kind']`). */
const STATEMENT_KINDS: readonly unknown[] = ['level', 'growth', 'share', 'balance'];

/**
 * Refuses a JSON array of published statements where a dataset is read (`validate`, `report`,
 * `bilateral-embed`; `reconcile` reads them): a `USAGE` error naming the command that checks them.
 *
 * @param file - the file name as the program was given it
 * @param value - the file's JSON
 * @throws {@link UsageError} for an array whose first item has a statement's `kind` and `source`
 *
 * @example
 * ```ts
 * refuseStatements('trade.json', { id: 'vn-la', flows: [] }); // a dataset: nothing said
 * refuseStatements('statements.json', [{ id: 't', kind: 'level', source: 's' }]);
 * // throws UsageError: statements.json is not a dataset; it looks like published statements …
 * ```
 */
export function refuseStatements(file: string, value: unknown): void {
  const first = Array.isArray(value) ? value[0] : undefined;
  if (isObject(first) && STATEMENT_KINDS.includes(first.kind) && 'source' in first) {
    throw new UsageError(
      `${shownFile(file)} is not a dataset; it looks like published statements (a JSON array of them): check them with "bilateral reconcile ${shownFile(file)}", or list them under a dataset's "statements"`,
    );
  }
}

/**
 * Reads a dataset file and validates it, as every `bilateral` command reads one (exported from
 * `@bilateral/core/node` for `bilateral-embed`): a file it cannot read, or that is not text, is a
 * {@link UsageError} (`FILE_UNREADABLE`, `NOT_UTF8`; `EMPTY_FILE`, exit 1); bad JSON is `NOT_JSON`,
 * exit 2, naming the file and the place (line, column); records an import reads, JSON Lines of
 * flows or the widgets' compact form are a `USAGE` error saying what to run; a document with
 * problems is a `FileError` naming the file, its `error` the `INVALID_DATASET` `BilateralError`
 * with the path of each problem. A `file` that is not text (an argument left out) is a `USAGE`
 * error, exit 2.
 *
 * @param file - the file name as the program was given it
 * @returns the dataset
 * @example
 * ```ts
 * import { mkdtemp, rm, writeFile } from 'node:fs/promises';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { loadDatasetFile, UsageError } from '@bilateral/core/node';
 * const folder = await mkdtemp(join(tmpdir(), 'bilateral-broken-'));
 * const file = join(folder, 'dataset.json');
 * await writeFile(file, '{\n  "id": \n}');
 * const error = await loadDatasetFile(file).catch((thrown: unknown) => thrown);
 * await rm(folder, { recursive: true });
 * error instanceof UsageError && [error.code, error.exitCode, error.place?.line]; //=> ['NOT_JSON', 2, 3]
 * (await loadDatasetFile('no-such-file.json').catch((thrown: UsageError) => thrown)).code;
 * //=> 'FILE_UNREADABLE'
 * ```
 *
 * @category Node
 */
export async function loadDatasetFile(file: string): Promise<Dataset> {
  if (typeof file !== 'string') {
    throw new UsageError(`expected the name of a dataset file, got ${describeInput(file)}`);
  }
  const json = await readDatasetJson(file);
  refuseStatements(file, json);
  return inFile(shownFile(file), () => parseDataset(json));
}
