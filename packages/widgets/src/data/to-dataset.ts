import { type Dataset, type DatasetDocument, parseDataset } from '@bilateral/core';

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

/**
 * The `data` property's value as a Dataset: a parsed Dataset is used as it is, anything else is
 * validated as a dataset document with `parseDataset`.
 *
 * @throws BilateralError `INVALID_DATASET` listing every problem of the document
 */
export function toDataset(value: Dataset | DatasetDocument | unknown): Dataset {
  return isParsedDataset(value) ? value : parseDataset(value);
}
