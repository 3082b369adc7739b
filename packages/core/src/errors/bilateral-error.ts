import { grouped } from '../_internal/count-of.js';
import { uncheckedFormatIssuePath } from '../_internal/issue-path-text.js';
import { describeInput } from '../_internal/quote-input.js';

/**
 * The stable codes a {@link BilateralError} can carry. Codes never change meaning between
 * versions; new codes may be added.
 *
 * @example
 * ```ts
 * const result = safeParsePeriod('2024-Q5');
 * const code: BilateralErrorCode | null = result.success ? null : result.error.code;
 * code;
 * //=> 'INVALID_PERIOD'
 * ```
 *
 * @category Errors
 */
export type BilateralErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_DECIMAL'
  | 'INVALID_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'PRECISION_EXCEEDED'
  | 'INVALID_PERIOD'
  | 'PERIOD_MISMATCH'
  | 'INCOMPLETE_PERIOD'
  | 'UNKNOWN_ECONOMY'
  | 'INVALID_DATASET'
  | 'DIVISION_BY_ZERO'
  | 'NON_POSITIVE_BASE'
  | 'EMPTY_SERIES'
  | 'INVALID_FIGURE'
  | 'INVALID_TARGET'
  | 'INVALID_CROSSING'
  | 'UNKNOWN_CLASS'
  | 'INVALID_IMPORT'
  | 'OUT_OF_RANGE'
  | 'FETCH_FAILED'
  | 'MISSING_RATE'
  | 'AMBIGUOUS_RATE'
  | 'UNDATED_RATE';

/**
 * A path into the input, as zod gives it: object keys and array indices.
 *
 * @example
 * ```ts
 * const flows = [{ ...vietnamLaosDocument.flows[0], value: '-1' }];
 * const result = safeParseDataset({ ...vietnamLaosDocument, flows });
 * const path: IssuePath = result.success ? [] : result.error.issues[0].path;
 * [path, formatIssuePath(path)];
 * //=> [['flows', 0, 'value'], 'flows[0].value']
 * ```
 *
 * @category Errors
 */
export type IssuePath = readonly (string | number)[];

/**
 * What an {@link IssueHint} points to, as a stable code: `LIST_ECONOMIES`, the list of the
 * economies Bilateral knows; `DECIMAL_COMMA`, the importers' setting that reads values written
 * with a decimal comma (`decimalComma: true`); `DELIMITER`, the CSV importers' field separator
 * (`delimiter: ';'`); `IMPORT_COMTRADE`, the importer of UN Comtrade records (`importComtrade()`);
 * `COMTRADE_URL`, the address of the UN Comtrade API (`baseUrl`); `CLASSIFICATION_SYSTEMS`, the
 * border crossing classification systems classes are checked against (`the systems option can
 * give THA's system`). Codes never change meaning between versions; new codes may be added.
 *
 * @example
 * ```ts
 * const hints: Record<IssueHintCode, string> = {
 *   LIST_ECONOMIES: '"bilateral economies" lists them all',
 *   DECIMAL_COMMA: '--decimal-comma',
 *   DELIMITER: '--delimiter',
 *   IMPORT_COMTRADE: '"bilateral import comtrade"',
 *   COMTRADE_URL: 'BILATERAL_COMTRADE_URL',
 *   CLASSIFICATION_SYSTEMS: 'the command knows the systems of VNM, LAO, CHN',
 * };
 * const result = toSafeParse(() => economyFromComtradeCode(4));
 * const hint = result.success ? undefined : result.error.issues[0].hint;
 * hint === undefined ? '' : hints[hint.code];
 * //=> '"bilateral economies" lists them all'
 * ```
 *
 * @category Errors
 */
export type IssueHintCode =
  | 'LIST_ECONOMIES'
  | 'DECIMAL_COMMA'
  | 'DELIMITER'
  | 'IMPORT_COMTRADE'
  | 'COMTRADE_URL'
  | 'CLASSIFICATION_SYSTEMS';

/**
 * Where to look for what an issue asks for: a stable {@link IssueHintCode} and the words that say
 * it to a developer, which the issue's message holds (at its end, or in parentheses). A program
 * that shows issues to people who do not write code words the code its own way in their place
 * (the `bilateral` command writes `"bilateral economies" lists them all`).
 *
 * @example
 * ```ts
 * try {
 *   getEconomy('XYZ');
 * } catch (error) {
 *   if (error instanceof BilateralError) {
 *     const hint: IssueHint | undefined = error.issues[0].hint;
 *     hint;
 *     //=> { code: 'LIST_ECONOMIES', message: 'listEconomies() lists them all' }
 *   }
 * }
 * ```
 *
 * @category Errors
 */
export interface IssueHint {
  /** What the hint points to. */
  readonly code: IssueHintCode;
  /**
   * The hint in a developer's words, naming the library's function or option
   * (`listEconomies() lists them all`, `decimalComma: true`, `delimiter: ';'`): words the issue's
   * message holds as they are, at its end or in parentheses.
   */
  readonly message: string;
}

/**
 * One problem found in the input: where it is and what is wrong.
 *
 * @example
 * ```ts
 * const result = safeParseSource({
 *   id: 'seed-004', publisher: 'MOIT', title: 'Border trade', date: '24/10/2024', language: 'en',
 * });
 * const issues: readonly BilateralIssue[] = result.success ? [] : result.error.issues;
 * issues.map((issue) => [formatIssuePath(issue.path), issue.message]);
 * //=> [['date', 'must be YYYY, YYYY-MM or YYYY-MM-DD']]
 * ```
 *
 * @category Errors
 */
