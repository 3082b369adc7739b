/**
 * `parseDataset` on large generated documents (10,000 and 100,000 flows): validation of every
 * flow, duplicate detection, and conversion to periods and exact Money — beside `JSON.parse` of
 * the same document's text (issue 14's target: `parseDataset` ≤ 3× `JSON.parse`) and
 * `parseDatasetText`, both together. `BENCH_PARSE_SIZES=10000,100000,1000000` adds 1M flows (169 MB
 * of JSON: the 10× steps of issue 14's linear-growth rule). Run with `pnpm bench`; numbers in
 * docs/performance.md.
 */
import { expect, test } from 'vitest';
import { parseDataset, parseDatasetText } from '../index.js';
import { generatedDocument } from './__fixtures__/generated-document.js';

const SIZES = (process.env.BENCH_PARSE_SIZES ?? '10000,100000').split(',').map(Number);

test(`parseDataset: ${SIZES.map((count) => count.toLocaleString('en')).join(', ')} flows, beside JSON.parse of the same text`, {
  timeout: 600_000,
}, async ({ bench }) => {
  for (const count of SIZES) {
    const document = generatedDocument(count);
    const text = JSON.stringify(document);
    expect(parseDataset(document).flows).toHaveLength(count);
    expect(parseDatasetText(text)).toEqual(parseDataset(document));
    const flows = count.toLocaleString('en');
    await bench.compare(
      bench(`JSON.parse of the text, ${flows} flows`, () => {
        JSON.parse(text);
      }),
      bench(`parseDataset of the parsed document, ${flows} flows`, () => {
        parseDataset(document);
      }),
      bench(`parseDatasetText (JSON.parse + parseDataset), ${flows} flows`, () => {
        parseDatasetText(text);
      }),
      {
        iterations: count >= 1_000_000 ? 3 : count >= 100_000 ? 5 : 10,
        time: 0,
        warmupIterations: 1,
        throws: true,
      },
    );
  }
});
