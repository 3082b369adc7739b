import { gzipSync } from 'node:zlib';
import {
  type Dataset,
  parseDataset,
  serializeDataset,
  sliceDataset,
  toCompactDataset,
  withDisputedRates,
  withTurnoverBounds,
} from '@bilateral/core';
import {
  embeddedFile,
  embeddedModule,
  SERIES_SECTIONS,
  WHOLE_SECTIONS,
} from '../src/data/embedded-names.js';
import { type NarrowedBalances, narrowedBalances } from '../src/data/narrowed-balances.js';
import { withRepeatedBounds } from '../src/data/with-disputed-rates-and-balances.js';
import { crossingsAsDrawn } from './crossings-as-drawn.js';
import { dataModule } from './embedded-data.js';
import { statementsAsDrawn } from './statements-as-drawn.js';
import { withoutLevelsFlowsGive } from './without-levels-flows-give.js';
import { withEnglishTitle, withoutUnreadFields } from './without-unread-fields.js';
import { withoutUnshownNotes } from './without-unshown-notes.js';

/** Parsed back from its document: throws on anything the core's schemas refuse. */
const validated = (dataset: Dataset): Dataset => parseDataset(serializeDataset(dataset));

/**
 * The compact text of one data file: `data`'s growth statements that the levels of the whole
 * dataset (`whole`) contradict marked `levelsDisagree` (the core's `withDisputedRates`, as the
 * file may lack the level statements a flow repeats), and `balances`, those the whole dataset's
 * published turnover narrows (`narrowedBalances`, as `bilateral report` narrows them; omitted
 * when there is none), which the balance card writes.
 */
function compactText(data: Dataset, whole: Dataset, balances: NarrowedBalances): string {
  return smallerGzipped(
    JSON.stringify({
      ...toCompactDataset(withDisputedRates(data, whole.statements)),
      ...(Object.keys(balances).length > 0 && { balances }),
    }),
  );
}

/**
 * `json` as it is or with every character beyond ASCII escaped (`\u0e81`), the same document:
 * the one that gzips smaller, as a server sends it. The Lao names' escapes share their `\u0e`,
 * which gzip takes better than their UTF-8 bytes (vietnam-laos.json 5,627 → 5,542 B).
 */
function smallerGzipped(json: string): string {
  const ascii = json.replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
  return gzipped(ascii) < gzipped(json) ? ascii : json;
}

/**
 * The files of embedded dataset `name` (its whole `dataset`), by path relative to the script
 * (`dist/` in the build): the whole file `data/<name>.json`, the series elements' file
 * `data/<name>.series.json` (flows, statements, targets and the sources they cite, its title in
 * English only), each followed by the same text as the module apps import (`.js`, `dataModule`).
 * Both without the prose no element shows (without-unshown-notes.ts), the optional fields no
 * element reads (without-unread-fields.ts) and the level statements a flow repeats
 * (without-levels-flows-give.ts), with the statements as drawn (statements-as-drawn.ts), each
 * lower bound a flow repeats from the other side of its pair stated for it too
 * (`withRepeatedBounds`, first, as the validator does) and a turnover on a side published as a
 * lower bound stated as the interval it allows (`withTurnoverBounds`: the compact form carries
 * it, so the page's series only reads it); the whole file without the facilities and with its
 * crossings as the gates draw them (crossings-as-drawn.ts). Each part is validated with the core's schemas (throws on any
 * problem) and written compact (`toCompactDataset`; see `compactText` for what it adds), its
 * characters beyond ASCII escaped where that gzips smaller.
 * `scripts/write-data.mjs` (the build) writes these files, and `test/write-fixtures.ts` the same
 * files for the browser tests, so that the tests read what the build ships.
 *
 * @example
 * ```ts
 * import { embeddedDatasets } from '@bilateral/core';
 *
 * const files = embeddedDataFiles('vietnam-laos', embeddedDatasets['vietnam-laos']);
 * Object.keys(files);
 * // ['data/vietnam-laos.json', 'data/vietnam-laos.js',
 * //  'data/vietnam-laos.series.json', 'data/vietnam-laos.series.js']
 * ```
 */
export function embeddedDataFiles(name: string, dataset: Dataset): Record<string, string> {
  // Each bound repeated for the flow of the same figure from the other side first, as the
  // validator does (`withRepeatedBounds`): the series, balances and rates read the repeats.
  const whole = withRepeatedBounds(dataset);
  const shown = validated(
    sliceDataset(
      crossingsAsDrawn(
        withoutLevelsFlowsGive(
          statementsAsDrawn(withoutUnreadFields(withoutUnshownNotes(withTurnoverBounds(whole)))),
        ),
      ),
      WHOLE_SECTIONS,
    ),
  );
  const parts = [
    [false, shown],
    [true, validated(withEnglishTitle(sliceDataset(shown, SERIES_SECTIONS)))],
  ] as const;
  const balances = narrowedBalances(whole);
  const files: Record<string, string> = {};
  for (const [series, data] of parts) {
    const text = compactText(data, whole, balances);
    files[embeddedFile(name, series)] = text;
    files[embeddedModule(name, series)] = dataModule(text);
  }
  return files;
}
