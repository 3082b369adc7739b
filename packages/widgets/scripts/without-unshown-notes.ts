import type { Dataset } from '@bilateral/core';

/**
 * The dataset of an embedded data file (`data/<name>.json` and its series file, written by
 * `write-data.mjs`) without the prose no element shows: the dataset's description and the notes
 * of its flows, statements and sources (the flows' notes alone: 0.16 kB gzipped of Vietnam–Laos's
 * series file, 0.17 kB of its whole file). Targets keep
 * their notes (`<bilateral-target>` shows them); the whole file keeps of the crossings what the
 * gates draw (`crossings-as-drawn.ts`).
 */
export function withoutUnshownNotes(dataset: Dataset): Dataset {
  const { description: _, ...rest } = dataset;
  return {
    ...rest,
    flows: dataset.flows.map(({ note: _, ...flow }) => flow),
    statements: dataset.statements.map(({ note: _, ...statement }) => statement),
    sources: dataset.sources.map(({ note: _, ...source }) => source),
  };
}
