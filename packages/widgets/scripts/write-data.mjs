// Writes each embedded dataset as dist/data/<name>.json, the files the script-tag bundle fetches
// for `dataset="<name>"` (see src/data/embedded-json.ts): validated here with the core's schemas
// (parseDataset; any problem fails the build) and written in the compact form the page reads
// without them (toCompactDataset; datasetFromCompact reads it back).
// Run from the core's source (`tsx --conditions=@bilateral/source`), so no core build is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  embeddedDatasets,
  parseDataset,
  serializeDataset,
  toCompactDataset,
} from '@bilateral/core';
import { EMBEDDED_NAMES } from '../src/data/embedded-names.ts';

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
  const text = JSON.stringify(toCompactDataset(dataset));
  writeFileSync(`dist/data/${name}.json`, text);
  const gzipped = gzipSync(text, { level: 9 }).length;
  console.log(
    `dist/data/${name}.json  ${(text.length / 1000).toFixed(1)} kB (${(gzipped / 1000).toFixed(1)} kB gzipped), validated`,
  );
}
