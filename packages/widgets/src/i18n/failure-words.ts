import type { BilateralError } from '@bilateral/core/calc';
import type { LoadFailure, Messages } from './messages.js';

/**
 * The English words of the error state (`failure-alert.ts`): they load with it, on a page's first
 * failure, and it adds them to the English messages with its first English alert, so a page whose
 * elements draw carries none of them (the other languages' chunks have them).
 */
export const failureWords: Pick<
  Messages,
  'failed' | 'loadFailed' | 'reasons' | 'mixedCurrencies' | 'invalidData'
> = {
  failed: 'The figures for this chart could not be shown.',
  loadFailed: 'The data for this chart could not be loaded.',
  reasons: {
    http: 'The data file could not be downloaded.',
    network: 'The connection failed; reloading the page may help.',
    timeout: 'The data file took too long to arrive; reloading the page may help.',
    json: 'The data file is damaged or is not a data file.',
    schema: 'The data file does not hold trade figures in the expected form.',
    'unknown-dataset': 'The chart asks for a dataset that does not exist.',
    compute: 'The chart’s settings do not fit the figures it was given.',
  },
  mixedCurrencies:
    'The figures are in more than one currency, and this chart does not convert them.',
  invalidData: 'Part of the data given to this chart is not valid.',
};

/**
 * Where a problem lies in the page's own data rather than in the element's settings: a path into
 * the dataset's sections (`crossings[0].sides[0].class` of a crossing the core's rules refuse,
 * `crossingCounts[1]…`, a flow or statement), the `data` of whatever a dataset threw, or the
 * `dataset` a calculation was given. An attribute's path (`gateClass`, `province`, `to`,
 * `period`, `target`, `measure` …) is a setting that does not fit.
 */
const DATA_PATH =
  /^(?:data|dataset|sources|flows|statements|targets|crossings|facilities|crossingCounts)$/;

/**
 * The sentence an error's alert says why with, in `m`'s language: for figures that could not be
 * computed (`compute`), mixed currencies, the page's own data at fault (a problem at a path into
 * the dataset), or the settings (an attribute's path); for the other failures, their reason's.
 *
 * @param failure - the failure's reason and error
 * @param m - the messages of the alert's language (English's with the failure words added)
 * @returns the sentence
 * @example
 * ```ts
 * failureSentence({ reason: 'compute', error: new BilateralError('UNKNOWN_CLASS', [
 *   { path: ['crossings', 0, 'sides', 0, 'class'], message: '…' },
 * ]) }, m);
 * //=> 'Part of the data given to this chart is not valid.'
 * failureSentence({ reason: 'compute', error: new BilateralError('INVALID_INPUT', [
 *   { path: ['gateClass'], message: '…' },
 * ]) }, m);
 * //=> 'The chart’s settings do not fit the figures it was given.'
 * ```
 */
export function failureSentence(
  { reason, error }: { readonly reason: LoadFailure; readonly error: BilateralError },
  m: Messages,
): string {
  if (error.code === 'CURRENCY_MISMATCH') return m.mixedCurrencies;
  return reason === 'compute' && DATA_PATH.test(String(error.issues[0]?.path[0]))
    ? m.invalidData
    : m.reasons[reason];
}
