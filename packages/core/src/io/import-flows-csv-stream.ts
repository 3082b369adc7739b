import { issuesFromZod } from '../_internal/zod-issues.js';
import { BilateralError } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { TradeFlowSchema } from '../flow/trade-flow-schema.js';
import { splitOnFlows } from './_batch-handler.js';
import { CsvChunkReader } from './_csv-stream.js';
import { type CsvHeader, readCsvHeader } from './_records.js';
import { ImportLog } from './_report.js';
import { type TextSource, textChunks } from './_text-chunks.js';
import { Uint32List } from './_uint32-list.js';
import type { StreamedImport } from './import-comtrade-stream.js';
import { type FlowsCsvImportOptions, flowsCsvRules } from './import-flows-csv.js';

/**
 * Options of {@link importFlowsCsvStream}: those of {@link importFlowsCsv}, and where the flows go.
 *
 * @example
 * ```ts
 * const flows: TradeFlowJson[] = [];
 * const options: FlowsCsvStreamOptions = { status: 'preliminary', onFlows: (batch) => { flows.push(...batch); } };
 * await importFlowsCsvStream(['reporter,partner,flow,period,value,currency\n', 'VNM,LAO,export,2024,1,USD\n'], options);
 * flows[0]?.status;
 * //=> 'preliminary'
 * ```
 *
 * @category Importers
 */
export interface FlowsCsvStreamOptions extends FlowsCsvImportOptions {
  /**
   * Takes each batch of flows, in the order of the rows, as soon as the rows are read; a promise
   * it returns is awaited. When the import then fails, the flows it was given must be thrown away.
   */
  readonly onFlows: (flows: readonly TradeFlowJson[]) => void | Promise<void>;
}

/**
 * Imports the simple flows CSV from a stream, chunk by chunk, with the rules, notes and errors of
 * {@link importFlowsCsv}, handing the flows out in batches as the rows are read. What it keeps
 * per row: the row's line (4 bytes), the row numbers of the flows, and one entry per distinct
 * flow (to refuse repeats) — not the text nor the flows.
 *
 * @param source - chunks of text or UTF-8 bytes: a Node `Readable`, a web `ReadableStream`, any
 *   (async) iterable
 * @param options - those of {@link importFlowsCsv}, and `onFlows`, which takes each batch of flows
 * @returns the sources of the dataset and the report
 * @throws {@link BilateralError} `INVALID_IMPORT` with every problem, each row's path and line,
 *   once the input has ended (a bad header at once) — the flows handed out before must then be
 *   thrown away; `INVALID_INPUT` for bad options
 *
 * @example
 * ```ts
 * const flows: TradeFlowJson[] = [];
 * const { report } = await importFlowsCsvStream(
 *   ['reporter,partner,flow,period,value,currency\nVNM,LAO,export,2024-01,491900000,USD\n',
 *    'VNM,LAO,export,2024-02,1.5,USD\n'],
 *   { status: 'official', onFlows: (batch) => { flows.push(...batch); } },
 * );
 * [flows.map((flow) => flow.value), report.records];
 * //=> [['491900000', '1.5'], 2]
 * ```
 *
 * @category Importers
 */
export async function importFlowsCsvStream(
  source: TextSource,
  options: FlowsCsvStreamOptions,
): Promise<StreamedImport> {
  const { onFlows, importOptions } = splitOnFlows(options);
  const rules = flowsCsvRules(importOptions);
  const reader = new CsvChunkReader(rules.delimiter);
  const lines = new Uint32List();
  const log = new ImportLog(['rows'], (row) => lines.at(row));
  const csvProblems: { path: []; message: string }[] = [];
  const flowRows: number[] = [];
  let header: CsvHeader | undefined;
  let records = 0;
  const take = async (table: ReturnType<CsvChunkReader['push']>): Promise<void> => {
    for (const problem of table.problems) {
      csvProblems.push({ path: [], message: `line ${problem.line}: ${problem.message}` });
    }
    const flows: TradeFlowJson[] = [];
    for (const record of table.records) {
      if (header === undefined) {
        header = readCsvHeader(record.cells, reader.separator ?? ',');
        log.issues.push(...header.issues);
        rules.readHeader(header.header, log);
        continue;
      }
      const row = records;
      records += 1;
      lines.push(record.line);
      if (csvProblems.length > 0) continue; // past a quoting error, cells are guesswork
      const read = header.recordOf(record, row);
      if ('issue' in read) {
        log.issues.push(read.issue);
        continue;
      }
      const flow = rules.readRow(read.record, row, log);
      if (flow === undefined) continue;
      const check = TradeFlowSchema.safeParse(flow);
      if (!check.success) {
        for (const issue of issuesFromZod(check.error.issues)) {
          log.issues.push({ path: log.path(row, ...issue.path), message: issue.message });
        }
        continue;
      }
      flowRows.push(row);
      flows.push(flow);
    }
    if (flows.length > 0 && log.issues.length === 0) await onFlows(flows);
  };
  for await (const text of textChunks(source)) await take(reader.push(text));
  await take(reader.end());
  if (header === undefined) rules.readHeader([], log);
  if (csvProblems.length > 0) throw new BilateralError('INVALID_IMPORT', csvProblems);
  if (log.issues.length > 0) throw new BilateralError('INVALID_IMPORT', log.issues);
  return {
    sources: rules.sources(),
    report: {
      format: 'flows-csv',
      container: 'csv',
      rowPath: ['rows'],
      records,
      imported: flowRows.length,
      flowRows,
      excluded: [],
      notes: log.notes(),
    },
  };
}
