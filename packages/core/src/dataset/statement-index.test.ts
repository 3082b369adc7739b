import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { vietnamLaos } from '../datasets/index.js';
import type { Statement } from '../figures/index.js';
import {
  outcome,
  randomFlow,
  randomRequest,
  randomStatement,
} from '../flow/__fixtures__/random-flows.js';
import type { TradeFlow } from '../flow/index.js';
import { parseSeriesMeasure } from '../flow/index.js';
import { formatPeriod } from '../period/index.js';
import { type DatasetSeriesRequest, datasetSeries } from './dataset-series.js';
import { subjectStatements } from './statement-index.js';

/** The plain scan the indexes replace: every flow and statement tested against the request. */
function plainScan(
  flows: readonly TradeFlow[],
  statements: readonly Statement[],
  request: DatasetSeriesRequest,
) {
  const measure = parseSeriesMeasure(request.measure);
  return {
    flows: flows.filter(
      (flow) =>
        flow.reporter === request.reporter &&
        flow.partner === request.partner &&
        flow.period.kind === request.periodKind &&
        flow.commodity === request.commodity,
    ),
    statements: statements.filter(
      (statement) =>
        (statement.kind === 'level' || statement.kind === 'growth') &&
        statement.reporter === request.reporter &&
        statement.partner === request.partner &&
        statement.subject === measure,
    ),
  };
}

describe('the statement and flow indexes behind datasetSeries', () => {
  it('give what a plain scan of every flow and statement gives, request after request', () => {
    fc.assert(
      fc.property(
        fc.array(randomFlow, { maxLength: 50 }),
        fc.array(randomStatement, { maxLength: 40 }),
        fc.array(randomRequest, { minLength: 1, maxLength: 6 }),
        (flows, statements, requests) => {
          const dataset = { ...vietnamLaos, flows, statements };
          for (const request of requests) {
            const scanned = { ...dataset, ...plainScan(flows, statements, request) };
            // The index itself: the same statements, in the same order, as a scan.
            const { level, growth } = subjectStatements(
              statements,
              request.reporter,
              request.partner,
              parseSeriesMeasure(request.measure),
            );
            expect(level).toEqual(scanned.statements.filter((s) => s.kind === 'level'));
            expect(growth).toEqual(scanned.statements.filter((s) => s.kind === 'growth'));
            // And what datasetSeries makes of it.
            expect(outcome(() => datasetSeries(dataset, request))).toEqual(
              outcome(() => datasetSeries(scanned, request)),
            );
          }
        },
      ),
      propertyRuns(20_261_203, { ci: 60, full: 1_000 }),
    );
  });

  it('reads the statements again when one was appended', () => {
    const statements = vietnamLaos.statements.filter((statement) => statement.period !== '2017');
    const dataset = { ...vietnamLaos, statements, flows: [] };
    const request = {
      reporter: 'VNM',
      partner: 'LAO',
      measure: 'turnover',
      periodKind: 'year',
    } as const;
    const years = () => datasetSeries(dataset, request).points.map((p) => formatPeriod(p.period));
    expect(years()).not.toContain('2017');
    statements.push(...vietnamLaos.statements.filter((statement) => statement.period === '2017'));
    expect(years()).toContain('2017');
  });
});
