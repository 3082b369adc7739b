import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import { parsePeriodKind } from '../period/parse-period-kind.js';
import type { PeriodKind } from '../period/period.js';
import { economyCodeIssue } from './economy-code-issue.js';
import { parseSeriesMeasure } from './parse-series-measure.js';
import { commodityIssue, sourcesIssue } from './request-issues.js';
import type { SeriesMeasure } from './series.js';
import type { Source } from './source.js';

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
