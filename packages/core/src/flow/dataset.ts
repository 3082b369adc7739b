import * as z from 'zod/mini';
import { issuesFromZod } from '../_internal/zod-issues.js';
import {
  BilateralError,
  type BilateralIssue,
  type SafeParseResult,
  toSafeParse,
} from '../errors/index.js';
import { checkFlows, checkSourceIds, checkSourceReference } from './dataset-checks.js';
import { type LocalizedText, LocalizedTextSchema } from './localized-text.js';
import { type Source, SourceSchema } from './source.js';
import {
  type TradeFlow,
  type TradeFlowJson,
  TradeFlowSchema,
  tradeFlowFromJson,
  tradeFlowToJson,
} from './trade-flow.js';

/**
 * The sections of a dataset document, each an array of items validated one by one so that every
 * problem of every item is reported at once.
 */
const sections = {
  sources: SourceSchema,
  flows: TradeFlowSchema,
} as const;

/**
 * The dataset JSON document: the format widgets load, the CLI validates and the embedded
 * datasets are written in. Values are decimal strings and periods are text so nothing is lost
 * in transit. `dataset.schema.json` in the package is generated from this schema.
 *
 * @category Datasets
 */
export const DatasetDocumentSchema = z.object({
  /** Lowercase identifier, e.g. `"vietnam-laos"`. */
  id: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and "-"')),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  sources: z.array(sections.sources),
  flows: z.array(sections.flows),
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
 * A validated dataset: sources, and flows with periods parsed and values as exact Money.
 *
 * @example
 * ```ts
 * const dataset: Dataset = parseDataset(document);
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
}

const ShellSchema = z.object({
  id: DatasetDocumentSchema.shape.id,
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  sources: z.array(z.unknown()),
  flows: z.array(z.unknown()),
});

/** Validates each item of a section on its own; returns the valid items (undefined where not). */
function validateItems<T>(
  schema: z.ZodMiniType<T>,
  items: readonly unknown[],
  section: string,
  issues: BilateralIssue[],
): (T | undefined)[] {
  return items.map((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return result.data;
    for (const issue of issuesFromZod(result.error.issues)) {
      issues.push({ path: [section, index, ...issue.path], message: issue.message });
    }
    return undefined;
  });
}

/**
 * Validates a dataset document and returns the dataset. Every problem is reported at once, each
 * with its JSON path: structural errors (missing fields, bad periods, non-decimal or negative
 * values, unknown currencies), unknown or duplicate source ids, duplicate flows (same reporter,
 * partner, flow, period, commodity and source), a reporter trading with itself, and mixed
 * currencies within one series.
 *
 * @param input - the parsed JSON document
 * @returns the dataset
 * @throws {@link BilateralError} `INVALID_DATASET` listing every problem with its path
 *
 * @example
 * ```ts
 * parseDataset({ id: 'x', title: { en: 'X' }, sources: [], flows: [{ source: 'nowhere' }] });
 * // throws BilateralError [INVALID_DATASET]: 9 problems
 * //   - flows[0].reporter: expected string …
 * ```
 *
 * @category Datasets
 */
export function parseDataset(input: unknown): Dataset {
  const shell = ShellSchema.safeParse(input);
  if (!shell.success) {
    throw new BilateralError('INVALID_DATASET', issuesFromZod(shell.error.issues));
  }
  const issues: BilateralIssue[] = [];
  const sources = validateItems(sections.sources, shell.data.sources, 'sources', issues);
  const flows = validateItems(sections.flows, shell.data.flows, 'flows', issues);

  const validSources = sources.filter((source): source is Source => source !== undefined);
  issues.push(...checkSourceIds(validSources));
  const known = new Set(validSources.map((source) => source.id));
  shell.data.flows.forEach((flow, index) => {
    issues.push(...checkSourceReference(known, flow, ['flows', index, 'source']));
  });
  issues.push(...checkFlows(flows));

  if (issues.length > 0) throw new BilateralError('INVALID_DATASET', issues);
  const document = shell.data;
  return {
    id: document.id,
    title: document.title,
    ...(document.description === undefined ? {} : { description: document.description }),
    sources: validSources,
    flows: (flows as TradeFlowJson[]).map((flow, index) =>
      tradeFlowFromJson(flow, ['flows', index]),
    ),
  };
}

/**
 * The result form of {@link parseDataset}: `{ success: false, error }` lists every problem.
 *
 * @example
 * ```ts
 * const result = safeParseDataset(JSON.parse(text));
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path, issue.message);
 * ```
 *
 * @category Datasets
 */
export function safeParseDataset(input: unknown): SafeParseResult<Dataset> {
  return toSafeParse(() => parseDataset(input));
}

/**
 * Writes a dataset back to its JSON document; {@link parseDataset} reads it back equal, with every
 * decimal digit of every value.
 *
 * @example
 * ```ts
 * JSON.stringify(serializeDataset(vietnamLaos)).length > 0;
 * //=> true
 * ```
 *
 * @category Datasets
 */
export function serializeDataset(dataset: Dataset): DatasetDocument {
  return {
    id: dataset.id,
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    sources: [...dataset.sources],
    flows: dataset.flows.map(tradeFlowToJson),
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
