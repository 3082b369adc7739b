/**
 * Checks what an importer built as `parseDataset` would (what must hold across flows) and
 * reports a failure at the input rows the flows came from. Private to the `io` module.
 *
 * @internal
 */

import { safeParseDataset } from '../dataset/schemas.js';
import { BilateralError } from '../errors/index.js';
import type { Source, TradeFlowJson } from '../flow/index.js';
import type { ImportLog } from './_report.js';

/**
 * Throws `INVALID_IMPORT` when the dataset of `document` titled `title` fails `parseDataset`;
 * an issue in flow `i` is put at row `flowRows[i]` (its message followed by `suffix`, then the
 * row's line for CSV input), any other is kept as it is.
 */
export function checkImportedDataset(
  document: { readonly sources: readonly Source[]; readonly flows: readonly TradeFlowJson[] },
  title: string,
  flowRows: readonly number[],
  log: ImportLog,
  suffix = '',
): void {
  const check = safeParseDataset({ id: 'import', title: { en: title }, ...document });
  if (check.success) return;
  throw new BilateralError(
    'INVALID_IMPORT',
    check.error.issues.map((issue) => {
      const [section, index, ...rest] = issue.path;
      const row = section === 'flows' && typeof index === 'number' ? flowRows[index] : undefined;
      return row === undefined ? issue : log.issueAt(row, rest, `${issue.message}${suffix}`);
    }),
  );
}
