/** What a Decimal constructor of any copy of the core takes here: the decimal text of a figure. */
type DecimalOf = new (text: string) => unknown;

/**
 * For tests: `statements` with each figure (`amount`, `rate`, `share`: value and precision) turned
 * from its decimal text into a Decimal of `Decimal`'s copy of the core, as an app's own core may
 * hand them to another copy (its `datasetSeriesWith` reads them).
 */
export function withDecimalFigures<T>(statements: readonly T[], Decimal: DecimalOf): T[] {
  const decimal = (text: unknown) => (typeof text === 'string' ? new Decimal(text) : text);
  const figure = (value: Record<string, unknown> | undefined) =>
    value && { ...value, value: decimal(value.value), precision: decimal(value.precision) };
  return statements.map((statement) => {
    const { amount, rate, share } = statement as unknown as Record<string, Record<string, unknown>>;
    return {
      ...statement,
      ...(amount && { amount: figure(amount) }),
      ...(rate && { rate: figure(rate) }),
      ...(share && { share: figure(share) }),
    };
  });
}
