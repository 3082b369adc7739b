import type { Dataset } from '@bilateral/core';

/**
 * The dataset of an embedded series file (`data/<name>.series.json`, written by
 * `write-data.mjs`): a slice with the series sections (`sliceDataset`) without the prose that
 * growth, balance and target never show — the dataset's description and the notes of its
 * statements and sources (0.6 kB of the 4.3 kB gzipped of Vietnam–Laos's series file). Targets
 * keep their notes: `<bilateral-target>` shows them.
 */
export function withoutUnshownNotes(dataset: Dataset): Dataset {
  const { description: _, ...rest } = dataset;
  return {
    ...rest,
    statements: dataset.statements.map(({ note: _, ...statement }) => statement),
    sources: dataset.sources.map(({ note: _, ...source }) => source),
  };
}
