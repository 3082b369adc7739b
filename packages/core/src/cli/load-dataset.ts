import { readFile } from 'node:fs/promises';
import { type Dataset, parseDataset } from '../dataset/index.js';
import { isComtradeKey } from '../io/_comtrade-fields.js';
import { UsageError } from './cli-io.js';

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

/** ` — it looks like …: write a dataset with "bilateral import …"`, or nothing. */
function importHint(file: string, importer: 'comtrade' | 'flows' | undefined): string {
  if (importer === undefined) return '';
  const what = importer === 'comtrade' ? 'UN Comtrade records' : 'a flows CSV';
  return `; it looks like ${what}: write a dataset from it with "bilateral import ${importer} ${file} -o <dataset.json>"`;
}

/** Reads and parses a JSON file; a missing file or bad JSON is a {@link UsageError}. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read ${file}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`cannot read ${file}: it is a directory`);
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    throw new UsageError(
      `${file} is not valid JSON: ${(error as Error).message}${importHint(file, importerFor(header.split(',')))}`,
    );
  }
}

/**
 * Reads a dataset document from a JSON file. UN Comtrade records given where a dataset is expected
 * are a {@link UsageError} that names the import command to run first.
 */
export async function readDatasetJson(file: string): Promise<unknown> {
  const value = await readJsonFile(file);
  if (isObject(value) && 'flows' in value) return value;
  const records = Array.isArray(value)
    ? value
    : isObject(value)
      ? (value.data ?? value.dataset)
      : [];
  const first = Array.isArray(records) ? records[0] : undefined;
  const hint = isObject(first) ? importHint(file, importerFor(Object.keys(first))) : '';
  if (hint !== '') throw new UsageError(`${file} is not a dataset${hint}`);
  return value;
}

/** Reads a dataset file and validates it (throws BilateralError with every problem). */
export async function loadDatasetFile(file: string): Promise<Dataset> {
  return parseDataset(await readDatasetJson(file));
}
