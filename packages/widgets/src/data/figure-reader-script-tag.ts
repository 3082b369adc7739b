// The script-tag bundle's figure reader (the tsup config puts it in place of `figure-reader.ts`
// and of the core's `figures/_shown-precision`): embedded data carries every level statement's
// precision, so the core's figure parser loads only with the chunk that validates documents.
import { BilateralError, type Decimal } from '@bilateral/core/calc';

let read: ((text: string, currency: string) => Decimal) | undefined;

/**
 * Gives the reader of a published amount's precision (from `parsePublishedAmount`, in the chunk
 * that validates documents), once that chunk has loaded.
 */
export function setShownPrecision(reader: (text: string, currency: string) => Decimal): void {
  read = reader;
}

/**
 * Whether a dataset's series can be drawn without reading figure text: every level statement
 * gives its precision (the build writes it into embedded data) or the reader has loaded.
 */
export function precisionsReady(statements: readonly unknown[]): boolean {
  return (
    read !== undefined ||
    statements.every((statement) => {
      const level = statement as { kind?: unknown; amount?: { precision?: unknown } };
      return level.kind !== 'level' || level.amount?.precision !== undefined;
    })
  );
}

/**
 * The script-tag bundle's stand-in for the core's `figures/_shown-precision`: the precision a
 * level statement's text shows, read with the core's figure parser once the validator chunk has
 * given it ({@link setShownPrecision}).
 *
 * @throws BilateralError `INVALID_DATASET` while the parser has not loaded (the dataset controller
 *   loads it before it hands over a dataset that needs it)
 */
export function shownPrecision(text: string, currency: string): Decimal {
  if (read !== undefined) return read(text, currency);
  throw new BilateralError('INVALID_DATASET', [
    {
      path: ['statements'],
      message: `the precision of ${JSON.stringify(text.slice(0, 80))} (${currency}) is not given and the figure parser has not loaded`,
    },
  ]);
}
