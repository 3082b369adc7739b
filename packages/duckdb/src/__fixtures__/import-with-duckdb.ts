import { bilateral } from '../../../core/src/__fixtures__/run-cli.js';

/**
 * For tests: `bilateral import comtrade <input> -o <output> --engine duckdb …more`, run in-process
 * without colour: its exit code, standard output and error.
 *
 * @example
 * ```ts
 * const { code, err } = await importWithDuckdb(csv, join(dir, 'totals.parquet'), '--json');
 * ```
 */
export function importWithDuckdb(input: string, output: string, ...more: string[]) {
  return bilateral('import', 'comtrade', input, '-o', output, '--engine', 'duckdb', ...more);
}
