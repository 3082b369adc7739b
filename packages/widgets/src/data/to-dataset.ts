import type { Dataset, DatasetDocument } from '@bilateral/core';
import { economyNamed, loadEconomyTable, setEconomyTable } from '../i18n/economy-names.js';
import { setCrossingRules } from './checked-crossings.js';
import { precisionsReady, setShownPrecision } from './figure-reader.js';

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
 * (its own chunk in the script-tag bundle); every later one is validated at once. The chunk
 * brings the figure parser, the names of every economy and the crossing rules too, which data
 * that no build prepared may need.
 */
export function loadValidator(): Promise<Validate> {
  loadingValidator ??= import('./validate-document.js').then(
    ({
      CLASSIFICATION_SYSTEMS,
      economyLabel,
      parseDataset,
      parsePublishedAmount,
      summarizeCrossings,
    }) => {
      setShownPrecision((text, currency) => parsePublishedAmount(text, { currency }).precision);
      setEconomyTable(economyLabel);
      setCrossingRules({ systems: CLASSIFICATION_SYSTEMS, summarizeCrossings });
      validate = parseDataset;
      return parseDataset;
    },
  );
  return loadingValidator;
}

/**
 * Whether the widgets can draw a parsed dataset with what they have: every level statement's
 * precision without the figure parser, every reporter's and partner's name.
 */
export function drawable(dataset: Dataset): boolean {
  const named = (items: readonly { reporter: string; partner: string }[]) =>
    items.every(({ reporter, partner }) => economyNamed(reporter) && economyNamed(partner));
  return (
    precisionsReady(dataset.statements) &&
    named(dataset.flows) &&
    named(dataset.statements) &&
    named(dataset.targets)
  );
}

/**
 * The `data` property's value as a Dataset, or `undefined` while what reads it is still loading
 * (see {@link loadReaders}): a parsed Dataset is used as it is (once the widgets can draw it,
 * see {@link drawable}), anything else is validated as a dataset document with `parseDataset`.
 *
 * @throws BilateralError `INVALID_DATASET` listing every problem of the document
 */
export function toDataset(value: Dataset | DatasetDocument | unknown): Dataset | undefined {
  if (isParsedDataset(value)) return drawable(value) ? value : undefined;
  return validate?.(value);
}

/**
 * Loads what {@link toDataset} waits for to read `value`: the validator chunk for a document or
 * for a parsed Dataset whose level statements need the figure parser, else the table of economy
 * names.
 */
export function loadReaders(value: Dataset | DatasetDocument | unknown): Promise<unknown> {
  return isParsedDataset(value) && precisionsReady(value.statements)
    ? loadEconomyTable()
    : loadValidator();
}
