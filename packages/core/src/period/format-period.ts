import { checkPeriod } from './check-period.js';
import type { Period } from './period.js';
import { uncheckedWritePeriod } from './write-period.js';

/**
 * Formats a period in its text form: `2024`, `2024-H1`, `2024-Q3`, `2024-09`,
 * `2024-01/2024-09` (year to date) or `2023-11/2024-02` (range). {@link parsePeriod} reads
 * every form back.
 *
 * @param input - the period to format
 * @returns its ISO 8601-like text
 * @throws {@link BilateralError} `INVALID_PERIOD` when `period` is not a {@link Period} — text
 * such as `'2024'` included (it already is the text form; read it with {@link parsePeriod})
 *
 * @example
 * ```ts
 * formatPeriod({ kind: 'quarter', year: 2021, quarter: 1 });
 * //=> '2021-Q1'
 * formatPeriod({ kind: 'year-to-date', year: 2024, throughMonth: 9 });
 * //=> '2024-01/2024-09'
 * ```
 *
 * @category Periods
 */
export function formatPeriod(input: Period): string {
  return uncheckedWritePeriod(checkPeriod(input, ['period']));
}
