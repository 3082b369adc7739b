import type { Dataset, DatasetDocument, Decimal } from '@bilateral/core';
import type { Validate } from './load-validator.js';

/**
 * What reading the `data` property needs from the elements' first chunk, given by the caller
 * rather than imported: the dataset controller loads this module with the first `data` of a page,
 * and it imports nothing at run time, so that an app's bundler, which gives each set of modules the
 * first chunk shares with an on-demand one a chunk of its own, keeps the first chunk whole.
 */
export interface ReadKit {
  /** This copy's Decimal: a parsed Dataset with Decimals of another copy is read as its document. */
  readonly Decimal: typeof Decimal;
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

const SECTIONS = [
  'sources',
  'flows',
  'statements',
  'targets',
  'crossings',
  'facilities',
  'crossingCounts',
] as const;

/**
 * Whether a value is a Decimal of any copy of the core, as either engine's `isDecimal` knows one:
 * the BigInt engine's brand, or decimal.js's `toStringTag`. Not any object with a `plus` method:
 * the core reads another copy's value (or a forged one) through its text only, and refuses text
 * that is no decimal with `INVALID_DECIMAL` and its path (see {@link toDataset}).
 */
const anyDecimal = (value: unknown): boolean =>
  !!(value as { [key: symbol]: unknown } | null | undefined)?.[Symbol.for('bilateral-decimal')] ||
  (value as { toStringTag?: unknown } | null | undefined)?.toStringTag === '[object Decimal]';

/** Whether a value is a whole number from `first` to `last`. */
const isIn = (value: unknown, first: number, last: number): boolean =>
  Number.isInteger(value) && (value as number) >= first && (value as number) <= last;

/** A month of a range period: `{ year, month }`, as a whole month number (year × 12 + month). */
const monthOf = (value: unknown): number => {
  const { year, month } = (value ?? {}) as { year?: unknown; month?: unknown };
  return isIn(year, 1, 9999) && isIn(month, 1, 12) ? (year as number) * 12 + (month as number) : 0;
};

/** The field besides `year` of each kind of period but a year and a range, and its last value. */
const PERIOD_FIELDS: Readonly<Record<string, readonly [field: string, last: number]>> = {
  half: ['half', 2],
  quarter: ['quarter', 4],
  month: ['month', 12],
  'year-to-date': ['throughMonth', 12],
};

/**
 * Whether a value is a Period the core's `checkPeriod` takes: an object, not an array, with a kind
 * and whole numbers in range (years 1–9999, a range that does not end before it starts). Its rules,
 * not its code: the core's would be a module this on-demand chunk shared with the page's first
 * one, which an app's bundler would split off into a third file (`to-dataset.node.test.ts` holds
 * the two to the same answers).
 */
const isPeriod = (value: unknown): boolean => {
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return false;
  const period = value as Record<string, unknown>;
  const { kind } = period;
  if (kind === 'range') {
    const start = monthOf(period.start);
    return start > 0 && monthOf(period.end) >= start;
  }
  const field =
    typeof kind === 'string' && Object.hasOwn(PERIOD_FIELDS, kind) && PERIOD_FIELDS[kind];
  return (
    (kind === 'year' || field !== false) &&
    isIn(period.year, 1, 9999) &&
    (!field || isIn(period[field[0]], 1, field[1]))
  );
};

/** What {@link isParsedDataset} reads of a crossing: what the elements read before its rules. */
interface CrossingShape {
  readonly id?: unknown;
  readonly sides?: readonly ({ readonly country?: unknown } | null)[];
}

/**
 * Whether a crossing has what the elements read before the crossing rules check it: a text `id`
 * and two sides, each with a text `country` (the dashboard reads them to know whether the pair
 * has crossings). The rest is the rules' (`<bilateral-gates>` runs them on a Dataset no build
 * checked).
 */
const isCrossingShape = (crossing: CrossingShape | null): boolean =>
  typeof crossing?.id === 'string' &&
  Array.isArray(crossing.sides) &&
  crossing.sides.length === 2 &&
  crossing.sides.every((side) => typeof side?.country === 'string');

/** What {@link isParsedDataset} reads of a flow and of a target. */
interface Figures {
  readonly period?: unknown;
  readonly value?: { readonly amount?: unknown };
  readonly precision?: unknown;
  readonly kind?: unknown;
  readonly level?: { readonly amount?: unknown };
  readonly band?: { readonly lower?: unknown; readonly upper?: unknown };
}

/**
 * Whether a value is an already parsed {@link Dataset}, of this copy of the core or another: every
 * section present, every flow's period a Period (its kind and numbers in range), every amount,
 * precision and rate a Decimal (of any copy, or as `isDecimal` says), every crossing an id and two
 * sides with their countries. Each
 * flow, target and crossing is looked at, not the first: an object that only looks parsed (a
 * Dataset turned into JSON and back, whose Decimals are strings; a period `{ kind: 'month', year:
 * 2024, month: 13 }`; a crossing `null`) is read as a document, so validated.
 *
 * @example
 * ```ts
 * isParsedDataset(vietnamLaos); //=> true
 * isParsedDataset(JSON.parse(JSON.stringify(vietnamLaos))); //=> false: its amounts are strings
 * ```
 */
export function isParsedDataset(
  value: unknown,
  isDecimal: (value: unknown) => boolean = anyDecimal,
): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<string, unknown>>;
  if (!SECTIONS.every((key) => Array.isArray(candidate[key]))) return false;
  return (
    (candidate.flows as (Figures | null)[]).every(
      (flow) =>
        isPeriod(flow?.period) &&
        isDecimal(flow?.value?.amount) &&
        (flow?.precision === undefined || isDecimal(flow.precision)),
    ) &&
    (candidate.crossings as (CrossingShape | null)[]).every(isCrossingShape) &&
    (candidate.targets as (Figures | null)[]).every((target) =>
      target?.kind === 'level'
        ? isDecimal(target.level?.amount)
        : isDecimal(target?.band?.lower) && isDecimal(target?.band?.upper),
    )
  );
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

/** What {@link isOwnDataset} reads of a statement: its figures' decimal text, an amount's bound. */
type StatementFigures = Partial<
  Record<
    'amount' | 'rate' | 'share',
    {
      readonly value?: unknown;
      readonly precision?: unknown;
      readonly rounding?: unknown;
      readonly bound?: unknown;
    }
  >
>;

/**
 * The key of the mark the core's `parseDataset`, `datasetFromCompact` and `withRecordedBounds`
 * set on the statements they return (its `BOUNDS_RECORDED`, held equal by
 * `text-only-bound.browser.test.ts`): each records the lower bound its text states.
 */
const BOUNDS_RECORDED = Symbol.for('bilateral-bounds-recorded');

/**
 * Whether a value is a parsed Dataset whose every Decimal is this copy's (`kit.Decimal`): its
 * flows' and targets' (see {@link isParsedDataset}) and any in its statements' figures, which
 * hold decimal text (a Decimal of another copy there, or a value that only carries the brand, is
 * read through its text by `serializeDataset`, or refused with its path), and whose every
 * statement records the lower bound its text states, as the `Dataset` type says: its statements
 * are the core's marked ones (`BOUNDS_RECORDED`: `parseDataset` and `datasetFromCompact` read the
 * text), or each figure gives its `rounding`, a truncated amount its `bound`. One built without
 * types or in code ("at least US$565 million" without them), or read with
 * `datasetFromCheckedCompact` from a file `toCompactDataset` did not write, is read as its
 * document: `parseDataset` records the bound.
 */
const isOwnDataset = (value: unknown, kit: ReadKit): value is Dataset =>
  isParsedDataset(value, (decimal) => decimal instanceof kit.Decimal) &&
  value.statements.every((statement) => {
    const figures = statement as StatementFigures | null;
    return (
      (figures?.amount?.rounding !== 'truncate' || !!figures.amount.bound) &&
      (['amount', 'rate', 'share'] as const).every(
        (key) =>
          (BOUNDS_RECORDED in value.statements ||
            figures?.[key] === undefined ||
            figures[key].rounding !== undefined) &&
          [figures?.[key]?.value, figures?.[key]?.precision].every(
            (decimal) => decimal instanceof kit.Decimal || !anyDecimal(decimal),
          ),
      )
    );
  });

/**
 * The `data` property's value as a Dataset, or `undefined` while what reads it is still loading
 * (see {@link loadReaders}): a parsed Dataset of this copy is used as it is (once the widgets can
 * draw it, see {@link drawable}), anything else is validated as a dataset document with
 * `parseDataset`, which marks each published rate its levels contradict (`validateDocument`). A
 * parsed Dataset is not validated again (an app marks its rates with the core's
 * `withDisputedRates`); one whose Decimals are another copy's (an app's own core beside the
 * script-tag bundle) is read as the document its copy writes (`serializeDataset`, which reads each
 * Decimal through its text, a statement's too), so drawn with the same figures as that document,
 * and so is one whose truncated amount records no `bound` (its type requires one: `parseDataset`
 * records it); what only looks like one is validated as a document (see {@link isParsedDataset}).
 *
 * @throws BilateralError `INVALID_DATASET` listing every problem of the document; `INVALID_DECIMAL`
 *   or `OUT_OF_RANGE` at its path for a value of a parsed Dataset that only carries a Decimal brand
 */
export function toDataset(
  value: Dataset | DatasetDocument | unknown,
  kit: ReadKit,
): Dataset | undefined {
  if (isOwnDataset(value, kit)) return drawable(value, kit) ? value : undefined;
  return kit.validate()?.(value, isParsedDataset(value));
}

/**
 * Loads what {@link toDataset} waits for to read `value`: the validator chunk for a document, for a
 * parsed Dataset of another copy or for one whose level statements need the figure parser, else
 * the table of economy names.
 */
export function loadReaders(
  value: Dataset | DatasetDocument | unknown,
  kit: ReadKit,
): Promise<unknown> {
  return isOwnDataset(value, kit) && kit.precisionsReady(value.statements)
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
