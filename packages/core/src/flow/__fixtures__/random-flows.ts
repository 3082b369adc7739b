/**
 * Random parsed flows, statements and series requests for the properties that check the indexed
 * series path (flow/flow-index.ts, dataset/statement-index.ts) against a plain scan: a few codes,
 * commodities, period kinds, sources, statuses and currencies, so groups collide often.
 */
import fc from 'fast-check';
import { vietnamLaos } from '../../datasets/index.js';
import type { Statement } from '../../figures/index.js';
import { money } from '../../money/index.js';
import { parsePeriod } from '../../period/index.js';
import type { TradeFlow } from '../trade-flow.js';

const CODES = ['VNM', 'LAO', 'CHN'] as const;
const COMMODITIES = ['0901', '1201'] as const;
const PERIODS = [
  '2017',
  '2018',
  '2021',
  '2022',
  '2023',
  '2024',
  '2021-Q1',
  '2022-01',
  '2023-01',
  '2023-01/2023-09',
  '2024-01/2024-09',
] as const;
const SOURCES = [...vietnamLaos.sources.map((source) => source.id).slice(0, 3), 'unlisted'];

/** One of `values` a quarter of the time, otherwise `undefined`. */
const mostlyAbsent = (values: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...values) },
  );

export const randomFlow: fc.Arbitrary<TradeFlow> = fc
  .record({
    reporter: fc.constantFrom(...CODES),
    partner: fc.constantFrom(...CODES),
    flow: fc.constantFrom('export' as const, 'import' as const),
    period: fc.constantFrom(...PERIODS),
    value: fc.nat({ max: 1_000_000 }),
    currency: fc.constantFrom('USD', 'USD', 'USD', 'USD', 'EUR'),
    commodity: mostlyAbsent(COMMODITIES),
    status: fc.constantFrom('estimate', 'preliminary', 'official', 'revised'),
    source: fc.constantFrom(...SOURCES),
    precision: fc.option(fc.constantFrom('1', '1000', '100000'), { nil: undefined }),
    uncertain: fc.option(fc.constant(true), { nil: undefined }),
  } as const)
  .map(({ period, value, currency, commodity, precision, uncertain, ...rest }) => ({
    ...rest,
    period: parsePeriod(period),
    value: money(String(value), currency),
    ...(commodity === undefined ? {} : { commodity }),
    ...(precision === undefined ? {} : { precision: money(precision, currency).amount }),
    ...(uncertain === undefined ? {} : { uncertain }),
  }));

/** The embedded statements moved to random pairs and sources (their kinds and periods kept). */
export const randomStatement: fc.Arbitrary<Statement> = fc
  .record({
    statement: fc.constantFrom(...vietnamLaos.statements),
    reporter: fc.constantFrom(...CODES),
    partner: fc.constantFrom(...CODES),
    source: fc.constantFrom(...SOURCES),
  })
  .map(({ statement, ...moved }) => ({ ...statement, ...moved }) as Statement);

/** Series requests, most for totals from every source (where statements count). */
export const randomRequest = fc
  .record({
    reporter: fc.constantFrom(...CODES),
    partner: fc.constantFrom(...CODES),
    measure: fc.constantFrom('exports', 'imports', 'turnover', 'export' as const),
    periodKind: fc.constantFrom('year', 'quarter', 'month', 'year-to-date' as const),
    commodity: mostlyAbsent(COMMODITIES),
    source: mostlyAbsent(SOURCES),
    impliedBases: fc.boolean(),
  } as const)
  .map(({ commodity, source, ...request }) => ({
    ...request,
    ...(commodity === undefined ? {} : { commodity }),
    ...(source === undefined ? {} : { source }),
  }));

/** What a call gives: its result, or its error's code and issues. */
export function outcome<T>(call: () => T): { result: T } | { code: unknown; issues: unknown } {
  try {
    return { result: call() };
  } catch (error) {
    const { code, issues } = error as { code?: unknown; issues?: unknown };
    if (code === undefined) throw error;
    return { code, issues };
  }
}
