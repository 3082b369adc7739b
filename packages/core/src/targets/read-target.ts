import { Decimal } from '../_internal/decimal.js';
import { fromForeign } from '../_internal/foreign-decimal.js';
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../errors/index.js';
import { economyCodeIssue } from '../flow/economy-code-issue.js';
import { isMeasure, SERIES_MEASURES } from '../flow/series-measures.js';
import type { Target } from './target.js';

const KINDS = ['growth-band', 'average-growth-band', 'level'] as const;
const YEAR_FIELDS = ['year', 'baseYear', 'endYear', 'byYear'] as const;

/** Whether a target object is in its JSON form: years as text, rates or the level as strings. */
function isJsonForm(fields: Record<string, unknown>): boolean {
  const band = fields.band as Record<string, unknown> | undefined;
  const level = fields.level as Record<string, unknown> | undefined;
  return (
    YEAR_FIELDS.some((key) => typeof fields[key] === 'string') ||
    typeof band?.lower === 'string' ||
    typeof level?.amount === 'string'
  );
}

/**
 * A target given to {@link evaluateTarget} or {@link targetPath}: the rich model is checked field
 * by field. Target JSON (years as text, rates as strings — what a dataset document holds) is
 * refused with a hint to read it with {@link parseTarget} first: the calculations never load the
 * schemas that read JSON. Anything else is `INVALID_TARGET` with the path of each bad field, never
 * a `TypeError`.
 *
 * @throws BilateralError `INVALID_TARGET`
 */
export function readTarget(input: unknown, path: IssuePath = ['target']): Target {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new BilateralError('INVALID_TARGET', [
      {
        path,
        message: `expected a Target (from parseTarget or dataset.targets), got ${describeInput(input)}`,
      },
    ]);
  }
  const fields = input as Record<string, unknown>;
  if (isJsonForm(fields)) {
    throw new BilateralError('INVALID_TARGET', [
      {
        path,
        message:
          'this is target JSON (years as text, rates as strings): read it with parseTarget first',
      },
    ]);
  }
  const issues: BilateralIssue[] = [];
  const bad = (key: string | readonly (string | number)[], message: string) =>
    issues.push({ path: [...path, ...(typeof key === 'string' ? [key] : key)], message });
  if (!(KINDS as readonly unknown[]).includes(fields.kind)) {
    bad(
      'kind',
      `${describeInput(fields.kind)} is not a target kind: use ${KINDS.map((k) => `"${k}"`).join(', ')}`,
    );
  }
  if (typeof fields.id !== 'string' || fields.id === '') bad('id', 'a target needs an id');
  for (const key of ['reporter', 'partner'] as const) {
    const issue = economyCodeIssue(fields[key], [...path, key]);
    if (issue !== undefined) issues.push(issue);
  }
  if (!SERIES_MEASURES.some((measure) => isMeasure(fields.measure, measure))) {
    bad(
      'measure',
      `${describeInput(fields.measure)} is not a measure: use "turnover", "exports" or "imports"`,
    );
  }
  const years: readonly string[] =
    fields.kind === 'growth-band'
      ? ['year']
      : fields.kind === 'average-growth-band'
        ? ['baseYear', 'endYear']
        : fields.kind === 'level'
          ? ['byYear', ...(fields.baseYear === undefined ? [] : ['baseYear'])]
          : [];
  for (const key of years) {
    const year = fields[key];
    if (!Number.isInteger(year) || (year as number) < 1 || (year as number) > 9999) {
      bad(key, `${describeInput(year)} is not a year such as 2024`);
    }
  }
  // A Decimal that is not this copy's (another copy's, or an object that only carries the brand)
  // is read through its text into a target of this copy's Decimals.
  let own = fields;
  const read = (value: unknown, at: readonly string[]): Decimal => {
    if (value instanceof Decimal) return value;
    try {
      return fromForeign(value, [...path, ...at]);
    } catch (error) {
      if (!(error instanceof BilateralError)) throw error;
      issues.push(...error.issues);
      return value as Decimal;
    }
  };
  if (fields.kind === 'level') {
    const level = fields.level as { amount?: unknown; currency?: unknown } | undefined;
    if (!Decimal.isDecimal(level?.amount) || typeof level.currency !== 'string') {
      bad('level', 'expected Money, e.g. money("4000000000", "USD")');
    } else if (!(level.amount instanceof Decimal)) {
      own = { ...fields, level: { ...level, amount: read(level.amount, ['level', 'amount']) } };
    }
  } else if (fields.kind !== undefined) {
    const band = fields.band as { lower?: unknown; upper?: unknown } | undefined;
    for (const end of ['lower', 'upper'] as const) {
      const rate = band?.[end];
      if (!Decimal.isDecimal(rate)) {
        bad(['band', end], `expected a Decimal rate, got ${describeInput(rate)}`);
      } else if (!(rate instanceof Decimal)) {
        own = { ...own, band: { ...(own.band as object), [end]: read(rate, ['band', end]) } };
      }
    }
  }
  if (issues.length > 0) throw new BilateralError('INVALID_TARGET', issues);
  return own as unknown as Target;
}
