import { BilateralError } from '../errors/index.js';
import type { Source } from './source.js';
import type { TradeFlow } from './trade-flow.js';

/** How final each status is: a revision beats the official figure, which beats a preliminary one. */
const FINALITY: Readonly<Record<TradeFlow['status'], number>> = {
  estimate: 0,
  preliminary: 1,
  official: 2,
  revised: 3,
};

/**
 * Chooses, among flows that publish the same thing (one reporter, partner, direction, period
 * and commodity, from several sources — customs and a ministry, a mirror, a revision), the one to
 * use. The rule, in order:
 *
 * 1. the most final `status`: `revised`, then `official`, then `preliminary`, then `estimate`;
 * 2. the source published last (its `date` in `sources`; a date given as only a year or a month
 *    counts as its start, and a source not in `sources` as published before every dated one);
 * 3. the source listed first in `sources`;
 * 4. the flow listed first.
 *
 * {@link buildSeries} and {@link datasetSeries} use it for every period several sources publish,
 * and keep the others as the point's `alternatives`; ask for one source with their `source`
 * option instead.
 *
 * @param flows - the competing flows (at least one)
 * @param sources - the dataset's sources, for their dates and order (default: none)
 * @returns the flow to use
 * @throws {@link BilateralError} `INVALID_INPUT` when `flows` is empty or not an array
 *
 * @example
 * ```ts
 * const flow = vietnamLaos.flows[2]; // exports in 2021's first quarter
 * const customs = { ...flow, source: 'customs', status: 'official' };
 * const ministry = { ...flow, source: 'ministry', status: 'preliminary' };
 * preferredFlow([ministry, customs]).source;
 * //=> 'customs'
 * const sources = [
 *   { id: 'gso-2024-01', date: '2024-01-05', publisher: 'GSO', title: 'First estimate', language: 'vi' },
 *   { id: 'gso-2024-06', date: '2024-06-30', publisher: 'GSO', title: 'Revised estimate', language: 'vi' },
 * ];
 * preferredFlow([{ ...customs, source: 'gso-2024-01' }, { ...customs, source: 'gso-2024-06' }], sources).source;
 * //=> 'gso-2024-06'
 * ```
 *
 * @category Flows
 */
export function preferredFlow(
  flows: readonly TradeFlow[],
  sources: readonly Source[] = [],
): TradeFlow {
  if (!Array.isArray(flows as unknown) || flows.length === 0) {
    throw new BilateralError('INVALID_INPUT', [
      { path: ['flows'], message: 'give at least one flow to choose from' },
    ]);
  }
  const listed = new Map<string, { date: string; order: number }>();
  sources.forEach((source, order) => {
    if (!listed.has(source.id)) listed.set(source.id, { date: source.date, order });
  });
  const rank = (flow: TradeFlow) =>
    listed.get(flow.source) ?? { date: '', order: Number.POSITIVE_INFINITY };
  let best = flows[0] as TradeFlow;
  for (const flow of flows.slice(1)) {
    const finality = FINALITY[flow.status] - FINALITY[best.status];
    const [mine, theirs] = [rank(flow), rank(best)];
    const later = mine.date === theirs.date ? 0 : mine.date > theirs.date ? 1 : -1;
    if (
      finality > 0 ||
      (finality === 0 && (later > 0 || (later === 0 && mine.order < theirs.order)))
    ) {
      best = flow;
    }
  }
  return best;
}
