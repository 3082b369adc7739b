import type { Dataset } from '@bilateral/core';

/**
 * A dataset with only the published statements an element draws, for the embedded data files
 * (`write-data.mjs`): levels and growth rates, which the series read (the core's
 * `datasetSeries`) and the growth chart quotes (`published-rates.ts`). Shares and balance
 * sentences no element shows go, and with them the sources only they cite (the files are sliced
 * after this step).
 */
export function statementsAsDrawn(dataset: Dataset): Dataset {
  return {
    ...dataset,
    statements: dataset.statements.filter(
      (statement) => statement.kind === 'level' || statement.kind === 'growth',
    ),
  };
}