export interface BilateralIssue {
  /** Where the problem is, e.g. `['flows', 3, 'value']`. Empty for the input as a whole. */
  readonly path: IssuePath;
  /** What is wrong, in words a person can act on. */
  readonly message: string;
  /**
   * Where to look for what the message asks for (the known economies), when the library can
   * point to it; `message` holds its words (at its end or in parentheses: see {@link IssueHint}).
   */
  readonly hint?: IssueHint;
}

/**
 * Formats an issue path the way JSON paths are usually written: `flows[3].value`.
 *
 * @example
 * ```ts
 * formatIssuePath(['flows', 3, 'value']);
 * //=> 'flows[3].value'
 * formatIssuePath([]);
 * //=> '(root)'
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `path` for what is no array of keys (text) and indices
 *   (numbers)
 *
 * @category Errors
 */
export function formatIssuePath(path: IssuePath): string {
  // Inline, not with `wrongArgument` (which imports this module): this module is in every page.
  if (
    !Array.isArray(path) ||
    !path.every((key) => typeof key === 'string' || typeof key === 'number')
  ) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['path'],
        message: `expected an issue path, an array of keys (text) and indices (numbers), got ${describeInput(path)}`,
      },
    ]);
  }
  return uncheckedFormatIssuePath(path);
}

/**
 * The one error class of Bilateral. It has a stable {@link BilateralErrorCode}, the list of
 * every problem found (each with its path), and a `toString` that a person can act on.
 *
 * @example
 * ```ts
 * try {
 *   parsePeriod('2024-13');
 * } catch (error) {
 *   if (error instanceof BilateralError) {
 *     error.code;
 *     //=> 'INVALID_PERIOD'
 *     String(error);
 *     //=> 'BilateralError [INVALID_PERIOD]: "2024-13" is not a period: month 13 is not between 01 and 12'
 *   }
 * }
 * ```
 *
 * @category Errors
 */
export class BilateralError extends Error {
  override readonly name = 'BilateralError';
  // `declare`: set once in the constructor, without a class field that starts them undefined.
  /** The stable code of this error. */
  declare readonly code: BilateralErrorCode;
  /**
   * Every problem found, each with its path. Never empty. An import of very many bad records
   * keeps the first 1,000 problems and counts the others in {@link BilateralError.issueCount}.
   */
  declare readonly issues: readonly BilateralIssue[];
  /**
   * How many problems were found in all, when `issues` keeps only the first of them (an import
   * keeps the first 1,000: no reader uses twenty million lines, and nothing is imported, so no row
   * is lost); absent when `issues` lists every one.
   */
  declare readonly issueCount?: number;

  /**
   * @param code - the stable code
   * @param issues - every problem found (never empty), or one message for the input as a whole.
   *   Without them it throws a `TypeError`, unchecked: the error class is on every page, where a
   *   check would cost bytes, and its types require them (docs/calculations.md).
   */
  constructor(code: BilateralErrorCode, issues: string | readonly BilateralIssue[]) {
    const list: readonly BilateralIssue[] =
      typeof issues === 'string' ? [{ path: [], message: issues }] : issues;
    super(summarize(list));
    this.code = code;
    this.issues = list;
  }

  /**
   * `BilateralError [CODE]: message`, with one line per issue when there are several.
   *
   * @example
   * ```ts
   * const error = new BilateralError('INVALID_PERIOD', '"2024-13" is not a period');
   * error.toString();
   * //=> 'BilateralError [INVALID_PERIOD]: "2024-13" is not a period'
   * ```
   */
  override toString(): string {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

/**
 * A {@link BilateralError}'s message: its one issue, or a line per issue under their count, the
 * first 100 of them (`issues` holds every one). The counts are grouped in thousands
 * (`100,000 problems`, `… and 99,900 more`), as the command's and an import's are
 * (`grouped`, `_internal/count-of.ts`). Every widget page carries this class, so this and
 * `formatIssuePath` are written for a short minified form (the listed count a local constant; a
 * path's prefix in one expression; no early return). With `describeInput` written so too, the
 * grouping costs the app's first load +6 B instead of +40 B (29,966 -> 29,972 on 535bbdca; +5 on
 * 4c6f31e9, 2026-12-06).
 */
function summarize(issues: readonly BilateralIssue[]): string {
  // Local, so esbuild inlines it: a module-level constant it keeps as a variable here (this
  // module imports others).
  const listed = 100;
  const lines = issues
    .slice(0, listed)
    .map(
      (issue) =>
        (issue.path.length ? `${uncheckedFormatIssuePath(issue.path)}: ` : '') + issue.message,
    );
  if (issues.length === 1) return lines[0] ?? '';
  const more = issues.length - listed;
  return `${grouped(issues.length)} problems${lines.map((line) => `\n  - ${line}`).join('')}${more > 0 ? `\n  … and ${grouped(more)} more (error.issues lists every one)` : ''}`;
}

/**
 * The result form of a parser, as zod's `safeParse` returns it: either the data or the error,
 * never a throw.
 *
 * @example
 * ```ts
 * const result: SafeParseResult<Period> = safeParsePeriod('2024-01/2024-09');
 * result.success ? result.data.kind : result.error.code;
 * //=> 'year-to-date'
 * const failed = safeParsePeriod('2024-13');
 * failed.success ? failed.data.kind : failed.error.code;
 * //=> 'INVALID_PERIOD'
 * ```
 *
 * @category Errors
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: BilateralError };
