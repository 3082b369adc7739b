import { UsageError } from './cli-io.js';
import { installCommand } from './install-command.js';

/** The module of DuckDB's native binding that Node could not find (`'@duckdb/node-bindings…'`). */
const MISSING_BINDING = /Cannot find module '(@duckdb\/node-bindings[^']*)'/;

/**
 * A file Node could not find for a package it did find (`Cannot find module '…/dist/index.js'`;
 * a package that is not there is `Cannot find package '…'`).
 */
const MISSING_FILE = /^Cannot find module '([^']+)'/;

/**
 * Imports the package `name` (`@bilateral/duckdb`) that `needs` (what the command was asked:
 * `--engine duckdb`, `-o <file>.parquet`) needs. A package that is not installed, one installed
 * without a file it runs (the repository's own before `pnpm build`: its exports name dist/), or an
 * install where DuckDB cannot load its native binding for this platform (installed without
 * optional dependencies, or from another platform's lockfile), is a {@link UsageError} that says
 * what to do, ending with `otherwise` (another way to run the command); the loader's error is its
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
    const file = code === 'ERR_MODULE_NOT_FOUND' ? MISSING_FILE.exec(message)?.[1] : undefined;
    if (file !== undefined) {
      const usage = new UsageError(
        `${needs} needs the package ${name}, which is installed without the files it runs (cannot find ${file}): in a clone of the Bilateral repository, build it (pnpm build) or run the command from the sources (node --conditions=@bilateral/source …); otherwise reinstall it (${installCommand(name)})${otherwise}`,
      );
      usage.cause = error;
      throw usage;
    }
    if (code === 'ERR_MODULE_NOT_FOUND') {
      throw new UsageError(
        `${needs} needs the package ${name}: install it beside @bilateral/core (${installCommand(name)})${otherwise}`,
      );
    }
    const binding = code === 'MODULE_NOT_FOUND' ? MISSING_BINDING.exec(message)?.[1] : undefined;
    if (binding === undefined) throw error;
    const usage = new UsageError(
      `${needs} needs DuckDB's native binding for this platform (${process.platform}-${process.arch}), which this install lacks (cannot find ${binding}): reinstall ${name} here with its optional dependencies (${installCommand(name, { optional: true })})${otherwise}`,
    );
    usage.cause = error;
    throw usage;
  }
}
