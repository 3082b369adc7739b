import * as z from 'zod/mini';
import { SlugSchema } from '../_internal/id-schemas.js';
import { foundWords, mustBe } from '../_internal/must-be.js';
import { nestingIssue } from '../_internal/nesting-issue.js';
import { ownFlow, ownStatement, ownTarget } from '../_internal/own-decimals.js';
import { issuesFromZod } from '../_internal/zod-issues.js';
import {
  BilateralError,
  type BilateralIssue,
  type IssuePath,
  type SafeParseResult,
  toSafeParse,
} from '../errors/index.js';
import { statementWithBound } from '../figures/_from-json.js';
import type { Statement } from '../figures/index.js';
import { StatementSchema } from '../figures/schemas.js';
import { SourceSchema, TradeFlowSchema } from '../flow/schemas.js';
import type { Source } from '../flow/source.js';
import { flowFromValidJson, type TradeFlow, tradeFlowToJson } from '../flow/trade-flow.js';
import type { TradeFlowJson } from '../flow/trade-flow-schema.js';
import type {
  BorderCrossing,
  BorderTradeFacility,
  OfficialCrossingCount,
} from '../infrastructure/index.js';
import {
  BorderCrossingSchema,
  BorderTradeFacilitySchema,
  OfficialCrossingCountSchema,
  safeParseBorderCrossings,
} from '../infrastructure/schemas.js';
import type { Target, TargetJson } from '../targets/index.js';
import { parseTarget, TargetSchema, targetToJson } from '../targets/schemas.js';
import { recordedMarked } from './bounds-recorded.js';
import {
  checkCrossingReferences,
  checkFlows,
  checkSourceReferences,
  checkUniqueIds,
} from './dataset-checks.js';
import { type LocalizedText, LocalizedTextSchema } from './localized-text.js';
import { DATASET_SECTIONS } from './sections.js';
import { flowTextCache, wellFormedFlow } from './well-formed-flow.js';

/**
 * The dataset JSON document: the format widgets load, the CLI validates and the embedded
 * datasets are written in. Values are decimal strings and periods are text so nothing is lost
 * in transit. `dataset.schema.json` in the package is generated from this schema. Every section
 * but `sources` and `flows` is optional.
 *
 * @example
 * ```ts
 * DatasetDocumentSchema.safeParse(vietnamLaosDocument).success;
 * //=> true
 * DatasetDocumentSchema.safeParse({ ...vietnamLaosDocument, id: 'Vietnam Laos' }).success;
 * //=> false
 * ```
 *
 * @category Datasets
 */
export const DatasetDocumentSchema = z.object({
  /** Lowercase identifier, e.g. `"vietnam-laos"`. */
  id: SlugSchema,
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  /** Every publication the dataset cites. */
  sources: z.array(SourceSchema),
  /** Exports and imports as published. */
  flows: z.array(TradeFlowSchema),
  /** Published totals, growth rates, shares and surplus/deficit claims, with their rounding. */
  statements: z.optional(z.array(StatementSchema)),
  /** Growth bands, average growth bands over a plan, levels by a date. */
  targets: z.optional(z.array(TargetSchema)),
  /** Border crossings with each side's class over time. */
  crossings: z.optional(z.array(BorderCrossingSchema)),
  /** Border markets, economic zones, logistics centres and other border trade facilities. */
  facilities: z.optional(z.array(BorderTradeFacilitySchema)),
  /** Official counts of crossings by class, to compare the listed crossings with. */
  crossingCounts: z.optional(z.array(OfficialCrossingCountSchema)),
});

/**
 * A dataset document in its JSON form, as {@link DatasetDocumentSchema} describes it.
 *
 * @example
 * ```ts
 * const document: DatasetDocument = {
 *   id: 'example', title: { en: 'Example' }, sources: [], flows: [],
 * };
 * ```
 *
 * @category Datasets
 */
export type DatasetDocument = z.infer<typeof DatasetDocumentSchema>;

/**
 * A validated dataset: flows with periods parsed and values as exact Money, targets with their
 * bands as Decimal, and the published statements, crossings, facilities and official counts as
 * validated data. Absent sections are empty arrays.
 *
 * @example
 * ```ts
 * const dataset: Dataset = parseDataset(vietnamLaosDocument);
 * dataset.flows[0]?.value.amount.toString();
 * //=> '524500000'
 * ```
 *
 * @category Datasets
 */
