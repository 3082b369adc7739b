import { mkdtempSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BilateralError, type Source, type TradeFlowJson } from '@bilateral/core';
import { removeOnStop, writeInPlace, writeReason } from '@bilateral/core/node';
import { withConnection } from './bulk-pipeline.js';
import { sqlText } from './bulk-sql.js';
import type { ComtradeBulkOptions } from './comtrade-bulk-report.js';

/** Digits a DECIMAL holds in DuckDB and Parquet. */
const PRECISION = 38;
/**
 * Digits of DuckDB's 64-bit DECIMAL. Text is cast to it some 30 times faster than to a 38-digit
 * one (200,000 values: 0.1 s against 3 s), and from it to DECIMAL(38, s) exactly.
 */
const PRECISION_64 = 18;
const DECIMAL_TEXT = /^-?(\d+)(?:\.(\d+))?$/;

/**
 * Options of {@link writeFlowsParquet}: the DuckDB settings of the bulk reader, and the sources.
 *
 * @example
 * ```ts
 * const options: FlowsParquetOptions = { sources: dataset.sources, memoryLimit: '1GB' };
 * (await writeFlowsParquet(dataset.flows, 'pull.parquet', options)).rows;
 * //=> 20
 * ```
 *
 * @category DuckDB
 */
export interface FlowsParquetOptions
  extends Pick<ComtradeBulkOptions, 'memoryLimit' | 'tempDirectory' | 'threads' | 'instance'> {
  /** The sources the flows cite, kept in the file's metadata (`bilateral_sources`, JSON). */
  readonly sources?: readonly Source[];
}

/** The fields every flow of a dataset document has, as text. */
const TEXT_FIELDS = ['reporter', 'partner', 'flow', 'period', 'currency'] as const;

const invalid = (path: (string | number)[], message: string) =>
  new BilateralError('INVALID_INPUT', [{ path, message }]);

/**
 * `INVALID_INPUT` for what is not a list of flows in their JSON form: not a list (a dataset
 * document itself), an item that is not an object, a flow parsed (`parseDataset`'s, its value
 * `Money`), or one without a reporter, partner, flow, period or currency as text, which would
 * be written as a row of NULLs.
 */
function checkFlows(flows: unknown): asserts flows is readonly TradeFlowJson[] {
  if (!Array.isArray(flows)) {
    const document = Array.isArray((flows as { flows?: unknown } | null)?.flows);
    throw invalid(
      ['flows'],
      document
        ? 'expected the flows, got a dataset document: give its "flows"'
        : `expected a list of flows, got ${flows === null ? 'null' : typeof flows}`,
    );
  }
  flows.forEach((flow: unknown, index) => {
    if (typeof flow !== 'object' || flow === null || Array.isArray(flow)) {
      throw invalid(['flows', index], 'expected a flow, an object');
    }
    const fields = flow as Record<string, unknown>;
    if (typeof fields.value === 'object' && fields.value !== null) {
      throw invalid(
        ['flows', index, 'value'],
        'a parsed flow (its value is Money): give the flows as a dataset document holds them (tradeFlowToJson writes one)',
      );
    }
    for (const field of TEXT_FIELDS) {
      if (typeof fields[field] !== 'string' || fields[field] === '') {
        throw invalid(
          ['flows', index, field],
          fields[field] === undefined
            ? 'is missing'
            : fields[field] === ''
              ? 'must not be empty'
              : 'must be text',
        );
      }
    }
  });
}

/**
 * The scale every value fits at and the most digits any value has at that scale;
 * `INVALID_INPUT` naming a value that fits no DECIMAL(38, s).
 */
function scaleOf(flows: readonly TradeFlowJson[]): { scale: number; digits: number } {
  let scale = 0;
  let widest = 0;
  let widestAt = 0;
  flows.forEach((flow, index) => {
    const match = DECIMAL_TEXT.exec(String(flow.value));
    if (match === null) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: ['flows', index, 'value'],
          message: 'must be a decimal number written as a string, e.g. "491.9"',
        },
      ]);
    }
    const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '').length;
    scale = Math.max(scale, match[2]?.length ?? 0);
    if (whole > widest) [widest, widestAt] = [whole, index];
  });
  if (widest + scale > PRECISION) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['flows', widestAt, 'value'],
        message: `has ${widest} digits before the decimal point and another value has ${scale} after it: DECIMAL(${PRECISION}, ${scale}) holds at most ${PRECISION - scale} before it`,
      },
    ]);
  }
  return { scale, digits: widest + scale };
}

