import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT } from '../__fixtures__/property-runs.js';
import { Decimal } from '../_internal/decimal.js';
import { RECONCILE_RUNS } from './__fixtures__/properties.js';
import { publicationArbitrary, statementsOf, tradeArbitrary } from './__fixtures__/statements.js';
import { reconcile } from './reconcile.js';
import type { ReconcileReport, Relation } from './relation.js';

type Json = Record<string, unknown>;

function allFinite(report: ReconcileReport): boolean {
  return (
    report.relations.every(
      (relation) =>
        relation.intervals.every(
          (entry) => entry.interval.lo.isFinite() && entry.interval.hi.isFinite(),
        ) &&
        (relation.tolerance === undefined || relation.tolerance.isFinite()) &&
        (relation.deviation === undefined || relation.deviation.isFinite()) &&
        !relation.explanation.includes('NaN') &&
        !relation.explanation.includes('Infinity'),
    ) &&
    report.implied.every(
      (value) => value.figure.interval.lo.isFinite() && value.figure.interval.hi.isFinite(),
    )
  );
}

function find(report: ReconcileReport, kind: Relation['kind'], id: string): Relation | undefined {
  return report.relations.find(
    (relation) => relation.kind === kind && relation.statementIds.includes(id),
  );
}

/** Moves a figure's stated value (and its text) up by `shift`, keeping its precision. */
function shifted(
  statements: readonly Json[],
  id: string,
  field: 'amount' | 'rate',
  shift: Decimal,
): Json[] {
  return statements.map((statement) => {
    if (statement.id !== id) return statement;
    const figure = statement[field] as Json;
    const value = new Decimal(figure.value as string).plus(shift).toFixed();
    const text = field === 'amount' ? `US$${value}` : `${value}%`;
    return { ...statement, [field]: { ...figure, value, text } };
  });
}

describe('reconcile — properties', () => {
  it(
    'never says inconsistent for exact values rounded to their stated precision',
    () => {
      fc.assert(
        fc.property(tradeArbitrary, publicationArbitrary(), (trade, how) => {
          const report = reconcile(statementsOf(trade, how));
          expect(report.counts.inconsistent).toBe(0);
          expect(report.counts.consistent).toBeGreaterThanOrEqual(how.statePrevious ? 5 : 2);
          expect(allFinite(report)).toBe(true);
        }),
        RECONCILE_RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'always says inconsistent when a level is off by more than twice the tolerance',
    () => {
      fc.assert(
        fc.property(
          tradeArbitrary,
          publicationArbitrary(),
          fc.constantFrom('turnover', 'exports', 'imports'),
          fc.integer({ min: 1, max: 1000 }),
          (trade, how, target, extra) => {
            const statements = statementsOf(trade, how);
            const clean = find(reconcile(statements), 'parts-sum', target);
            expect(clean?.verdict).toBe('consistent');
            const tolerance = clean?.tolerance ?? new Decimal(0);
            const shift = tolerance.times(2).toDecimalPlaces(0, Decimal.ROUND_CEIL).plus(extra);
            const corrupted = find(
              reconcile(shifted(statements, target, 'amount', shift)),
              'parts-sum',
              target,
            );
            expect(corrupted?.verdict).toBe('inconsistent');
            expect(corrupted?.explanation).toMatch(/inconsistent — the figures differ by/);
          },
        ),
        RECONCILE_RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'always says inconsistent when a growth rate is off by more than twice the tolerance',
    () => {
      fc.assert(
        fc.property(
          tradeArbitrary,
          publicationArbitrary(true),
          fc.constantFrom('turnover', 'exports', 'imports'),
          fc.integer({ min: 1, max: 100 }),
          (trade, how, subject, extra) => {
            const statements = statementsOf(trade, how);
            const id = `${subject}-growth`;
            const clean = find(reconcile(statements), 'growth-levels', id);
            expect(clean?.verdict).toBe('consistent');
            const tolerance = clean?.tolerance ?? new Decimal(0);
            const shift = tolerance
              .times(2)
              .toDecimalPlaces(2, Decimal.ROUND_CEIL)
              .plus(new Decimal(extra).div(100));
            const corrupted = find(
              reconcile(shifted(statements, id, 'rate', shift)),
              'growth-levels',
              id,
            );
            expect(corrupted?.verdict).toBe('inconsistent');
          },
        ),
        RECONCILE_RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
