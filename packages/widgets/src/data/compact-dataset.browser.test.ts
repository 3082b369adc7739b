import { laosChina, sliceDataset, toCompactDataset, vietnamLaos } from '@bilateral/core';
import { datasetFromCheckedCompact } from '@bilateral/core/calc';
import { describe, expect, it } from 'vitest';
import { compactDataset } from './compact-dataset.js';
import { seriesOf } from './dataset-memo.js';
import { SERIES_SECTIONS } from './embedded-names.js';

const request = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  periodKind: 'year',
  impliedBases: true,
} as const;

describe('compactDataset', () => {
  it("has an embedded dataset's series file and whole file share their series, as the script-tag bundle and apps name them", async () => {
    // The files as `embedded-json.ts` (URLs) and `embedded-modules.ts` (names) name them.
    for (const [whole, series] of [
      [
        'https://cdn.example/w/data/vietnam-laos.json',
        'https://cdn.example/w/data/vietnam-laos.series.json',
      ],
      ['vietnam-laos', 'vietnam-laos.series'],
    ]) {
      const [fromWhole, fromSeries] = await Promise.all([
        compactDataset(whole as string, async () => toCompactDataset(vietnamLaos)),
        compactDataset(series as string, async () =>
          toCompactDataset(sliceDataset(vietnamLaos, SERIES_SECTIONS)),
        ),
      ]);
      expect(fromSeries).not.toBe(fromWhole);
      const drawn = seriesOf(fromSeries, request);
      expect(drawn.points.length).toBeGreaterThan(0);
      // Computed once for the two files (scripts/series-file-series.test.ts holds them equal).
      expect(seriesOf(fromWhole, request)).toBe(drawn);
    }
  });

  it('has the two files share their series when the path before them holds ".series"', async () => {
    // A host or folder named so: only the series file's own ".series" (before ".json", or at
    // the end of a module's name) names the whole file.
    const at = 'https://cdn.series.example/v.series/data/vietnam-laos';
    const [fromWhole, fromSeries] = await Promise.all([
      compactDataset(`${at}.json`, async () => toCompactDataset(vietnamLaos)),
      compactDataset(`${at}.series.json`, async () =>
        toCompactDataset(sliceDataset(vietnamLaos, SERIES_SECTIONS)),
      ),
    ]);
    expect(seriesOf(fromWhole, request)).toBe(seriesOf(fromSeries, request));
  });

  it("keeps another embedded dataset's series, and another copy's, apart", async () => {
    const [first, other, copy] = await Promise.all([
      compactDataset('laos-china.series', async () => toCompactDataset(laosChina)),
      compactDataset('laos-china-2', async () => toCompactDataset(laosChina)),
      compactDataset('https://other.example/data/laos-china.json', async () =>
        toCompactDataset(laosChina),
      ),
    ]);
    const china = { ...request, reporter: 'LAO', partner: 'CHN' } as const;
    const drawn = seriesOf(first, china);
    expect(drawn.points.length).toBeGreaterThan(0);
    expect(seriesOf(other, china)).not.toBe(drawn);
    expect(seriesOf(copy, china)).not.toBe(drawn);
    expect(seriesOf(copy, china)).toEqual(drawn);
  });

  it('keeps a Dataset given as `data` or read from `src` apart from the embedded one of its id', async () => {
    const embedded = await compactDataset(
      'https://third.example/data/vietnam-laos.json',
      async () => toCompactDataset(vietnamLaos),
    );
    const drawn = seriesOf(embedded, request);
    // The same dataset, not read through `compactDataset` (as an element's `data` or `src` gives it).
    const given = datasetFromCheckedCompact(toCompactDataset(vietnamLaos));
    expect(given.id).toBe(embedded.id);
    const own = seriesOf(given, request);
    expect(own).not.toBe(drawn);
    expect(own).toEqual(drawn);
    expect(seriesOf(given, request)).toBe(own);
  });
});
