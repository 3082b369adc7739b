// Private to the library: the compact form's writer uses it (compact-dataset-write.ts).
import { CLASSIFICATION_SYSTEMS } from '../infrastructure/data/classification-systems.js';
import type { KnownNames } from '../infrastructure/known-names.js';
import type { Dataset } from './dataset.js';

/** The class ids a dataset's crossings and official counts name, by country. */
function namedClasses(dataset: Dataset): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  const add = (country: string, ids: readonly (string | undefined)[]) => {
    const set = named.get(country) ?? new Set<string>();
    for (const id of ids) if (id !== undefined) set.add(id);
    named.set(country, set);
  };
  for (const crossing of dataset.crossings) {
    for (const side of crossing.sides) {
      const history = side.classHistory ?? [];
      add(side.country, [side.class, ...history.flatMap((entry) => [entry.class, entry.from])]);
    }
  }
  for (const count of dataset.crossingCounts) add(count.system, Object.keys(count.counts));
  return named;
}

/**
 * The classes of crossing of each country whose side of a crossing, or whose official count, the
 * dataset lists, in its classification system's order (most open first): each class's id, and
 * its names when the dataset names the class — from the embedded classification systems (a
 * country without one is left out).
 */
export function datasetClassNames(
  dataset: Dataset,
): Record<string, (readonly [id: string, names?: KnownNames])[]> {
  const named = namedClasses(dataset);
  const classes: Record<string, (readonly [string, KnownNames?])[]> = {};
  for (const [country, ids] of [...named].sort(([a], [b]) => a.localeCompare(b))) {
    const system = CLASSIFICATION_SYSTEMS.find((candidate) => candidate.country === country);
    if (system === undefined) continue;
    classes[country] = system.classes.map((cls) =>
      ids.has(cls.id) ? [cls.id, cls.names] : [cls.id],
    );
  }
  return classes;
}
