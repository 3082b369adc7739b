import type { Dataset } from '@bilateral/core';

/**
 * The dataset of an embedded data file (`data/<name>.json` and its series file, written by
 * `write-data.mjs`) without the prose no element shows: the dataset's description and the notes
 * of its statements and sources (0.6 kB gzipped of Vietnam–Laos's files). Targets keep their
 * notes (`<bilateral-target>` shows them), crossings and facilities theirs.
 */
export function withoutUnshownNotes(dataset: Dataset): Dataset {
  const { description: _, ...rest } = dataset;
  return {
    ...rest,
    statements: dataset.statements.map(({ note: _, ...statement }) => statement),
    sources: dataset.sources.map(({ note: _, ...source }) => source),
  };
}
