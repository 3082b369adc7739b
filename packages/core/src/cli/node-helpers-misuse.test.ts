/**
 * The helpers `@bilateral/core/node` exports, called with ordinary mistakes where a file name, a
 * function, a stream, a named file or an error goes (nothing, null, a number, an object, an
 * array …), throw a BilateralError `INVALID_INPUT` naming the argument, never the TypeError they
 * met in Node's `fs` or reading a field of `undefined`; the helpers that say why a file could not
 * be read or written name any thrown value instead of failing on it. So do the words and checks
 * `@bilateral/duckdb` takes from the core (`headerIssues`, `widthWords`, `possiblyTruncatedWords`,
 * `missingQuantityNote`, `keptIssuesError`, `readAmountText`, `bulkFilesIn`) given no count, no
 * text, no array.
 */
import { describe, expect, it } from 'vitest';
import { expectBilateralError, MISTAKES } from '../__fixtures__/misuse.js';
import { BilateralError } from '../errors/index.js';
import {
  bulkFilesIn,
  FileError,
  headerIssues,
  isSameFile,
  keptIssuesError,
  lineWriter,
  missingQuantityNote,
  possiblyTruncatedWords,
  problemsReport,
  readAmountText,
  readReason,
  removeOnStop,
  tempSpillStore,
  widthWords,
  writeInPlace,
  writeReason,
} from '../node.js';

/** A function's mistakes: every one of {@link MISTAKES} that is not a function. */
const notFunctions = MISTAKES.filter(([, value]) => typeof value !== 'function');
/** A file name's mistakes: every one but text (a name), and the empty name. */
const notNames: readonly (readonly [name: string, value: unknown])[] = [
  ...MISTAKES.filter(([, value]) => typeof value !== 'string'),
  ['empty', ''],
];
/** An options object's mistakes, where leaving it out is none: anything but an object. */
const notObjects = MISTAKES.filter(
  ([, value]) =>
    value !== undefined && (typeof value !== 'object' || Array.isArray(value) || value === null),
);
/** A true-or-false option's mistakes, where leaving it out is none. */
const notBooleans = MISTAKES.filter(([, value]) => value !== undefined);
const named = { path: 'trade.json', stats: null };
const problem = new BilateralError('INVALID_INPUT', [{ path: ['id'], message: 'is missing' }]);

/** Each synchronous helper, with the argument a mistake is put in and the path that names it. */
const calls: readonly (readonly [
  name: string,
  mistakes: readonly (readonly [string, unknown])[],
  call: (value: never) => unknown,
  path: string,
])[] = [
  // Without a parent (undefined), the system's temporary folder.
  [
    'tempSpillStore',
    notNames.filter(([, v]) => v !== undefined),
    (parent) => tempSpillStore(parent),
    'parent',
  ],
  ['isSameFile (a)', MISTAKES, (a) => isSameFile(a, named), 'a'],
  ['isSameFile (b)', MISTAKES, (b) => isSameFile(named, b), 'b'],
  ['lineWriter (stream)', MISTAKES, (stream) => lineWriter(stream, () => {}), 'stream'],
  [
    'lineWriter (onError)',
    notFunctions,
    (onError) => lineWriter(process.stderr, onError),
    'onError',
  ],
  ['removeOnStop', notFunctions, (remove) => removeOnStop(remove), 'remove'],
  [
    'problemsReport (file)',
    MISTAKES.filter(([, v]) => typeof v !== 'string'),
    (file) => problemsReport(file, problem),
    'file',
  ],
  ['problemsReport (error)', MISTAKES, (error) => problemsReport('trade.json: ', error), 'error'],
  ['FileError', MISTAKES, (error) => new FileError('trade.json', error), 'error'],
  [
    'readReason (file)',
    MISTAKES.filter(([, v]) => typeof v !== 'string'),
    (file) => readReason(file, problem),
    'file',
  ],
];

/** A count's mistakes: every one of {@link MISTAKES} but a number, and numbers that count nothing. */
const notCounts: readonly (readonly [name: string, value: unknown])[] = [
  ...MISTAKES.filter(([, value]) => typeof value !== 'number'),
  ['a negative number', -1],
  ['a fraction', 1.5],
  ['NaN', Number.NaN],
];
/** What is not text: every one of {@link MISTAKES} but text. */
const notText = MISTAKES.filter(([, value]) => typeof value !== 'string');

/** The words and checks `@bilateral/duckdb` takes from the core, with a mistake in one argument. */
const importWords: typeof calls = [
  [
    'headerIssues',
    MISTAKES.filter(([, v]) => !Array.isArray(v)),
    (header) => headerIssues(header),
    'header',
  ],
  ['widthWords (fields)', notCounts, (fields) => widthWords(fields, 6), 'fields'],
  ['widthWords (header)', notCounts, (header) => widthWords(7, header), 'header'],
  ['possiblyTruncatedWords', notCounts, (records) => possiblyTruncatedWords(records), 'records'],
  ['missingQuantityNote', MISTAKES, (record) => missingQuantityNote(record), 'record'],
  [
    'keptIssuesError (kept)',
    MISTAKES.filter(([, v]) => !Array.isArray(v)),
    (kept) => keptIssuesError('INVALID_IMPORT', kept, 1),
    'kept',
  ],
  [
    'keptIssuesError (count)',
    notCounts,
    (count) => keptIssuesError('INVALID_IMPORT', [], count),
    'count',
  ],
  ['readAmountText (text)', notText, (text) => readAmountText(text, 'a trade value'), 'text'],
  ['readAmountText (what)', notText, (what) => readAmountText('12', what), 'what'],
  [
    'readAmountText (options)',
    notObjects,
    (options) => readAmountText('12', 'a trade value', options),
    'options',
  ],
  [
    'readAmountText (semicolons)',
    notBooleans,
    (semicolons) => readAmountText('12', 'a trade value', { semicolons }),
    'options',
  ],
];

describe('the /node helpers given a mistake', () => {
  for (const [name, mistakes, call, path] of [...calls, ...importWords]) {
    it.each(mistakes)(`${name}: %s is INVALID_INPUT at ${path}`, (_, value) => {
      const error = expectBilateralError(() => call(value as never), [path]);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0]?.message).toMatch(/^expected .+, got /);
    });
  }

  it.each(notNames)('writeInPlace: %s as the file is INVALID_INPUT at file', async (_, file) => {
    const error = await writeInPlace(file as string, async () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BilateralError);
    expect((error as BilateralError).issues[0]?.path).toEqual(['file']);
  });

  it.each(notNames)(
    'bulkFilesIn: %s as the folder is INVALID_INPUT at folder',
    async (_, folder) => {
      const error = await bulkFilesIn(folder as string).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).issues[0]?.path).toEqual(['folder']);
    },
  );

  it.each(notFunctions)(
    'writeInPlace: %s as the write is INVALID_INPUT at write',
    async (_, write) => {
      const error = await writeInPlace('out.json', write as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BilateralError);
      expect((error as BilateralError).issues[0]?.path).toEqual(['write']);
    },
  );

  it('writeReason and readReason name a thrown value that is no error', () => {
    expect(writeReason(undefined)).toBe('no reason given (undefined was thrown)');
    expect(writeReason(null)).toBe('no reason given (null was thrown)');
    expect(writeReason({})).toBe('no reason given (an object was thrown)');
    expect(writeReason(12)).toBe('no reason given (number 12 was thrown)');
    expect(writeReason('the share went away')).toBe('the share went away');
    expect(readReason('trade.json', undefined as never)).toBe(
      'no reason given (undefined was thrown)',
    );
  });
});
