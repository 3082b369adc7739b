import type { Dataset, KnownNames } from '@bilateral/core';
import { BilateralError } from '@bilateral/core/calc';
import { checkedDatasets, crossingRules } from './checked-crossings.js';

/** A class of crossing: its id and its names (a data file names only the classes it uses). */
export type ClassName = readonly [id: string, names?: KnownNames];

/** Each country's classes, most open first, as the embedded data files gave them. */
const fileTables = new Map<string, readonly ClassName[]>();

/**
 * Whether {@link checkCrossingsOnce} can answer for `dataset` now: its crossings were checked
 * already, it has none, or the crossing rules are loaded (the chunk that validates documents
 * brings them: `loadValidator`).
 */
export function crossingsReady(dataset: Dataset): boolean {
  return (
    checkedDatasets.has(dataset) ||
    crossingRules() !== undefined ||
    dataset.crossings.length + dataset.crossingCounts.length === 0
  );
}

/**
 * Readies a dataset's crossings for `<bilateral-gates>`: build-checked data runs no rule (and
 * brings its classes of crossing); any other is checked once with the core's rules, so a page's
 * own Dataset gets the errors `checkDatasetCrossings` gives, at their paths from its root
 * (`crossings[0].sides[0].class`, `crossingCounts[0].counts.main`).
 *
 * @throws BilateralError `INVALID_CROSSING`, `UNKNOWN_CLASS` … as `checkDatasetCrossings` does, or
 *   `INVALID_INPUT` when the rules are needed and not loaded (see {@link crossingsReady})
 */
export function checkCrossingsOnce(dataset: Dataset): void {
  if (checkedDatasets.has(dataset)) {
    // The `classes` of the compact file the build wrote: by country, `[id, names?]` in order.
    const classes = checkedDatasets.get(dataset) as Record<string, ClassName[]> | undefined;
    for (const [country, table] of Object.entries(classes ?? {})) fileTables.set(country, table);
    return;
  }
  if (dataset.crossings.length + dataset.crossingCounts.length > 0) {
    const rules = crossingRules();
    if (rules === undefined) {
      throw new BilateralError('INVALID_INPUT', 'the crossing rules could not be loaded');
    }
    rules.checkDatasetCrossings(dataset);
  }
  checkedDatasets.set(dataset, undefined);
}

/**
 * A country's classes of crossing, most open first: from the core's classification systems when
 * the rules are loaded, else as an embedded data file gave them; `undefined` when neither has it.
 */
export function classesOf(country: string): readonly ClassName[] | undefined {
  const system = crossingRules()?.systems.find((candidate) => candidate.country === country);
  return system?.classes.map((cls): ClassName => [cls.id, cls.names]) ?? fileTables.get(country);
}
