import { describeInput } from '../_internal/quote-input.js';
import { BilateralError } from '../errors/index.js';

/** ISO 4217 codes this engine knows, when it can tell (`Intl.supportedValuesOf`). */
const known: ReadonlySet<string> | undefined = (() => {
  try {
    return new Set(Intl.supportedValuesOf('currency'));
  } catch {
    return undefined;
  }
})();

/**
 * Whether `code` is an ISO 4217 currency code: three capital letters and, where the JavaScript
 * engine lists currencies (`Intl.supportedValuesOf`), one it lists.
 *
 * @example
 * ```ts
 * isCurrencyCode('LAK');
 * //=> true
 * isCurrencyCode('usd');
 * //=> false
 * ```
 *
 * @category Money
 */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (known === undefined || known.has(code));
}

/** Throws `INVALID_CURRENCY` unless `code` is an ISO 4217 code. */
export function assertCurrency(code: unknown): asserts code is string {
  if (typeof code !== 'string' || !isCurrencyCode(code)) {
    throw new BilateralError('INVALID_CURRENCY', [
      {
        path: ['currency'],
        message: `${describeInput(code)} is not an ISO 4217 currency code (e.g. "USD", "VND", "LAK")`,
      },
    ]);
  }
}
