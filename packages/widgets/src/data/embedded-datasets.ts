import type { Dataset } from '@bilateral/core';
import { setEconomyTable } from '../i18n/economy-names.js';

/**
 * Resolves an embedded dataset name for apps: the core's parsed `embeddedDatasets`, imported on
 * demand so that an app that never names one does not bundle them (nor the schemas that parse
 * them) in its first chunk. The same chunk brings the core's names of every economy. The script-tag bundle replaces this module with `embedded-json.ts`,
 * which reads the compact `data/<name>.json` next to the script.
 */
export async function loadEmbeddedDataset(name: string): Promise<Dataset | undefined> {
  const { economyLabel, embeddedDatasets } = await import('./embedded-core.js');
  setEconomyTable(economyLabel);
  return Object.hasOwn(embeddedDatasets, name) ? embeddedDatasets[name] : undefined;
}