export interface Dataset {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly sources: readonly Source[];
  readonly flows: readonly TradeFlow[];
  readonly statements: readonly Statement[];
  readonly targets: readonly Target[];
  readonly crossings: readonly BorderCrossing[];
  readonly facilities: readonly BorderTradeFacility[];
  readonly crossingCounts: readonly OfficialCrossingCount[];
}

/** The sections of a document: lists whose items are validated one by one. */
const SECTIONS = DATASET_SECTIONS;
type Section = (typeof SECTIONS)[number];
const REQUIRED_SECTIONS: ReadonlySet<Section> = new Set<Section>(['sources', 'flows']);

/** Validates one part of the document, with the part's path before each issue's path. */
function validatePart<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  path: IssuePath,
  issues: BilateralIssue[],
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of issuesFromZod(result.error.issues, value)) {
    issues.push({ path: [...path, ...issue.path], message: issue.message });
  }
  return undefined;
}

/**
 * The items of a section, or `undefined` (with an issue) when the section is not a list or is
 * required and missing.
 */
function sectionItems(
  document: Readonly<Record<string, unknown>>,
  section: Section,
  issues: BilateralIssue[],
): readonly unknown[] | undefined {
  const items = Object.hasOwn(document, section) ? document[section] : undefined;
  if (Array.isArray(items)) return items;
  if (items === undefined && !REQUIRED_SECTIONS.has(section)) return [];
  issues.push({
    path: [section],
    message:
      items === undefined
        ? `missing: a dataset lists its ${section} (an empty list [] when there are none)`
        : mustBe('a list (an array)', [items]),
  });
  return undefined;
}

/** The document's list of flows, when it is an object (not an array) with one. */
function flowsOf(input: unknown): readonly unknown[] | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  if (!Object.hasOwn(input, 'flows')) return undefined;
  const flows: unknown = (input as { flows?: unknown }).flows;
  return Array.isArray(flows) ? flows : undefined;
}

/** Validates each item of a section on its own; returns the valid items (undefined where not). */
function validateItems<T>(
  schema: z.ZodMiniType<T>,
  items: readonly unknown[] | undefined,
  section: Section,
  issues: BilateralIssue[],
): (T | undefined)[] {
  return (items ?? []).map((item, index) => validatePart(schema, item, [section, index], issues));
}

const present = <T>(items: readonly (T | undefined)[]): T[] =>
  items.filter((item): item is T => item !== undefined);

/**
 * Validates a dataset document and returns the dataset. Every problem is reported at once, each
 * with its JSON path: structural errors in any section (missing fields, bad periods, non-decimal
 * or negative values, unknown currencies, unknown classes), source ids that are unknown (anywhere
 * an item cites one) or listed twice, ids used twice in a section, duplicate flows (same reporter,
 * partner, flow, period, commodity and source), a reporter trading with itself, mixed currencies
 * within one series, and the crossing checks of {@link parseBorderCrossings} (two sides in the
 * same country, overlapping status periods, class histories out of order). Each part is checked
 * on its own, so a document missing its `title` still has its flows checked. Input nested more
 * than 32 arrays or objects deep, or holding a cycle, is refused first, with the path where it
 * happens (the check cannot overflow the stack).
 *
 * @param input - the parsed JSON document
 * @returns the dataset
 * @throws {@link BilateralError} `INVALID_DATASET` listing every problem with its path
 *
 * @example
 * ```ts
 * parseDataset({ id: 'x', title: { en: 'X' }, sources: [], flows: [{ source: 'nowhere' }] });
 * // throws BilateralError [INVALID_DATASET]: 8 problems
 * //   - flows[0].reporter: is missing …
 * ```
 *
 * @category Datasets
 */
