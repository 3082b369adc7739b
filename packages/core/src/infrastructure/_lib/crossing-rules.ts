import { quoteInput } from '../../_internal/quote-input.js';
import { BilateralError, type BilateralIssue, type IssuePath } from '../../errors/index.js';
import type { BorderCrossing, ParseCrossingOptions } from '../border-crossing.js';
import type { ClassificationSystem } from '../classification-system.js';
import { CLASSIFICATION_SYSTEMS } from '../data/classification-systems.js';
import { partialDateEnd, partialDateStart } from './partial-date.js';
import { classIssue, systemFor } from './systems.js';

const describePeriod = (from: string | undefined, to: string | undefined): string =>
  `${from ?? '(open start)'} to ${to ?? '(still running)'}`;

function citedSources(crossing: BorderCrossing): { path: IssuePath; id: string }[] {
  const cited: { path: IssuePath; id: string }[] = [];
  const add = (ids: readonly string[] | undefined, path: IssuePath) =>
    ids?.forEach((id, index) => {
      cited.push({ path: [...path, index], id });
    });
  add(crossing.sources, ['sources']);
  crossing.sides.forEach((side, i) => {
    add(side.sources, ['sides', i, 'sources']);
    side.classHistory?.forEach((entry, j) => {
      add(entry.sources, ['sides', i, 'classHistory', j, 'sources']);
    });
  });
  crossing.status?.forEach((period, j) => {
    add(period.sources, ['status', j, 'sources']);
  });
  crossing.modes.forEach((mode, j) => {
    add(mode.sources, ['modes', j, 'sources']);
  });
  add(crossing.coordinates?.sources, ['coordinates', 'sources']);
  return cited;
}

/**
 * Checks the rules of a crossing whose fields have the right shapes (structure, then classes)
 * and returns it: two different countries, class histories in order and consistent, status
 * periods that do not overlap, no mode twice, cited sources known, classes of the side's system.
 * Every issue path starts with `path`.
 */
export function checkCrossingRules(
  crossing: BorderCrossing,
  path: IssuePath,
  options: ParseCrossingOptions,
): BorderCrossing {
  const at = (...rest: (string | number)[]): IssuePath => [...path, ...rest];
  const issues: BilateralIssue[] = [];

  const [first, second] = crossing.sides;
  if (first.country === second.country) {
    issues.push({
      path: at('sides', 1, 'country'),
      message: `both sides are in ${first.country}; a crossing joins two different countries`,
    });
  }

  crossing.sides.forEach((side, i) => {
    const history = side.classHistory ?? [];
    history.forEach((entry, j) => {
      const previous = history[j - 1];
      if (previous === undefined) return;
      if (partialDateStart(entry.date) <= partialDateEnd(previous.date)) {
        issues.push({
          path: at('sides', i, 'classHistory', j, 'date'),
          message: `${entry.date} is not after the previous entry's ${previous.date}; list class changes oldest first`,
        });
      }
      if (entry.from !== undefined && entry.from !== previous.class) {
        issues.push({
          path: at('sides', i, 'classHistory', j, 'from'),
          message: `says the class changed from ${quoteInput(entry.from)} but the previous entry makes it ${quoteInput(previous.class)}`,
        });
      }
    });
    const last = history.at(-1);
    if (last !== undefined && side.class !== last.class) {
      issues.push({
        path: at('sides', i, 'class'),
        message:
          side.class === undefined
            ? `is missing, but the class history ends with ${quoteInput(last.class)} (${last.date})`
            : `is ${quoteInput(side.class)} but the class history ends with ${quoteInput(last.class)} (${last.date})`,
      });
    }
  });

  const periods = crossing.status ?? [];
  const spans = periods.map((period) => ({
    start: period.from === undefined ? '0000-01-01' : partialDateStart(period.from),
    end: period.to === undefined ? '9999-12-31' : partialDateEnd(period.to),
  }));
  periods.forEach((period, k) => {
    const span = spans[k];
    if (span === undefined) return;
    if (span.start > span.end) {
      issues.push({
        path: at('status', k, 'to'),
        message: `the period ends (${String(period.to)}) before it starts (${String(period.from)})`,
      });
      return;
    }
    for (let j = 0; j < k; j += 1) {
      const other = spans[j];
      const otherPeriod = periods[j];
      if (other === undefined || otherPeriod === undefined || other.start > other.end) continue;
      if (span.start <= other.end && other.start <= span.end) {
        issues.push({
          path: at('status', k),
          message: `"${period.status}" from ${describePeriod(period.from, period.to)} overlaps status[${j}] ("${otherPeriod.status}" from ${describePeriod(otherPeriod.from, otherPeriod.to)}); a crossing has one status on any day`,
        });
        break;
      }
    }
    const previous = spans[k - 1];
    if (previous !== undefined && span.start < previous.start) {
      issues.push({
        path: at('status', k, 'from'),
        message: 'status periods must be listed oldest first',
      });
    }
  });

  const modes = new Map<string, number>();
  crossing.modes.forEach((mode, j) => {
    const first = modes.get(mode.mode);
    if (first !== undefined) {
      issues.push({
        path: at('modes', j, 'mode'),
        message: `"${mode.mode}" is already listed at modes[${first}]`,
      });
    } else modes.set(mode.mode, j);
  });

  if (options.sources !== undefined) {
    const known = new Set(options.sources.map((source) => source.id));
    for (const cited of citedSources(crossing)) {
      if (!known.has(cited.id)) {
        issues.push({
          path: [...path, ...cited.path],
          message: `cites "${cited.id}", which is not among the sources given`,
        });
      }
    }
  }

  if (issues.length > 0) throw new BilateralError('INVALID_CROSSING', issues);

  const systems: readonly ClassificationSystem[] = options.systems ?? CLASSIFICATION_SYSTEMS;
  const classIssues: BilateralIssue[] = [];
  crossing.sides.forEach((side, i) => {
    const history = side.classHistory ?? [];
    if (side.class === undefined && history.length === 0) return;
    const system = systemFor(side.country, systems);
    const check = (value: string | undefined, issuePath: IssuePath) => {
      const issue = classIssue(value, side.country, system, issuePath);
      if (issue !== undefined) classIssues.push(issue);
    };
    if (system === undefined) {
      check(
        side.class ?? history[0]?.class,
        at('sides', i, side.class === undefined ? 'classHistory' : 'class'),
      );
      return;
    }
    check(side.class, at('sides', i, 'class'));
    history.forEach((entry, j) => {
      check(entry.class, at('sides', i, 'classHistory', j, 'class'));
      check(entry.from, at('sides', i, 'classHistory', j, 'from'));
    });
  });
  if (classIssues.length > 0) throw new BilateralError('UNKNOWN_CLASS', classIssues);
  return crossing;
}
