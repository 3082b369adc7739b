/**
 * The text of a streamed input, chunk by chunk: what the streaming importers read. Private to the
 * `io` module.
 *
 * @internal
 */

import { inputText, looksUtf16, utf16Error } from '../_internal/input-text.js';
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';

/**
 * What a streaming importer reads: chunks of text or of UTF-8 bytes, as a Node `Readable` (a file
 * read with `fs.createReadStream`), a web `ReadableStream` (a `fetch` response's `body`) or any
 * async iterable gives them. A string is not one (`INVALID_INPUT` at `source`), though TypeScript
 * takes it: a file name is read with `createReadStream(name)`, text in memory with `importComtrade`
 * or `importFlowsCsv` (or given as its one chunk, `[text]`); nor are bytes read whole (`[bytes]`).
 *
 * @example
 * ```ts
 * // Or fs.createReadStream(file), or (await fetch(bulkFileUrl)).body!
 * const source: TextSource = ['period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n', '2023,BRA,CHN,X,1201,38917721136\n'];
 * const { report } = await importComtradeStream(source, { onFlows: () => {} });
 * report.container;
 * //=> 'csv'
 * ```
 *
 * @category Importers
 */
export type TextSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

function fail(message: string): never {
  throw new BilateralError('INVALID_IMPORT', message);
}

const EXPECTED_STREAM =
  "expected the input as a stream (createReadStream(file), a fetch response's body)";

/** What to say of a string given as the source: a file name, or the text itself (line breaks). */
function stringSource(source: string): string {
  return /[\r\n]/.test(source)
    ? `${EXPECTED_STREAM}, got a string of ${source.length} characters with line breaks: for text in memory, use importComtrade or importFlowsCsv, or give the text as its one chunk, [text]`
    : `${EXPECTED_STREAM}, got the string ${describeInput(source)}: for a file, pass createReadStream(${describeInput(source)}); for text in memory, use importComtrade or importFlowsCsv`;
}

/**
 * Refuses a source that is not an object of chunks: a string above all (a file name given for the
 * file, which TypeScript takes, a string being an iterable of its characters; or the text itself,
 * which would be read a character a chunk), bytes read whole (`readFile`'s Buffer, an iterable of
 * numbers), or nothing. Any other object goes on to be iterated.
 */
function checkSource(source: unknown): void {
  if (typeof source !== 'object' || source === null || source instanceof Uint8Array) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['source'],
        message:
          typeof source === 'string'
            ? stringSource(source)
            : source instanceof Uint8Array
              ? `${EXPECTED_STREAM}, got bytes (${source.length}), not chunks of them: give them as their one chunk, [bytes], or read the file with createReadStream(file)`
              : `${EXPECTED_STREAM}, got ${describeInput(source)}`,
      },
    ]);
  }
}

/**
 * The chunks of `source` as text: bytes decoded as UTF-8 in streaming mode (a character split
 * between two chunks is read whole). Refuses UTF-16 and bytes that are not UTF-8 at the chunk
 * where they appear, and an input with nothing but white space once it ends, with the messages
 * the whole-text importers give.
 */
export async function* textChunks(source: TextSource): AsyncGenerator<string> {
  checkSource(source);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = '';
  let content = false;
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      const utf16 = start === '' && bytes !== undefined && (bytes[0] ?? 0) >= 0xfe;
      if (utf16) throw utf16Error('INVALID_IMPORT');
      return fail(
        'the input is not UTF-8 text (a binary file, or another encoding such as Latin-1): save it as UTF-8',
      );
    }
  };
  let held = '';
  /** The text to hand on: nothing before some text that is not white space (a blank input is refused). */
  const checked = (text: string): string => {
    if (start.length < 1024) {
      start += text.slice(0, 1024 - start.length);
      if (looksUtf16(start)) throw utf16Error('INVALID_IMPORT');
    }
    if (content) return text;
    if (text.trim() === '') {
      held += text;
      return '';
    }
    content = true;
    const all = held + text;
    held = '';
    return all;
  };
  for await (const chunk of source) {
    let text: string;
    if (typeof chunk === 'string') text = checked(chunk);
    else if (chunk instanceof Uint8Array) text = checked(decode(chunk));
    else fail(`expected chunks of text or of bytes, got ${describeInput(chunk)}`);
    if (text !== '') yield text;
  }
  const rest = checked(decode());
  if (rest !== '') yield rest;
  if (!content) inputText(start, 'INVALID_IMPORT');
}
