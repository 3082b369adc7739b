import { getOrCreate } from '../_internal/get-or-create.js';
import { quoteInput } from '../_internal/quote-input.js';
import { forEachSourceReference } from '../_internal/source-references.js';
import type { BilateralIssue } from '../errors/index.js';
import type { TradeFlowJson } from '../flow/index.js';
import { FirstIndexTable } from './first-index-table.js';

/**
 * Flags every source id an item cites (a `source` string or a `sources` array, at any depth)
 * that the dataset does not list. Runs on raw items, so references are checked even when other
 * fields of the item are invalid.
 */
export function checkSourceReferences(
  known: ReadonlySet<string>,
  item: unknown,
  path: BilateralIssue['path'],
): BilateralIssue[] {
  const issues: BilateralIssue[] = [];
  forEachSourceReference(
    item,
    (id, at) => {
      if (!known.has(id)) {
        issues.push({
          path: at,
          message: `unknown source id ${quoteInput(id)}: add it to "sources" or fix the reference`,
        });
      }
    },
    path,
  );
  return issues;
}

/** Flags facilities linked to a crossing the dataset does not list. */
export function checkCrossingReferences(
  crossingIds: ReadonlySet<string>,
  facilities: readonly ({ readonly crossingId?: string | undefined } | undefined)[],
): BilateralIssue[] {
  const issues: BilateralIssue[] = [];
  facilities.forEach((facility, index) => {
    const id = facility?.crossingId;
    if (id !== undefined && !crossingIds.has(id)) {
      issues.push({
        path: ['facilities', index, 'crossingId'],
        message: `unknown crossing id ${quoteInput(id)}: add the crossing to "crossings" or fix the reference`,
      });
    }
  });
  return issues;
}

/** Flags ids used twice within one section (`statements`, `targets`, …). */
export function checkUniqueIds(
  items: readonly ({ readonly id: string } | undefined)[],
  section: string,
): BilateralIssue[] {
  const issues: BilateralIssue[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    if (item === undefined) return;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else {
      issues.push({
        path: [section, index, 'id'],
        message: `id ${quoteInput(item.id)} is already used by ${section}[${first}]`,
      });
    }
  });
  return issues;
}

/**
 * Flags what a single flow cannot say: a reporter trading with itself, the same observation twice
 * (reporter, partner, flow, period, commodity, source), and a series (reporter, partner, flow,
 * commodity) whose values mix currencies.
 */
export function checkFlows(flows: readonly (TradeFlowJson | undefined)[]): BilateralIssue[] {
  const issues: BilateralIssue[] = [];
  const seriesIds = new TextIds();
  const periodIds = new TextIds();
  const sourceIds = new TextIds();
  const observations = new FirstIndexTable(flows.length);
  const wideObservations = new Map<string, number>();
  const firstOfSeries: { currency: string; index: number }[] = [];
  flows.forEach((flow, index) => {
    if (flow === undefined) return;
    if (flow.reporter === flow.partner) {
      issues.push({
        path: ['flows', index, 'partner'],
        message: `the partner is the reporter (${flow.reporter}); a flow is between two economies`,
      });
    }
    const series = seriesIds.id4(flow.reporter, flow.partner, flow.flow, flow.commodity ?? '*');
    const period = periodIds.id(flow.period);
    const source = sourceIds.id(flow.source);
    // One number per observation in a typed hash table while the ids fit their bits (2^21
    // series, 2^16 periods and sources); past them, a text of the ids in a Map.
    const duplicate =
      series < 2 ** 21 && period < 2 ** 16 && source < 2 ** 16
        ? observations.first(series, period * 2 ** 16 + source, index)
        : getOrCreate(wideObservations, `${series}|${period}|${source}`, () => index);
    if (duplicate !== index) {
      issues.push({
        path: ['flows', index],
        message: `duplicate of flows[${duplicate}]: same reporter, partner, flow, period (${flow.period}), commodity and source`,
      });
    }
    const first = firstOfSeries[series];
    if (first === undefined) firstOfSeries[series] = { currency: flow.currency, index };
    else if (first.currency !== flow.currency) {
      issues.push({
        path: ['flows', index, 'currency'],
        message: `${flow.currency} mixes currencies within the ${flow.reporter}→${flow.partner} ${flow.flow} series (flows[${first.index}] is in ${first.currency})`,
      });
    }
  });
  return issues;
}

/** The map under `key`, made when missing. */
function child<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let found = map.get(key);
  if (found === undefined) {
    found = new Map();
    map.set(key, found);
  }
  return found;
}

/** Numbers texts (or tuples of four texts) 0, 1, 2… in order of first appearance. */
class TextIds {
  private readonly ids = new Map<string, number>();
  private readonly nested = new Map<string, Map<string, Map<string, Map<string, number>>>>();
  private count = 0;

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.count++;
      this.ids.set(text, id);
    }
    return id;
  }

  /** The id of a tuple, by nested maps: no text is built per call. */
  id4(a: string, b: string, c: string, d: string): number {
    const byD = child(child(child(this.nested, a), b), c);
    let id = byD.get(d);
    if (id === undefined) {
      id = this.count++;
      byD.set(d, id);
    }
    return id;
  }
}