export function parseDataset(input: unknown): Dataset {
  // Well-formed flows are read without their schema (most of the time a large document takes);
  // a flow that is not plainly well formed goes through the schema, which words its problems.
  const listed = flowsOf(input);
  const cache = flowTextCache();
  const read = wellFormedFlow; // a local copy: an imported binding read per flow is a getter under some loaders
  const readFlows = listed?.map((item) => read(item, cache));
  // When every flow was read, the list is the flows' JSON and the read flows are the dataset's:
  // no other list of a million flows is made.
  const allRead = readFlows !== undefined && !readFlows.includes(undefined);
  const nesting = nestingIssue(
    allRead
      ? // Flat flows add nothing to the nesting walk: it runs over the rest of the document.
        { ...(input as object), flows: [] }
      : input,
  );
  if (nesting !== undefined) throw new BilateralError('INVALID_DATASET', [nesting]);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new BilateralError(
      'INVALID_DATASET',
      `expected a dataset document (an object with id, title, sources and flows), found ${foundWords(input)}`,
    );
  }
  const document = input as Readonly<Record<string, unknown>>;
  const field = (key: string): unknown =>
    Object.hasOwn(document, key) ? document[key] : undefined;
  // Every part is checked on its own, so a missing title does not hide the flows' problems.
  const issues: BilateralIssue[] = [];
  const id = validatePart(DatasetDocumentSchema.shape.id, field('id'), ['id'], issues);
  const title = validatePart(DatasetDocumentSchema.shape.title, field('title'), ['title'], issues);
  const description = validatePart(
    DatasetDocumentSchema.shape.description,
    field('description'),
    ['description'],
    issues,
  );
  const items = Object.fromEntries(
    SECTIONS.map((section) => [section, sectionItems(document, section, issues)]),
  ) as Record<Section, readonly unknown[] | undefined>;
  const sources = validateItems(SourceSchema, items.sources, 'sources', issues);
  const flows = allRead
    ? (listed as TradeFlowJson[])
    : (items.flows ?? []).map((item, index) =>
        readFlows?.[index] !== undefined
          ? (item as TradeFlowJson)
          : validatePart(TradeFlowSchema, item, ['flows', index], issues),
      );
  const statements = validateItems(StatementSchema, items.statements, 'statements', issues);
  const targets = validateItems(TargetSchema, items.targets, 'targets', issues);
  const facilities = validateItems(
    BorderTradeFacilitySchema,
    items.facilities,
    'facilities',
    issues,
  );
  const counts = validateItems(
    OfficialCrossingCountSchema,
    items.crossingCounts,
    'crossingCounts',
    issues,
  );
  const crossings = safeParseBorderCrossings(items.crossings ?? []);
  if (!crossings.success) {
    for (const issue of crossings.error.issues) {
      issues.push({ ...issue, path: ['crossings', ...issue.path] });
    }
  }

  // Added one by one: a list spread into push's arguments overflows the stack past ~100,000.
  const add = (more: readonly BilateralIssue[]) => {
    for (const issue of more) issues.push(issue);
  };
  add(checkUniqueIds(sources, 'sources'));
  add(checkUniqueIds(statements, 'statements'));
  add(checkUniqueIds(targets, 'targets'));
  add(checkUniqueIds(facilities, 'facilities'));
  add(checkUniqueIds(counts, 'crossingCounts'));
  // Ids of every listed source, valid or not: an invalid source is reported once, where it is,
  // not again at each item that cites it. Without a list of sources, that is the one problem.
  if (items.sources !== undefined) {
    const known = new Set(
      items.sources.flatMap((source) => {
        const sourceId = (source as { id?: unknown } | null)?.id;
        return typeof sourceId === 'string' ? [sourceId] : [];
      }),
    );
    for (const section of SECTIONS) {
      if (section === 'sources') continue;
      (items[section] ?? []).forEach((item, index) => {
        // A well-formed flow cites one source, its `source`.
        const read = section === 'flows' ? readFlows?.[index] : undefined;
        if (read !== undefined && known.has(read.source)) return;
        add(checkSourceReferences(known, item, [section, index]));
      });
    }
  }
  add(checkFlows(flows));
  if (crossings.success) {
    const crossingIds = new Set(crossings.data.map((crossing) => crossing.id));
    add(checkCrossingReferences(crossingIds, facilities));
  }

  if (
    issues.length > 0 ||
    !crossings.success ||
    id === undefined ||
    title === undefined ||
    items.sources === undefined ||
    items.flows === undefined
  ) {
    throw new BilateralError('INVALID_DATASET', issues);
  }
  return {
    id,
    title,
    ...(description === undefined ? {} : { description }),
    sources: present(sources),
    flows: allRead
      ? (readFlows as TradeFlow[])
      : (flows as TradeFlowJson[]).map(
          (flow, index) => readFlows?.[index] ?? flowFromValidJson(flow, ['flows', index]),
        ),
    statements: recordedMarked(present(statements).map(statementWithBound)),
    targets: (targets as TargetJson[]).map((target) => parseTarget(target)),
    crossings: crossings.data,
    facilities: present(facilities),
    crossingCounts: present(counts),
  };
}

