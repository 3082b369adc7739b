/**
 * The rows of an import's flows (its report's `flowRows`) in pieces: a streamed import keeps them
 * as runs, and a caller that writes them out (`bilateral import --json`) takes them a piece at a
 * time instead of as one array of a number per flow. Private to the `io` module and the command.
 *
 * @internal
 */

import type { ImportReport } from './import-result.js';

/** The rows of the flows, in order, handed out in pieces. */
export type FlowRowPieces = (size: number) => Iterable<readonly number[]>;

/** The pieces of the reports of streamed imports. */
const streamed = new WeakMap<ImportReport, FlowRowPieces>();

/** Gives `report` its flows' rows in pieces (a streamed import's report), and returns it. */
export function withFlowRowPieces<R extends ImportReport>(report: R, pieces: FlowRowPieces): R {
  streamed.set(report, pieces);
  return report;
}

/**
 * The rows of the flows of `report` in arrays of at most `size`, in order: a streamed import's
 * from its runs (no array of them all is made), any other's from its `flowRows`.
 */
export function* flowRowPieces(report: ImportReport, size: number): Generator<readonly number[]> {
  const pieces = streamed.get(report);
  if (pieces !== undefined) {
    yield* pieces(size);
    return;
  }
  const rows = report.flowRows;
  for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
}
