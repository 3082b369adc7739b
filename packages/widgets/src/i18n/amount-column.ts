import type { Decimal, Locale, Money } from '@bilateral/core/calc';
import { formatAmount, roundedToPrecision, SEPARATORS } from './format.js';

/**
 * A table column of amounts written with the same number of decimals (the most any of them
 * needs, up to 2); a missing figure is `—`. Figures said to be "about" keep only their digits.
 */
export function formatAmountColumn(
  values: readonly (Money | undefined)[],
  locale: Locale,
  precisions: readonly (Decimal | undefined)[] = [],
): string[] {
  const [decimal] = SEPARATORS[locale];
  const digits = Math.max(
    0,
    ...values.map((value, index) => {
      if (value === undefined || roundedToPrecision(value.amount, precisions[index])) return 0;
      const fraction = formatAmount(value, locale).split(decimal)[1];
      return fraction === undefined ? 0 : (fraction.match(/^\d+/)?.[0].length ?? 0);
    }),
  );
  return values.map((value, index) =>
    value === undefined
      ? '—'
      : formatAmount(value, locale, { precision: precisions[index], fractionDigits: digits }),
  );
}
