import { type Amount, amountKind, readAmounts } from '../../_internal/amounts.js';
import { assertNotNegative } from '../../_internal/assert-not-negative.js';
import type { Decimal } from '../../_internal/decimal.js';
import { quoteInput } from '../../_internal/quote-input.js';
import { wrongArgument } from '../../_internal/wrong-argument.js';
import { BilateralError, type IssuePath } from '../../errors/index.js';
import type { KeyedValue } from '../indicator-value.js';

/** Rows read by {@link readKeyedValues}: values by key in the given order, and the currency. */
export interface ReadKeyedValues {
  readonly values: ReadonlyMap<string, Decimal>;
  /** The shared currency, `null` for bare decimals, `undefined` when there are no rows. */
  readonly currency: string | null | undefined;
}

/**
 * Reads a list of {@link KeyedValue} rows: an array of `{ key, value }` with unique string keys
 * and values 0 or more, all Money of one currency or all bare decimals — and, when `currency` is
 * given (from another list read before), that same form.
 *
 * @throws BilateralError `INVALID_INPUT` for a list that is not an array, a row without a string
 * key, a repeated key or a negative value; `CURRENCY_MISMATCH`, `INVALID_DECIMAL`, `OUT_OF_RANGE`
 * from the values. Issues name `[...path, index, …]`.
 */
export function readKeyedValues(
  rows: readonly KeyedValue[],
  path: IssuePath,
  currency?: string | null,
): ReadKeyedValues {
  if (!Array.isArray(rows)) {
    throw wrongArgument(path, 'an array of { key, value }', rows);
  }
  const values = new Map<string, Decimal>();
  let shared = currency;
  rows.forEach((row: unknown, index) => {
    const at = [...path, index];
    if (typeof row !== 'object' || row === null || typeof (row as KeyedValue).key !== 'string') {
      throw wrongArgument(at, '{ key, value } with a string key', row);
    }
    const { key, value } = row as KeyedValue;
    if (values.has(key)) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: [...at, 'key'],
          message: `the key ${quoteInput(key)} is repeated; each row needs its own key`,
        },
      ]);
    }
    const read = readAmounts({ value: value as Amount }, at);
    if (shared !== undefined && read.currency !== shared) {
      throw new BilateralError('CURRENCY_MISMATCH', [
        {
          path: [...at, 'value'],
          message: `the value of ${quoteInput(key)} is ${amountKind(read.currency)}, earlier values are ${amountKind(shared)}: give every value in one currency (or all as bare decimals)`,
        },
      ]);
    }
    const decimal = read.values.value;
    assertNotNegative(decimal, `the value of ${quoteInput(key)}`, [...at, 'value']);
    shared = read.currency;
    values.set(key, decimal);
  });
  return { values, currency: shared };
}
