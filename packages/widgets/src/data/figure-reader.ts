// How the widgets read the precision of a level statement that does not give one: they draw
// series with the core's `checkedDatasetSeries` (or, for a request that is not plainly valid, the
// validator chunk's `datasetSeriesWith`, which checks it first) and this reader, not
// `datasetSeries` (which imports the figure parser). Embedded data carries every level statement's precision, so the figure
// parser loads only with the chunk that validates documents (or, in an app, with the chunk of the
// core's embedded datasets), in the script-tag bundle and in apps alike.
import { BilateralError, type Decimal } from '@bilateral/core/calc';

let read: ((text: string, currency: string) => Decimal) | undefined;

/**
 * Gives the reader of a published amount's precision (from `parsePublishedAmount`, in the chunk
 * that validates documents or the one of the core's embedded datasets), once that chunk has loaded.
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
 * The precision a level statement's text shows, read with the core's figure parser once a chunk
 * that has it has given it ({@link setShownPrecision}): what the elements pass to
 * `checkedDatasetSeries` (and, for a request that is not plainly valid, to `datasetSeriesWith`;
 * see `seriesOf`).
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
