import type { SafeParseResult } from '../errors/bilateral-error.js';
import { toSafeParse } from '../errors/to-safe-parse.js';
import { parsePeriod } from './parse-period.js';
import type { Period } from './period.js';

// Apart from parsePeriod: a bundler places a file whole in one chunk, and only the schemas (loaded
// on demand by the widgets) and the importers read periods this way.

/**
 * The result form of {@link parsePeriod}: never throws for bad text.
 *
 * @param text - the period as written (`2024`, `2024-H1`, `2024-Q3`, `2024-09`, `2024-01/2024-09`)
 * @returns `{ success: true, data }` with the period, or `{ success: false, error }` with the
 * {@link BilateralError} `INVALID_PERIOD` {@link parsePeriod} would throw
 * @throws never
 *
 * @example
 * ```ts
 * safeParsePeriod('2024-Q5').success;
 * //=> false
 * safeParsePeriod('2024-Q3').success;
 * //=> true
 * ```
 *
 * @category Periods
 */
export function safeParsePeriod(text: string): SafeParseResult<Period> {
  return toSafeParse(() => parsePeriod(text));
}
