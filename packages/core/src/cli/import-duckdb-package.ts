import { UsageError } from './cli-io.js';

/** The module of DuckDB's native binding that Node could not find (`'@duckdb/node-bindings…'`). */
const MISSING_BINDING = /Cannot find module '(@duckdb\/node-bindings[^']*)'/;

/**
 * Imports the package `name` (`@bilateral/duckdb`) that `needs` (what the command was asked:
 * `--engine duckdb`, `-o <file>.parquet`) needs. A package that is not installed, or an install
 * where DuckDB cannot load its native binding for this platform (installed without optional
 * dependencies, or from another platform's lockfile), is a {@link UsageError} that says what to
 * install, ending with `otherwise` (another way to run the command); the binding's error is its
 * `cause`. Any other error loading it is not caught.
 */
export async function importDuckDBPackage(
  name: string,
  needs: string,
  otherwise = '',
): Promise<unknown> {
  try {
    return await import(name);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ERR_MODULE_NOT_FOUND') {
      throw new UsageError(
        `${needs} needs the package ${name}: install it beside @bilateral/core (npm install ${name})${otherwise}`,
      );
    }
    const binding = code === 'MODULE_NOT_FOUND' ? MISSING_BINDING.exec(message)?.[1] : undefined;
    if (binding === undefined) throw error;
    const usage = new UsageError(
      `${needs} needs DuckDB's native binding for this platform (${process.platform}-${process.arch}), which this install lacks (cannot find ${binding}): reinstall ${name} here with its optional dependencies (npm install --include=optional ${name})${otherwise}`,
    );
    usage.cause = error;
    throw usage;
  }
}
