import { checkArgument, checkObject } from '../_internal/face-checks.js';
import { pairCommodityCounts } from '../flow/flow-index.js';
import type { Dataset } from './dataset.js';

/**
 * `datasetCommodities` for a dataset and pair the caller has made valid (a parsed Dataset,
 * upper-case ISO 3166-1 alpha-3 codes): the same HS codes, without checking them, so a page that
 * names the pair from values it checked itself (an element's attributes) loads no message. A code
 * that is not a dataset's gives `[]`; use `datasetCommodities` (root entry and `/calc`) for values
 * that come from elsewhere.
 *
 * @param dataset - a parsed dataset; its flows are counted once per array (on first use), so do
 *   not change them afterwards
 * @param pair - the reporter and partner, upper-case ISO 3166-1 alpha-3
 * @returns the HS codes of the pair's commodity flows, the code with the most flows first (ties in
 *   code order); empty when the pair has only totals
 * @throws BilateralError `INVALID_INPUT` at `dataset` for what is not an object with an array of
 *   flows, at `pair` for what is not an object with a reporter and a partner code
 *
 * @example
 * ```ts
 * // A UN Comtrade import of Brazil's soya bean (HS 1201) exports to China, 2021 and 2023.
 * const { document } = importComtrade(
 *   'period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n' +
 *     '2021,BRA,CHN,X,1201,27208101300\n2023,BRA,CHN,X,1201,38917721136',
 * );
 * const braChnSoy = parseDataset({ id: 'bra-chn-soy', title: { en: 'Soya beans' }, ...document });
 * checkedDatasetCommodities(braChnSoy, { reporter: 'BRA', partner: 'CHN' });
 * //=> ['1201']
 * checkedDatasetCommodities(vietnamLaos, { reporter: 'VNM', partner: 'LAO' });
 * //=> []
 * ```
 *
 * @category Datasets
 */
export function checkedDatasetCommodities(
  dataset: Dataset,
  pair: { readonly reporter: string; readonly partner: string },
): string[] {
  checkObject(dataset, ['dataset'], 'a parsed dataset (from parseDataset)');
  checkArgument(
    Array.isArray(dataset.flows),
    ['dataset', 'flows'],
    'an array of flows',
    dataset.flows,
  );
  checkObject(pair, ['pair'], "a reporter and a partner ({ reporter: 'VNM', partner: 'LAO' })");
  checkArgument(
    typeof pair.reporter === 'string' && typeof pair.partner === 'string',
    ['pair'],
    "a reporter and a partner ({ reporter: 'VNM', partner: 'LAO' })",
    pair,
  );
  return uncheckedDatasetCommodities(dataset, pair);
}

/**
 * {@link checkedDatasetCommodities} without its checks of its arguments' shape, for the core's own
 * modules and the widgets (from `@bilateral/core/internal`), which pass a dataset they parsed.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedDatasetCommodities(vietnamLaos, { reporter: 'VNM', partner: 'LAO' }); //=> []
 * ```
 */
export function uncheckedDatasetCommodities(
  dataset: Dataset,
  pair: { readonly reporter: string; readonly partner: string },
): string[] {
  const counts = pairCommodityCounts(dataset.flows, pair.reporter, pair.partner);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
}
