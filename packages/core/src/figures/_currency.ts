import { assertSameCurrency } from '../money/money.js';
import type { AmountFigure } from './figure.js';

/** Throws `CURRENCY_MISMATCH` (naming the index) unless all figures share one currency. */
export function sameCurrency<C extends string>(figures: readonly AmountFigure<C>[]): C {
  return assertSameCurrency(
    figures.map((figure) => ({ amount: figure.value, currency: figure.currency })),
  );
}
