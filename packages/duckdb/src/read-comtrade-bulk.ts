import { createFlowTableBuilder, type FlowRecord, type FlowTable } from '@bilateral/core';
import { listBulkFiles } from './bulk-files.js';
import { IMPORTED_GROUPS, readBulk, withConnection } from './bulk-pipeline.js';
import type {
  ComtradeBulkLeftOut,
  ComtradeBulkOptions,
  ComtradeBulkReport,
} from './comtrade-bulk-report.js';

/**
 * Reads UN Comtrade bulk files (CSV, tab-separated `.txt`/`.tsv`, either gzipped, Parquet; or
 * folders of them, columns matched by name) in an embedded DuckDB and returns the totals as a
 * {@link FlowTable}: one row per reporter, partner, flow, period and commodity, values exact.
 *
 * Only totals are kept (`customsCode` C00, `motCode` 0, `partner2Code` 0, flow codes X and M;
 * re-exports and the other flow parts are left out, the World is a partner of its own and never
 * added to its parts); every other record is counted under its reason. `primaryValue` is read as
 * text and cast to `DECIMAL(38, scale)`, never through a float; reporter and partner codes are
 * mapped with the core's `economyFromComtradeCode` once per distinct code. Each flow has the
 * status the core's importer gives it (`estimate` where UNSD converted a commodity code from the
 * reporter's HS edition or estimated the value, else `official`) and, in `valuations`, its
 * valuation (FOB for exports and CIF for imports, but FOB for an import whose `primaryValue` is
 * `fobvalue` and not `cifvalue`, CIF for an export the other way round): those of its first
 * record when it has duplicates; and, in `flowNotes`, the note the core's importer writes on it
 * (`undefined` when none): the commodity's description (`cmdDesc`), the quantity and its unit or
 * `quantity not reported`, the net weight, and why the value is an estimate (`estimated by UNSD`,
 * `converted by UNSD from the HS edition the reporter used`), joined by `; `, of its first record.
 * When it imports no flow, `leftOut` says what the records it left out cover
 * ({@link ComtradeBulkLeftOut}: reporters, partners, directions, commodities, periods), as the
 * core's importer titles such a dataset; else it is `undefined`.
 * The result streams from DuckDB into the core's table builder in chunks.
 *
 * @param paths - a file, a folder (read recursively), or a list of either
 * @param options - scale, commodities, source id and DuckDB settings ({@link ComtradeBulkOptions})
 * @returns the table (currency USD, source `un-comtrade`, a status on each row), the valuation of
 * each of its rows, the note of each (`flowNotes`), the report, and what the records left out
 * cover when no flow is imported (`leftOut`)
 * @throws `BilateralError` (from `@bilateral/core`) `INVALID_INPUT` for a missing path or a bad option,
 * or at the file (`files[0]`) when a file whose lines end in more than one way (LF, CRLF, CR), which
 * DuckDB reads from a copy with one line end in the system's temporary folder, cannot be copied
 * there (the disk full, no such folder) or read to its end;
 * `INVALID_IMPORT` naming file, line and field of each record that cannot be read (the first 1,000 in `issues`, the rest counted in `issueCount`),
 * or of records that repeat a key with different values (every problem of a record, in the core
 * engine's order and words); `OUT_OF_RANGE` when the only problem is values within the core's
 * range too large for `DECIMAL(38, scale)`
 *
 * @example
 * ```ts
 * import { readComtradeBulk } from '@bilateral/duckdb';
 * import { sumBy } from '@bilateral/core';
 *
 * const { table, report, valuations, flowNotes } = await readComtradeBulk('comtrade/'); // a folder of .txt.gz files
 * [report.records, report.imported, report.excluded.map((e) => `${e.count} ${e.reason}`)];
 * //=> [12, 6, ['3 flow-part', '1 mode-of-transport', '2 duplicate']]
 * sumBy(table, ['reporter', 'flow']).toRows()[0].value.toString();
 * //=> '1449435000000'
 * [table.keyAt(0, 'status'), valuations[0], flowNotes[0]];
 * //=> ['official', 'FOB', 'quantity not reported']
 * await readComtradeBulk('bad.csv');
 * // throws BilateralError [INVALID_IMPORT]: files[0].rows[3].primaryValue: bad.csv line 5: "1,5" has a comma as the decimal separator: write "1.5"
 * ```
 *
 * @category DuckDB
 */
export async function readComtradeBulk(
  paths: string | readonly string[],
  options: ComtradeBulkOptions = {},
): Promise<{
  table: FlowTable;
  valuations: readonly ('FOB' | 'CIF')[];
  flowNotes: readonly (string | undefined)[];
  report: ComtradeBulkReport;
  leftOut: ComtradeBulkLeftOut | undefined;
}> {
  return withConnection(options, async (connection) => {
    const files = await listBulkFiles(paths);
    const { report, sourceId, leftOut } = await readBulk(connection, files, options);
    const builder = createFlowTableBuilder();
    const valuations: ('FOB' | 'CIF')[] = [];
    const flowNotes: (string | undefined)[] = [];
    // The status and valuation as true or false: no text to make in JavaScript for each row.
    const result = await connection.stream(
      `SELECT reporter, partner, flow, period, commodity, CAST(value AS VARCHAR) AS value,
        status = 'estimate' AS estimate, valuation = 'FOB' AS fob, note FROM (${IMPORTED_GROUPS})`,
    );
    for (;;) {
      const chunk = await result.fetchChunk();
      if (chunk === null || chunk.rowCount === 0) break;
      const columns = chunk.getColumns();
      const [reporters, partners, flows, periods, commodities, values] = columns as (
        | string
        | null
      )[][];
      const [estimates, fobs] = columns.slice(6) as boolean[][];
      const notes = columns[8] as (string | null)[];
      const records = new Array<FlowRecord>(chunk.rowCount);
      for (let i = 0; i < chunk.rowCount; i++) {
        records[i] = {
          reporter: reporters?.[i] as string,
          partner: partners?.[i] as string,
          flow: flows?.[i] as 'export' | 'import',
          period: periods?.[i] as string,
          value: values?.[i] as string,
          currency: 'USD',
          commodity: commodities?.[i] ?? null,
          source: sourceId,
          status: estimates?.[i] ? 'estimate' : 'official',
        };
        valuations.push(fobs?.[i] ? 'FOB' : 'CIF');
        flowNotes.push(notes[i] ?? undefined);
      }
      builder.append(records);
    }
    return { table: builder.finish(), valuations, flowNotes, report, leftOut };
  });
}
