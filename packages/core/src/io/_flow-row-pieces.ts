/**
 * The rows of an import's flows (its report's `flowRows`) in pieces, and the flows a streamed
 * import dropped (its `droppedFlows`) one by one: a streamed import keeps the rows as runs and
 * the dropped ones as bits, and a caller that writes them out (`bilateral import`) takes them as
 * they come instead of as arrays of a number per flow. Private to the `io` module and the command.
 *
 * @internal
 */

import type { StreamedImport } from './import-comtrade-stream.js';
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

/** The dropped flows of the results of streamed imports. */
const dropped = new WeakMap<StreamedImport, () => Iterable<number>>();

/** Gives `result` its dropped flows as they come (a streamed import's result), and returns it. */
export function withDroppedFlows<R extends StreamedImport>(
  result: R,
  flows: () => Iterable<number>,
): R {
  dropped.set(result, flows);
  return result;
}

/**
 * The numbers of the flows a streamed import dropped (0 is the first flow handed out), rising, as
 * they come: from its bits when it has them (no array of them all), else from `droppedFlows`.
 */
export function droppedFlowsOf(result: StreamedImport): Iterable<number> {
  return dropped.get(result)?.() ?? result.droppedFlows ?? [];
}
