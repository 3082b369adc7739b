import type { DatasetDocument } from '../dataset/index.js';
import { safeParseDataset } from '../dataset/schemas.js';
import { writeEconomyLabel } from '../economy/write-economy-label.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { type LeftOutSets, TitleFacts } from '../io/_comtrade-title.js';
import type { FlowTable } from '../table/index.js';
import { ImportOutput } from './import-output.js';

/** How many flows of the table are made, checked and written at a time. */
const BATCH = 4096;

/**
 * Writes the dataset `document` (its id, title and one source) with the flows of `table` (US
 * dollars, each with its row's status, the valuation `valuations` gives its row and the note
 * `notes` gives it, none where it gives none, as `readComtradeBulk` of `@bilateral/duckdb` gives
 * them: `valuations` and `flowNotes`) to `output` through the core engine's
 * {@link ImportOutput}: piece by piece, so no string holds the whole document (two million flows
 * are more text than a JS string can hold), in the core engine's bytes. Each batch of flows is
 * checked with the document before it is written (an empty table: the document alone); a flow
 * that fails is a `BilateralError` at its place in the whole document (`flows[4100].value`), and
 * nothing is written. No check sees two batches: the table must hold one row per observation, as
 * DuckDB's read gives it (its records grouped by key, a repeat counted as a duplicate or refused
 * for another value). Resolves to how many flows were written and whether the reader of a pipe
 * read to the end.
 */
export async function writeDuckDBDataset(
  output: string,
  document: Omit<DatasetDocument, 'flows'>,
  table: FlowTable,
  valuations: readonly ('FOB' | 'CIF')[],
  notes: readonly (string | undefined)[] = [],
): Promise<{ flows: number; whole: boolean }> {
  const out = await ImportOutput.open(output, document.id);
  try {
    // Once at least: the document of an empty table is checked too.
    for (let at = 0; at === 0 || at < table.length; at += BATCH) {
      const flows = flowsOf(table, valuations, notes, at, Math.min(at + BATCH, table.length));
      const check = safeParseDataset({ ...document, flows });
      if (!check.success) throw movedBy(check.error, at);
      await out.add(flows);
    }
    const whole = await out.finish(document.title.en, document.sources);
    return { flows: out.flows, whole };
  } catch (error) {
    await out.abort();
    throw error;
  }
}

/** The flows of rows `from` to `to` (not included) of `table`, valued and noted as `valuations` and `notes` say. */
function flowsOf(
  table: FlowTable,
  valuations: readonly ('FOB' | 'CIF')[],
  notes: readonly (string | undefined)[],
  from: number,
  to: number,
): TradeFlowJson[] {
  return Array.from({ length: to - from }, (_, at) => {
    const row = from + at;
    const commodity = table.keyAt(row, 'commodity');
    const flow = table.keyAt(row, 'flow') as 'export' | 'import';
    const note = notes[row];
    return {
      reporter: table.keyAt(row, 'reporter'),
      partner: table.keyAt(row, 'partner'),
      flow,
      period: table.keyAt(row, 'period'),
      value: table.valueAt(row).toFixed(),
      currency: 'USD',
      valuation: valuations[row] as 'FOB' | 'CIF',
      ...(commodity === '' ? {} : { commodity }),
      // Checked with the document: a status the schema does not take is refused with its path.
      status: table.keyAt(row, 'status') as TradeFlowJson['status'],
      source: 'un-comtrade',
      ...(note === undefined ? {} : { note }),
    };
  });
}

/** `error` of a batch of flows starting at flow `at`, its flows' paths moved to their place. */
function movedBy(error: BilateralError, at: number): BilateralError {
  return new BilateralError(
    error.code,
    error.issues.map((issue) => {
      const [first, index, ...rest] = issue.path;
      return first === 'flows' && typeof index === 'number'
        ? { ...issue, path: ['flows', index + at, ...rest] }
        : issue;
    }),
  );
}

/**
 * The title the core engine gives a dataset of these flows ("UN Comtrade: Viet Nam exports to
 * Laos, all goods, 2023"): who reported what with whom, which goods, when, from the table's rows;
 * of an empty table, from what the records left out cover (`leftOut`), as the core titles the
 * records it left out ("UN Comtrade: no records" when there were none); `undefined` for an empty
 * table without `leftOut` (an `@bilateral/duckdb` from before it gave it).
 */
export function tableTitle(table: FlowTable, leftOut?: LeftOutSets): string | undefined {
  const facts = new TitleFacts();
  if (table.length === 0) {
    if (leftOut === undefined) return undefined;
    facts.addSets(leftOut);
    return facts.describe();
  }
  const names = new Map<string, string>();
  // As the core engine names them (\`readEconomy\`): the table's name, else CLDR's, else the code.
  const name = (code: string) => {
    let known = names.get(code);
    if (known === undefined) {
      known = writeEconomyLabel(code, 'en');
      names.set(code, known);
    }
    return known;
  };
  for (let row = 0; row < table.length; row += 1) {
    const commodity = table.keyAt(row, 'commodity');
    facts.addFacts(
      name(table.keyAt(row, 'reporter')),
      name(table.keyAt(row, 'partner')),
      table.keyAt(row, 'flow'),
      commodity === '' ? undefined : commodity,
      table.keyAt(row, 'period'),
    );
  }
  return facts.describe();
}
