import { wrongArgument } from '../_internal/wrong-argument.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';

/** Where the command writes; tests pass their own to capture output. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether to colour output (a TTY without NO_COLOR). */
  readonly color: boolean;
  /**
   * Waits while `out` holds more than it takes at once, then says whether it still takes text:
   * false once its reader has gone (`| head`) or it failed, when a command writing piece by piece
   * stops. Without it, `out` always takes more.
   */
  readonly outTakesMore?: () => Promise<boolean>;
}

/** What a command writes with: text for a terminal, or its result for `--json`. */
export interface CommandIo extends CliIo {
  /**
   * Prints the command's result in the `--json` envelope, a piece at a time, and stops when the
   * reader has gone; call it once, with `--json` only, and await it.
   */
  readonly json: (result: unknown) => Promise<void>;
  /** {@link CliIo.outTakesMore}, always there: a command stops writing pieces when it is false. */
  readonly outTakesMore: () => Promise<boolean>;
}

/**
 * Exit codes: 0 fine, 1 the input has problems, 2 the command could not run as asked, 70 a bug
 * (an internal error, reported in one line). `bilateral-embed` exits with the same.
 *
 * @example
 * ```ts
 * import { EXIT } from '@bilateral/core/node';
 * [EXIT.problems, EXIT.usage]; //=> [1, 2]
 * ```
 *
 * @category Node
 */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 70 } as const;

/**
 * The codes of the command's own errors, beside the {@link BilateralErrorCode}s of the library:
 * `USAGE` (arguments), `FILE_UNREADABLE` (missing, a directory, no permission),
 * `FILE_UNWRITABLE` (the output of `import`), `NOT_UTF8`
 * (UTF-16 or binary), `NOT_JSON`, `EMPTY_FILE`, `LOAD_FAILED` (a module of the command threw as
 * it loaded: a broken install), `INTERNAL` (a bug).
 *
 * @example
 * ```ts
 * import { type CliErrorCode, UsageError } from '@bilateral/core/node';
 * const code: CliErrorCode = new UsageError('trade.json is empty', 'EMPTY_FILE').code;
 * code; //=> 'EMPTY_FILE'
 * ```
 *
 * @category Node
 */
export type CliErrorCode =
  | 'USAGE'
  | 'FILE_UNREADABLE'
  | 'FILE_UNWRITABLE'
  | 'NOT_UTF8'
  | 'NOT_JSON'
  | 'EMPTY_FILE'
  | 'LOAD_FAILED'
  | 'INTERNAL';

/**
 * A place in a text file: its line and column (in characters), both from 1.
 *
 * @example
 * ```ts
 * import { EXIT, type TextPlace, UsageError } from '@bilateral/core/node';
 * const place: TextPlace = { line: 3, column: 1 };
 * new UsageError('trade.json is not valid JSON: line 3, column 1', 'NOT_JSON', EXIT.usage, [], place)
 *   .place;
 * //=> { line: 3, column: 1 }
 * ```
 *
 * @category Node
 */
export interface TextPlace {
  readonly line: number;
  readonly column: number;
}

/**
 * A user error: printed as one clear message, with no stack trace. Exits 2 unless told. Its
 * `issues` are the problems the message is made of, when they came from the library (an option's
 * value it refused): `--json` lists them, with their paths and hints, as for an invalid file.
 * `@bilateral/core/node` exports it for `bilateral-embed`, which reads dataset files with
 * `loadDatasetFile` and reports its errors as the `bilateral` command does.
 *
 * @example
 * ```ts
 * import { UsageError } from '@bilateral/core/node';
 * const error = new UsageError('trade.json is not valid JSON: line 3, column 1: …', 'NOT_JSON');
 * [error.code, error.exitCode, error.place]; //=> ['NOT_JSON', 2, undefined]
 * ```
 *
 * @category Node
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    readonly code: CliErrorCode = 'USAGE',
    readonly exitCode: number = EXIT.usage,
    readonly issues: readonly BilateralIssue[] = [],
    /** Where in the file the problem is (`NOT_JSON`): line and column, from 1. */
    readonly place?: TextPlace,
  ) {
    super(message);
  }
}

/**
 * A library error about what a file the command read holds (an invalid dataset, rate table or
 * statement): reported as the error itself, its code and issues, with the file named before its
 * message (`bilateral report: rates.json: 2 problems:`), so a command reading two files says
 * which one is wrong.
 *
 * @example
 * ```ts
 * const cause = new BilateralError('INVALID_INPUT', [{ path: [0], message: 'not a rate' }]);
 * const error = new FileError('rates.json', cause);
 * error.message; //=> 'rates.json: [0]: not a rate'
 * error.error.code; //=> 'INVALID_INPUT'
 * ```
 *
 * @category Node
 */
export class FileError extends Error {
  override readonly name = 'FileError';

  constructor(
    /** The file as messages show it (`shownFile`). */
    readonly file: string,
    readonly error: BilateralError,
  ) {
    if (!(error instanceof BilateralError))
      throw wrongArgument(['error'], 'a BilateralError', error);
    super(`${file}: ${error.message}`);
  }
}

/**
 * The result of `read`, a parse of what `file` holds; a {@link BilateralError} it throws becomes a
 * {@link FileError} naming the file.
 *
 * @example
 * ```ts fragment
 * const dataset = inFile('trade.json', () => parseDataset(JSON.parse(text)));
 * // An invalid dataset: FileError 'trade.json: …', its `error` the BilateralError INVALID_DATASET.
 * ```
 */
export function inFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof BilateralError ? new FileError(file, error) : error;
  }
}
