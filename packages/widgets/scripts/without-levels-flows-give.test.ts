import { describe, expect, it } from 'vitest';
import { datasetSeries, laosChina, type Statement } from '../../core/src/index.js';
import { withoutLevelsFlowsGive } from './without-levels-flows-give.js';

const ids = (statements: readonly Statement[]) => statements.map((statement) => statement.id);

describe('withoutLevelsFlowsGive', () => {
  it('drops the published exports and imports that flows repeat, and no series changes', () => {
    const kept = withoutLevelsFlowsGive(laosChina);
    expect(ids(laosChina.statements).filter((id) => !ids(kept.statements).includes(id))).toEqual([
      'la-cn-2021-exports',
      'la-cn-2021-imports',
      'la-cn-2024-exports',
      'la-cn-2024-imports',
    ]);
    // Turnover levels (no flow gives them) and growth rates (the chart quotes them) stay.
    expect(kept.statements.filter((s) => s.kind === 'growth')).toHaveLength(4);
    expect(ids(kept.statements)).toContain('la-cn-2024-turnover');
    for (const measure of ['exports', 'imports', 'turnover'] as const) {
      for (const impliedBases of [false, true]) {
        const request = {
          reporter: 'LAO',
          partner: 'CHN',
          measure,
          periodKind: 'year',
          impliedBases,
        } as const;
        expect(datasetSeries(kept, request)).toEqual(datasetSeries(laosChina, request));
      }
    }
  });

  it('keeps a repeated level that changes a series: one more precise than the flow', () => {
    const finer = {
      ...laosChina,
      statements: laosChina.statements.map((statement) =>
        statement.id === 'la-cn-2021-exports' && statement.kind === 'level'
          ? { ...statement, amount: { ...statement.amount, precision: '1000000' } }
          : statement,
      ),
    };
    const kept = ids(withoutLevelsFlowsGive(finer).statements);
    expect(kept).toContain('la-cn-2021-exports');
    expect(kept).not.toContain('la-cn-2021-imports');
  });
});
