import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import type { Money } from '../money/index.js';

/**
 * A level that growth, balance and target calculations accept: {@link Money} (the currency
 * travels with it and is checked) or a bare decimal — a Decimal, a decimal string or a finite
 * number. One call takes all Money of one currency or all bare decimals, never a mix
 * (`CURRENCY_MISMATCH`).
 *
 * @example
 * ```ts
 * const levels: Amount[] = [money('159.6', 'USD'), '159.6', 159.6];
 * ```
 *
 * @category Growth
 */
export type Amount = Money | DecimalInput;

/**
 * What a calculation gives back for a level of type `T`: Money stays Money of its currency,
 * anything else becomes a Decimal.
 *
 * @example
 * ```ts
 * type A = LevelOf<Money<'USD'>>; // Money<'USD'>
 * type B = LevelOf<string>; // Decimal
 * ```
 *
 * @category Growth
 */
export type LevelOf<T> = T extends Money<infer C> ? Money<C> : Decimal;
