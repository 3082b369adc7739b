import { calendarDateProblem } from '../../_internal/calendar-date.js';
import { mustBe, oneOfValues, wrongType } from '../../_internal/must-be.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../../errors/index.js';
import { economyCodeIssue } from '../../flow/economy-code-issue.js';
import type { BorderCrossing, ParseCrossingOptions } from '../border-crossing.js';
import { CLASS_CHANGES, CROSSING_MODES, CROSSING_STATUSES } from '../crossing-terms.js';
import { checkCrossingRules } from './crossing-rules.js';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9._-]*$/;

type Fields = Record<string, unknown>;
type Bad = (path: IssuePath, message: string) => void;

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The checks of one field kind: each reports through `bad` and returns nothing. */
function checks(bad: Bad) {
  const object = (value: unknown, path: IssuePath): value is Fields => {
    if (isFields(value)) return true;
    bad(path, wrongType('object', [value]));
    return false;
  };
  const text = (value: unknown, path: IssuePath): void => {
    if (typeof value !== 'string') bad(path, wrongType('string', [value]));
    else if (value === '') bad(path, 'must have at least 1 character');
  };
  const matching = (pattern: RegExp, message: string) => (value: unknown, path: IssuePath) => {
    if (typeof value !== 'string') bad(path, wrongType('string', [value]));
    else if (!pattern.test(value)) bad(path, message);
  };
  const slug = matching(SLUG, 'must be lowercase letters, digits and "-"');
  const sourceId = matching(SOURCE_ID, 'must be lowercase letters, digits, ".", "_" or "-"');
  const date = (value: unknown, path: IssuePath): void => {
    if (typeof value !== 'string') bad(path, wrongType('string', [value]));
    else {
      const problem = calendarDateProblem(value);
      if (problem !== undefined) bad(path, problem);
    }
  };
  const oneOf = (values: readonly string[]) => (value: unknown, path: IssuePath) => {
    if (!values.includes(value as string)) bad(path, mustBe(oneOfValues(values), [value]));
  };
  const list = (
    value: unknown,
    path: IssuePath,
    each: (item: unknown, path: IssuePath) => void,
    minimum = 0,
  ): void => {
    if (!Array.isArray(value)) {
      bad(path, wrongType('array', [value]));
      return;
    }
    if (value.length < minimum) {
      bad(path, `must have at least ${minimum} item${minimum === 1 ? '' : 's'}`);
    }
    value.forEach((item: unknown, index) => {
      each(item, [...path, index]);
    });
  };
  /** Runs `check` on `fields[key]` when it is present (an optional field). */
  const optional = (
    fields: Fields,
    key: string,
    path: IssuePath,
    check: (value: unknown, path: IssuePath) => void,
  ): void => {
    if (fields[key] !== undefined) check(fields[key], [...path, key]);
  };
  const uncertain = (value: unknown, path: IssuePath) => {
    if (!object(value, path)) return;
    text(value.note, [...path, 'note']);
    optional(value, 'fields', path, (fields, at) => list(fields, at, text));
  };
  /**
   * The `sources` of `fields` (at least one id; when `sources` is `'optional'`, any number and
   * only where present), then its optional `uncertain` marker.
   */
  const cited = (fields: Fields, path: IssuePath, sources: 'required' | 'optional') => {
    if (sources === 'required') list(fields.sources, [...path, 'sources'], sourceId, 1);
    else optional(fields, 'sources', path, (ids, at) => list(ids, at, sourceId));
    optional(fields, 'uncertain', path, uncertain);
  };
  return { object, text, slug, date, oneOf, list, optional, cited };
}

/**
 * The shapes of the fields of a crossing the calculations and the crossing rules read — ids,
 * countries, classes, class histories, status periods, modes, provinces, sources, uncertainty
 * markers — checked by hand, with the `INVALID_CROSSING` paths and messages the schema gives.
 */
function crossingShapeIssues(input: unknown, path: IssuePath): BilateralIssue[] {
  const issues: BilateralIssue[] = [];
  const c = checks((at, message) => issues.push({ path: at, message }));
  if (!c.object(input, path)) return issues;
  const at = (...rest: (string | number)[]): IssuePath => [...path, ...rest];
  c.slug(input.id, at('id'));
  const { sides } = input;
  if (!Array.isArray(sides)) {
    issues.push({ path: at('sides'), message: wrongType('array', [sides]) });
  } else if (sides.length !== 2) {
    issues.push({
      path: at('sides'),
      message: `must have ${sides.length < 2 ? 'at least' : 'at most'} 2 items`,
    });
  } else {
    sides.forEach((side: unknown, i) => {
      const here = at('sides', i);
      if (!c.object(side, here)) return;
      const issue = economyCodeIssue(side.country, [...here, 'country']);
      if (issue !== undefined) issues.push(issue);
      c.optional(side, 'gate', here, c.text);
      c.optional(side, 'class', here, c.slug);
      c.optional(side, 'province', here, (province, where) => {
        if (!c.object(province, where)) return;
        c.text(province.name, [...where, 'name']);
        c.optional(province, 'after2025Merger', where, c.text);
      });
      c.optional(side, 'classHistory', here, (history, where) =>
        c.list(history, where, (entry, entryPath) => {
          if (!c.object(entry, entryPath)) return;
          c.date(entry.date, [...entryPath, 'date']);
          c.slug(entry.class, [...entryPath, 'class']);
          c.optional(entry, 'from', entryPath, c.slug);
          c.oneOf(CLASS_CHANGES)(entry.change, [...entryPath, 'change']);
          c.cited(entry, entryPath, 'required');
        }),
      );
      c.cited(side, here, 'optional');
    });
  }
  c.list(
    input.modes,
    at('modes'),
    (mode, where) => {
      if (!c.object(mode, where)) return;
      c.oneOf(CROSSING_MODES)(mode.mode, [...where, 'mode']);
      c.optional(mode, 'since', where, c.date);
      c.cited(mode, where, 'optional');
    },
    1,
  );
  c.optional(input, 'status', path, (periods, where) =>
    c.list(periods, where, (period, periodPath) => {
      if (!c.object(period, periodPath)) return;
      c.oneOf(CROSSING_STATUSES)(period.status, [...periodPath, 'status']);
      c.optional(period, 'from', periodPath, c.date);
      c.optional(period, 'to', periodPath, c.date);
      c.cited(period, periodPath, 'required');
    }),
  );
  c.optional(input, 'economicZoneId', path, c.slug);
  c.optional(input, 'coordinates', path, (coordinates, where) => {
    if (c.object(coordinates, where)) c.cited(coordinates, where, 'required');
  });
  c.cited(input, path, 'required');
  return issues;
}

/**
 * A crossing given to a calculation (`crossingClassOn`, `summarizeCrossings`, …): a plain typed
 * value, checked field by field by hand (no schema is loaded) and then by the crossing rules, as
 * `parseBorderCrossing` checks JSON. Fields no calculation reads (names, notes, coordinates'
 * numbers) and unknown keys are not checked: read JSON with `parseBorderCrossing`.
 *
 * @throws BilateralError `INVALID_CROSSING` with the path of each bad field; `UNKNOWN_CLASS`
 */
export function readCrossing(
  input: unknown,
  path: IssuePath,
  options: ParseCrossingOptions,
): BorderCrossing {
  const issues = crossingShapeIssues(input, path);
  if (issues.length > 0) throw new BilateralError('INVALID_CROSSING', issues);
  return checkCrossingRules(input as BorderCrossing, path, options);
}
