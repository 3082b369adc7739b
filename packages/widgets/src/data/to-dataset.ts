import type { Dataset, DatasetDocument } from '@bilateral/core';

const SECTIONS = ['statements', 'targets', 'crossings', 'facilities', 'crossingCounts'] as const;

/**
 * Whether a value is an already parsed {@link Dataset} (periods as objects, values as Money,
 * every section present) rather than a dataset document in its JSON form.
 */
export function isParsedDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<string, unknown>>;
  const flows = candidate.flows;
  if (!Array.isArray(flows) || !SECTIONS.every((key) => Array.isArray(candidate[key]))) {
    return false;
  }
  const first = flows[0] as { period?: unknown } | undefined;
  if (first !== undefined) return typeof first.period === 'object' && first.period !== null;
  const target = (candidate.targets as { band?: { lower?: unknown } }[])[0];
  return target === undefined || typeof target.band?.lower !== 'string';
}

type Validate = (input: unknown) => Dataset;

let validate: Validate | undefined;
let loadingValidator: Promise<Validate> | undefined;

/**
 * `parseDataset`, loaded on demand: the first document from `src` or `data` loads the schemas
 * (its own chunk in the script-tag bundle); every later one is validated at once.
 */
export function loadValidator(): Promise<Validate> {
  loadingValidator ??= import('./validate-document.js').then(({ parseDataset }) => {
    validate = parseDataset;
    return parseDataset;
  });
  return loadingValidator;
}

/**
 * The `data` property's value as a Dataset, or `undefined` while the validator is still loading
 * (see {@link loadValidator}): a parsed Dataset is used as it is, anything else is validated as
 * a dataset document with `parseDataset`.
 *
 * @throws BilateralError `INVALID_DATASET` listing every problem of the document
 */
export function toDataset(value: Dataset | DatasetDocument | unknown): Dataset | undefined {
  if (isParsedDataset(value)) return value;
  return validate?.(value);
}
