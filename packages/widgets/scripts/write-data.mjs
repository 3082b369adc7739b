// Writes each embedded dataset as dist/data/<name>.json: the files the script-tag bundle
// fetches for `dataset="<name>"` (see src/data/embedded-json.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { embeddedDatasets, serializeDataset } from '@bilateral/core';

const names = ['vietnam-laos', 'laos-china'];
const known = Object.keys(embeddedDatasets).sort().join();
if (known !== [...names].sort().join()) {
  throw new Error(`the core embeds ${known}; update EMBEDDED_NAMES and this script`);
}
mkdirSync('dist/data', { recursive: true });
for (const name of names) {
  const text = JSON.stringify(serializeDataset(embeddedDatasets[name]));
  writeFileSync(`dist/data/${name}.json`, text);
  console.log(`dist/data/${name}.json  ${(text.length / 1024).toFixed(1)} kB`);
}
