/**
 * What every parser of text does first: drop a UTF-8 byte-order mark, refuse UTF-16 text with
 * what to do, and refuse an empty text (a failed download must not pass as an empty import).
 *
 * @internal
 */

import { BilateralError, type BilateralErrorCode } from '../errors/index.js';

/**
 * Whether text decoded as UTF-8 (or Latin-1) was UTF-16: it starts with a UTF-16 byte-order mark
 * as those decoders show it (`\uFFFE`, two replacement characters, `ÿþ`, `þÿ`), or has NUL
 * characters, which UTF-16 puts beside every ASCII letter and no text file holds.
 */
export function looksUtf16(text: string): boolean {
  const start = text.slice(0, 2);
  return (
    start.startsWith('\uFFFE') ||
    start === '\uFFFD\uFFFD' ||
    start === '\u00FF\u00FE' ||
    start === '\u00FE\u00FF' ||
    text.slice(0, 1024).includes('\u0000')
  );
}

/**
 * The error of text that was UTF-16 ({@link looksUtf16}), for `code`: what to do about it.
 *
 * @example
 * ```ts
 * utf16Error('INVALID_IMPORT').issues[0]?.message;
 * //=> 'the file is not UTF-8 text (it starts with a UTF-16 byte-order mark or has NUL characters: UTF-16, or a binary file): save it as UTF-8'
 * ```
 */
export function utf16Error(code: BilateralErrorCode): BilateralError {
  return new BilateralError(
    code,
    'the file is not UTF-8 text (it starts with a UTF-16 byte-order mark or has NUL characters: UTF-16, or a binary file): save it as UTF-8',
  );
}

/**
 * `text` without its UTF-8 byte-order mark.
 *
 * @param text - the text as the caller received it
 * @param code - the error code of the caller (`INVALID_IMPORT`, `INVALID_DATASET`)
 * @throws BilateralError `code` when the text is not a string, looks like UTF-16, or holds
 *   nothing but white space
 */
export function inputText(text: unknown, code: BilateralErrorCode): string {
  if (typeof text !== 'string') {
    throw new BilateralError(code, `expected text, got ${text === null ? 'null' : typeof text}`);
  }
  if (looksUtf16(text)) throw utf16Error(code);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new BilateralError(
      code,
      `the file is empty${body === '' ? '' : ' (nothing but white space)'}: was it downloaded completely?`,
    );
  }
  return body;
}
