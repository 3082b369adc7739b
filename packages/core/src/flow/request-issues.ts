// The field issues only the request checkers report (`checkSeriesRequest`, `datasetSeriesWith`,
// `selectFlows`, the flow indicators): apart from `series-issues.ts`, which the series functions
// of `/calc` also import, so that an app drawing from build-checked data does not load them first.
import { describeInput } from '../_internal/quote-input.js';
import type { BilateralIssue, IssuePath } from '../errors/index.js';

const HS_CODE = /^\d{2}(?:\d{2}){0,3}$/;

/** An HS code as flows write it: text of 2, 4, 6 or 8 digits, leading zeros kept. */
export function commodityIssue(value: unknown, path: IssuePath): BilateralIssue | undefined {
  if (value === undefined || (typeof value === 'string' && HS_CODE.test(value))) return undefined;
  return {
    path,
    message: `${describeInput(value)} is not an HS code: give 2, 4, 6 or 8 digits as text, leading zeros kept ("0901")`,
  };
}

/** A request's sources (the dataset's): an array, or none at all. */
export function sourcesIssue(sources: unknown): BilateralIssue | undefined {
  if (sources === undefined || sources === null || Array.isArray(sources)) return undefined;
  return {
    path: ['sources'],
    message: `expected the dataset's sources (an array), got ${describeInput(sources)}`,
  };
}
