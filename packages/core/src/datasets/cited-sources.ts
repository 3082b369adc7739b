import { forEachSourceReference } from '../_internal/source-references.js';
import type { Source } from '../flow/index.js';
import { INFRASTRUCTURE_SOURCES } from '../infrastructure/index.js';
import { tradeSources } from './trade-sources.js';

/** Every source the embedded datasets may cite: trade figures first, then infrastructure. */
const allSources: readonly Source[] = [
  ...tradeSources,
  ...INFRASTRUCTURE_SOURCES.filter(
    (source) => !tradeSources.some((trade) => trade.id === source.id),
  ),
];

/**
 * The sources cited by the given sections of a dataset document, in the order of the source
 * lists. An id cited but not listed is left for `parseDataset` to report.
 */
export function citedSources(sections: readonly unknown[]): Source[] {
  const ids = new Set<string>();
  forEachSourceReference(sections, (id) => ids.add(id));
  return allSources.filter((source) => ids.has(source.id));
}
