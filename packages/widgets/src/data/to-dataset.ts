import type { Dataset, DatasetDocument } from '@bilateral/core';
import type { Validate } from './load-validator.js';

/**
 * What reading the `data` property needs from the elements' first chunk, given by the caller
 * rather than imported: the dataset controller loads this module with the first `data` of a page,
 * and it imports nothing at run time, so that an app's bundler, which gives each set of modules the
 * first chunk shares with an on-demand one a chunk of its own, keeps the first chunk whole.
 */
export interface ReadKit {
  /** Whether an economy has a name without the table of every economy (`economyNamed`). */
  readonly named: (code: string) => boolean;
  /** Whether every level statement's precision can be read (`precisionsReady`). */
  readonly precisionsReady: (statements: readonly unknown[]) => boolean;
  /** The validator, once it has loaded. */
  readonly validate: () => Validate | undefined;
  /** Loads the validator chunk (`loadValidator`). */
  readonly loadValidator: () => Promise<unknown>;
  /** Loads the table of every economy's name (`loadEconomyTable`). */
  readonly loadEconomyTable: () => Promise<unknown>;
}

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
 * Whether the widgets can draw a parsed dataset with what they have: every level statement's
 * precision without the figure parser, every reporter's and partner's name.
 */
export function drawable(dataset: Dataset, kit: ReadKit): boolean {
  const named = (items: readonly { reporter: string; partner: string }[]) =>
    items.every(({ reporter, partner }) => kit.named(reporter) && kit.named(partner));
  return (
    kit.precisionsReady(dataset.statements) &&
    named(dataset.flows) &&
    named(dataset.statements) &&
    named(dataset.targets)
  );
}

/**
 * The `data` property's value as a Dataset, or `undefined` while what reads it is still loading
 * (see {@link loadReaders}): a parsed Dataset is used as it is (once the widgets can draw it,
 * see {@link drawable}), anything else is validated as a dataset document with `parseDataset`,
 * which marks each published rate its levels contradict (`validateDocument`). A parsed Dataset is
 * not checked: an app marks its rates with the core's `withDisputedRates`.
 *
 * @throws BilateralError `INVALID_DATASET` listing every problem of the document
 */
export function toDataset(
  value: Dataset | DatasetDocument | unknown,
  kit: ReadKit,
): Dataset | undefined {
  if (isParsedDataset(value)) return drawable(value, kit) ? value : undefined;
  return kit.validate()?.(value);
}

/**
 * Loads what {@link toDataset} waits for to read `value`: the validator chunk for a document or
 * for a parsed Dataset whose level statements need the figure parser, else the table of economy
 * names.
 */
export function loadReaders(
  value: Dataset | DatasetDocument | unknown,
  kit: ReadKit,
): Promise<unknown> {
  return isParsedDataset(value) && kit.precisionsReady(value.statements)
    ? kit.loadEconomyTable()
    : kit.loadValidator();
}

/**
 * Reads `data` now if it can ({@link toDataset}): gives `settle` the Dataset, or `undefined` and
 * what reading threw (a document's `BilateralError`). Returns whether it read it (`false` while
 * what reads it is still loading: see {@link readWhenLoaded}).
 *
 * @example
 * ```ts
 * readData(vietnamLaos, readKit, (dataset, error) => console.log(dataset?.id, error));
 * //=> true, after logging 'vietnam-laos undefined' (once the economies' names are there)
 * ```
 */
export function readData(
  data: unknown,
  kit: ReadKit,
  settle: (dataset: Dataset | undefined, error?: unknown) => void,
): boolean {
  let dataset: Dataset | undefined;
  try {
    dataset = toDataset(data, kit);
  } catch (error) {
    settle(undefined, error);
    return true;
  }
  if (dataset !== undefined) settle(dataset);
  return dataset !== undefined;
}

/**
 * {@link readData}, after loading what it waits for ({@link loadReaders}) when it cannot read
 * `data` yet and `current()` still holds once that has loaded. Resolves whether it read it.
 *
 * @example
 * ```ts
 * await readWhenLoaded(vietnamLaosDocument, readKit, settle, () => true); //=> true
 * ```
 */
export async function readWhenLoaded(
  data: unknown,
  kit: ReadKit,
  settle: (dataset: Dataset | undefined, error?: unknown) => void,
  current: () => boolean,
): Promise<boolean> {
  if (readData(data, kit, settle)) return true;
  await loadReaders(data, kit);
  return current() && readData(data, kit, settle);
}
