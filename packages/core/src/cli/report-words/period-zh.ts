import { readPeriodText } from '../../period/read-period-text.js';

/**
 * A period inside Chinese text: a year with 年 after it (`2024年`), as the report's other Chinese
 * text writes years (`自2023年以来`); any other period as its text (`2024-Q3`, `2024-01/2024-09`),
 * the data's. Whether it is a year is what `readPeriodText` says, the one reader of period text,
 * so the products heading and the reconciliation cannot come to disagree on it.
 *
 * @example
 * ```ts
 * periodZh('2024'); //=> '2024年'
 * periodZh('2024-Q3'); //=> '2024-Q3'
 * ```
 */
export function periodZh(period: string): string {
  return readPeriodText(period)?.kind === 'year' ? `${period}年` : period;
}