/**
 * The result form of {@link parseDataset}: `{ success: false, error }` lists every problem.
 *
 * @example
 * ```ts fragment
 * const result = safeParseDataset(JSON.parse(text));
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path, issue.message);
 * ```
 *
 * @category Datasets
 */
export function safeParseDataset(input: unknown): SafeParseResult<Dataset> {
  return toSafeParse(() => parseDataset(input));
}

/** Whether a value is a parsed Dataset (rich flows and targets), not a document or anything else. */
function isParsedDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const dataset = value as Record<string, unknown>;
  const sections = ['sources', 'flows', 'statements', 'targets', 'crossings', 'facilities'];
  if (![...sections, 'crossingCounts'].every((key) => Array.isArray(dataset[key]))) return false;
  const isObject = (item: unknown) => typeof item === 'object' && item !== null;
  return (
    (dataset.flows as unknown[]).every(
      (flow) =>
        isObject(flow) &&
        isObject((flow as TradeFlow).period) &&
        isObject((flow as TradeFlow).value),
    ) &&
    (dataset.targets as unknown[]).every((target) => {
      const years = target as { year?: unknown; endYear?: unknown; byYear?: unknown } | null;
      return typeof (years?.year ?? years?.endYear ?? years?.byYear) === 'number';
    })
  );
}

/**
 * Writes a dataset back to its JSON document; {@link parseDataset} reads it back equal, with every
 * decimal digit of every value. Empty optional sections are left out. Given a dataset document
 * (JSON) instead, it reads it with {@link parseDataset} first — so it returns the document checked
 * and in its canonical form — and anything else is refused like `parseDataset` refuses it. A
 * Dataset of another copy of the core (an app's own beside the widgets' bundle) is written as its
 * own copy's would be: each Decimal read through its text, a statement's figures too when they
 * are Decimals rather than decimal text.
 *
 * @param input - the dataset (or its document)
 * @returns the JSON document
 * @throws {@link BilateralError} `INVALID_DATASET` with the path of every problem when given
 * something that is neither a Dataset nor a valid dataset document; `INVALID_DECIMAL` or
 * `OUT_OF_RANGE` at its path (`['flows', 3, 'precision']`) for a value that only carries a Decimal
 * brand and whose text is no decimal in range, `INVALID_DECIMAL` for a flow's precision or a
 * target's band or level that is no Decimal at all
 *
 * @example
 * ```ts
 * serializeDataset(vietnamLaos).flows.length === vietnamLaos.flows.length;
 * //=> true
 * serializeDataset(vietnamLaosDocument).flows[0].period;
 * //=> '2017'
 * serializeDataset(undefined);
 * // throws BilateralError [INVALID_DATASET]: …
 * ```
 *
 * @category Datasets
 */
export function serializeDataset(input: Dataset | DatasetDocument): DatasetDocument {
  const parsed = isParsedDataset(input);
  const dataset = parsed ? input : parseDataset(input);
  const optional = <K extends string, T>(key: K, items: readonly T[]) =>
    (items.length === 0 ? {} : { [key]: [...items] }) as Partial<Record<K, T[]>>;
  return {
    id: dataset.id,
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    sources: [...dataset.sources],
    // A parsed Dataset's Decimals read as this copy's in the same pass (another copy's through
    // their text); parseDataset's are this copy's.
    flows: dataset.flows.map((flow, index) =>
      tradeFlowToJson(parsed ? ownFlow(flow, index) : flow),
    ),
    ...optional('statements', parsed ? dataset.statements.map(ownStatement) : dataset.statements),
    ...optional(
      'targets',
      dataset.targets.map((target, index) =>
        targetToJson(parsed ? ownTarget(target, index) : target),
      ),
    ),
    ...optional('crossings', dataset.crossings),
    ...optional('facilities', dataset.facilities),
    ...optional('crossingCounts', dataset.crossingCounts),
  };
}

/**
 * The JSON Schema (draft 2020-12) of the dataset document, generated from
 * {@link DatasetDocumentSchema}. The package ships it as `@bilateral/core/dataset.schema.json`.
 *
 * @example
 * ```ts
 * datasetJsonSchema().$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 *
 * @category Datasets
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetDocumentSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://bilateral.dev/dataset.schema.json',
    title: 'Bilateral dataset',
  };
}
