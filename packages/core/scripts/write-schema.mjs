// Writes dataset.schema.json from the built package, so the JSON Schema shipped with the
// package is generated from the same zod schemas that validate datasets.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../dist/index.js';

const url = new URL('../dataset.schema.json', import.meta.url);
writeFileSync(url, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${url.pathname}`);