/**
 * Writes flows to one Parquet file, through DuckDB, with every value an exact
 * `DECIMAL(38, scale)` (the scale being the most decimal places any value has): the values go to
 * DuckDB as text and are cast there, never through a floating-point number. The file is written
 * beside `output` and renamed when complete, so a failure never leaves half a file; it keeps the
 * permissions of the file it replaces, a symbolic link is followed (the link stays), and a device
 * or pipe is written into once the file is complete (`writeInPlace` of `@bilateral/core/node`). For the
 * flows of a large UN Comtrade pull (`bilateral fetch comtrade -o pull.parquet`).
 *
 * The layout, one row per flow, in the order given:
 *
 * | column | type | holds |
 * |---|---|---|
 * | `reporter`, `partner` | VARCHAR | economy codes (`THA`; `WLD` the World) |
 * | `flow` | VARCHAR | `export` or `import` |
 * | `period` | VARCHAR | Bilateral's period text: `2023` or `2023-09` |
 * | `commodity` | VARCHAR | HS code; `NULL` for all goods |
 * | `currency` | VARCHAR | ISO 4217 (`USD`) |
 * | `value` | DECIMAL(38, scale) | the value, exact |
 * | `valuation`, `status`, `source`, `note` | VARCHAR | as in the flow (`NULL` when absent) |
 *
 * The sources, when given, are in the file's key–value metadata as JSON (`bilateral_sources`).
 *
 * @param flows - the flows, as a dataset document holds them
 * @param output - the Parquet file to write (in place of any file there)
 * @param options - the sources to keep with them, and DuckDB's settings
 * @returns the file written (absolute path), its rows and the scale of its values
 * @throws `BilateralError` (from `@bilateral/core`) `INVALID_INPUT` for flows that are not a list
 * (a dataset document: give its `flows`), naming the flow that is not one in its JSON form (a
 * parsed flow, a reporter, partner, flow, period or currency missing, empty or not text) or
 * whose value is not a decimal string or does not fit `DECIMAL(38, scale)`, or the output that
 * cannot be written
 *
 * @example
 * ```ts
 * import { writeFlowsParquet } from '@bilateral/duckdb';
 *
 * const { rows, scale } = await writeFlowsParquet(dataset.flows, 'pull.parquet', {
 *   sources: dataset.sources,
 * });
 * [rows, scale];
 * //=> [20, 2]
 * ```
 *
 * @category DuckDB
 */
export async function writeFlowsParquet(
  flows: readonly TradeFlowJson[],
  output: string,
  options: FlowsParquetOptions = {},
): Promise<{ file: string; rows: number; scale: number }> {
  if (typeof output !== 'string' || output === '') {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['output'], message: 'expected the path of the Parquet file to write' },
    ]);
  }
  checkFlows(flows);
  const { scale, digits } = scaleOf(flows);
  const decimal = `DECIMAL(${PRECISION}, ${scale})`;
  const cast =
    digits <= PRECISION_64
      ? `CAST(CAST(value AS DECIMAL(${PRECISION_64}, ${scale})) AS ${decimal})`
      : `CAST(value AS ${decimal})`;
  const file = resolve(output);
  // Ctrl-C, SIGTERM or SIGHUP while the flows are staged: the folder goes, listened for before it
  // is made (a signal without a listener ends the process at once), and made in one step (not
  // awaited: a stop at that await found the folder made but not yet named, and left it).
  let folder: string | undefined;
  const unlisten = removeOnStop(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });
  try {
    folder = mkdtempSync(join(tmpdir(), 'bilateral-parquet-'));
  } catch (error) {
    unlisten();
    throw error;
  }
  const lines = join(folder, 'flows.jsonl');
  const { sources, ...settings } = options;
  try {
    await writeFile(
      lines,
      flows
        .map(
          (flow) =>
            `${JSON.stringify({
              reporter: flow.reporter,
              partner: flow.partner,
              flow: flow.flow,
              period: flow.period,
              commodity: flow.commodity ?? null,
              currency: flow.currency,
              value: String(flow.value),
              valuation: flow.valuation ?? null,
              status: flow.status ?? null,
              source: flow.source ?? null,
              note: flow.note ?? null,
            })}\n`,
        )
        .join(''),
      'utf8',
    );
    const text = ['reporter', 'partner', 'flow', 'period', 'commodity', 'currency']
      .concat(['value', 'valuation', 'status', 'source', 'note'])
      .map((column) => `${column}: 'VARCHAR'`)
      .join(', ');
    const metadata =
      sources === undefined
        ? ''
        : `, KV_METADATA {bilateral_sources: ${sqlText(JSON.stringify(sources))}}`;
    await withConnection(settings, async (connection) => {
      try {
        await writeInPlace(output, (temporary) =>
          connection.run(
            `COPY (SELECT reporter, partner, flow, period, commodity, currency,
                    ${cast} AS value, valuation, status, source, note
                  FROM read_json(${sqlText(lines)}, format = 'newline_delimited', columns = {${text}}))
             TO ${sqlText(temporary)} (FORMAT parquet${metadata})`,
          ),
        );
      } catch (error) {
        throw new BilateralError('INVALID_INPUT', [
          { path: ['output'], message: `cannot write ${output}: ${writeReason(error)}` },
        ]);
      }
    });
    return { file, rows: flows.length, scale };
  } finally {
    await rm(folder, { recursive: true, force: true });
    unlisten();
  }
}
