import { wrongArgument } from '../_internal/wrong-argument.js';
import { BilateralError } from '../errors/index.js';
import { checkDatasetInput } from './check-dataset-input.js';
import type { Dataset } from './dataset.js';
import { DATASET_SECTIONS } from './sections.js';

/**
 * A section of a {@link Dataset} that {@link sliceDataset} can keep: every list but `sources`.
 *
 * @example
 * ```ts
 * const series: DatasetSection[] = ['flows', 'statements', 'targets'];
 * ```
 *
 * @category Datasets
 */
export type DatasetSection =
  | 'flows'
  | 'statements'
  | 'targets'
  | 'crossings'
  | 'facilities'
  | 'crossingCounts';

const SECTIONS = DATASET_SECTIONS.filter(
  (section): section is DatasetSection => section !== 'sources',
);

/** Every string in a value (nested lists and plain objects included). */
function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) collectStrings(inner, into);
  }
}

/**
 * The part of a dataset that some sections need: those sections as they are, the others empty,
 * and the sources they cite (in the dataset's order, so the rule of `preferredFlow` still reads
 * them right). A page that draws only series (flows, statements and targets) then downloads
 * neither the crossings nor the publications only they cite.
 *
 * @param dataset - a parsed dataset
 * @param sections - the sections to keep
 * @returns the dataset with only those sections and the sources they cite; `id`, `title` and
 *   `description` kept
 * @throws {@link BilateralError} `INVALID_INPUT`: a `dataset` that is not one (path `dataset`),
 *   `sections` that are not a list of them, or a section that is not one (path `sections`)
 *
 * @example
 * ```ts
 * const series = sliceDataset(vietnamLaos, ['flows', 'statements', 'targets']);
 * [series.flows.length === vietnamLaos.flows.length, series.crossings.length];
 * //=> [true, 0]
 * series.sources.length < vietnamLaos.sources.length;
 * //=> true
 * sliceDataset(vietnamLaos, ['routes' as DatasetSection]);
 * // throws BilateralError [INVALID_INPUT]: sections: "routes" is not a section …
 * ```
 *
 * @category Datasets
 */
export function sliceDataset(dataset: Dataset, sections: readonly DatasetSection[]): Dataset {
  checkDatasetInput(dataset);
  if (!Array.isArray(sections as unknown)) {
    throw wrongArgument(['sections'], `a list of sections (${SECTIONS.join(', ')})`, sections);
  }
  const unknown = sections.find((section) => !SECTIONS.includes(section));
  if (unknown !== undefined) {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['sections'],
        message: `${JSON.stringify(String(unknown))} is not a section (one of ${SECTIONS.join(', ')})`,
      },
    ]);
  }
  const kept = Object.fromEntries(
    SECTIONS.map((section) => [section, sections.includes(section) ? dataset[section] : []]),
  ) as Pick<Dataset, DatasetSection>;
  const cited = new Set<string>();
  for (const section of sections) collectStrings(dataset[section], cited);
  return {
    ...dataset,
    ...kept,
    sources: dataset.sources.filter((source) => cited.has(source.id)),
  };
}
