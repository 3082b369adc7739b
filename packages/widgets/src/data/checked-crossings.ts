import type {
  ClassificationSystem,
  Dataset,
  KnownNames,
  summarizeCrossings,
} from '@bilateral/core';
import { BilateralError } from '@bilateral/core/calc';

/**
 * The core's crossing rules, which the chunk that validates documents brings (and `bilateral-embed`
 * imports): the classification systems and `summarizeCrossings`, which checks crossings and an
 * official count against them.
 */
export interface CrossingRules {
  readonly systems: readonly ClassificationSystem[];
  readonly summarizeCrossings: typeof summarizeCrossings;
}

/** A class of crossing: its id and its names (a data file names only the classes it uses). */
export type ClassName = readonly [id: string, names?: KnownNames];

let rules: CrossingRules | undefined;
/** The datasets whose crossings and official counts were checked (at build time or here). */
const checked = new WeakSet<Dataset>();
/** Each country's classes, most open first. */
const classTables = new Map<string, readonly ClassName[]>();

/** Uses the core's crossing rules for the datasets no build checked; their classes name classes. */
export function setCrossingRules(value: CrossingRules): void {
  rules = value;
  for (const system of value.systems) {
    if (!classTables.has(system.country)) {
      classTables.set(
        system.country,
        system.classes.map((cls): ClassName => [cls.id, cls.names]),
      );
    }
  }
}

/**
 * Notes that a dataset's crossings were validated — by the build that wrote an embedded data file,
 * or by `parseDataset` — and takes the classes an embedded file carries (`classes` of a compact
 * dataset: by country, `[id, names]` in order; anything else is ignored).
 */
export function markCrossingsChecked(dataset: Dataset, classes?: unknown): void {
  checked.add(dataset);
  if (typeof classes !== 'object' || classes === null) return;
  for (const [country, table] of Object.entries(classes)) {
    if (
      Array.isArray(table) &&
      table.every((row) => Array.isArray(row) && typeof row[0] === 'string')
    ) {
      classTables.set(country, table as ClassName[]);
    }
  }
}

/**
 * Whether {@link checkCrossingsOnce} can answer for `dataset` now: its crossings were checked
 * already, it has none, or the crossing rules are loaded.
 */
export function crossingsReady(dataset: Dataset): boolean {
  return (
    checked.has(dataset) ||
    rules !== undefined ||
    (dataset.crossings.length === 0 && dataset.crossingCounts.length === 0)
  );
}

/**
 * Checks a dataset's crossings and official counts with the core's rules, once per dataset, unless
 * they were validated already: a page's own `data` gets the errors `summarizeCrossings` gives,
 * while build-checked data runs no rule.
 *
 * @throws BilateralError `INVALID_CROSSING`, `UNKNOWN_CLASS` … as `summarizeCrossings` does, or
 *   `INVALID_INPUT` when the rules are needed and not loaded (see {@link crossingsReady})
 */
export function checkCrossingsOnce(dataset: Dataset): void {
  if (checked.has(dataset)) return;
  if (dataset.crossings.length > 0 || dataset.crossingCounts.length > 0) {
    if (rules === undefined) {
      throw new BilateralError(
        'INVALID_INPUT',
        'the crossing rules are not loaded: load the dataset through the element',
      );
    }
    rules.summarizeCrossings(dataset.crossings);
    for (const official of dataset.crossingCounts) rules.summarizeCrossings([], { official });
  }
  checked.add(dataset);
}

/** A country's classes of crossing, most open first, when an embedded file or the rules gave them. */
export function classesOf(country: string): readonly ClassName[] | undefined {
  return classTables.get(country);
}
