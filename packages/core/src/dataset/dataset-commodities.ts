import { BilateralError, type BilateralIssue } from '../errors/index.js';
import { economyCodeIssue } from '../flow/economy-code-issue.js';
import { checkDatasetInput } from './check-dataset-input.js';
import { uncheckedDatasetCommodities } from './checked-dataset-commodities.js';
import type { Dataset } from './dataset.js';

/**
 * The HS codes of a reporter–partner pair's commodity flows, the code with the most flows first
 * (ties in code order). Flows without a commodity (totals) are not counted.
 *
 * @param dataset - the dataset to look in; its flows are counted once per array (on first use), so
 *   do not change them afterwards
 * @param pair - the reporter and partner, ISO 3166-1 alpha-3
 * @returns the HS codes, most flows first; empty when the pair has only totals
 * @throws {@link BilateralError} `INVALID_INPUT` when `dataset` is not a parsed Dataset or a code
 * is not an upper-case ISO 3166-1 alpha-3 code (`'vnm'` names `"VNM"`), rather than answering `[]`
 *   (`checkedDatasetCommodities` answers without these checks)
 *
 * @example
 * ```ts
 * // A UN Comtrade import of Brazil's soya bean (HS 1201) exports to China, 2021 and 2023.
 * const { document } = importComtrade(
 *   'period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n' +
 *     '2021,BRA,CHN,X,1201,27208101300\n2023,BRA,CHN,X,1201,38917721136',
 * );
 * const braChnSoy = parseDataset({ id: 'bra-chn-soy', title: { en: 'Soya beans' }, ...document });
 * datasetCommodities(braChnSoy, { reporter: 'BRA', partner: 'CHN' });
 * //=> ['1201']
 * datasetCommodities(vietnamLaos, { reporter: 'VNM', partner: 'LAO' });
 * //=> []
 * ```
 *
 * @category Datasets
 */
export function datasetCommodities(
  dataset: Dataset,
  pair: { readonly reporter: string; readonly partner: string },
): string[] {
  checkDatasetInput(dataset);
  const issues = (['reporter', 'partner'] as const)
    .map((key) => economyCodeIssue((pair as Record<string, unknown> | null)?.[key], [key]))
    .filter((issue): issue is BilateralIssue => issue !== undefined);
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
  return uncheckedDatasetCommodities(dataset, pair);
}
