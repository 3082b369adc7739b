/**
 * Reads the JSON text of a UN Comtrade answer without losing digits ({@link parseExactJson}): the
 * API sends values as JSON numbers (`"primaryValue": 38917721136.0`), and `JSON.parse` would round
 * any with more than 15–17 significant digits. Private to the `io` module.
 *
 * @internal
 */

import { parseExactJson } from '../_internal/exact-json.js';
import { foundWords } from '../_internal/must-be.js';
import { nestingIssue } from '../_internal/nesting-issue.js';
import { quoteInput } from '../_internal/quote-input.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';

/** The records of one answer and the count it declares. @internal */
export interface ComtradeAnswer {
  readonly count: number | undefined;
  readonly data: readonly Record<string, unknown>[];
}

function refuse(message: string, path: BilateralIssue['path'] = []): never {
  throw new BilateralError('FETCH_FAILED', [{ path, message }]);
}

/**
 * Reads an answer's text. A text that is not complete JSON throws `SyntaxError` (the caller
 * retries: a cut-off body); an answer with an `error`, or without a `data` array, is refused.
 *
 * @throws SyntaxError for text that is not JSON; BilateralError `FETCH_FAILED` otherwise
 * @internal
 */
export function readComtradeAnswer(text: string): ComtradeAnswer {
  const body = parseExactJson(text, 'FETCH_FAILED');
  const nesting = nestingIssue(body);
  if (nesting !== undefined) {
    refuse(`the answer is not UN Comtrade's: ${nesting.message}`, nesting.path);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    refuse('the answer is not a UN Comtrade response (a JSON object with "data")');
  }
  const envelope = body as Record<string, unknown>;
  const error = envelope.error;
  if (typeof error === 'string' && error.trim() !== '') {
    refuse(`the API answered with an error: ${quoteInput(error.trim(), 300)}`);
  }
  const data = envelope.data;
  if (!Array.isArray(data)) {
    refuse('the answer has no "data" array: is the base URL the UN Comtrade API?');
  }
  // Each record that is not one, at its path.
  const issues: BilateralIssue[] = [];
  data.forEach((record, index) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      issues.push({
        path: ['data', index],
        message: `the record is not an object: found ${foundWords(record)}`,
      });
    }
  });
  if (issues.length > 0) throw new BilateralError('FETCH_FAILED', issues);
  const count = envelope.count;
  return {
    count: typeof count === 'number' ? count : undefined,
    data: data as Record<string, unknown>[],
  };
}
