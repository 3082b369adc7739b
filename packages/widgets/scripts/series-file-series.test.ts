import { embeddedDatasets } from '@bilateral/core';
import {
  type CompactDataset,
  checkedDatasetSeries,
  type Dataset,
  datasetFromCheckedCompact,
  PERIOD_KINDS,
  type Series,
} from '@bilateral/core/calc';
import { describe, expect, it } from 'vitest';
import { embeddedFile } from '../src/data/embedded-names.js';
import { shownPrecision } from '../src/data/figure-reader.js';
import { embeddedDataFiles } from './embedded-data-files.js';

/** Every string a dataset's parts hold under `key`, anywhere in them. */
function valuesUnder(value: unknown, key: string, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) valuesUnder(item, key, found);
  else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      if (name === key && typeof item === 'string') found.add(item);
      else valuesUnder(item, key, found);
    }
  }
  return found;
}

/** The series of a request, or the error it throws (its code and message). */
function seriesOrError(
  dataset: Dataset,
  request: Parameters<typeof checkedDatasetSeries>[1],
): Series | string {
  try {
    return checkedDatasetSeries(dataset, request, shownPrecision);
  } catch (error) {
    return String(error);
  }
}

// The page memoizes an embedded dataset's series once for its two files (see `seriesOf`): a
// growth chart reading `<name>.series.json` and a dashboard reading `<name>.json` share them. That
// holds only while the series file keeps everything a series reads (`SERIES_SECTIONS`): every
// pair of the codes the data names, measure, period kind, commodity, source and implied bases,
// and the balances the balance rows read. (Dropping 'statements' from SERIES_SECTIONS fails it.)
// The core's embedded datasets: the build checks EMBEDDED_NAMES against them.
describe.each(Object.entries(embeddedDatasets))(
  "embedded dataset '%s': its series file",
  (name, dataset) => {
    const files = embeddedDataFiles(name, dataset);
    const read = (series: boolean) => {
      const compact = JSON.parse(files[embeddedFile(name, series)] as string) as CompactDataset;
      return { dataset: datasetFromCheckedCompact(compact), compact };
    };
    const whole = read(false);
    const seriesFile = read(true);

    it('gives every series request the whole file gives, and the same balances', {
      timeout: 20_000,
    }, () => {
      const codes = [
        ...new Set([
          ...valuesUnder(whole.dataset, 'reporter'),
          ...valuesUnder(whole.dataset, 'partner'),
        ]),
      ];
      const commodities = [undefined, ...valuesUnder(whole.dataset, 'commodity')];
      const sources = [undefined, ...whole.dataset.sources.map(({ id }) => id)];
      let drawn = 0;
      for (const reporter of codes) {
        for (const partner of codes) {
          for (const measure of ['exports', 'imports', 'turnover'] as const) {
            for (const periodKind of PERIOD_KINDS) {
              for (const commodity of commodities) {
                for (const source of sources) {
                  for (const impliedBases of [false, true]) {
                    const request = {
                      reporter,
                      partner,
                      measure,
                      periodKind,
                      impliedBases,
                      ...(commodity === undefined ? {} : { commodity }),
                      ...(source === undefined ? {} : { source }),
                    };
                    const onWhole = seriesOrError(whole.dataset, request);
                    expect(
                      seriesOrError(seriesFile.dataset, request),
                      JSON.stringify(request),
                    ).toEqual(onWhole);
                    if (typeof onWhole !== 'string' && onWhole.points.length > 0) drawn += 1;
                  }
                }
              }
            }
          }
        }
      }
      // Not vacuous: the requests drew series with points.
      expect(drawn).toBeGreaterThan(10);
      expect((seriesFile.compact as { balances?: unknown }).balances).toEqual(
        (whole.compact as { balances?: unknown }).balances,
      );
    });

    it('has the same targets, in the same order (a target is evaluated once for both files)', () => {
      expect(seriesFile.dataset.targets).toEqual(whole.dataset.targets);
    });
  },
);
