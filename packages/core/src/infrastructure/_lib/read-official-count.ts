import { calendarDateProblem } from '../../_internal/calendar-date.js';
import { ownValue } from '../../_internal/own-value.js';
import { describeInput } from '../../_internal/quote-input.js';
import { BilateralError, type BilateralIssue } from '../../errors/index.js';
import { economyCodeIssue } from '../../flow/economy-code-issue.js';
import type { OfficialCrossingCount } from '../official-crossing-count.js';

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * An official count given to `summarizeCrossings`: a plain typed value whose fields the
 * comparison reads (countries, system, date, counts, economic zones) are checked by hand, with
 * the `INVALID_INPUT` paths `parseOfficialCrossingCount` gives, and no schema loaded.
 *
 * @throws BilateralError `INVALID_INPUT` with the path of each bad field
 */
export function readOfficialCount(input: unknown): OfficialCrossingCount {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new BilateralError('INVALID_INPUT', [{ path: [], message: 'expected object' }]);
  }
  const fields = input as Record<string, unknown>;
  const issues: BilateralIssue[] = [];
  const code = (value: unknown, path: (string | number)[]) => {
    const issue = economyCodeIssue(value, path);
    if (issue !== undefined) issues.push(issue);
  };
  if (typeof fields.id !== 'string' || fields.id === '') {
    issues.push({ path: ['id'], message: 'expected string' });
  }
  const { countries } = fields;
  if (!Array.isArray(countries) || countries.length < 1 || countries.length > 2) {
    issues.push({ path: ['countries'], message: 'expected one or two economy codes' });
  } else {
    countries.forEach((country: unknown, index) => {
      code(country, ['countries', index]);
    });
  }
  code(fields.system, ['system']);
  const problem =
    typeof fields.asOf === 'string' ? calendarDateProblem(fields.asOf) : 'expected string';
  if (problem !== undefined) issues.push({ path: ['asOf'], message: problem });
  const { counts } = fields;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
    issues.push({ path: ['counts'], message: 'expected record' });
  } else {
    for (const key of Object.keys(counts)) {
      const count = ownValue(counts as Record<string, unknown>, key);
      if (!isCount(count)) {
        issues.push({
          path: ['counts', key],
          message: `${describeInput(count)} is not a count: expected a whole number 0 or more`,
        });
      }
    }
  }
  if (fields.economicZones !== undefined && !isCount(fields.economicZones)) {
    issues.push({
      path: ['economicZones'],
      message: `${describeInput(fields.economicZones)} is not a count: expected a whole number 0 or more`,
    });
  }
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
  return input as OfficialCrossingCount;
}
