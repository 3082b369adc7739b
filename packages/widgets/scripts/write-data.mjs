// Writes each embedded dataset as dist/data/<name>.json, the files the script-tag bundle fetches
// for `dataset="<name>"` (see src/data/embedded-json.ts), and its series part (flows, statements,
// targets and the sources they cite) as dist/data/<name>.series.json, the file of the elements
// that draw only series, both without the prose no element shows (without-unshown-notes.ts) and
// the optional fields no element reads (without-unread-fields.ts; the series file's title in
// English only; no level statement a flow repeats: without-levels-flows-give.ts), the whole file
// without the facilities no element reads and with its crossings as the gates draw them
// (crossings-as-drawn.ts), and each growth rate its levels contradict marked (the core's
// withDisputedRates, so that a page says so without checking anything): validated here with the
// core's schemas (parseDataset; any problem fails the build) and written in the compact form the
// page reads without them
// (toCompactDataset, with each level's precision, the economies' names and the classes of
// crossing; datasetFromCompact reads it back).
// Run from the core's source (`tsx --conditions=@bilateral/source`), so no core build is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  embeddedDatasets,
  parseDataset,
  serializeDataset,
  sliceDataset,
  toCompactDataset,
  withDisputedRates,
} from '@bilateral/core';
import {
  EMBEDDED_NAMES,
  embeddedFile,
  embeddedModule,
  SERIES_SECTIONS,
  WHOLE_SECTIONS,
} from '../src/data/embedded-names.ts';
import { narrowedBalances } from '../src/data/narrowed-balances.ts';
import { crossingsAsDrawn } from './crossings-as-drawn.ts';
import { dataModule } from './embedded-data.ts';
import { statementsAsDrawn } from './statements-as-drawn.ts';
import { withoutLevelsFlowsGive } from './without-levels-flows-give.ts';
import { withEnglishTitle, withoutUnreadFields } from './without-unread-fields.ts';
import { withoutUnshownNotes } from './without-unshown-notes.ts';

const names = EMBEDDED_NAMES;
const known = Object.keys(embeddedDatasets).sort().join();
if (known !== [...names].sort().join()) {
  throw new Error(`the core embeds ${known}; update src/data/embedded-names.ts`);
}
mkdirSync('dist/data', { recursive: true });

/**
 * Writes one data file (compact) in dist/data/ and the same data as a module, and their sizes:
 * its growth statements that the levels of the whole dataset (`whole`) contradict marked
 * `levelsDisagree` (withDisputedRates), as the file may lack the level statements a flow repeats,
 * and the balances the whole dataset's published turnover narrows (`balances`: narrowedBalances,
 * as `bilateral report` narrows them; omitted when there is none), which the balance card writes.
 */
function write(name, series, dataset, whole) {
  const balances = narrowedBalances(whole);
  const text = JSON.stringify({
    ...toCompactDataset(withDisputedRates(dataset, whole.statements)),
    ...(Object.keys(balances).length > 0 && { balances }),
  });
  for (const [file, content] of [
    [`dist/${embeddedFile(name, series)}`, text],
    // What apps import (src/data/embedded-modules.ts), written from the same text.
    [`dist/${embeddedModule(name, series)}`, dataModule(text)],
  ]) {
    writeFileSync(file, content);
    const gzipped = gzipSync(content, { level: 9 }).length;
    console.log(
      `${file}  ${(content.length / 1000).toFixed(1)} kB (${(gzipped / 1000).toFixed(1)} kB gzipped), validated`,
    );
  }
}

for (const name of names) {
  // The document as JSON text, validated as a page would validate it: throws on any problem.
  const dataset = parseDataset(
    JSON.parse(JSON.stringify(serializeDataset(embeddedDatasets[name]))),
  );
  // What the elements show of it: the sections they read (no facilities), the statements they
  // draw (statements-as-drawn.ts), crossings as the gates draw them and the sources all these
  // cite, validated again; and the series elements' part
  // (flows, statements, targets and the sources they cite).
  const shown = parseDataset(
    serializeDataset(
      sliceDataset(
        crossingsAsDrawn(
          withoutLevelsFlowsGive(
            statementsAsDrawn(withoutUnreadFields(withoutUnshownNotes(dataset))),
          ),
        ),
        WHOLE_SECTIONS,
      ),
    ),
  );
  write(name, false, shown, dataset);
  write(
    name,
    true,
    parseDataset(serializeDataset(withEnglishTitle(sliceDataset(shown, SERIES_SECTIONS)))),
    dataset,
  );
}
