import { inputText } from '../_internal/input-text.js';
import { jsonSyntaxPlace } from '../_internal/json-syntax-place.js';
import { BilateralError, type SafeParseResult, toSafeParse } from '../errors/index.js';
import { type Dataset, parseDataset } from './dataset.js';

/**
 * Reads a dataset document from the text of its JSON file and validates it: what
 * {@link parseDataset} does, after what a file can get wrong. A UTF-8 byte-order mark is
 * dropped; UTF-16 text or a binary file, an empty text and text that is not JSON are refused
 * with what to do.
 *
 * @param text - the file's text, decoded as UTF-8
 * @returns the dataset
 * @throws {@link BilateralError} `INVALID_DATASET`: the file is empty, is not UTF-8 text (UTF-16
 *   or a binary file: "save it as UTF-8"), is not JSON (with where: line and column, what is there, an excerpt), or the document has problems (every one, with
 *   its path)
 *
 * @example
 * ```ts
 * const text = `\uFEFF${JSON.stringify(vietnamLaosDocument)}`;
 * parseDatasetText(text).id;
 * //=> 'vietnam-laos'
 * parseDatasetText('');
 * // throws BilateralError [INVALID_DATASET]: the file is empty: was it downloaded completely?
 * ```
 *
 * @category Datasets
 */
export function parseDatasetText(text: string): Dataset {
  const body = inputText(text, 'INVALID_DATASET');
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    throw new BilateralError(
      'INVALID_DATASET',
      `the text is not valid JSON: ${jsonSyntaxPlace(body)?.message ?? (error as Error).message}`,
    );
  }
  return parseDataset(document);
}

/**
 * The result form of {@link parseDatasetText}: never throws for any text.
 *
 * @param text - the file's text, decoded as UTF-8
 * @returns `{ success: true, data }` or `{ success: false, error }` listing every problem
 *
 * @example
 * ```ts
 * const result = safeParseDatasetText('{"id": "x"');
 * result.success ? result.data.id : result.error.code;
 * //=> 'INVALID_DATASET'
 * ```
 *
 * @category Datasets
 */
export function safeParseDatasetText(text: string): SafeParseResult<Dataset> {
  return toSafeParse(() => parseDatasetText(text));
}
