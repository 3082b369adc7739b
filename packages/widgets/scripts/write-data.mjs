// Writes each embedded dataset's files in dist/ (embeddedDataFiles, embedded-data-files.ts, which
// the browser tests' fixtures write too): dist/data/<name>.json, the file the script-tag bundle
// fetches for `dataset="<name>"` (see src/data/embedded-json.ts), its series part (flows,
// statements, targets and the sources they cite) as dist/data/<name>.series.json, the file of
// the elements that draw only series, and each as the module apps import (.js), with their
// sizes. Each dataset is validated first as a page would validate its document, with the core's
// schemas (parseDataset; any problem fails the build), and so is each part written.
// Run from the core's source (`tsx --conditions=@bilateral/source`), so no core build is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { embeddedDatasets, parseDataset, serializeDataset } from '@bilateral/core';
import { EMBEDDED_NAMES } from '../src/data/embedded-names.ts';
import { embeddedDataFiles } from './embedded-data-files.ts';

const names = EMBEDDED_NAMES;
const known = Object.keys(embeddedDatasets).sort().join();
if (known !== [...names].sort().join()) {
  throw new Error(`the core embeds ${known}; update src/data/embedded-names.ts`);
}
mkdirSync('dist/data', { recursive: true });

for (const name of names) {
  // The document as JSON text, validated as a page would validate it: throws on any problem.
  const dataset = parseDataset(
    JSON.parse(JSON.stringify(serializeDataset(embeddedDatasets[name]))),
  );
  for (const [path, content] of Object.entries(embeddedDataFiles(name, dataset))) {
    const file = `dist/${path}`;
    writeFileSync(file, content);
    const gzipped = gzipSync(content, { level: 9 }).length;
    console.log(
      `${file}  ${(content.length / 1000).toFixed(1)} kB (${(gzipped / 1000).toFixed(1)} kB gzipped), validated`,
    );
  }
}
