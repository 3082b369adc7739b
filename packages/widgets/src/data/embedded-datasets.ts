import type { Dataset } from '@bilateral/core';
import { setEconomyTable } from '../i18n/economy-names.js';
import { markCrossingsChecked, setCrossingRules } from './checked-crossings.js';
import { setShownPrecision } from './figure-reader.js';

/** Each embedded dataset once marked (one Dataset per name, as the elements memoize by it). */
const marked = new Map<string, Dataset>();

/**
 * Resolves an embedded dataset name for apps: the core's parsed `embeddedDatasets`, imported on
 * demand so that an app that never names one does not bundle them (nor the schemas that parse
 * them) in its first chunk; the same chunk brings the core's names of every economy, its
 * classification systems, its figure parser, and its check of published rates with the balances
 * the published turnover narrows (`withDisputedRatesAndBalances`, as the build writes the data
 * files). An app reads the whole dataset whatever the element (`_tag`). The script-tag bundle
 * replaces this module with `embedded-json.ts`, which reads the compact data files next to the
 * script.
 */
export async function loadEmbeddedDataset(
  name: string,
  _tag?: string,
): Promise<Dataset | undefined> {
  const {
    CLASSIFICATION_SYSTEMS,
    checkDatasetCrossings,
    economyLabel,
    embeddedDatasets,
    parsePublishedAmount,
    withDisputedRatesAndBalances,
  } = await import('./embedded-core.js');
  // The core's documents do not all give their level statements' precision.
  setShownPrecision((text, currency) => parsePublishedAmount(text, { currency }).precision);
  setEconomyTable(economyLabel);
  setCrossingRules({ systems: CLASSIFICATION_SYSTEMS, checkDatasetCrossings });
  if (!Object.hasOwn(embeddedDatasets, name)) return undefined;
  let dataset = marked.get(name);
  if (dataset === undefined) {
    // As the build writes the data files: each lower bound marked, each published rate its levels
    // contradict marked, and the balances the published turnover narrows.
    dataset = withDisputedRatesAndBalances(embeddedDatasets[name] as Dataset);
    marked.set(name, dataset);
  }
  markCrossingsChecked(dataset); // the core's own data, validated when it was parsed
  return dataset;
}
