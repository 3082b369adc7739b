// Private to the library: the compact form's writer uses it (compact-dataset-write.ts).
import { CLASSIFICATION_SYSTEMS } from '../infrastructure/data/classification-systems.js';
import type { KnownNames } from '../infrastructure/known-names.js';
import type { Dataset } from './dataset.js';

/**
 * The classes of crossing of each country whose side of a crossing, or whose official count, the
 * dataset lists — each class's id and names, in its classification system's order (most open
 * first) — from the embedded classification systems (a country without one is left out).
 */
export function datasetClassNames(
  dataset: Dataset,
): Record<string, (readonly [id: string, names: KnownNames])[]> {
  const countries = new Set([
    ...dataset.crossings.flatMap((crossing) => crossing.sides.map((side) => side.country)),
    ...dataset.crossingCounts.map((count) => count.system),
  ]);
  const classes: Record<string, (readonly [string, KnownNames])[]> = {};
  for (const country of [...countries].sort()) {
    const system = CLASSIFICATION_SYSTEMS.find((candidate) => candidate.country === country);
    if (system !== undefined) classes[country] = system.classes.map((cls) => [cls.id, cls.names]);
  }
  return classes;
}
