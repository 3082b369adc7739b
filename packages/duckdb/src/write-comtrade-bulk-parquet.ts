import { resolve } from 'node:path';
import { BilateralError } from '@bilateral/core';
import { isSameFile, namedFile, writeInPlace, writeReason } from '@bilateral/core/node';
import { listBulkFiles } from './bulk-files.js';
import { IMPORTED_GROUPS, readBulk, withConnection } from './bulk-pipeline.js';
import { sqlText } from './bulk-sql.js';
import type { ComtradeBulkOptions, ComtradeBulkReport } from './comtrade-bulk-report.js';

/**
 * Reads UN Comtrade bulk files as {@link readComtradeBulk} does and writes the totals to one
 * Parquet file, inside DuckDB (`COPY … TO … (FORMAT parquet)`): nothing passes through
 * JavaScript, so the result may be larger than memory.
 *
 * The layout, one row per reporter, partner, flow, period and commodity, sorted by them:
 *
 * | column | type | holds |
 * |---|---|---|
 * | `reporter` | VARCHAR | ISO 3166-1 alpha-3 code (`WLD` for the World) |
 * | `partner` | VARCHAR | the same |
 * | `flow` | VARCHAR | `export` or `import`, from the reporter's side |
 * | `period` | VARCHAR | Bilateral's period text: `2023` or `2023-09` |
 * | `commodity` | VARCHAR | HS code of 2–8 digits; `NULL` for the total (Comtrade's TOTAL) |
 * | `currency` | VARCHAR | `USD` |
 * | `value` | DECIMAL(38, scale) | `primaryValue`, exact |
 * | `valuation` | VARCHAR | `FOB` or `CIF`: FOB for exports and CIF for imports, but FOB for an import whose `primaryValue` is `fobvalue` and not `cifvalue`, CIF for an export the other way round |
 * | `status` | VARCHAR | `estimate` where UNSD converted a commodity code from the reporter's HS edition or estimated the value, else `official` |
 * | `source` | VARCHAR | the source id (`un-comtrade`) |
 * | `note` | VARCHAR | the note the core's importer writes on the flow (`NULL` when none): the commodity's description, the quantity or `quantity not reported`, the net weight, why the value is an estimate |
 *
 * The valuation, status and note are the core importer's, of each row's first record when it has
 * duplicates, as in the flows of {@link readComtradeBulk} and in the dataset
 * `bilateral import comtrade --engine duckdb` writes; the columns are those of
 * {@link writeFlowsParquet}'s file, in its order.
 *
 * @param paths - a file, a folder (read recursively), or a list of either
 * @param output - the Parquet file to write, whole or not at all: written beside it and renamed,
 * in place of any file there (keeping its permissions; through a symbolic link, which stays), or
 * into a device or pipe once complete; never one of the files read
 * @param options - as for {@link readComtradeBulk}
 * @returns the file written (absolute path), its rows, and the report
 * @throws `BilateralError` (from `@bilateral/core`) as {@link readComtradeBulk}; `INVALID_INPUT` at
 * `output` when the file cannot be written (`cannot write totals.parquet: it is a directory`) or is
 * one of the files read
 *
 * @example
 * ```ts
 * import { writeComtradeBulkParquet } from '@bilateral/duckdb';
 *
 * const { rows, report } = await writeComtradeBulkParquet('comtrade/', 'totals.parquet');
 * [rows, report.scale];
 * //=> [6, 0]
 * ```
 *
 * @category DuckDB
 */
export async function writeComtradeBulkParquet(
  paths: string | readonly string[],
  output: string,
  options: ComtradeBulkOptions = {},
): Promise<{ file: string; rows: number; report: ComtradeBulkReport }> {
  if (typeof output !== 'string' || output === '') {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['output'], message: 'expected the path of the Parquet file to write' },
    ]);
  }
  const file = resolve(output);
  return withConnection(options, async (connection) => {
    const files = await listBulkFiles(paths);
    // Written in place of the output, a file it reads would be lost (a folder of bulk files
    // holding the last run's output).
    const out = await namedFile(file);
    for (const read of files) {
      if (isSameFile(out, await namedFile(read.path))) {
        throw new BilateralError('INVALID_INPUT', [
          {
            path: ['output'],
            message: `cannot write ${output}: it is one of the bulk files read; write the Parquet file elsewhere`,
          },
        ]);
      }
    }
    const { report, sourceId } = await readBulk(connection, files, options);
    try {
      await writeInPlace(output, (temporary) =>
        connection.run(
          `COPY (SELECT reporter, partner, flow, period, commodity, 'USD' AS currency, value, valuation, status, ${sqlText(sourceId)} AS source, note FROM (${IMPORTED_GROUPS}))
           TO ${sqlText(temporary)} (FORMAT parquet)`,
        ),
      );
    } catch (error) {
      throw new BilateralError('INVALID_INPUT', [
        { path: ['output'], message: `cannot write ${output}: ${writeReason(error)}` },
      ]);
    }
    return { file, rows: report.imported, report };
  });
}
