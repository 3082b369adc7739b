import { describeInput } from '../_internal/quote-input.js';
import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import { type PeriodKind, parsePeriodKind } from '../period/index.js';
import { economyCodeIssue } from './economy-code-issue.js';
import { commodityIssue } from './request-issues.js';
import { checkTradeFlows } from './series-issues.js';
import type { TradeFlow } from './trade-flow.js';

/**
 * Which flows to keep. Every field is optional; a flow must match all given fields.
 *
 * @example
 * ```ts
 * const filter: FlowFilter = { reporter: 'VNM', partner: 'LAO', periodKind: 'year-to-date' };
 * selectFlows(vietnamLaos.flows, filter).map((f) => [f.flow, f.value.amount.toString()]);
 * //=> [['export', '491900000'], ['import', '1000000000'], ['export', '755200000'],
 * //    ['import', '1250000000']]
 * selectFlows(vietnamLaos.flows, { reporter: 'LAO', commodity: null }).length;
 * //=> 2
 * ```
 *
 * @category Flows
 */
export interface FlowFilter {
  readonly reporter?: string;
  readonly partner?: string;
  readonly flow?: 'export' | 'import';
  readonly periodKind?: PeriodKind;
  /**
   * HS code to keep; `null` keeps only totals (flows without a commodity); absent keeps all.
   */
  readonly commodity?: string | null;
  readonly source?: string;
}

/** Refuses filter fields no flow can have, so a typo is an error rather than no flows. */
function checkFilter(filter: unknown): void {
  if (!isRecord(filter)) {
    throw wrongArgument([], "a filter such as { reporter: 'VNM' }", filter);
  }
  const fields = filter as Record<string, unknown>;
  const issues: BilateralIssue[] = [];
  for (const key of ['reporter', 'partner'] as const) {
    const issue = fields[key] === undefined ? undefined : economyCodeIssue(fields[key], [key]);
    if (issue !== undefined) issues.push(issue);
  }
  if (fields.flow !== undefined && fields.flow !== 'export' && fields.flow !== 'import') {
    const hint =
      fields.flow === 'exports' || fields.flow === 'imports'
        ? `use "${String(fields.flow).slice(0, -1)}" (a flow's direction is singular)`
        : 'use "export" or "import"';
    issues.push({
      path: ['flow'],
      message: `${describeInput(fields.flow)} is not a direction: ${hint}`,
    });
  }
  if (fields.periodKind !== undefined) {
    try {
      parsePeriodKind(fields.periodKind, ['periodKind']);
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      issues.push(...error.issues);
    }
  }
  const commodity =
    fields.commodity === null ? undefined : commodityIssue(fields.commodity, ['commodity']);
  if (commodity !== undefined) issues.push(commodity);
  if (fields.source !== undefined && typeof fields.source !== 'string') {
    issues.push({
      path: ['source'],
      message: `${describeInput(fields.source)} is not a source id`,
    });
  }
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
}

/**
 * Keeps the flows that match a filter, in their original order.
 *
 * @param flows - the flows to search (e.g. `dataset.flows`)
 * @param filter - reporter, partner, direction, period kind, commodity, source
 * @returns the matching flows
 * @throws {@link BilateralError} `INVALID_INPUT` naming every field that could match nothing (a
 * direction `'exports'` — directions are `export` and `import` —, a period kind `'years'`, a
 * lower-case code, …) and flows in their JSON form
 *
 * @example
 * ```ts
 * selectFlows(vietnamLaos.flows, { reporter: 'VNM', flow: 'export', periodKind: 'year' }).length;
 * //=> 2
 * ```
 *
 * @category Flows
 */
export function selectFlows(flows: readonly TradeFlow[], filter: FlowFilter): TradeFlow[] {
  checkFilter(filter);
  return checkTradeFlows(flows, ['flows']).filter(
    (flow) =>
      (filter.reporter === undefined || flow.reporter === filter.reporter) &&
      (filter.partner === undefined || flow.partner === filter.partner) &&
      (filter.flow === undefined || flow.flow === filter.flow) &&
      (filter.periodKind === undefined || flow.period.kind === filter.periodKind) &&
      (filter.commodity === undefined ||
        (filter.commodity === null
          ? flow.commodity === undefined
          : flow.commodity === filter.commodity)) &&
      (filter.source === undefined || flow.source === filter.source),
  );
}
