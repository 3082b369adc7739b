import type { Decimal } from '@bilateral/core/calc';

/*
 * How the widgets read published-figure text: in an app, the core reads it itself (its
 * `datasetSeries` imports the figure parser), so there is nothing to wait for. The script-tag
 * bundle puts `figure-reader-script-tag.ts` in place of this module (see the tsup config).
 */

/**
 * Gives the reader of a published amount's precision; the core has its own in an app.
 */
export function setShownPrecision(_reader: (text: string, currency: string) => Decimal): void {}

/** Whether a dataset's series can be drawn without loading the figure parser: in an app, always. */
export function precisionsReady(_statements: readonly unknown[]): boolean {
  return true;
}
