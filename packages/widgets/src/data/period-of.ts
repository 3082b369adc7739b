import { type IssuePath, type Period, readPeriodText } from '@bilateral/core/calc';
import { loadedPeriodParser, loadValidator } from './load-validator.js';

/**
 * The period an attribute's text names (`period="2024-Q3"`), as the core's `parsePeriod` reads
 * it. Well-formed text is read with `readPeriodText`, without the parser; any other needs the
 * parser to word its error, which loads with the validator's chunk: until it has, `periodOf`
 * throws the promise of that chunk, and the element holds its loading state until it settles
 * (see `DatasetController.hold`), then shows the parser's error and fires its event.
 *
 * @param text - period text
 * @param path - where the text came from, for the error (`['period']`)
 * @returns the period
 * @throws BilateralError `INVALID_PERIOD` as `parsePeriod` does, once the parser has loaded; a
 *   `Promise` while it loads
 * @example
 * ```ts
 * periodOf('2024-Q3', ['period']);
 * //=> { kind: 'quarter', year: 2024, quarter: 3 }
 * periodOf('2024-Q7', ['period']);
 * // throws the validator chunk's promise, then, once it has loaded, BilateralError
 * // [INVALID_PERIOD]: period: "2024-Q7" is not a period: quarter 7 is not between Q1 and Q4
 * ```
 */
export function periodOf(text: string, path: IssuePath): Period {
  const period = readPeriodText(text);
  if (period !== undefined) return period;
  const parse = loadedPeriodParser();
  if (parse === undefined) throw loadValidator();
  return parse(text, path);
}
