import type { Dataset } from '@bilateral/core/calc';
import { uncheckedDatasetCommodities as checkedDatasetCommodities } from '@bilateral/core/internal';
import type { Messages } from '../i18n/messages.js';

/**
 * The commodity an element draws for a pair: the HS code its `commodity` attribute names;
 * otherwise totals (`undefined`) when the dataset has any for the pair — a flow without a
 * commodity, or a statement — or else the pair's commodity with the most flows, so that a
 * dataset of one HS code (a UN Comtrade query, say) draws without configuration.
 */
export function commodityShown(
  dataset: Dataset,
  [reporter, partner]: readonly [string, string],
  asked: string | undefined,
): string | undefined {
  if (asked) return asked;
  const ofPair = (item: { reporter: string; partner: string }) =>
    item.reporter === reporter && item.partner === partner;
  const hasTotals =
    dataset.flows.some((flow) => flow.commodity === undefined && ofPair(flow)) ||
    dataset.statements.some(ofPair);
  return hasTotals ? undefined : checkedDatasetCommodities(dataset, { reporter, partner })[0];
}

/** `text`, followed by the commodity's HS code when there is one. */
export function withCommodity(text: string, commodity: string | undefined, m: Messages): string {
  return commodity === undefined ? text : text + m.hs(commodity);
}
