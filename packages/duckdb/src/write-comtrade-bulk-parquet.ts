import { resolve } from 'node:path';
import { BilateralError } from '@bilateral/core';
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
 * | `value` | DECIMAL(38, scale) | `primaryValue`, exact (FOB for exports, CIF for imports) |
 * | `source` | VARCHAR | the source id (`un-comtrade`) |
 *
 * @param paths - a file, a folder (read recursively), or a list of either
 * @param output - the Parquet file to write (replaced if it exists)
 * @param options - as for {@link readComtradeBulk}
 * @returns the file written (absolute path), its rows, and the report
 * @throws `BilateralError` (from `@bilateral/core`) as {@link readComtradeBulk}; `INVALID_INPUT` when the file
 * cannot be written
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
    const { report, sourceId } = await readBulk(connection, paths, options);
    try {
      await connection.run(
        `COPY (SELECT reporter, partner, flow, period, commodity, 'USD' AS currency, value, ${sqlText(sourceId)} AS source FROM (${IMPORTED_GROUPS}))
         TO ${sqlText(file)} (FORMAT parquet)`,
      );
    } catch (error) {
      throw new BilateralError('INVALID_INPUT', [
        { path: ['output'], message: `cannot write ${output}: ${(error as Error).message}` },
      ]);
    }
    return { file, rows: report.imported, report };
  });
}
