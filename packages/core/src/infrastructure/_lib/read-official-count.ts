import { calendarDateProblem } from '../../_internal/calendar-date.js';
import { mustBe, wrongType } from '../../_internal/must-be.js';
import { ownValue } from '../../_internal/own-value.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../../errors/index.js';
import { economyCodeIssue } from '../../flow/economy-code-issue.js';
import type { OfficialCrossingCount } from '../official-crossing-count.js';

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/** What a value that is not a count is told: `must be a whole number 0 or more, found …`. */
const notCount = (value: unknown): string => mustBe('a whole number 0 or more', [value]);

/**
 * An official count given to `summarizeCrossings`: a plain typed value whose fields the
 * comparison reads (countries, system, date, counts, economic zones) are checked by hand, with
 * the `INVALID_INPUT` paths `parseOfficialCrossingCount` gives, after `at`, and no schema loaded.
 *
 * @param at - where the count is, from the root of what the caller was given
 *   (`['filter', 'official']` for `summarizeCrossings`)
 * @throws BilateralError `INVALID_INPUT` with the path of each bad field
 *   (`[...at, 'counts', 'main']`)
 */
export function readOfficialCount(input: unknown, at: IssuePath = []): OfficialCrossingCount {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new BilateralError('INVALID_INPUT', [
      { path: at, message: wrongType('object', [input]) },
    ]);
  }
  const fields = input as Record<string, unknown>;
  const issues: BilateralIssue[] = [];
  const code = (value: unknown, path: (string | number)[]) => {
    const issue = economyCodeIssue(value, path);
    if (issue !== undefined) issues.push(issue);
  };
  if (typeof fields.id !== 'string') {
    issues.push({ path: ['id'], message: wrongType('string', [fields.id]) });
  } else if (fields.id === '') {
    issues.push({ path: ['id'], message: 'must have at least 1 character' });
  }
  const { countries } = fields;
  if (!Array.isArray(countries)) {
    const message =
      countries === undefined ? 'is missing' : mustBe('one or two economy codes', [countries]);
    issues.push({ path: ['countries'], message });
  } else if (countries.length < 1 || countries.length > 2) {
    const found = countries.length === 0 ? 'none' : String(countries.length);
    issues.push({
      path: ['countries'],
      message: `must be one or two economy codes, found ${found}`,
    });
  } else {
    countries.forEach((country: unknown, index) => {
      code(country, ['countries', index]);
    });
  }
  code(fields.system, ['system']);
  const problem =
    typeof fields.asOf === 'string'
      ? calendarDateProblem(fields.asOf)
      : wrongType('string', [fields.asOf]);
  if (problem !== undefined) issues.push({ path: ['asOf'], message: problem });
  const { counts } = fields;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
    issues.push({ path: ['counts'], message: wrongType('record', [counts]) });
  } else {
    for (const key of Object.keys(counts)) {
      const count = ownValue(counts as Record<string, unknown>, key);
      if (!isCount(count)) {
        issues.push({ path: ['counts', key], message: notCount(count) });
      }
    }
  }
  if (fields.economicZones !== undefined && !isCount(fields.economicZones)) {
    issues.push({ path: ['economicZones'], message: notCount(fields.economicZones) });
  }
  if (issues.length > 0) {
    throw new BilateralError(
      'INVALID_INPUT',
      issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })),
    );
  }
  return input as OfficialCrossingCount;
}
