import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import type { TextSource } from './_text-chunks.js';
import { importComtradeStream } from './import-comtrade-stream.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';

/** The code, path and message of the BilateralError `run` rejects with; anything else fails. */
async function refusal(run: () => Promise<unknown>): Promise<unknown[] | string> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    return [error.code, error.issues[0]?.path, error.issues[0]?.message];
  }
  return 'not refused';
}

describe('the streaming importers given what is not a stream', () => {
  const importers = {
    importComtradeStream: (source: TextSource) =>
      importComtradeStream(source, { onFlows: () => {} }),
    importFlowsCsvStream: (source: TextSource) =>
      importFlowsCsvStream(source, { onFlows: () => {} }),
  };

  it.each(Object.entries(importers))(
    '%s takes a file name for no content, and names it',
    async (_, run) => {
      // A string is an iterable of its characters: TypeScript takes it as a TextSource.
      expect(await refusal(() => run('comtrade.csv'))).toEqual([
        'INVALID_INPUT',
        ['source'],
        'expected the input as a stream (createReadStream(file), a fetch response\'s body), got the string "comtrade.csv": for a file, pass createReadStream("comtrade.csv"); for text in memory, use importComtrade or importFlowsCsv',
      ]);
      // The text itself (read a character a chunk before) is not told to go to createReadStream.
      const text = 'reporter,partner,flow,period,value,currency\nVNM,LAO,export,2023,1.5,USD\n';
      expect(await refusal(() => run(text))).toEqual([
        'INVALID_INPUT',
        ['source'],
        "expected the input as a stream (createReadStream(file), a fetch response's body), got a string of 72 characters with line breaks: for text in memory, use importComtrade or importFlowsCsv, or give the text as its one chunk, [text]",
      ]);
      // A file read whole (readFile's Buffer) is an iterable of numbers, not of chunks.
      expect(await refusal(() => run(Buffer.from(text) as unknown as TextSource))).toEqual([
        'INVALID_INPUT',
        ['source'],
        "expected the input as a stream (createReadStream(file), a fetch response's body), got bytes (72), not chunks of them: give them as their one chunk, [bytes], or read the file with createReadStream(file)",
      ]);
      expect(await refusal(() => run(undefined as unknown as TextSource))).toEqual([
        'INVALID_INPUT',
        ['source'],
        "expected the input as a stream (createReadStream(file), a fetch response's body), got undefined",
      ]);
    },
  );
});
