import type { ClassificationSystem, checkDatasetCrossings, Dataset } from '@bilateral/core';

/**
 * The core's crossing rules, which the chunk that validates documents brings (and `bilateral-embed`
 * and an app's embedded datasets import): the classification systems and `checkDatasetCrossings`,
 * which checks a dataset's crossings and official counts against them.
 */
export interface CrossingRules {
  readonly systems: readonly ClassificationSystem[];
  readonly checkDatasetCrossings: typeof checkDatasetCrossings;
}

/**
 * The datasets whose crossings and official counts were validated — by the build that wrote an
 * embedded data file, by the core (an app's embedded datasets), or by `<bilateral-gates>` once it
 * has checked a page's own — each with the `classes` its data file carries. Only
 * `<bilateral-gates>` reads it (`gates-crossings.ts`); the loaders only fill it in, so that a page
 * without gates carries almost nothing of the crossings.
 */
export const checkedDatasets = new WeakMap<Dataset, unknown>();

let rules: CrossingRules | undefined;

/** Uses the core's crossing rules for the datasets no build checked. */
export function setCrossingRules(value: CrossingRules): void {
  rules = value;
}

/** The core's crossing rules, once something loaded them. */
export function crossingRules(): CrossingRules | undefined {
  return rules;
}

/**
 * Notes that a dataset's crossings were validated, with the classes of crossing its embedded file
 * carries (`classes` of a compact dataset), if any.
 */
export function markCrossingsChecked(dataset: Dataset, classes?: unknown): void {
  checkedDatasets.set(dataset, classes);
}
