import { readFile } from 'node:fs/promises';
import { type Dataset, parseDataset } from '../dataset/index.js';
import { UsageError } from './cli-io.js';

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
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads a dataset file and validates it (throws BilateralError with every problem). */
export async function loadDatasetFile(file: string): Promise<Dataset> {
  return parseDataset(await readJsonFile(file));
}
