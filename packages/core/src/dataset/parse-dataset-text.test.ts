import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/index.js';
import { parseDatasetText, safeParseDatasetText } from './parse-dataset-text.js';

const text = JSON.stringify(vietnamLaosDocument);

describe('parseDatasetText', () => {
  it('reads a document with or without a UTF-8 byte-order mark', () => {
    expect(parseDatasetText(text)).toEqual(vietnamLaos);
    expect(parseDatasetText(`\uFEFF${text}`)).toEqual(vietnamLaos);
  });

  it.each([
    ['an empty file', '', 'the file is empty: was it downloaded completely?'],
    ['white space', '\n  \n', 'the file is empty (nothing but white space)'],
    ['UTF-16', `\uFFFD\uFFFD${[...'{"id"'].join('\u0000')}`, 'save it as UTF-8'],
    ['not JSON', '{"id": "x"', 'the text is not valid JSON'],
    ['8 kB of "["', '['.repeat(8000), 'the text is not valid JSON'],
    ['4,000 arrays deep', `${'['.repeat(4000)}${']'.repeat(4000)}`, 'nested more than 32'],
  ])('refuses %s with INVALID_DATASET', (_what, input, message) => {
    const result = safeParseDatasetText(input);
    expect(result.success).toBe(false);
    expect(result.success ? '' : result.error.code).toBe('INVALID_DATASET');
    expect(result.success ? '' : result.error.message).toContain(message);
  });

  it('says where the text stops being JSON: line and column after the BOM, what is there', () => {
    const result = safeParseDatasetText('\uFEFF{"id": "việt-lào",\r\n "flows": [1,]}');
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: [],
        message:
          "the text is not valid JSON: line 2, column 14: a ']' where a value was expected (a ',' before it is one too many): ` \"flows\": [1,▶]}`",
      },
    ]);
  });

  it('a text cut short on an empty line shows the last line with text, marked where it ends', () => {
    const result = safeParseDatasetText('{"id": "x", \n');
    expect(result.success ? '' : result.error.message).toContain(
      'line 2, column 1: the text ends inside an object: `{"id": "x", ▶`',
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (input) => {
        const result = safeParseDatasetText(input as string);
        if (!result.success) expect(result.error.code).toBe('INVALID_DATASET');
      }),
      propertyRuns(1213, { ci: 300, full: 1000 }),
    );
  });
});
