import { BilateralError } from '../errors/index.js';
import { planQuery } from '../io/fetch-comtrade-query.js';
import type { ComtradeQuery } from '../io/index.js';
import { EXIT, UsageError } from './cli-io.js';
import { issueMessage } from './issue-lines.js';

/** The option of `bilateral fetch` that gives each part of a query, where its name differs. */
const OPTION_NAMES: Readonly<Record<string, string>> = { commodities: 'commodity' };

/**
 * Checks the query `bilateral fetch` built from its options before any request. A value the
 * library refuses (`--reporter XXX`, `--flows Q`) is a bad option value, a usage error (exit code
 * 2), named by its option (`--reporter: "XXX" is not an economy code …`), every problem in one
 * message; the library's `INVALID_INPUT` (exit code 1) is for a query a program built.
 *
 * @param query - the query, from the options.
 * @param periods - the option the periods came from.
 * @throws UsageError naming each option whose value the library refuses.
 * @example
 * ```ts
 * checkQueryOptions({ reporter: ['XXX'], periods: ['2023'] }, 'years');
 * // UsageError: --reporter: "XXX" is not an economy code Bilateral knows: …
 * ```
 */
export function checkQueryOptions(query: ComtradeQuery, periods: 'years' | 'months'): void {
  try {
    planQuery(query);
  } catch (error) {
    if (!(error instanceof BilateralError) || error.code !== 'INVALID_INPUT') throw error;
    // Each issue's path is its option (`["--reporter"]`), so `--json` says which, with its hint.
    const issues = error.issues.map((issue) => {
      const part = String(issue.path[0] ?? '');
      const option = part === 'periods' ? periods : (OPTION_NAMES[part] ?? part);
      return { ...issue, path: [`--${option}`, ...issue.path.slice(1)] };
    });
    const problems = issues.map((issue) => `${issue.path[0]}: ${issueMessage(issue)}`);
    throw new UsageError(problems.join('; '), 'USAGE', EXIT.usage, issues);
  }
}
