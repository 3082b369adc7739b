import type { BilateralIssue } from '../errors/index.js';
import type { TradeFlowJson } from './trade-flow.js';

/** Flags source ids used twice. */
export function checkSourceIds(sources: readonly { id: string }[]): BilateralIssue[] {
  const issues: BilateralIssue[] = [];
  const seen = new Map<string, number>();
  sources.forEach((source, index) => {
    const first = seen.get(source.id);
    if (first === undefined) seen.set(source.id, index);
    else {
      issues.push({
        path: ['sources', index, 'id'],
        message: `source id "${source.id}" is already used by sources[${first}]`,
      });
    }
  });
  return issues;
}

/**
 * Flags an item whose `source` names a source the dataset does not list. Runs on raw items too,
 * so a reference is checked even when other fields of the item are invalid.
 */
export function checkSourceReference(
  known: ReadonlySet<string>,
  item: unknown,
  path: BilateralIssue['path'],
): BilateralIssue[] {
  const id =
    typeof item === 'object' && item !== null ? (item as { source?: unknown }).source : undefined;
  if (typeof id !== 'string' || known.has(id)) return [];
  return [{ path, message: `unknown source id "${id}": add it to "sources" or fix the reference` }];
}

/**
 * Flags what a single flow cannot say: a reporter trading with itself, the same observation twice
 * (reporter, partner, flow, period, commodity, source), and a series (reporter, partner, flow,
 * commodity) whose values mix currencies.
 */
export function checkFlows(flows: readonly (TradeFlowJson | undefined)[]): BilateralIssue[] {
  const issues: BilateralIssue[] = [];
  const observations = new Map<string, number>();
  const seriesCurrency = new Map<string, { currency: string; index: number }>();
  flows.forEach((flow, index) => {
    if (flow === undefined) return;
    if (flow.reporter === flow.partner) {
      issues.push({
        path: ['flows', index, 'partner'],
        message: `the partner is the reporter (${flow.reporter}); a flow is between two economies`,
      });
    }
    const series = [flow.reporter, flow.partner, flow.flow, flow.commodity ?? '*'].join('|');
    const observation = [series, flow.period, flow.source].join('|');
    const duplicate = observations.get(observation);
    if (duplicate !== undefined) {
      issues.push({
        path: ['flows', index],
        message: `duplicate of flows[${duplicate}]: same reporter, partner, flow, period (${flow.period}), commodity and source`,
      });
    } else observations.set(observation, index);
    const first = seriesCurrency.get(series);
    if (first === undefined) seriesCurrency.set(series, { currency: flow.currency, index });
    else if (first.currency !== flow.currency) {
      issues.push({
        path: ['flows', index, 'currency'],
        message: `${flow.currency} mixes currencies within the ${flow.reporter}→${flow.partner} ${flow.flow} series (flows[${first.index}] is in ${first.currency})`,
      });
    }
  });
  return issues;
}
