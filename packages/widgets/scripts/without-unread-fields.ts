import type { Dataset, Statement } from '@bilateral/core';

/**
 * The dataset of an embedded data file (`data/<name>.json` and its series file, written by
 * `write-data.mjs`) without the optional fields no element reads: a source's `language`, a
 * flow's `valuation` (FOB or CIF) and a statement's `comparison` (the elements read growth
 * statements by subject, pair, period and source). What an element draws does not change (the
 * browser test of the same figures from the files and from the whole datasets holds it).
 */
export function withoutUnreadFields(dataset: Dataset): Dataset {
  return {
    ...dataset,
    sources: dataset.sources.map(({ language: _, ...source }) => source),
    flows: dataset.flows.map(({ valuation: _, ...flow }) => flow),
    statements: dataset.statements.map(withoutComparison),
  };
}

/** A statement without its `comparison` (only growth statements have one). */
function withoutComparison(statement: Statement): Statement {
  if (statement.kind !== 'growth') return statement;
  const { comparison: _, ...growth } = statement;
  return growth;
}

/**
 * The dataset with its title in English only, for a series file (`data/<name>.series.json`):
 * growth, balance and target never draw the dataset's title; the dashboard, which does in each
 * language, reads the whole file.
 */
export function withEnglishTitle(dataset: Dataset): Dataset {
  return { ...dataset, title: { en: dataset.title.en } };
}
