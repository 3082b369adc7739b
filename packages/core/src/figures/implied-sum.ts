import { wrongArgument } from '../_internal/wrong-argument.js';
import { checkFigure } from './_check-figure.js';
import { sameCurrency } from './_currency.js';
import { addIntervals } from './add-intervals.js';
import type { AmountFigure } from './figure.js';

/**
 * The sum of published amounts of one currency (exports plus imports make turnover), with the
 * interval their precisions allow.
 *
 * @param parts - the amounts, at least one
 * @returns their sum
 * @throws {@link BilateralError} `EMPTY_SERIES` for no parts, `CURRENCY_MISMATCH` for mixed
 * currencies
 * @throws BilateralError `INVALID_INPUT` at `parts` (not an array) or `parts[i]` when it is no
 *   figure (no Decimal `value`, or no interval)
 *
 * @example
 * ```ts
 * const turnover = impliedSum([parsePublishedAmount('US$159.6 million'), parsePublishedAmount('US$179 million')]);
 * formatInterval(turnover.interval, { unit: '1e6' });
 * //=> '[338.05, 339.15)'
 * ```
 *
 * @category Figures
 */
export function impliedSum<C extends string>(parts: readonly AmountFigure<C>[]): AmountFigure<C> {
  if (!Array.isArray(parts as unknown))
    throw wrongArgument(['parts'], 'an array of amount figures', parts);
  for (const [index, part] of parts.entries()) checkFigure(part, ['parts', index]);
  const currency = sameCurrency(parts);
  const [first, ...rest] = parts as readonly [AmountFigure<C>, ...AmountFigure<C>[]];
  let value = first.value;
  let interval = first.interval;
  for (const part of rest) {
    value = value.plus(part.value);
    interval = addIntervals(interval, part.interval);
  }
  return Object.freeze({ value, currency, interval });
}
