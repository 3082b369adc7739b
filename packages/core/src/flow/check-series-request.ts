import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../errors/index.js';
import { parsePeriodKind } from '../period/parse-period-kind.js';
import type { PeriodKind } from '../period/period.js';
import { parseSeriesMeasure } from './parse-series-measure.js';
import type { SeriesMeasure } from './series.js';
import type { Source } from './source.js';
import type { TradeFlow } from './trade-flow.js';

/** A series request once checked: the measure in its plural form, every field as documented. */
export interface CheckedSeriesRequest {
  readonly reporter: string;
  readonly partner: string;
  readonly measure: SeriesMeasure;
  readonly periodKind: PeriodKind;
  readonly commodity?: string;
  readonly source?: string;
  readonly sources: readonly Source[];
}

const HS_CODE = /^\d{2}(?:\d{2}){0,3}$/;

/** Runs a reader, turning its BilateralError into issues instead of stopping at the first. */
function collect<T>(issues: BilateralIssue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof BilateralError)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/** An economy code as flows write it: three capitals. Lower case gets the code to use. */
export function economyCodeIssue(value: unknown, path: IssuePath): BilateralIssue | undefined {
  if (typeof value === 'string' && /^[A-Z]{3}$/.test(value)) return undefined;
  if (typeof value === 'string' && /^[A-Za-z]{3}$/.test(value)) {
    return {
      path,
      message: `${describeInput(value)}: economy codes are upper case, use "${value.toUpperCase()}"`,
    };
  }
  return {
    path,
    message: `${describeInput(value)} is not an ISO 3166-1 alpha-3 code such as "VNM" or "LAO"`,
  };
}

/** An HS code as flows write it: text of 2, 4, 6 or 8 digits, leading zeros kept. */
export function commodityIssue(value: unknown, path: IssuePath): BilateralIssue | undefined {
  if (value === undefined || (typeof value === 'string' && HS_CODE.test(value))) return undefined;
  return {
    path,
    message: `${describeInput(value)} is not an HS code: give 2, 4, 6 or 8 digits as text, leading zeros kept ("0901")`,
  };
}

/**
 * Checks a request of {@link buildSeries} or {@link datasetSeries}, reporting every bad field at
 * once: economy codes (upper case), the measure ({@link parseSeriesMeasure}), the period kind
 * ({@link parsePeriodKind}), the commodity, the source and the sources. A misspelt field is an
 * error, never an empty or a wrong series.
 *
 * @throws BilateralError `INVALID_INPUT` with one issue per bad field
 */
export function checkSeriesRequest(request: unknown): CheckedSeriesRequest {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: [],
        message: `expected a request such as { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' }, got ${describeInput(request)}`,
      },
    ]);
  }
  const fields = request as Record<string, unknown>;
  const issues: BilateralIssue[] = [];
  for (const key of ['reporter', 'partner'] as const) {
    const issue = economyCodeIssue(fields[key], [key]);
    if (issue !== undefined) issues.push(issue);
  }
  const measure = collect(issues, () => parseSeriesMeasure(fields.measure, ['measure']));
  const periodKind = collect(issues, () => parsePeriodKind(fields.periodKind, ['periodKind']));
  const commodity = commodityIssue(fields.commodity, ['commodity']);
  if (commodity !== undefined) issues.push(commodity);
  const source = fields.source;
  if (source !== undefined && (typeof source !== 'string' || source === '')) {
    issues.push({
      path: ['source'],
      message: `${describeInput(source)} is not a source id: give the id of one of the dataset's sources`,
    });
  }
  const sources = sourcesIssue(fields.sources);
  if (sources !== undefined) issues.push(sources);
  if (issues.length > 0 || measure === undefined || periodKind === undefined) {
    throw new BilateralError('INVALID_INPUT', issues);
  }
  return {
    reporter: fields.reporter as string,
    partner: fields.partner as string,
    measure,
    periodKind,
    ...(fields.commodity === undefined ? {} : { commodity: fields.commodity as string }),
    ...(source === undefined ? {} : { source: source as string }),
    sources: (fields.sources ?? []) as readonly Source[],
  };
}

/** A request's sources (the dataset's): an array, or none at all. */
export function sourcesIssue(sources: unknown): BilateralIssue | undefined {
  if (sources === undefined || sources === null || Array.isArray(sources)) return undefined;
  return {
    path: ['sources'],
    message: `expected the dataset's sources (an array), got ${describeInput(sources)}`,
  };
}

/**
 * Checks that flows are parsed {@link TradeFlow}s, not their JSON form (period text, value
 * strings): JSON flows would match no period kind and give an empty series without a word.
 *
 * @throws BilateralError `INVALID_INPUT` naming the first bad flow
 */
export function checkTradeFlows(flows: unknown, path: IssuePath): readonly TradeFlow[] {
  if (!Array.isArray(flows)) {
    throw new BilateralError('INVALID_INPUT', [
      { path, message: `expected an array of trade flows, got ${describeInput(flows)}` },
    ]);
  }
  flows.forEach((flow: unknown, index) => {
    const fields = (typeof flow === 'object' && flow !== null ? flow : {}) as Record<
      string,
      unknown
    >;
    const parsed =
      typeof fields.period === 'object' &&
      fields.period !== null &&
      typeof fields.value === 'object' &&
      fields.value !== null;
    if (!parsed) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: [...path, index],
          message:
            typeof fields.period === 'string'
              ? `a flow in its JSON form (period ${describeInput(fields.period)}): read the document with parseDataset, or each flow with parseTradeFlow, first`
              : `expected a trade flow, got ${describeInput(flow)}`,
        },
      ]);
    }
  });
  return flows as readonly TradeFlow[];
}
