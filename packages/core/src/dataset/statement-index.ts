/**
 * An index of a dataset's level and growth statements by reporter, partner and subject, built once
 * per statements array, so that each `datasetSeries` call reads only the statements of its pair
 * and measure. Statements arrays are treated as immutable, as flows arrays are
 * (`flow/flow-index.ts`): one whose length changed is indexed again.
 *
 * Private to the library; no schema is imported here.
 */
import { getOrCreate } from '../_internal/get-or-create.js';
import type { Statement } from '../figures/statement.js';
import type { Period, PeriodKind } from '../period/period.js';

/** A level statement: a published total. */
export type LevelStatement = Extract<Statement, { kind: 'level' }>;
/** A growth statement: a published rate. */
export type GrowthStatement = Extract<Statement, { kind: 'growth' }>;

/** The level and growth statements of one reporter, partner and subject, in list order. */
export interface SubjectStatements {
  readonly level: readonly LevelStatement[];
  readonly growth: readonly GrowthStatement[];
}

interface StatementIndex {
  readonly length: number;
  readonly groups: Map<
    string,
    Map<string, Map<string, { level: LevelStatement[]; growth: GrowthStatement[] }>>
  >;
}

const indexes = new WeakMap<readonly Statement[], StatementIndex>();

const NONE: SubjectStatements = Object.freeze({
  level: Object.freeze([]),
  growth: Object.freeze([]),
});

/**
 * The level and growth statements about one reporter, partner and subject (`exports`, `imports`,
 * `turnover`), each in the order the statements are listed.
 */
export function subjectStatements(
  statements: readonly Statement[],
  reporter: string,
  partner: string,
  subject: string,
): SubjectStatements {
  let index = indexes.get(statements);
  if (index === undefined || index.length !== statements.length) {
    index = { length: statements.length, groups: new Map() };
    for (const statement of statements) {
      if (statement.kind !== 'level' && statement.kind !== 'growth') continue;
      const byPartner = getOrCreate(index.groups, statement.reporter, () => new Map());
      const bySubject = getOrCreate(byPartner, statement.partner, () => new Map());
      const group = getOrCreate(bySubject, statement.subject, () => ({
        level: [] as LevelStatement[],
        growth: [] as GrowthStatement[],
      }));
      if (statement.kind === 'level') group.level.push(statement);
      else group.growth.push(statement);
    }
    indexes.set(statements, index);
  }
  return index.groups.get(reporter)?.get(partner)?.get(subject) ?? NONE;
}

/**
 * Whether a series of `request`'s period kind (and source, when it names one) reads `statement`,
 * one of its subject's: a statement of that source whose period (`periodOf`, called only for a
 * statement of the source) is of that kind. `checkedDatasetSeries` and the check of the statements
 * it reads (`series-statements.ts`) agree through it.
 */
export function seriesReads(
  request: { readonly periodKind: PeriodKind; readonly source?: string | undefined },
  statement: Statement,
  periodOf: (statement: Statement) => Period | undefined,
): boolean {
  return (
    (request.source === undefined || statement.source === request.source) &&
    periodOf(statement)?.kind === request.periodKind
  );
}
