import { describeInput, quoteInput } from '../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { MAX_YEAR, MIN_YEAR, PERIOD_KINDS, type Period } from './period.js';

const isYear = (value: unknown): boolean =>
  Number.isInteger(value) && (value as number) >= MIN_YEAR && (value as number) <= MAX_YEAR;

const isIn = (value: unknown, first: number, last: number): boolean =>
  Number.isInteger(value) && (value as number) >= first && (value as number) <= last;

/** The field besides `year` each kind has, and its largest value. */
const BOUNDED_FIELDS: Readonly<Record<string, readonly [field: string, last: number]>> = {
  half: ['half', 2],
  quarter: ['quarter', 4],
  month: ['month', 12],
  'year-to-date': ['throughMonth', 12],
};

function fail(path: IssuePath, message: string): never {
  throw new BilateralError('INVALID_PERIOD', [{ path, message }]);
}

function checkYearMonth(value: unknown, path: IssuePath): void {
  if (typeof value !== 'object' || value === null) {
    fail(path, `expected { year, month }, got ${describeInput(value)}`);
  }
  const { year, month } = value as { year?: unknown; month?: unknown };
  if (!isYear(year)) {
    fail([...path, 'year'], `year is ${describeInput(year)}, not a whole year from 1 to 9999`);
  }
  if (!isIn(month, 1, 12)) {
    fail([...path, 'month'], `month is ${describeInput(month)}, not a whole number from 1 to 12`);
  }
}

/**
 * Checks that a value given as a {@link Period} is one: an object of a known kind whose fields are
 * whole numbers in range (years 1–9999). Text gets a hint to parse it first. Every public period
 * function calls this, so a mistake is a `BilateralError` with a path, never a `TypeError`, `NaN`
 * or a silent `undefined`.
 *
 * @throws BilateralError `INVALID_PERIOD`
 */
export function checkPeriod(value: unknown, path: IssuePath = []): Period {
  if (typeof value === 'string') {
    fail(
      path,
      `${quoteInput(value)} is period text, not a Period: read it with parsePeriod(${quoteInput(value)}) first`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(
      path,
      `expected a Period such as { kind: 'year', year: 2024 }, got ${describeInput(value)}`,
    );
  }
  const period = value as Record<string, unknown>;
  const kind = period.kind;
  if (typeof kind !== 'string' || !(PERIOD_KINDS as readonly string[]).includes(kind)) {
    fail(
      [...path, 'kind'],
      `${describeInput(kind)} is not a period kind: use one of ${PERIOD_KINDS.map((k) => `"${k}"`).join(', ')}`,
    );
  }
  if (kind === 'range') {
    checkYearMonth(period.start, [...path, 'start']);
    checkYearMonth(period.end, [...path, 'end']);
    const start = period.start as { year: number; month: number };
    const end = period.end as { year: number; month: number };
    if (end.year * 12 + end.month < start.year * 12 + start.month) {
      fail(path, 'the range ends before it starts');
    }
    return value as Period;
  }
  if (!isYear(period.year)) {
    fail(
      [...path, 'year'],
      `year is ${describeInput(period.year)}, not a whole year from 1 to 9999`,
    );
  }
  const bounded = Object.hasOwn(BOUNDED_FIELDS, kind) ? BOUNDED_FIELDS[kind] : undefined;
  if (bounded !== undefined) {
    const [field, last] = bounded;
    if (!isIn(period[field], 1, last)) {
      fail(
        [...path, field],
        `${field} is ${describeInput(period[field])}, not a whole number from 1 to ${last}`,
      );
    }
  }
  return value as Period;
}
