import type { Dataset, KnownNames } from '@bilateral/core';
import { BilateralError } from '@bilateral/core/calc';
import { type CrossingRules, checkedDatasets, crossingRules } from './checked-crossings.js';

/** A class of crossing: its id and its names (a data file names only the classes it uses). */
export type ClassName = readonly [id: string, names?: KnownNames];

/** Each country's classes, most open first, as the embedded data files gave them. */
const fileTables = new Map<string, readonly ClassName[]>();
/** The same from the core's classification systems, once the rules are loaded. */
const systemTables = new Map<string, readonly ClassName[]>();
let systemsOf: CrossingRules | undefined;

/** Takes the `classes` of a compact dataset (by country, `[id, names?]` in order); ignores the rest. */
function addFileTables(classes: unknown): void {
  if (typeof classes !== 'object' || classes === null) return;
  for (const [country, table] of Object.entries(classes)) {
    if (
      Array.isArray(table) &&
      table.every((row) => Array.isArray(row) && typeof row[0] === 'string')
    ) {
      fileTables.set(country, table as ClassName[]);
    }
  }
}

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
 * own Dataset gets the errors `summarizeCrossings` gives.
 *
 * @throws BilateralError `INVALID_CROSSING`, `UNKNOWN_CLASS` … as `summarizeCrossings` does, or
 *   `INVALID_INPUT` when the rules are needed and not loaded (see {@link crossingsReady})
 */
export function checkCrossingsOnce(dataset: Dataset): void {
  if (checkedDatasets.has(dataset)) {
    addFileTables(checkedDatasets.get(dataset));
    return;
  }
  if (dataset.crossings.length + dataset.crossingCounts.length > 0) {
    const rules = crossingRules();
    if (rules === undefined) {
      throw new BilateralError(
        'INVALID_INPUT',
        'the crossing rules are not loaded: load the dataset through the element',
      );
    }
    rules.summarizeCrossings(dataset.crossings);
    for (const official of dataset.crossingCounts) rules.summarizeCrossings([], { official });
  }
  checkedDatasets.set(dataset, undefined);
}

/**
 * A country's classes of crossing, most open first: from the core's classification systems when
 * the rules are loaded, else as an embedded data file gave them; `undefined` when neither has it.
 */
export function classesOf(country: string): readonly ClassName[] | undefined {
  const rules = crossingRules();
  if (rules !== undefined && rules !== systemsOf) {
    systemsOf = rules;
    for (const system of rules.systems) {
      systemTables.set(
        system.country,
        system.classes.map((cls): ClassName => [cls.id, cls.names]),
      );
    }
  }
  return systemTables.get(country) ?? fileTables.get(country);
}
