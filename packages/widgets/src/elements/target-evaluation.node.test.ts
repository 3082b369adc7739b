import { sliceDataset, toCompactDataset, vietnamLaos } from '@bilateral/core';
import { datasetFromCheckedCompact } from '@bilateral/core/calc';
import { describe, expect, it } from 'vitest';
import { compactDataset } from '../data/compact-dataset.js';
import { SERIES_SECTIONS } from '../data/embedded-names.js';
import { evaluate } from './target-evaluation.js';

describe('evaluate', () => {
  it("evaluates each target once for an embedded dataset's series file and whole file", async () => {
    const [seriesFile, wholeFile] = await Promise.all([
      compactDataset('vietnam-laos.series', async () =>
        toCompactDataset(sliceDataset(vietnamLaos, SERIES_SECTIONS)),
      ),
      compactDataset('vietnam-laos', async () => toCompactDataset(vietnamLaos)),
    ]);
    expect(seriesFile.targets.length).toBeGreaterThan(1);
    seriesFile.targets.forEach((target, index) => {
      const result = evaluate(seriesFile, target);
      // The target evaluated is the first file's; the other file's equal one gets the same result.
      expect(result.target).toBe(target);
      expect(evaluate(wholeFile, wholeFile.targets[index] as typeof target)).toBe(result);
    });
  });

  it('keeps each target of a dataset apart, and a dataset given otherwise apart from the embedded one', async () => {
    const embedded = await compactDataset(
      'https://other.example/data/vietnam-laos.json',
      async () => toCompactDataset(vietnamLaos),
    );
    const [first, second] = embedded.targets;
    if (first === undefined || second === undefined) throw new Error('two targets expected');
    const result = evaluate(embedded, first);
    expect(evaluate(embedded, second)).not.toBe(result);
    expect(evaluate(embedded, second).target).toBe(second);
    // As an element's `data` or `src` gives it: its own evaluation, equal to the embedded one's.
    const given = datasetFromCheckedCompact(toCompactDataset(vietnamLaos));
    const own = evaluate(given, given.targets[0] as typeof first);
    expect(own).not.toBe(result);
    expect(own.evaluation).toEqual(result.evaluation);
    expect(evaluate(given, given.targets[0] as typeof first)).toBe(own);
  });
});
