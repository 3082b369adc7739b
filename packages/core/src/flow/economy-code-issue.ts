// What the checking functions report about an economy code (a series request's, a selection's, a
// crossing's, a target's): apart from `series-issues.ts`, whose flow check the series of
// build-checked data run, so that an app drawing them loads this message on demand.
import { wrongType } from '../_internal/must-be.js';
import { describeInput } from '../_internal/quote-input.js';
import type { BilateralIssue, IssuePath } from '../errors/index.js';

/**
 * An economy code as flows write it: three capitals. Lower case gets the code to use; a value
 * that is not a string is missing or of the wrong type, as the schemas say.
 */
export function economyCodeIssue(value: unknown, path: IssuePath): BilateralIssue | undefined {
  if (typeof value !== 'string') return { path, message: wrongType('string', [value]) };
  if (/^[A-Z]{3}$/.test(value)) return undefined;
  if (/^[A-Za-z]{3}$/.test(value)) {
    return {
      path,
      message: `${describeInput(value)}: economy codes are upper case, use "${value.toUpperCase()}"`,
    };
  }
  return {
    path,
    message: `${describeInput(value)} is not an ISO 3166-1 alpha-3 code such as "VNM" or "LAO"`,
  };
}
