/**
 * `bilateral fetch comtrade -o pull.parquet`: the fetched flows written to Parquet by
 * `@bilateral/duckdb`, loaded only then, with a clear error when it is not installed.
 */

import type { DatasetDocument } from '../dataset/index.js';
import { BilateralError } from '../errors/index.js';
import type { Source, TradeFlowJson } from '../flow/index.js';
import { UsageError } from './cli-io.js';
import { importDuckDBPackage } from './import-duckdb-package.js';
import { installCommand } from './install-command.js';
import { shownFile } from './read-text-file.js';
import { namedFile } from './same-file.js';
import { writeReason } from './write-reason.js';
import { outputPlace, writeAtWhole } from './written-beside.js';

/** What the command uses of `@bilateral/duckdb`. */
export interface ParquetWriter {
  writeFlowsParquet(
    flows: readonly TradeFlowJson[],
    output: string,
    options: { sources: readonly Source[] },
  ): Promise<{ rows: number; scale: number }>;
}

/**
 * `@bilateral/duckdb` (or the package `name`), or a UsageError saying to install it (or DuckDB's
 * binding for this platform: `importDuckDBPackage`), or to update a version without
 * `writeFlowsParquet` (in the command's words: what to install, not the export).
 */
export async function loadParquetWriter(name = '@bilateral/duckdb'): Promise<ParquetWriter> {
  const module = (await importDuckDBPackage(
    name,
    '-o <file>.parquet',
    ', or write a dataset (.json) or JSON Lines (.jsonl)',
  )) as Partial<ParquetWriter>;
  if (typeof module.writeFlowsParquet !== 'function') {
    throw new UsageError(
      `-o <file>.parquet needs a newer ${name} than the one installed, which cannot write Parquet: update it beside @bilateral/core (${installCommand(name, { update: true })}), or write a dataset (.json) or JSON Lines (.jsonl)`,
    );
  }
  return module as ParquetWriter;
}

/**
 * Writes the dataset's flows to `output` as Parquet (values `DECIMAL(38, scale)`, the sources in
 * the file's metadata), whole or not at all; `whole` is false when the reader of a pipe stopped
 * reading before the end. A file that cannot be written is `FILE_UNWRITABLE`; a value that fits no
 * `DECIMAL(38, scale)` stays the writer's `BilateralError`, naming the flow.
 */
export async function writeParquet(
  writer: ParquetWriter,
  document: DatasetDocument,
  output: string,
): Promise<{ rows: number; scale: number; whole: boolean }> {
  const { result, whole } = await parquetInto(output, (path) =>
    writer.writeFlowsParquet(document.flows, path, { sources: document.sources }),
  );
  return { ...result, whole };
}

/**
 * Runs `write`, a `@bilateral/duckdb` writer of the Parquet file at the path it is given (whole or
 * not at all, by `writeInPlace`), for the output `output`, saying whether the output has the whole
 * file: a device or pipe (`-o /dev/stdout | head`) is given the file once the writer has made it
 * in the temporary folder, and `whole` is false when its reader stopped reading before the end (a
 * file reached through a descriptor, `-o /dev/stdout > out.parquet`, is written by the writer).
 * Errors as {@link parquetError} says them.
 */
export async function parquetInto<T>(
  output: string,
  write: (path: string) => Promise<T>,
): Promise<{ result: T; whole: boolean }> {
  try {
    // Where the place is not found (a folder, a descriptor not given), the writer says why. A
    // regular file reached through a descriptor (`-o /dev/stdout >> a.txt`) has no reader to
    // leave: the writer is given its name, for its check that it is not a file it reads.
    const place = await outputPlace(output).catch(() => undefined);
    if (place === undefined || !place.special || (await namedFile(output)).stats?.isFile()) {
      return { result: await write(output), whole: true };
    }
    return await writeAtWhole(place, write).catch((error: unknown) => {
      if (error instanceof BilateralError) throw error;
      throw unwritableParquet(output, writeReason(error));
    });
  } catch (error) {
    throw parquetError(error, output);
  }
}

/**
 * The error of a `@bilateral/duckdb` writer of the Parquet file `output` as the command says it:
 * one about the output (a `BilateralError` whose issues are at `output`) is `FILE_UNWRITABLE`,
 * `cannot write <output> as Parquet: <why>`, without the writer's own `cannot write …:`; any other
 * (the input's problems, a bug) as it is.
 */
function parquetError(error: unknown, output: string): unknown {
  if (!(error instanceof BilateralError)) return error;
  if (!error.issues.every((issue) => issue.path[0] === 'output')) return error;
  return unwritableParquet(
    output,
    String(error.issues[0]?.message).replace(/^cannot write [^:]*: /, ''),
  );
}

/** `FILE_UNWRITABLE`: `cannot write <output> as Parquet: <reason>`. */
const unwritableParquet = (output: string, reason: string) =>
  new UsageError(`cannot write ${shownFile(output)} as Parquet: ${reason}`, 'FILE_UNWRITABLE');
