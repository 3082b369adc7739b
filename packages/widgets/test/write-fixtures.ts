/**
 * Writes what the browser tests fetch: the embedded datasets as the script-tag bundle ships them
 * (`<out>/bundle/data/*.json` and their series files `*.series.json`, compact; the same as the
 * modules apps import, `*.js`: `embeddedDataFiles`, which the build writes with), and dataset
 * documents for the `src` tests (`<out>/fixtures/`).
 * Imported by the global setup, whose `@bilateral/core` is the core's source (both Vitest configs
 * give Vitest's own environment the `@bilateral/source` condition), so the tests need no build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatasetDocument, embeddedDatasets, serializeDataset } from '@bilateral/core';
import { embeddedDataFiles } from '../scripts/embedded-data-files.js';

/** A label that would run script if it were ever parsed as HTML. */
export const XSS = '<img src=x onerror="window.__bilateralXss=1">';

export function writeFixtures(out: string): void {
  mkdirSync(join(out, 'bundle', 'data'), { recursive: true });
  mkdirSync(join(out, 'fixtures'), { recursive: true });
  const documents: Record<string, DatasetDocument> = {};
  for (const [name, dataset] of Object.entries(embeddedDatasets)) {
    documents[name] = serializeDataset(dataset);
    // The whole file, the series elements' file and their modules (which the global setup's app
    // build bundles), as the build writes them (scripts/write-data.mjs).
    for (const [path, text] of Object.entries(embeddedDataFiles(name, dataset))) {
      writeFileSync(join(out, 'bundle', path), text);
    }
  }
  const valid = documents['vietnam-laos'] as DatasetDocument;
  writeFileSync(join(out, 'fixtures', 'valid.json'), JSON.stringify(valid));
  writeFileSync(join(out, 'fixtures', 'invalid.json'), '{ "id": "broken", "flows": [');
  writeFileSync(
    join(out, 'fixtures', 'schema-error.json'),
    JSON.stringify({ ...valid, flows: [{ ...valid.flows[0], value: 'lots', period: '2024-Q0' }] }),
  );
  const xss: DatasetDocument = {
    ...valid,
    title: { en: `${XSS} title` },
    sources: valid.sources.map((source) => ({
      ...source,
      publisher: `${XSS} ${source.publisher}`,
      // A valid https URL carrying markup: it must stay an attribute value, never become an element.
      // (javascript: URLs are refused by the dataset schema itself.)
      url: 'https://example.org/"><img src=x onerror="window.__bilateralXss=2">',
    })),
    targets: (valid.targets ?? []).map((target) => ({ ...target, setBy: `${XSS} setBy` })),
    crossings: (valid.crossings ?? []).map((crossing) => ({
      ...crossing,
      sides: crossing.sides.map((side) =>
        side.province ? { ...side, province: { ...side.province, name: `${XSS}` } } : side,
      ) as typeof crossing.sides,
    })),
  };
  writeFileSync(join(out, 'fixtures', 'xss.json'), JSON.stringify(xss));
}
