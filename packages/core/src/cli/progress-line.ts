import { countOf, grouped } from '../_internal/count-of.js';
import type { ComtradeProgress } from '../io/index.js';

/**
 * A progress line of `bilateral fetch comtrade` for a terminal: the requests answered of those
 * known, the records so far and how many answers came from the cache, every count grouped in
 * thousands; or, before a retry, why and how long the wait is.
 *
 * @example
 * ```ts
 * progressLine({ done: 12, total: 40, records: 123456, cached: 3, url: 'https://…' });
 * //=> '  request 12/40: 123,456 records so far (3 requests from the cache)'
 * ```
 */
export function progressLine(progress: ComtradeProgress): string {
  if (progress.retry !== undefined) {
    const { attempt, delay, reason } = progress.retry;
    return `  ${reason}; trying again in ${(delay / 1000).toFixed(delay < 10_000 ? 1 : 0)} s (try ${attempt + 1})`;
  }
  const cached =
    progress.cached > 0 ? ` (${countOf(progress.cached, 'request')} from the cache)` : '';
  return `  request ${grouped(progress.done)}/${grouped(progress.total)}: ${countOf(progress.records, 'record')} so far${cached}`;
}
