import {
  type Dataset,
  type DatasetSeriesRequest,
  datasetSeriesWith,
  type Series,
} from '@bilateral/core/calc';
import { shownPrecision } from './figure-reader.js';

/** A computation's result, or what it threw. */
type Outcome = { readonly value: unknown } | { readonly error: unknown };

const memos = new WeakMap<object, Map<unknown, Outcome>>();

/**
 * What elements compute from a dataset, kept with the dataset: the elements of a page that draw
 * the same dataset (ten target cards and the dashboards' target panels on one embedded file)
 * compute each result once, e.g. a target's evaluation (a compound rate: logarithms and powers
 * to 64 digits). Kept as long as the dataset object is (a WeakMap): a new `data` property or a
 * fetched `src` is a new dataset, computed anew. A computation that threw throws the same error
 * again. Only for pure functions of the dataset and `key`, whose result no caller changes.
 *
 * @param dataset - the dataset the result is computed from
 * @param key - what else the result depends on (a string, or an object of the dataset)
 * @param compute - computes the result
 * @returns the result of the first call with this dataset and key
 * @throws whatever that first call threw
 */
export function memoized<T>(dataset: object, key: unknown, compute: () => T): T {
  let memo = memos.get(dataset);
  if (memo === undefined) {
    memo = new Map();
    memos.set(dataset, memo);
  }
  let outcome = memo.get(key);
  if (outcome === undefined) {
    try {
      outcome = { value: compute() };
    } catch (error) {
      outcome = { error };
    }
    memo.set(key, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.value as T;
}

/**
 * The series a request asks of a dataset (`datasetSeriesWith`, with the page's figure reader),
 * once per dataset and request: the growth charts, balance cards and dashboards of a page that
 * show the same pair share it.
 *
 * @param dataset - the dataset
 * @param request - the series asked for
 * @returns the series
 * @throws BilateralError as `datasetSeriesWith` does
 */
export function seriesOf(dataset: Dataset, request: DatasetSeriesRequest): Series {
  const key = `series ${JSON.stringify(request, Object.keys(request).sort())}`;
  return memoized(dataset, key, () => datasetSeriesWith(dataset, request, shownPrecision));
}
